import Foundation
@testable import RoadmapCore
import Testing

/// Page one of the text snapshot is the highlight report on one printed
/// page: `--summary` of a roadmap of the built-in roadmap's size is one page
/// (no form feed, one footer "Page 1 of 1") in every language and pair, on
/// a quiet week and a busy one, and the full report's first page is the
/// same page; a much bigger roadmap's page one says what it left out.
@Suite("Text snapshot: page one")
struct SnapshotPageOneTests {
    /// The built-in roadmap after a busy week (2026-W49), made with the CLI
    /// on the built-in roadmap at `ROADMAP_NOW=2026-12-02T03:00:00Z`: seven
    /// changes with reasons (`set SME3 --due +6w`, `SC5 --due +8w --status
    /// at-risk`, `SC7 --status done`, `SME2 --status done`, `CE1 --status
    /// blocked`, `SC2 --due +4w`, `SME5 --status at-risk`).
    static let busyFile = SnapshotFixture.folder.appendingPathComponent("Fixtures/busy-week-roadmap.json")
    static let friday = Fixture.day("2026-12-05")
    static let week49 = IsoWeek(year: 2026, week: 49)!

    static let styles: [(String, SnapshotStyle)] = [
        ("en", SnapshotStyle()), ("th", SnapshotStyle(language: .th, calendar: .buddhist)), ("ja", SnapshotStyle(language: .ja)),
        ("th,en", { var s = SnapshotStyle(language: .th, calendar: .buddhist); s.secondLanguage = .en; return s }()),
        ("ja,en", { var s = SnapshotStyle(language: .ja); s.secondLanguage = .en; return s }()),
    ]

    static func weeks() throws -> [(String, WeeklySnapshot)] {
        let builtIn = BuiltInRoadmap.load(), busy = try RoadmapStore(path: busyFile.path).load()
        return [
            ("quiet W48", WeeklySnapshot(roadmap: builtIn, week: SnapshotFixture.week, today: Fixture.day("2026-11-26"), timeZone: SnapshotFixture.bangkok)),
            ("quiet W49", WeeklySnapshot(roadmap: builtIn, week: week49, today: friday, timeZone: SnapshotFixture.bangkok)),
            ("busy W49", WeeklySnapshot(roadmap: busy, week: week49, today: friday, timeZone: SnapshotFixture.bangkok)),
        ]
    }

    static func summary(_ style: SnapshotStyle) -> SnapshotStyle {
        var style = style
        style.summary = true
        return style
    }

