import Foundation
@testable import RoadmapCore
import RoadmapTestSupport
import Testing

/// The text snapshot is paged and written one section at a time; these tests
/// hold it to the rule for the whole report and to ``WeeklySnapshot/render(_:style:)``.
@Suite("Snapshot: pages written as they are made")
struct SnapshotPagesTests {
    /// The paging rule applied to the whole report at once (as the snapshot did before it streamed).
    private func wholeReport(_ sections: [[String]], pageLength: Int) -> [String] {
        let sections = sections.filter { !$0.isEmpty }
        let total = sections.reduce(0) { $0 + $1.count } + max(0, sections.count - 1)
        guard total > pageLength else { return Array(sections.joined(separator: [""])) }
        var lines: [String] = []
        var used = 0
        for section in sections {
            if lines.isEmpty || used == 0 {
                lines += section
                used += section.count
            } else if used + 1 + section.count < pageLength {
                lines += [""] + section
                used += 1 + section.count
            } else {
                lines += ["", SnapshotPages.formFeed + section[0]] + section.dropFirst()
                used = section.count
            }
            used %= pageLength
        }
        return lines
    }

    private func streamed(_ sections: [[String]], pageLength: Int) -> [String] {
        var pages = SnapshotPages(pageLength: pageLength)
        var bytes: [UInt8] = []
        for section in sections {
            pages.beginSection()
            for line in section { pages.add(line: line.utf8, to: &bytes) }
            pages.endSection(to: &bytes)
        }
        pages.finish(to: &bytes)
        #expect(bytes.isEmpty || bytes.last == UInt8(ascii: "\n"))
        return bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast().map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    @Test func streamedPagesFollowTheWholeReportRule() {
        var random = SplitMix64(seed: 48)
        var withFormFeeds = 0
        for case_ in 0..<3_000 {
            let pageLength = 5 + Int(random.next() % 20)
            let sections = (0..<Int(random.next() % 9)).map { s in
                (0..<Int(random.next() % UInt64(2 * pageLength))).map { "s\(s) l\($0)" }
            }
            let expected = wholeReport(sections, pageLength: pageLength)
            #expect(streamed(sections, pageLength: pageLength) == expected, "case \(case_)")
            if expected.contains(where: { $0.hasPrefix(SnapshotPages.formFeed) }) { withFormFeeds += 1 }
        }
        #expect(withFormFeeds > 500)
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
}
