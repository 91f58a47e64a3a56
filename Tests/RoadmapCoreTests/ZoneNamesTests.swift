import Foundation
import Testing
@testable import RoadmapCore

/// Zones are named as the file spells them, aliases are one zone, and a
/// change of zone is shown on the clock it set (try-23 findings 6 and 7).
@Suite("zone names as typed; a change of zone on its own clock")
struct ZoneNamesTests {
    private static func time(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }
    private let english = ValueWording(language: .en, calendar: .gregorian)

    /// The built-in roadmap (Asia/Bangkok) with the zone changes given.
    private func roadmap(_ changes: (String, String?)...) -> Roadmap { Fixture.builtIn(zoneChanges: changes) }

    @Test("a machine's zone is spelled as $TZ spells it when $TZ names that zone")
    func machineZoneSpelling() {
        let utc = TimeZone(identifier: "UTC")!, bangkok = TimeZone(identifier: "Asia/Bangkok")!
        #expect(utc.spelled(asTZ: "UTC") == "UTC")
        #expect(TimeZone(identifier: "Etc/UTC")!.spelled(asTZ: ":Etc/UTC") == "Etc/UTC")
        #expect(utc.spelled(asTZ: nil) == utc.identifier && utc.spelled(asTZ: "") == utc.identifier)
        #expect(utc.spelled(asTZ: "Asia/Tokyo") == utc.identifier, "$TZ names another zone")
        #expect(utc.spelled(asTZ: "Not/AZone") == utc.identifier)
        #expect(bangkok.spelled(asTZ: "Asia/Bangkok") == "Asia/Bangkok" && bangkok.spelled(asTZ: nil) == "Asia/Bangkok")
    }

    @Test("a file in UTC: the log's clock, labels and the report's header say UTC, never GMT")
    func utcAsTyped() throws {
        #expect(TimeZone(identifier: "UTC")?.identifier == "GMT" || TimeZone(identifier: "UTC")?.identifier == "UTC", "what Foundation does here")
        let file = roadmap(("2026-12-08T01:30:00Z", "UTC"), ("2026-12-10T01:00:00Z", "Asia/Tokyo"))
        let clock = HistoryClock(file)
        // Between the two changes: on UTC, labelled as the file spells it.
        let wednesday = Self.time("2026-12-09T03:00:00Z")
        #expect(clock.label(at: wednesday) == "UTC")
        #expect(clock.time(wednesday, values: english) == "2026-12-09 03:00 UTC")
        #expect(clock.note(in: .en, labelled: ["UTC", "Asia/Bangkok"]) == "times: Asia/Tokyo; UTC, Asia/Bangkok where labelled; rows newest first")
        let inUTC = roadmap(("2026-12-08T01:30:00Z", "UTC"))
        #expect(HistoryClock(inUTC).note(in: .en) == "times: UTC")
        #expect(HistoryClock(inUTC).name == "UTC")
        let week = IsoWeek(containing: CalendarDay(iso: "2026-12-09")!)
        let snapshot = WeeklySnapshot(roadmap: inUTC, week: week, today: CalendarDay(iso: "2026-12-11")!, timeZone: inUTC.zone(for: week))
        #expect(snapshot.timeZone == "UTC")
        #expect(snapshot.zoneChangedSince == nil, "the zone the week was counted in is the file's: no 'time zone then' line")
        #expect(inUTC.zoneName(TimeZone(identifier: "UTC")!) == "UTC")
        #expect(inUTC.zoneName(TimeZone(identifier: "Asia/Bangkok")!) == "Asia/Bangkok", "from the history")
        #expect(inUTC.zoneName(TimeZone(identifier: "Asia/Tokyo")!) == "Asia/Tokyo", "not in the file: its identifier")
    }

