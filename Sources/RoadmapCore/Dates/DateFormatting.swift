/// Which era dates are shown in.
public enum CalendarSystem: String, CaseIterable, Sendable {
    case gregorian
    /// Buddhist Era: the Gregorian year + 543 (2026 is B.E. 2569).
    case buddhist

    public var toggled: CalendarSystem { self == .gregorian ? .buddhist : .gregorian }
}

/// Dates as people read them: ISO in English Gregorian, `31 ธ.ค. 2569` in
/// Thai Buddhist Era, `2026年12月31日` in Japanese.
public enum DateFormatting {
    static let thaiMonths = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The year as shown in a calendar system.
    public static func year(_ year: Int, in calendar: CalendarSystem) -> Int {
        calendar == .buddhist ? year + 543 : year
    }

    /// A month's short name in a language.
    public static func monthName(_ month: Int, language: String) -> String {
        switch language {
        case "th": thaiMonths[month - 1]
        case "ja": "\(month)月"
        default: englishMonths[month - 1]
        }
    }

    /// A day in a language and calendar.
    public static func format(_ day: CalendarDay, language: String, calendar: CalendarSystem) -> String {
        let y = year(day.year, in: calendar)
        switch (language, calendar) {
        case ("th", _): return "\(day.day) \(thaiMonths[day.month - 1]) \(y)"
        case ("ja", .gregorian): return "\(day.year)年\(day.month)月\(day.day)日"
        case ("ja", .buddhist): return "仏暦\(y)年\(day.month)月\(day.day)日"
        case (_, .buddhist): return "\(day.day) \(englishMonths[day.month - 1]) \(y) BE"
        default: return day.description
        }
    }
}
