import Foundation
import Testing
@testable import RoadmapCore

/// A week before the file's first recorded change cannot be rebuilt: page
/// one says so plainly, in every language and format, with the day from which
/// a report can be trusted, and does not pass the earliest known statuses off
/// as that week's. The built-in roadmap's history starts on 15 September 2026
/// (Bangkok); its baseline of 9 December 2025 records no change.
@Suite("Snapshot before the history")
struct SnapshotBeforeHistoryTests {
    let bangkok = TimeZone(identifier: "Asia/Bangkok")!
    let today = CalendarDay(iso: "2026-11-27")!

    func snapshot(_ week: String, roadmap: Roadmap = BuiltInRoadmap.load()) -> WeeklySnapshot {
        WeeklySnapshot(roadmap: roadmap, week: IsoWeek(parsing: week)!, today: today, timeZone: bangkok)
    }

    static let warnings: [(InterfaceLanguage, String)] = [
        (.en, "Not a record of this week: the file's history starts on "),
        (.th, "ไม่ใช่ข้อมูลจริงของสัปดาห์นี้: ประวัติในแฟ้มเริ่มวันที่ "),
        (.ja, "この週の記録ではありません。ファイルの履歴は"),
    ]

    @Test("the file's first change is known whatever the week: before it, a week's snapshot still knows where the history starts")
    func knownFromTheWholeFile() {
        let first = BuiltInRoadmap.load().earliestChange!.day(in: bangkok)
        #expect(first == CalendarDay(iso: "2026-09-15"))
        for week in ["2025-W30", "2026-W37", "2026-W38", "2026-W48"] {
            #expect(snapshot(week).changesKnownFrom == first, "\(week)")
        }
    }

    @Test("a week before the history (and before the roadmap existed) says so under the header in every format; the week the history starts does not", arguments: warnings)
    func warnedInEveryFormat(language: InterfaceLanguage, warning: String) throws {
        var style = SnapshotStyle(language: language, width: 200)
        style.summary = true
        for week in ["2025-W30", "2020-W01", "2026-W37"] {
            let past = snapshot(week)
            let text = past.render(.text, style: style)
            let rule = try #require(text.range(of: String(repeating: "=", count: 200)))
            let warned = try #require(text.range(of: warning), "\(week) \(language): \(text.prefix(1200))")
            #expect(warned.upperBound <= rule.lowerBound, "on page one, under the header")
            #expect(past.render(.markdown, style: style).contains("**" + warning), "\(week)")
            #expect(past.render(.html, style: style).contains("<strong>" + warning.prefix(20)), "\(week)")  // HTML escapes the apostrophe
        }
        // The week of 15 September 2026 holds the first change: its report is true from that day, as the moves note says.
        for week in ["2026-W38", "2026-W48"] {
            let text = snapshot(week).render(.text, style: style)
            #expect(!text.contains(warning), "\(week)")
        }
    }

    @Test("a roadmap whose every milestone was created later: no milestones that week, and the warning")
    func beforeTheRoadmapExisted() throws {
        var roadmap = BuiltInRoadmap.load()
        let created = Timestamp(rfc3339: "2026-01-05T02:00:00Z")!
        for w in roadmap.workstreams.indices {
            for m in roadmap.workstreams[w].milestones.indices {
                roadmap.workstreams[w].milestones[m].history.insert(HistoryEntry(at: created, field: "created", from: nil, to: "planned"), at: 0)
            }
        }
        let past = snapshot("2025-W52", roadmap: roadmap)
        #expect(past.overall.total == 0)
        #expect(past.changesKnownFrom == CalendarDay(iso: "2026-01-05"))
        #expect(past.render(.text).contains("Not a record of this week: the file's history starts on 2026-01-05"))
        #expect(past.render(.json).contains("\"changesKnownFrom\": \"2026-01-05\""))
    }
}
