import Foundation
import Testing
@testable import RoadmapCore

/// Past weeks and merges with the time zone's history: a week is counted in
/// the zone in force when it ended (``Roadmap/zone(for:fallback:)``), and a
/// merge keeps both offices' changes.
@Suite("Time zone history: weeks and merges")
struct ZoneHistoryWeekTests {
    private static func time(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }
    private let bangkok = TimeZone(identifier: "Asia/Bangkok")!, tokyo = TimeZone(identifier: "Asia/Tokyo")!
    private let newYork = TimeZone(identifier: "America/New_York")!
    /// 2026-W49: Monday 30 November to Sunday 6 December. It ends at 15:00Z
    /// on the 6th in Tokyo, 17:00Z in Bangkok, 05:00Z on the 7th in New York.
    private let w49 = IsoWeek(year: 2026, week: 49)!

    /// The built-in roadmap (Asia/Bangkok) with the zone changes given.
    private func roadmap(_ changes: (String, String?)...) -> Roadmap { Fixture.builtIn(zoneChanges: changes) }

    /// The snapshot of `week` in `file`, counted as the CLI and the UI count it.
    private func snapshot(_ file: Roadmap, _ week: IsoWeek) -> WeeklySnapshot {
        WeeklySnapshot(roadmap: file, week: week, today: CalendarDay(iso: "2026-12-31")!, timeZone: file.zone(for: week),
                       startZone: file.startZone(of: week))
    }

    /// Each week counted on its own clock did not meet the next one across a change of zone (try-22b):
    /// Bangkok → Tokyo, they overlapped by two hours; Tokyo → Bangkok, two hours were in no week.
    @Test("across a change of zone the weeks meet: a change near Sunday midnight moves in exactly one week")
    func weeksMeet() throws {
        let w50 = IsoWeek(year: 2026, week: 50)!
        let cases: [(from: String, to: String, at: String, week: IsoWeek)] = [
            // 23:30 Sunday in Bangkok (W49 there), 01:30 Monday in Tokyo (W50 there).
            ("Asia/Bangkok", "Asia/Tokyo", "2026-12-06T16:30:00Z", w49),
            // 00:30 Monday in Tokyo (W50 there), 22:30 Sunday in Bangkok (W49 there).
            ("Asia/Tokyo", "Asia/Bangkok", "2026-12-06T15:30:00Z", w50),
        ]
        for (from, to, at, week) in cases {
            var file = roadmap(("2026-11-01T00:00:00Z", from), ("2026-12-07T03:00:00Z", to))
            let location = try #require(file.locate("SC6"))
            try file.workstreams[location.workstream].milestones[location.milestone].set(.status, to: "at-risk", at: Self.time(at), by: "t")
            let moved = [w49, w50].filter { snapshot(file, $0).moves.contains { $0.milestone.id == "SC6" } }
            #expect(moved == [week], "\(from) → \(to): SC6 moved in \(moved)")
            // The counts chain: W50's "last week" is W49's end.
            #expect(snapshot(file, w50).highlights.previous == snapshot(file, w49).overall, "\(from) → \(to)")
        }
    }

    @Test("no change recorded: the zone named now, for every week (a file whose zone was set before the history)")
    func noHistory() {
        let file = BuiltInRoadmap.load()
        #expect(file.zone(for: w49, fallback: newYork) == bangkok)
        #expect(file.zone(for: IsoWeek(year: 2020, week: 1)!, fallback: newYork) == bangkok)
    }

    @Test("a change days after the week: the week is counted in the zone before it; weeks after in the new one")
    func changedLater() {
        let file = roadmap(("2026-12-10T02:00:00Z", "Asia/Tokyo"))
        #expect(file.zone(for: w49, fallback: newYork) == bangkok)
        #expect(file.zone(for: IsoWeek(year: 2026, week: 50)!, fallback: newYork) == tokyo)
        // A change takes effect at its time: made at the very moment W49 ended in Bangkok, it counts W49 in Tokyo.
        #expect(roadmap(("2026-12-06T17:00:00Z", "Asia/Tokyo")).zone(for: w49, fallback: newYork) == tokyo)
        #expect(roadmap(("2026-12-06T17:00:01Z", "Asia/Tokyo")).zone(for: w49, fallback: newYork) == bangkok)
    }

