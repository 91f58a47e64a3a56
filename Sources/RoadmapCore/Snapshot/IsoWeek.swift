/// An ISO 8601 week: Monday to Sunday, numbered 1–52 or 53 within its
/// week-based year, written `YYYY-Www` (`2026-W48`).
///
/// Week 1 is the week that holds the year's first Thursday, so the first
/// days of January can belong to the previous year's last week (2027-01-01
/// is in 2026-W53) and the last days of December to the next year's week 1
/// (2024-12-30 is in 2025-W01).
public struct IsoWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The week-based year, which can differ from the calendar year of its days.
    public let year: Int
    /// 1 … 52, or 53 in a long year.
    public let week: Int

    /// The week `week` of the week-based year `year`, or nil when the year has no such week.
    public init?(year: Int, week: Int) {
        guard (1...9999).contains(year), (1...IsoWeek.weekCount(in: year)).contains(week) else { return nil }
        self.year = year
        self.week = week
    }

    /// The week that holds `day`.
    public init(containing day: CalendarDay) {
        // The week belongs to the year of its Thursday.
        let thursday = day.adding(days: 4 - day.isoWeekday)
        let january1 = CalendarDay(year: thursday.year, month: 1, day: 1) ?? thursday
        year = thursday.year
        week = january1.days(until: thursday) / 7 + 1
    }

    /// Parses exactly `YYYY-Www` (the `W` in either case), e.g. `2026-W48`.
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 8, bytes[4] == UInt8(ascii: "-"), bytes[5] | 0x20 == UInt8(ascii: "w"),
              bytes[0..<4].allSatisfy({ (48...57).contains($0) }), bytes[6..<8].allSatisfy({ (48...57).contains($0) }),
              let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)),
              let week = Int(String(decoding: bytes[6..<8], as: UTF8.self)) else { return nil }
        self.init(year: year, week: week)
    }

    /// The week's Monday.
    public var monday: CalendarDay {
        let january4 = CalendarDay(year: year, month: 1, day: 4)!
        return january4.adding(days: 1 - january4.isoWeekday + 7 * (week - 1))
    }

    /// The week's Sunday.
    public var sunday: CalendarDay { monday.adding(days: 6) }

    /// Whether `day` falls in this week.
    public func contains(_ day: CalendarDay) -> Bool { monday <= day && day <= sunday }

    /// 53 for a long week-based year (one starting on a Thursday, or a leap
    /// year starting on a Wednesday), else 52.
    public static func weekCount(in year: Int) -> Int {
        guard let january1 = CalendarDay(year: year, month: 1, day: 1) else { return 52 }
        let weekday = january1.isoWeekday
        return weekday == 4 || (weekday == 3 && CalendarDay.isLeap(year)) ? 53 : 52
    }

    /// `YYYY-Www`.
    public var description: String {
        let y = String(year), w = String(week)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-W" + (week < 10 ? "0" : "") + w
    }

    public static func < (a: IsoWeek, b: IsoWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }
}