    /// The lines of page one above its footer (the blank lines before the footer left out), and the footer.
    static func firstPage(_ text: String) -> (body: [Substring], footer: Substring) {
        let page = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)[0].split(separator: "\n", omittingEmptySubsequences: false)
        let lines = page.last == "" ? page.dropLast() : page[...]
        return (Array(lines.dropLast().reversed().drop { $0.isEmpty }.reversed()), lines.last ?? "")
    }

    @Test("--summary is one page at the default page length, holding every row, in each language, quiet week and busy", arguments: 0..<5)
    func summaryIsOnePage(_ styleIndex: Int) throws {
        let (name, style) = Self.styles[styleIndex]
        for (week, snapshot) in try Self.weeks() {
            let text = snapshot.render(.text, style: Self.summary(style))
            #expect(!text.contains("\u{0C}"), "\(name) \(week): no form feed")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count <= SnapshotStyle.defaultPageLength, "\(name) \(week): \(lines.count) lines")
            let pageOf = text.components(separatedBy: "\n").filter { $0.hasSuffix(Self.pageOf(style.language, 1, 1)) }
            #expect(pageOf.count == 1, "\(name) \(week): one footer, page 1 of 1")
            #expect(lines.last?.hasSuffix(Self.pageOf(style.language, 1, 1)) == true)
            // The built-in roadmap's highlights fit: no list lost a row.
            #expect(!text.contains(Self.more(style.language)), "\(name) \(week) left rows out:\n\(text)")
            // Each milestone that needs attention or slipped is on it, once, with its owner.
            let concerns = Set(snapshot.attention.map(\.milestone.id) + snapshot.highlights.slipped.map(\.milestone.id))
            for id in concerns {
                let rows = lines.filter { $0.hasPrefix(id + " ") }
                #expect(rows.count >= 1, "\(name) \(week): \(id) on page one")
            }
            #expect(concerns.count >= 3)
        }
    }

    @Test("the full report's page one is the --summary page, byte for byte up to the footer's page count", arguments: 0..<5)
    func fullReportStartsWithTheSummary(_ styleIndex: Int) throws {
        let (name, style) = Self.styles[styleIndex]
        for (week, snapshot) in try Self.weeks() {
            let summary = Self.firstPage(snapshot.render(.text, style: Self.summary(style)))
            let fullText = snapshot.render(.text, style: style)
            let full = Self.firstPage(fullText)
            let pages = fullText.split(separator: "\u{0C}", omittingEmptySubsequences: false).count
            #expect(pages > 1, "\(name) \(week)")
            #expect(full.body == summary.body, "\(name) \(week)")
            #expect(String(full.footer) == String(summary.footer).replacingOccurrences(
                of: Self.pageOf(style.language, 1, 1), with: Self.pageOf(style.language, 1, pages)), "\(name) \(week)")
            // The week's changes follow page one in the full report.
            if !snapshot.moves.isEmpty {
                let rest = fullText.components(separatedBy: "\u{0C}").dropFirst().joined()
                for move in snapshot.moves { #expect(rest.contains("\n" + move.milestone.id + " "), "\(name) \(week): \(move.milestone.id) moved") }
            }
        }
    }

    @Test("on Letter (49 lines) the summary is still one page, and says what it left out")
    func letterIsOnePage() throws {
        for (name, style) in Self.styles {
            var letter = Self.summary(style)
            letter.pageLength = 49
            for (week, snapshot) in try Self.weeks() {
                let text = snapshot.render(.text, style: letter)
                #expect(!text.contains("\u{0C}"), "\(name) \(week)")
                #expect(text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count <= 49, "\(name) \(week)")
            }
        }
    }

    /// The built-in roadmap ten times over (210 milestones: ids `SC1`…, `SC1-2`…), each copy keeping its status and dates.
    static func bigRoadmap() -> Roadmap {
        var roadmap = BuiltInRoadmap.load()
        for w in roadmap.workstreams.indices {
            let originals = roadmap.workstreams[w].milestones
            for copy in 2...10 {
                roadmap.workstreams[w].milestones += originals.map { milestone in
                    var milestone = milestone
                    milestone.id += "-\(copy)"
                    return milestone
                }
            }
        }
        return roadmap
    }

    @Test("a roadmap of 210 milestones: page one is one page, says how many rows it left out, and the full report lists them after it")
    func bigRoadmapSaysWhatItLeftOut() throws {
        let roadmap = Self.bigRoadmap()
        #expect(roadmap.milestoneCount == 210)
        let snapshot = WeeklySnapshot(roadmap: roadmap, week: SnapshotFixture.week, today: Fixture.day("2026-11-26"), timeZone: SnapshotFixture.bangkok)
        for (name, style) in Self.styles {
            let summary = snapshot.render(.text, style: Self.summary(style))
            #expect(!summary.contains("\u{0C}"), "\(name): one page")
            let more = summary.components(separatedBy: "\n").filter { $0.hasPrefix(Self.more(style.language)) }
            #expect(!more.isEmpty, "\(name): says what it left out:\n\(summary)")
            // Rows are lost only after their follow-ups are down to a line each: as many milestones as can be are shown.
            let lines = Self.firstPage(summary).body, ids = Set(snapshot.attention.map(\.milestone.id) + snapshot.dueNext.map(\.milestone.id))
            for (i, line) in lines.enumerated() where ids.contains(where: { line.hasPrefix($0 + " ") }) {
                #expect(lines[(i + 1)...].prefix { $0.hasPrefix(" ") }.count <= 1, "\(name): \(line)")
            }
            let full = snapshot.render(.text, style: style)
            let pages = full.components(separatedBy: "\u{0C}")
            #expect(Self.firstPage(full).body == Self.firstPage(summary).body, "\(name)")
            // Every milestone that needs attention is in a row after page one.
            let rest = pages.dropFirst().joined()
            for attention in snapshot.attention { #expect(rest.contains("\n" + attention.milestone.id + " "), "\(name): \(attention.milestone.id)") }
        }
        // The count said is the count left out.
        let text = snapshot.render(.text, style: Self.summary(SnapshotStyle()))
        let concerns = Set(snapshot.attention.map(\.milestone.id) + snapshot.highlights.slipped.map(\.milestone.id)).count
        let body = Self.firstPage(text).body
        let start = try #require(body.firstIndex { $0.hasPrefix("Needs attention or slipped") })
        let ids = Set(snapshot.attention.map(\.milestone.id) + snapshot.highlights.slipped.map(\.milestone.id))
        let shown = body[(start + 1)...].prefix { !$0.hasPrefix("…") }.filter { line in ids.contains { line.hasPrefix($0 + " ") } }.count
        let said = try #require(body[start...].first { $0.hasPrefix("… and ") })
        #expect(said == "… and \(concerns - shown) more: the full report lists all after page one.", "\(shown) of \(concerns) shown")
    }

    /// try-24 finding 1: one line short, page one put `… and 1 more` in the
    /// place of a one-line dependency row, which saved nothing and lost CE4.
    @Test("page one never gives a one-line row's place to '… and 1 more': rows the cutting did not need are given back")
    func noRowLostForNothing() throws {
        for (name, style) in Self.styles {
            for (week, snapshot) in try Self.weeks() {
                for length in 40...60 {
                    var short = Self.summary(style)
                    short.pageLength = length
                    let body = Self.firstPage(snapshot.render(.text, style: short)).body
                    for (i, line) in body.enumerated() where i > 0 && line.hasPrefix(Self.more(style.language) + "1") {
                        let count = line.dropFirst(Self.more(style.language).count).prefix { $0.isNumber }
                        guard count == "1" else { continue }
                        // The row before it took more lines than the line saying so.
                        #expect(body[i - 1].hasPrefix(" "), "\(name) \(week) at \(length) lines:\n\(body.joined(separator: "\n"))")
                    }
                }
            }
        }
    }

    @Test("a follow-up starts under the status column and takes at most two lines, under the second title when there is one")
    func followUpLines() throws {
        for (name, style) in Self.styles {
            for (week, snapshot) in try Self.weeks() {
                let lines = Self.firstPage(snapshot.render(.text, style: Self.summary(style))).body
                for (i, line) in lines.enumerated().dropLast() {
                    let row = snapshot.attention.map(\.milestone) + snapshot.dueNext.map(\.milestone)
                    guard let milestone = row.first(where: { line.hasPrefix($0.id + " ") }), milestone.owner != nil,
                          let status = line.dropFirst(milestone.id.count).firstIndex(where: { $0 != " " }) else { continue }
                    // The lines under the row: the second title (stacked, two languages), then the follow-up.
                    let second = style.secondLanguage.map { milestone.title.text(in: $0.rawValue) }
                    let under = lines[(i + 1)...].prefix { $0.hasPrefix(" ") }
                    let notes = under.drop { text in
                        let title = text.trimmingCharacters(in: .whitespaces)
                        return second.map { !title.isEmpty && $0.hasPrefix(title.hasSuffix("…") ? String(title.dropLast()) : title) } ?? false
                    }
                    guard !notes.isEmpty else { continue }  // a row without a follow-up (dependencies, done)
                    #expect(notes.count <= 2, "\(name) \(week): \(notes)")
                    let column = line.distance(from: line.startIndex, to: status)
                    for note in notes {
                        #expect(note.prefix(column).allSatisfy { $0 == " " } && note.dropFirst(column).first != " ",
                                "\(name) \(week): \(note.debugDescription) under \(line.debugDescription)")
                        #expect(DisplayWidth.of(note) <= SnapshotStyle.defaultWidth)
                    }
                }
            }
        }
    }

    @Test("Thai: a title or follow-up cut on page one ends where the word breaker allows a break")
    func thaiCutsAtWordBoundaries() throws {
        let snapshot = try Self.weeks()[2].1
        let text = snapshot.render(.text, style: Self.summary(Self.styles[1].1))
        let titles = snapshot.workstreams.flatMap(\.milestones).map { $0.title.text(in: "th") }
        var checked = 0
        for line in text.components(separatedBy: "\n") where line.hasSuffix("…") {
            // The last cell of the line, the title column, without its …: a prefix of a title.
            guard let cell = line.components(separatedBy: "  ").last?.dropLast(), !cell.isEmpty,
                  let title = titles.first(where: { $0.hasPrefix(cell) && $0.count > cell.count }) else { continue }
            let length = cell.count, next = title.dropFirst(length).first
            #expect(next == " " || LineBreaks.opportunities(in: title).contains(length), "\(cell)| \(title)")
            checked += 1
        }
        #expect(checked >= 3, "Thai titles cut on page one: \(checked)")
    }

    @Test("a Thai date is never split by wrapping, nor `dropped 1 (not counted)`", arguments: 30...80)
    func datesStayTogether(_ width: Int) throws {
        var words = SnapshotWording(language: .th, calendar: .buddhist)
        words.keepTogether = true
        let date = words.date(Fixture.day("2026-10-20"))
        #expect(date == "20\u{A0}ต.ค.\u{A0}2569")
        let note = "ผู้รับผิดชอบ TISI · ฝ่ายนำ ฝ่ายไทย · \(date) TISI: ความเห็นจากการรับฟังยังไม่ได้ข้อยุติ"
        let lines = SnapshotWrap.wrap(note, to: width).map(SnapshotTextRenderer.unglued)
        #expect(lines.contains { $0.contains("20 ต.ค. 2569") }, "\(width): \(lines)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
        var english = SnapshotWording(language: .en, calendar: .gregorian)
        english.keepTogether = true
        let progress = WeeklySnapshot.Progress(statuses: [.planned, .dropped, .done] + Array(repeating: .inProgress, count: 12))
        let counts = SnapshotWrap.wrap(english.counts(progress), to: width).map(SnapshotTextRenderer.unglued)
        #expect(counts.contains { $0.contains("dropped 1 (not counted)") }, "\(width): \(counts)")
    }

    @Test("the busy week's page one in English, as printed")
    func busyWeekGolden() throws {
        let snapshot = try Self.weeks()[2].1
        try SnapshotFixture.expectGolden(snapshot.render(.text, style: Self.summary(SnapshotStyle())), named: "busy-2026-W49-en-summary.txt")
        try SnapshotFixture.expectGolden(snapshot.render(.text, style: Self.summary(Self.styles[1].1)), named: "busy-2026-W49-th-summary.txt")
    }

    static func pageOf(_ language: InterfaceLanguage, _ page: Int, _ count: Int) -> String {
        switch language {
        case .en: "Page \(page) of \(count)"
        case .th: "หน้า \(page) จาก \(count)"
        case .ja: "\(page) / \(count) ページ"
        }
    }

    /// How a line that says how many rows were left out starts.
    static func more(_ language: InterfaceLanguage) -> String {
        switch language {
        case .en: "… and "
        case .th: "… และอีก "
        case .ja: "…ほか"
        }
    }
}