    @Test("a change in the week's last hours: the week ends at the first moment it is over on the clock in force then")
    func changedAtTheEnd() {
        // Bangkok → Tokyo at 16:00Z Sunday: Bangkok's week still ran, Tokyo's had ended: over at 16:00Z, in Tokyo.
        #expect(roadmap(("2026-12-06T16:00:00Z", "Asia/Tokyo")).zone(for: w49, fallback: newYork) == tokyo)
        // Bangkok → Tokyo at 18:00Z: over in Bangkok at 17:00Z, before the change.
        #expect(roadmap(("2026-12-06T18:00:00Z", "Asia/Tokyo")).zone(for: w49, fallback: newYork) == bangkok)
        // Bangkok → New York at 20:00Z Sunday: over in Bangkok at 17:00Z, though New York's week still ran.
        #expect(roadmap(("2026-12-06T20:00:00Z", "America/New_York")).zone(for: w49, fallback: bangkok) == bangkok)
        // Bangkok → New York at 16:00Z, back to Bangkok at 16:30Z: over at 17:00Z in Bangkok.
        #expect(roadmap(("2026-12-06T16:00:00Z", "America/New_York"), ("2026-12-06T16:30:00Z", "Asia/Bangkok")).zone(for: w49, fallback: tokyo) == bangkok)
    }

    @Test("no zone named then: today's clock counts that week, the zone named now, else the machine's")
    func noneNamedThen() {
        let file = roadmap(("2026-12-01T00:00:00Z", nil), ("2026-12-20T00:00:00Z", "Asia/Tokyo"))
        #expect(file.zone(for: w49, fallback: newYork) == tokyo, "the same on every machine")
        #expect(file.zone(for: IsoWeek(year: 2026, week: 48)!, fallback: newYork) == bangkok)
        let removed = roadmap(("2026-12-01T00:00:00Z", nil))
        #expect(removed.zone(for: w49, fallback: newYork) == newYork)
        #expect(removed.zone(for: IsoWeek(year: 2026, week: 48)!, fallback: newYork) == bangkok)
        var named = BuiltInRoadmap.load()
        named.timeZone = nil
        named.setTimeZone("Asia/Bangkok", at: Self.time("2026-12-10T00:00:00Z"), by: nil)
        #expect(named.zone(for: w49, fallback: newYork) == bangkok && named.zone(for: w49, fallback: tokyo) == bangkok)
        let snapshot = WeeklySnapshot(roadmap: named, week: w49, today: CalendarDay(iso: "2026-12-10")!, timeZone: named.zone(for: w49))
        #expect(snapshot.zoneChangedSince == nil, "counted in the zone named now: nothing to say")
    }

    @Test("the snapshot of a past week says the zone changed since, in one line in each language; not for a week counted in the zone named now")
    func reportSaysSo() {
        let file = roadmap(("2026-12-10T02:00:00Z", "Asia/Tokyo"))
        let snapshot = WeeklySnapshot(roadmap: file, week: w49, today: CalendarDay(iso: "2026-12-10")!, timeZone: file.zone(for: w49))
        #expect(snapshot.timeZone == "Asia/Bangkok")
        #expect(snapshot.zoneChangedSince == .init(zone: "Asia/Tokyo", since: CalendarDay(iso: "2026-12-10")!))
        let expected: [InterfaceLanguage: String] = [
            .en: "Time zone then: Asia/Bangkok (now Asia/Tokyo since 2026-12-10).",
            .th: "เขตเวลาในขณะนั้น: Asia/Bangkok (ปัจจุบัน Asia/Tokyo ตั้งแต่ 10 ธ.ค. 2569)",
            .ja: "当時のタイムゾーン：Asia/Bangkok（現在はAsia/Tokyo、2026年12月10日から）。",
        ]
        for (language, line) in expected {
            let text = snapshot.render(.text, style: SnapshotStyle(language: language, calendar: language == .th ? .buddhist : .gregorian))
            #expect(text.split(separator: "\n").contains { $0 == line }, "\(language)")
        }
        for format in [SnapshotFormat.markdown, .html] {
            #expect(snapshot.render(format, style: SnapshotStyle(language: .en)).contains("Time zone then: Asia/Bangkok (now Asia/Tokyo since 2026-12-10)."))
        }
        #expect(snapshot.render(.json, style: SnapshotStyle(language: .en)).contains("\"timeZoneNow\": \"Asia/Tokyo\""))
        let w50 = IsoWeek(year: 2026, week: 50)!
        let now = WeeklySnapshot(roadmap: file, week: w50, today: CalendarDay(iso: "2026-12-13")!, timeZone: file.zone(for: w50))
        #expect(now.zoneChangedSince == nil && now.timeZone == "Asia/Tokyo")
    }

