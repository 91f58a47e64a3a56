import Foundation

/// Parses the date forms users type: `YYYY-MM-DD`, `today`, `tomorrow`,
/// `yesterday`, `+Nd`, `+Nw`, `+Nm` (and `-N…`).
///
/// In the Buddhist Era a `YYYY-MM-DD` whose year is 2400 or more is a B.E.
/// year (`2570-06-30` is 2027-06-30); a smaller year is Gregorian, since no
/// roadmap date falls in B.E. 1–2399 (Gregorian 1857 and before). Relative
/// forms count from `base` (the value being edited) when given, else from today.
public enum DateInput {
    /// The forms accepted, for help and error messages.
    public static let formsHelp = "YYYY-MM-DD, today, tomorrow, yesterday, +Nd, +Nw, +Nm (or -N…)"

    /// The start and due dates that can be entered (typed, imported, or
    /// given as today). What is derived from them — the day after (iCalendar's
    /// `DTEND`), the Sunday of their week, a far time zone's day — keeps a
    /// four-digit year. A file holding other dates of years 1…9999 still loads.
    public static let supported = CalendarDay(year: 1000, month: 1, day: 1)!...CalendarDay(year: 9998, month: 12, day: 31)!
    /// ``supported`` for messages.
    public static let supportedHelp = "1000-01-01 to 9998-12-31"

    /// The smallest year read as Buddhist Era in B.E. input (Gregorian 1857).
    public static let firstBuddhistYear = 2400

    /// How far from today a typed date may be before it is confirmed (or warned about).
    public static let farYears = 50

    /// The day `input` names, or nil when it names none in ``supported``.
    /// `calendar` says how a four-digit year is read; `base` is what
    /// `+2w` counts from (today when nil).
    public static func parse(
        _ input: String, today: CalendarDay, calendar: CalendarSystem = .gregorian, relativeTo base: CalendarDay? = nil
    ) -> CalendarDay? {
        let text = input.trimmingSpaces().lowercased()
        switch text {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        default: break
        }
        if let day = absolute(text, calendar: calendar) { return supported.contains(day) ? day : nil }
        let from = base ?? today
        // The amount is plain digits: Int() alone would also take "+5" or "-5",
        // so "--5d" would count forward and "--9223372036854775808d" would overflow.
        let digits = text.dropFirst().dropLast()
        guard let sign = text.first, sign == "+" || sign == "-", text.count >= 3,
              let unit = text.last, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let amount = Int(digits), amount <= 100_000 else { return nil }
        let n = sign == "-" ? -amount : amount
        let result: CalendarDay
        switch unit {
        case "d": result = from.adding(days: n)
        case "w": result = from.adding(days: 7 * n)
        case "m":
            // adding(months:) returns the day unchanged when the result leaves years 1…9999.
            let monthIndex = from.year * 12 + (from.month - 1) + n
            guard (12..<10_000 * 12).contains(monthIndex) else { return nil }
            result = from.adding(months: n)
        default: return nil
        }
        return supported.contains(result) ? result : nil
    }

    /// `YYYY-MM-DD`, its year read in `calendar`. The fields are checked
    /// after the shift, so B.E. 2567-02-29 (2024, a leap year) is a day.
    private static func absolute(_ text: String, calendar: CalendarSystem) -> CalendarDay? {
        var text = text
        guard let (year, month, day) = text.withUTF8({ $0.count == 10 ? CalendarDay.parseFields($0) : nil }) else { return nil }
        let gregorian = calendar == .buddhist && year >= firstBuddhistYear ? year - 543 : year
        return CalendarDay(year: gregorian, month: month, day: day)
    }

    /// A day as it is typed in `calendar`: `2570-06-30` for 2027-06-30 in
    /// the Buddhist Era. ``parse(_:today:calendar:relativeTo:)`` reads it
    /// back as the same day (a day before B.E. 2400 is written Gregorian).
    public static func editable(_ day: CalendarDay, calendar: CalendarSystem) -> String {
        let year = day.year + 543
        guard calendar == .buddhist, year >= firstBuddhistYear, year <= 9999 else { return day.description }
        let month = day.month < 10 ? "0\(day.month)" : "\(day.month)"
        let dayOfMonth = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        return "\(year)-\(month)-\(dayOfMonth)"
    }

    /// Whether `day` is more than ``farYears`` years from `today` either way:
    /// such a date is most likely a year typed in the wrong era.
    public static func isFar(_ day: CalendarDay, today: CalendarDay) -> Bool {
        day > today.adding(months: 12 * farYears) || day < today.adding(months: -12 * farYears)
    }
}
