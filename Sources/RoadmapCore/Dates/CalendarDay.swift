import Foundation

/// A date without a time of day, in the proleptic Gregorian calendar.
public struct CalendarDay: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The day in four bytes (`year * 512 + month * 32 + day`), which also
    /// orders days: a milestone holds two dates, and a roadmap thousands of milestones.
    private let packed: Int32

    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int((packed >> 5) & 15) }
    public var day: Int { Int(packed & 31) }

    /// Years kept: far more than any date a file or the arithmetic here reaches.
    private static let years = -4_000_000...4_000_000

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        packed = Int32(min(max(year, Self.years.lowerBound), Self.years.upperBound) * 512 + month * 32 + day)
    }

    /// Creates a day, or returns nil when the fields do not name a real date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: String) {
        var text = text
        guard let day = text.withUTF8(CalendarDay.init(isoUTF8:)) else { return nil }
        self = day
    }

    /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes.
    init?(isoUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, let (y, m, d) = Self.parseFields(bytes) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Reads `YYYY-MM-DD` from the first ten bytes.
    static func parseFields(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = digits(bytes, 0..<4), let m = digits(bytes, 5..<7), let d = digits(bytes, 8..<10) else { return nil }
        return (y, m, d)
    }

    /// The decimal number in a range of ASCII digits, or nil when any byte is not a digit.
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for i in range {
            let b = bytes[i]
            guard b >= 48 && b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }

    /// The day that is `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> CalendarDay {
        CalendarDay(daysSinceEpoch: daysSinceEpoch + count)
    }

    /// The same day of the month `count` months later, clamped to the month's last day.
    public func adding(months count: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + count
        let y = index / 12, m = index % 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(month: m, year: y)))
            ?? self
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDay) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        guard (0...9999).contains(year) else {
            return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
        return String(unsafeUninitializedCapacity: 10) { text in
            func put(_ value: Int, at end: Int, digits: Int) {
                var value = value
                for i in stride(from: end, to: end - digits, by: -1) {
                    text[i] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, at: 3, digits: 4)
            text[4] = UInt8(ascii: "-")
            put(month, at: 6, digits: 2)
            text[7] = UInt8(ascii: "-")
            put(day, at: 9, digits: 2)
            return 10
        }
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        a.packed < b.packed
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Today in the local time zone (its year may leave 1…9999 near those ends).
    public static func localToday(now: Date = Date()) -> CalendarDay {
        var time = time_t(now.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&time, &parts)
        return CalendarDay(unchecked: Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }
}

extension CalendarDay {
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Why text in the `YYYY-MM-DD` form names no day (`February 2027 has no
    /// day 30`, `there is no month 13`), for an error message; nil when the
    /// text is a day or is not in that form at all.
    public static func whyNoSuchDay(iso text: String) -> String? {
        var text = text
        guard let (y, m, d) = text.withUTF8({ $0.count == 10 ? parseFields($0) : nil }), CalendarDay(year: y, month: m, day: d) == nil else { return nil }
        guard (1...9999).contains(y) else { return "there is no year \(text.prefix(4))" }
        guard (1...12).contains(m) else { return "there is no month \(m)" }
        return "\(monthNames[m - 1]) \(y) has no day \(d)"
    }
}