    @Test("aliases of the tz database are one zone; GMT and UTC, or two cities, are not",
          arguments: [
              ("UTC", "Etc/UTC", true), ("UTC", "Universal", true), ("Asia/Saigon", "Asia/Ho_Chi_Minh", true), ("Japan", "Asia/Tokyo", true),
              ("UTC", "UTC", true), ("UTC", "GMT", false), ("Asia/Bangkok", "Asia/Tokyo", false), ("Asia/Bangkok", "Asia/Ho_Chi_Minh", false),
              ("UTC", "../UTC", false),
          ])
    func aliases(a: String, b: String, same: Bool) {
        #expect(ZoneAlias.same(a, b) == same)
        #expect(ZoneAlias.same(b, a) == same)
    }

    @Test("none and a zone are not the same; none and none are")
    func none() {
        #expect(ZoneAlias.same(nil, nil) && !ZoneAlias.same(nil, "UTC") && !ZoneAlias.same("UTC", nil))
    }

    /// try-23 finding 6: two offices changed the zone half an hour apart, each from Bangkok; the merge keeps both.
    @Test("after a merge whose changes do not join up, each change of zone is on the clock it set")
    func mergedChanges() {
        var file = BuiltInRoadmap.load()
        file.zoneChanges = [
            ZoneChange(at: Self.time("2026-12-08T01:00:00Z"), from: "Asia/Bangkok", to: "Asia/Tokyo", by: "山田 太郎"),
            ZoneChange(at: Self.time("2026-12-08T01:30:00Z"), from: "Asia/Bangkok", to: "UTC", by: "สมชาย ใจดี"),
        ]
        file.timeZone = "UTC"
        #expect(file.loadProblems.isEmpty)
        let clock = HistoryClock(file)
        // Before: 山田's change was shown at 08:00 Asia/Bangkok, the `from` of the next entry.
        #expect(clock.time(Self.time("2026-12-08T01:00:00Z"), values: english) == "2026-12-08 10:00 Asia/Tokyo")
        #expect(clock.time(Self.time("2026-12-08T01:30:00Z"), values: english) == "2026-12-08 01:30")
        // Other moments keep the rule the report counts weeks by: the clock the next change changed from.
        #expect(clock.time(Self.time("2026-12-08T01:10:00Z"), values: english) == "2026-12-08 08:10 Asia/Bangkok")
        #expect(clock.time(Self.time("2026-12-08T02:00:00Z"), values: english) == "2026-12-08 02:00")
    }

    /// try-23 finding 7: both offices changed the zone in the same second; the merge keeps both entries.
    @Test("two changes of zone in one second: each on the zone it set, as log shows them")
    func sameSecond() {
        var file = BuiltInRoadmap.load()
        let at = Self.time("2026-12-15T02:00:00Z")
        file.zoneChanges = [
            ZoneChange(at: Self.time("2026-12-08T01:30:00Z"), from: "Asia/Bangkok", to: "UTC"),
            ZoneChange(at: at, from: "UTC", to: "Asia/Bangkok", by: "山田 太郎"),
            ZoneChange(at: at, from: "UTC", to: "Asia/Tokyo", by: "สมชาย ใจดี"),
        ]
        file.timeZone = "Asia/Tokyo"
        #expect(file.loadProblems.isEmpty)
        let clock = HistoryClock(file)
        let entries = file.zoneChanges.map(\.entry)
        #expect(entries.map { clock.time(of: $0, values: english) } == [
            "2026-12-08 01:30 UTC", "2026-12-15 09:00 Asia/Bangkok", "2026-12-15 11:00",
        ])
        #expect(entries.map { clock.label(of: $0) } == ["UTC", "Asia/Bangkok", nil])
        #expect(entries.map { clock.day(of: $0) } == ["2026-12-08", "2026-12-15", "2026-12-15"].map { CalendarDay(iso: $0)! })
        // A milestone's change in that second is on the clock in force then: the later entry's.
        #expect(clock.time(of: HistoryEntry(at: at, field: "status", from: "planned", to: "done"), values: english) == "2026-12-15 11:00")
    }
}
