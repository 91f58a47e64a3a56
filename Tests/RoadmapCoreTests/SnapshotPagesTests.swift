import Foundation
@testable import RoadmapCore
import RoadmapTestSupport
import Testing

/// The text snapshot's pages: a footer on each, long sections broken with
/// their heading and header repeated, rows kept whole, and the pieces
/// written equal to ``WeeklySnapshot/render(_:style:)``.
@Suite("Snapshot: pages, footers and repeated headings")
struct SnapshotPagesTests {
    /// A section: its lines, how many to repeat after a break, and which lines are kept with the one before.
    private struct Section {
        var lines: [String]
        var repeating = 0
        var kept: Set<Int> = []
    }

    /// The pages `sections` are laid out on (form feeds removed), each as its lines.
    private func paged(_ sections: [Section], pageLength: Int, newPageBefore: Int? = nil, footer: Bool = true) -> [[String]] {
        var pages = SnapshotPages(pageLength: pageLength, footer: footer ? { "footer \($0)/\($1)" } : nil)
        for (s, section) in sections.enumerated() {
            if s == newPageBefore { pages.startNewPage() }
            pages.beginSection(repeating: section.repeating)
            for (i, line) in section.lines.enumerated() { pages.add(line: line.utf8, breakable: !section.kept.contains(i)) }
            pages.endSection()
        }
        var bytes: [UInt8] = []
        pages.write(chunk: 1 << 20) { bytes += $0 }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.isEmpty || text.hasSuffix("\n"))
        if text.isEmpty { return [] }
        return text.split(separator: SnapshotPages.formFeed, omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }
    }

    @Test func aReportThatFitsIsOnePageWithItsFooterAfterABlankLine() {
        let pages = paged([Section(lines: ["a", "b"]), Section(lines: ["c"])], pageLength: 20)
        #expect(pages == [["a", "b", "", "c", "", "footer 1/1"]])
        // Exactly a page: 20 lines in all, no form feed.
        let full = paged([Section(lines: (0..<18).map { "l\($0)" })], pageLength: 20)
        #expect(full.count == 1 && full[0].count == 20)
        #expect(paged([], pageLength: 20) == [])
    }

    @Test func everyPageHoldsItsBodyThenTheFooterOnItsLastLineButOne() {
        let pages = paged([Section(lines: (0..<40).map { "l\($0)" })], pageLength: 20)
        #expect(pages.count == 3)
        for (p, page) in pages.enumerated() {
            #expect(page.count == 19, "page \(p + 1): a page of 20 lines followed by a form feed prints an empty sheet")
            #expect(page.last == "footer \(p + 1)/3" && page[17] == "")
        }
        #expect(pages[0].prefix(17) == ArraySlice((0..<17).map { "l\($0)" }))
        #expect(pages[2].prefix(6) == ["l34", "l35", "l36", "l37", "l38", "l39"])
    }

    @Test func aSectionThatFitsOnAPageStartsANewOneWhenItDoesNotFitWhatIsLeft() {
        let pages = paged([Section(lines: (0..<10).map { "a\($0)" }), Section(lines: (0..<10).map { "b\($0)" }, repeating: 2)], pageLength: 20)
        #expect(pages.count == 2)
        #expect(pages[0].prefix(11) == ArraySlice((0..<10).map { "a\($0)" } + [""]))
        #expect(pages[1].prefix(10) == ArraySlice((0..<10).map { "b\($0)" }))
    }

    @Test func aLongSectionStartsWhereItIsAndRepeatsItsHeadingAndHeaderAfterEachBreak() {
        let long = Section(lines: ["Heading", "-------", "ID  Title", "--  -----"] + (0..<30).map { "row \($0)" }, repeating: 4)
        let pages = paged([Section(lines: ["intro"]), long], pageLength: 20)
        #expect(pages[0].prefix(3) == ["intro", "", "Heading"], "starts where it is")
        #expect(pages[0].prefix(17).last == "row 10", "intro, blank, 4 repeated lines and 11 rows fill the 17 lines")
        for page in pages.dropFirst() {
            #expect(page.prefix(4) == ["Heading", "-------", "ID  Title", "--  -----"])
        }
        let rows = pages.flatMap { $0.filter { $0.hasPrefix("row ") } }
        #expect(rows == (0..<30).map { "row \($0)" }, "every row once, in order")
    }

    @Test func aRowAndItsNotesStayTogetherUnlessLongerThanAPage() {
        // Rows of three lines (the row, two notes): 5 fit after a 2-line header on a 17-line body; never split.
        let lines = ["H", "-"] + (0..<12).flatMap { ["row \($0)", "  note a", "  note b"] }
        let kept = Set(lines.indices.filter { lines[$0].hasPrefix("  ") })
        let pages = paged([Section(lines: lines, repeating: 2, kept: kept)], pageLength: 20)
        for page in pages {
            let body = page.prefix { !$0.isEmpty }
            #expect(body.prefix(2) == ["H", "-"])
            #expect(body.count == 2 || body.last == "  note b", "a page ends after a row's last note: \(body)")
        }
        #expect(pages.flatMap { $0.filter { $0.hasPrefix("row ") } }.count == 12)
        // A row longer than a page breaks anyway.
        let huge = ["H", "row"] + Array(repeating: "  note", count: 40)
        let hugePages = paged([Section(lines: huge, repeating: 1, kept: Set(2..<huge.count))], pageLength: 20)
        #expect(hugePages.count == 3 && hugePages.flatMap { $0 }.filter { $0 == "  note" }.count == 40)
    }

    @Test func startNewPageBreaksBeforeTheNextSection() {
        let pages = paged([Section(lines: ["one"]), Section(lines: ["two"])], pageLength: 20, newPageBefore: 1)
        #expect(pages.count == 2 && pages[0].first == "one" && pages[1].first == "two")
        #expect(pages[1].last == "footer 2/2")
    }

    @Test func randomReportsKeepEveryLineInOrderAndEveryPageWithinItsLength() {
        var random = SplitMix64(seed: 48)
        for case_ in 0..<2_000 {
            let pageLength = 20 + Int(random.next() % 20)
            let footer = random.next() % 4 != 0
            let sections = (0..<Int(random.next() % 9)).map { s in
                let lines = (0..<Int(random.next() % UInt64(3 * pageLength))).map { "s\(s) l\($0)" }
                return Section(lines: lines, repeating: Int(random.next() % 4),
                               kept: Set(lines.indices.filter { _ in random.next() % 3 == 0 }))
            }
            let pages = paged(sections, pageLength: pageLength, footer: footer)
            let own = pages.flatMap { $0 }.filter { $0.hasPrefix("s") }
            // Without the repeated lines, the report's lines in order.
            var expected = sections.flatMap(\.lines)[...]
            var seen: [String] = []
            for line in own where line == expected.first {
                seen.append(line)
                expected = expected.dropFirst()
            }
            #expect(expected.isEmpty, "case \(case_): lines lost")
            #expect(Set(own).count == Set(sections.flatMap(\.lines)).count)
            for (p, page) in pages.enumerated() {
                #expect(page.count <= (p == pages.count - 1 ? pageLength : pageLength - 1), "case \(case_) page \(p + 1)")
                if footer { #expect(page.last == "footer \(p + 1)/\(pages.count)", "case \(case_)") }
            }
        }
    }

    @Test func writtenPiecesAreTheRenderedReport() throws {
        var generator = RoadmapGenerator(seed: 7)
        var roadmap = generator.roadmap()
        // Enough milestones for several 64 KiB pieces.
        roadmap.workstreams = (0..<3).map { w in
            Workstream(id: "w\(w)", title: LocalizedText("Workstream \(w)"), milestones: (0..<700).map { generator.milestone(id: "W\(w)M\($0)") })
        }
        let snapshot = WeeklySnapshot(roadmap: roadmap, week: SnapshotFixture.week, today: SnapshotFixture.today, timeZone: TimeZone(identifier: "UTC")!)
        for format in SnapshotFormat.allCases {
            for style in [SnapshotStyle(), SnapshotStyle(language: .th, calendar: .buddhist, width: 50)] {
                var pieces: [[UInt8]] = []
                snapshot.write(format, style: style) { pieces.append($0) }
                #expect(Array(snapshot.render(format, style: style).utf8) == Array(pieces.joined()))
                if format == .text { #expect(pieces.count > 3) }
            }
        }
    }

    @Test func partsMadeApartAndAppendedAreTheReportMadeInOne() {
        var random = SplitMix64(seed: 31)
        for case_ in 0..<500 {
            let pageLength = 20 + Int(random.next() % 20)
            let sections = (0..<Int(random.next() % 9)).map { s in
                let lines = (0..<Int(random.next() % UInt64(2 * pageLength))).map { "s\(s) l\($0)" }
                return Section(lines: lines, repeating: Int(random.next() % 4), kept: Set(lines.indices.filter { _ in random.next() % 3 == 0 }))
            }
            let newPageBefore = sections.isEmpty ? nil : Int(random.next() % UInt64(sections.count + 1))
            func add(_ s: Int, to pages: inout SnapshotPages) {
                if s == newPageBefore { pages.startNewPage() }
                pages.beginSection(repeating: sections[s].repeating)
                for (i, line) in sections[s].lines.enumerated() { pages.add(line: line.utf8, breakable: !sections[s].kept.contains(i)) }
                pages.endSection()
            }
            func footer(_ page: Int, _ count: Int) -> String { "footer \(page)/\(count)" }
            var whole = SnapshotPages(pageLength: pageLength, footer: footer)
            for s in sections.indices { add(s, to: &whole) }
            // The same sections in parts of random sizes, each made on its own.
            var joined = SnapshotPages(pageLength: pageLength, footer: footer)
            var s = 0
            while s < sections.count {
                var part = SnapshotPages(pageLength: pageLength)
                for _ in 0...Int(random.next() % 3) where s < sections.count {
                    add(s, to: &part)
                    s += 1
                }
                joined.append(part)
            }
            var expected: [UInt8] = [], got: [UInt8] = []
            whole.write(chunk: 1 << 20) { expected += $0 }
            joined.write(chunk: 1 << 20) { got += $0 }
            #expect(got == expected, "case \(case_)")
        }
    }

    @Test func aSectionMadeInPiecesIsTheSectionMadeWhole() {
        var random = SplitMix64(seed: 47)
        for case_ in 0..<500 {
            let pageLength = 20 + Int(random.next() % 20)
            let sections = (0..<1 + Int(random.next() % 5)).map { s in
                let lines = (0..<1 + Int(random.next() % UInt64(3 * pageLength))).map { "s\(s) l\($0)" }
                return Section(lines: lines, repeating: Int(random.next() % 4), kept: Set(lines.indices.filter { _ in random.next() % 3 == 0 }))
            }
            func footer(_ page: Int, _ count: Int) -> String { "footer \(page)/\(count)" }
            var whole = SnapshotPages(pageLength: pageLength, footer: footer)
            for section in sections {
                whole.beginSection(repeating: section.repeating)
                for (i, line) in section.lines.enumerated() { whole.add(line: line.utf8, breakable: !section.kept.contains(i)) }
                whole.endSection()
            }
            // Each section cut at random lines into pieces; a piece goes into the part before it or a new one.
            var joined = SnapshotPages(pageLength: pageLength, footer: footer)
            var part = SnapshotPages(pageLength: pageLength)
            for section in sections {
                var start = 0
                while start < section.lines.count {
                    let end = min(section.lines.count, start + 1 + Int(random.next() % UInt64(pageLength)))
                    if start == 0 { part.beginSection(repeating: section.repeating) } else { part.continueSection() }
                    for i in start..<end { part.add(line: section.lines[i].utf8, breakable: !section.kept.contains(i)) }
                    part.endSection()
                    if random.next() % 2 == 0 {
                        joined.append(part)
                        part = SnapshotPages(pageLength: pageLength)
                    }
                    start = end
                }
            }
            joined.append(part)
            var expected: [UInt8] = [], got: [UInt8] = []
            whole.write(chunk: 1 << 20) { expected += $0 }
            joined.write(chunk: 1 << 20) { got += $0 }
            #expect(String(decoding: got, as: UTF8.self) == String(decoding: expected, as: UTF8.self), "case \(case_)")
        }
    }

    /// A report large enough to be made in parallel, and its milestones' titles long enough to wrap.
    private func largeSnapshot() -> WeeklySnapshot {
        var generator = RoadmapGenerator(seed: 11)
        var roadmap = generator.roadmap()
        roadmap.workstreams = (0..<3).map { w in
            Workstream(id: "w\(w)", title: LocalizedText("Workstream \(w)"), milestones: (0..<800).map { generator.milestone(id: "W\(w)M\($0)") })
        }
        return WeeklySnapshot(roadmap: roadmap, week: SnapshotFixture.week, today: SnapshotFixture.today, timeZone: TimeZone(identifier: "UTC")!)
    }

    @Test func aReportMadeInParallelIsTheOneMadeOnOneThread() {
        let snapshot = largeSnapshot()
        var summary = SnapshotStyle(language: .ja)
        summary.summary = true
        for style in [SnapshotStyle(), SnapshotStyle(language: .th, calendar: .buddhist, width: 50), summary] {
            var serial = SnapshotTextRenderer(style: style, snapshot: snapshot)
            serial.parallelFrom = .max
            let expected = serial.render()
            // Tables in pieces of the usual size, and of sizes that cut rows' groups and pages anywhere.
            for rowsPerPiece in [500, 1, 7, 64] {
                var parallel = serial
                parallel.parallelFrom = 0
                parallel.rowsPerPiece = rowsPerPiece
                #expect(parallel.render() == expected, "pieces of \(rowsPerPiece) rows")
            }
        }
    }

    @Test func noPageBreaksInsideARowInAnySection() {
        let snapshot = largeSnapshot()
        for style in [SnapshotStyle(width: 40, pageLength: 24), SnapshotStyle(language: .th, calendar: .buddhist, width: 44, pageLength: 30)] {
            let text = SnapshotTextRenderer(style: style, snapshot: snapshot).render()
            // A row's second line (a wrapped title, a note) is indented; a rule is a heading's or a table header's last line.
            var previous: Substring?
            var splits: [String] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let page = line.hasPrefix(SnapshotPages.formFeed)
                if line.hasPrefix(" "), page || previous.map({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == " " } }) == true {
                    splits.append("\(previous ?? "") | \(line)")
                }
                previous = line
            }
            #expect(text.contains(SnapshotPages.formFeed) && splits.isEmpty, "rows split over pages: \(splits.prefix(3))")
        }
    }
}