    // MARK: Merge

    @Test("two offices that each changed the zone: both entries kept, oldest first, the latest change's zone is the zone; the same either way round")
    func mergeKeepsBoth() {
        let base = BuiltInRoadmap.load()
        var tokyo = base, newYork = base
        tokyo.setTimeZone("Asia/Tokyo", at: Self.time("2026-12-10T02:00:00Z"), by: "山田")
        newYork.setTimeZone("America/New_York", at: Self.time("2026-12-11T02:00:00Z"), by: "Smith")
        let one = ThreeWayMerge.merge(base: base, ours: tokyo, theirs: newYork)
        let other = ThreeWayMerge.merge(base: base, ours: newYork, theirs: tokyo)
        for result in [one, other] {
            #expect(result.conflicts.isEmpty)
            #expect(result.merged.zoneChanges.map(\.to) == ["Asia/Tokyo", "America/New_York"])
            #expect(result.merged.timeZone == "America/New_York")
            #expect(result.merged.loadProblems.isEmpty)
        }
        #expect(RoadmapEncoder.encode(one.merged) == RoadmapEncoder.encode(other.merged), "stable for git: the same bytes")
        // One side changed the zone only: its entry and zone are taken; an entry both have is kept once.
        let onlyOurs = ThreeWayMerge.merge(base: base, ours: tokyo, theirs: base)
        #expect(onlyOurs.merged.timeZone == "Asia/Tokyo" && onlyOurs.merged.zoneChanges == tokyo.zoneChanges)
        let again = ThreeWayMerge.merge(base: tokyo, ours: tokyo, theirs: one.merged)
        #expect(again.merged.zoneChanges == one.merged.zoneChanges)
    }

    @Test("both changed the zone in the same second: the existing zone conflict, theirs in the merge; keeping ours records the change")
    func sameSecondConflict() {
        let base = BuiltInRoadmap.load()
        let at = Self.time("2026-12-10T02:00:00Z")
        var tokyo = base, none = base
        tokyo.setTimeZone("Asia/Tokyo", at: at, by: "山田")
        none.setTimeZone(nil, at: at, by: "Somchai")
        var result = ThreeWayMerge.merge(base: base, ours: tokyo, theirs: none)
        #expect(result.conflicts.map(\.field) == [.timeZone])
        #expect(result.merged.timeZone == nil && result.merged.zoneChanges.count == 2)
        #expect(result.merged.zoneChanges == ZoneChange.ordered(tokyo.zoneChanges + none.zoneChanges))
        let conflict = result.conflicts[0]
        result.keepOurs(conflict, at: Self.time("2026-12-12T00:00:00Z"), by: "山田")
        #expect(result.merged.timeZone == "Asia/Tokyo")
        #expect(result.merged.zoneChanges.last == ZoneChange(at: Self.time("2026-12-12T00:00:00Z"), from: nil, to: "Asia/Tokyo", by: "山田"))
        #expect(result.merged.loadProblems.isEmpty)
        // A zone changed on both sides without a recorded change (edited by hand) is still a conflict.
        var handTokyo = base, handUTC = base
        handTokyo.timeZone = "Asia/Tokyo"
        handUTC.timeZone = "UTC"
        #expect(ThreeWayMerge.merge(base: base, ours: handTokyo, theirs: handUTC).conflicts.map(\.field) == [.timeZone])
    }
}
