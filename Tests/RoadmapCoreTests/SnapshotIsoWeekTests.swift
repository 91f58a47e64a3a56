import Foundation
import RoadmapCore
import Testing

@Suite("Snapshot: ISO weeks")
struct SnapshotIsoWeekTests {
    @Test(arguments: [
        ("2026-11-26", "2026-W48"), ("2026-11-23", "2026-W48"), ("2026-11-29", "2026-W48"), ("2026-11-30", "2026-W49"),
        ("2026-12-28", "2026-W53"), ("2026-12-31", "2026-W53"), ("2027-01-01", "2026-W53"), ("2027-01-03", "2026-W53"),
        ("2027-01-04", "2027-W01"), ("2024-12-30", "2025-W01"), ("2025-01-01", "2025-W01"), ("2026-01-01", "2026-W01"),
        ("2021-01-03", "2020-W53"), ("2020-12-31", "2020-W53"), ("2008-12-29", "2009-W01"), ("2010-01-03", "2009-W53"),
    ])
    func weekOfDay(_ day: String, _ week: String) {
        #expect(IsoWeek(containing: Fixture.day(day)).description == week)
    }

    @Test func mondayToSunday() throws {
        let w48 = try #require(IsoWeek(parsing: "2026-W48"))
        #expect(w48.monday == Fixture.day("2026-11-23"))
        #expect(w48.sunday == Fixture.day("2026-11-29"))
        #expect(w48.contains(Fixture.day("2026-11-23")) && w48.contains(Fixture.day("2026-11-29")))
        #expect(!w48.contains(Fixture.day("2026-11-22")) && !w48.contains(Fixture.day("2026-11-30")))
        let w53 = try #require(IsoWeek(parsing: "2026-W53"))
        #expect(w53.monday == Fixture.day("2026-12-28"))
        #expect(w53.sunday == Fixture.day("2027-01-03"))
        let w1 = try #require(IsoWeek(parsing: "2025-W01"))
        #expect(w1.monday == Fixture.day("2024-12-30"))
        #expect(w1.sunday == Fixture.day("2025-01-05"))
    }

    @Test func weekCounts() {
        #expect(IsoWeek.weekCount(in: 2026) == 53)
        #expect(IsoWeek.weekCount(in: 2020) == 53)  // leap year starting on a Wednesday
        #expect(IsoWeek.weekCount(in: 2025) == 52)
        #expect(IsoWeek.weekCount(in: 2027) == 52)
        #expect(IsoWeek(year: 2026, week: 53) != nil)
        #expect(IsoWeek(year: 2025, week: 53) == nil)
        #expect(IsoWeek(year: 2026, week: 0) == nil)
    }

    @Test(arguments: ["2026-W48", "2026-w48", "2026-W01", "2026-W53", "2020-W53"])
    func parsesWeeks(_ text: String) throws {
        let week = try #require(IsoWeek(parsing: text))
        #expect(week.description == text.uppercased())
    }

    @Test(arguments: ["2025-W53", "2026-W00", "2026-W54", "2026-W7", "2026W48", "2026-48", "26-W48", "2026-W48 ", "", "２０２６-W48", "2026-W4a"])
    func rejectsBadWeeks(_ text: String) {
        #expect(IsoWeek(parsing: text) == nil)
    }

    /// Every day from 1990 to 2060 against Foundation's ISO 8601 calendar.
    @Test func agreesWithFoundation() {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let first = Fixture.day("1990-01-01").daysSinceEpoch, last = Fixture.day("2060-12-31").daysSinceEpoch
        for days in first...last {
            let day = CalendarDay(daysSinceEpoch: days)
            let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            let week = IsoWeek(containing: day)
            if week.year != parts.yearForWeekOfYear || week.week != parts.weekOfYear || !week.contains(day) {
                Issue.record("\(day): \(week), Foundation says \(parts.yearForWeekOfYear ?? 0) week \(parts.weekOfYear ?? 0)")
                return
            }
        }
    }
}
