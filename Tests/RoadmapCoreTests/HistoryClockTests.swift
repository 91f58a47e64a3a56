import Foundation
import Testing
@testable import RoadmapCore

/// The clocks history times are shown on (``HistoryClock``): each change on
/// the clock in force when it was made, as the weekly report counts it, and
/// the clock in force now named once per output.
@Suite("History clock: times on the clock in force when they were made")
struct HistoryClockTests {
    private static func time(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }
    private let bangkok = TimeZone(identifier: "Asia/Bangkok")!, tokyo = TimeZone(identifier: "Asia/Tokyo")!
    private let newYork = TimeZone(identifier: "America/New_York")!
    private let english = ValueWording(language: .en, calendar: .gregorian)

    /// The built-in roadmap (Asia/Bangkok) with the zone changes given.
    private func roadmap(_ changes: (String, String?)...) -> Roadmap { Fixture.builtIn(zoneChanges: changes) }

    @Test("no change recorded: every time on the file's zone, none labelled, whatever the machine's zone")
    func noChanges() {
        let clock = HistoryClock(BuiltInRoadmap.load(), fallback: newYork)
        #expect(clock.zone == bangkok && clock.isNamed)
        let moment = Self.time("2026-12-06T16:30:00Z")
        #expect(clock.zone(at: moment) == bangkok)
        #expect(clock.time(moment, values: english) == "2026-12-06 23:30")
        #expect(clock.label(at: moment) == nil)
        #expect(clock.note(in: .en) == "times: Asia/Bangkok")
        #expect(clock.note(in: .th) == "เวลา Asia/Bangkok")
        #expect(clock.note(in: .ja) == "時刻: Asia/Bangkok")
    }

    @Test("the file names no zone: the machine's clock, and the note says so")
    func machineClock() {
        var file = BuiltInRoadmap.load()
        file.timeZone = nil
        let clock = HistoryClock(file, fallback: tokyo)
        #expect(clock.zone == tokyo && !clock.isNamed)
        #expect(clock.note(in: .en) == "times: Asia/Tokyo (this machine's zone)")
        #expect(clock.note(in: .th).hasPrefix("เวลา Asia/Tokyo (") && clock.note(in: .ja).hasPrefix("時刻: Asia/Tokyo（"))
        #expect(clock.time(Self.time("2026-12-06T16:30:00Z"), values: english) == "2026-12-07 01:30")
    }

    /// try-22b finding 5: Somchai's change at 23:30 on Sunday in Bangkok, after the zone moved to Tokyo.
    @Test("after a zone change, an earlier change stays on the clock it was made on, its zone named")
    func earlierClock() {
        let file = roadmap(("2026-12-10T01:00:00Z", "Asia/Tokyo"))
        let clock = HistoryClock(file, fallback: newYork)
        #expect(clock.zone == tokyo)
        let sunday = Self.time("2026-12-06T16:30:00Z")
        #expect(clock.zone(at: sunday) == bangkok)
        #expect(clock.day(sunday) == CalendarDay(iso: "2026-12-06"))
        #expect(clock.time(sunday, values: english) == "2026-12-06 23:30 Asia/Bangkok")
        #expect(clock.date(sunday, values: ValueWording(language: .th, calendar: .buddhist)) == "6 ธ.ค. 2569 Asia/Bangkok")
        // The change itself takes effect at its time: from then on, Tokyo's clock, not labelled.
        let change = Self.time("2026-12-10T01:00:00Z")
        #expect(clock.time(change, values: english) == "2026-12-10 10:00")
        #expect(clock.time(Self.time("2026-12-10T00:59:59Z"), values: english) == "2026-12-10 07:59 Asia/Bangkok")
        #expect(clock.note(in: .en) == "times: Asia/Tokyo")
    }

    @Test("several changes: each stretch on the zone the next change changed from; none named then is today's clock")
    func severalChanges() {
        let file = roadmap(("2026-01-01T00:00:00Z", nil), ("2026-06-01T00:00:00Z", "America/New_York"), ("2026-09-01T00:00:00Z", "Asia/Tokyo"))
        let clock = HistoryClock(file, fallback: bangkok)
        #expect(clock.zone(at: Self.time("2025-12-31T00:00:00Z")) == bangkok)
        #expect(clock.zone(at: Self.time("2026-03-01T00:00:00Z")) == tokyo, "no zone named then: today's clock")
        #expect(clock.label(at: Self.time("2026-03-01T00:00:00Z")) == nil)
        #expect(clock.zone(at: Self.time("2026-07-01T00:00:00Z")) == newYork)
        #expect(clock.label(at: Self.time("2026-07-01T00:00:00Z")) == "America/New_York")
        #expect(clock.zone(at: Self.time("2026-10-01T00:00:00Z")) == tokyo)
    }

    /// The report and the log agree: a change near Sunday midnight is shown on the day of the week
    /// the report lists it in (try-22b 5: log said Monday, the W49 report listed it).
    @Test("a change's day on its clock lies in the week whose report lists it, either way across a zone change")
    func dayAgreesWithTheReport() throws {
        let w49 = IsoWeek(year: 2026, week: 49)!, w50 = IsoWeek(year: 2026, week: 50)!
        for (from, to, at) in [("Asia/Bangkok", "Asia/Tokyo", "2026-12-06T16:30:00Z"), ("Asia/Tokyo", "Asia/Bangkok", "2026-12-06T15:30:00Z"),
                               ("Asia/Tokyo", "Asia/Bangkok", "2026-12-13T16:00:00Z")] {
            var file = roadmap(("2026-11-01T00:00:00Z", from), ("2026-12-17T01:00:00Z", to))
            let location = try #require(file.locate("SC6"))
            try file[location].set(.status, to: "at-risk", at: Self.time(at), by: "t")
            let weeks = [w49, w50, IsoWeek(year: 2026, week: 51)!].filter { week in
                WeeklySnapshot(roadmap: file, week: week, today: CalendarDay(iso: "2026-12-31")!, timeZone: file.zone(for: week),
                               startZone: file.startZone(of: week)).moves.contains { $0.milestone.id == "SC6" }
            }
            let clock = HistoryClock(file, fallback: newYork)
            #expect(weeks == [IsoWeek(containing: clock.day(Self.time(at)))], "\(from) → \(to) at \(at): listed in \(weeks)")
            #expect(clock.label(at: Self.time(at)) == from, "shown on \(from)'s clock, named")
        }
    }
}
