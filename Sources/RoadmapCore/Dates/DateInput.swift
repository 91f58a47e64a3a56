import Foundation

/// Parses the date forms users type: `YYYY-MM-DD`, `today`, `tomorrow`,
/// `yesterday`, `+Nd`, `+Nw`, `+Nm` (and `-N…`), relative to `today`.
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

    /// The day `input` names, or nil when it names none in ``supported``.

    public static func parse(_ input: String, today: CalendarDay) -> CalendarDay? {
        let text = input.trimmingCharacters(in: .whitespaces).lowercased()
        switch text {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        default: break
        }
        if let day = CalendarDay(iso: text) { return supported.contains(day) ? day : nil }
        // The amount is plain digits: Int() alone would also take "+5" or "-5",
        // so "--5d" would count forward and "--9223372036854775808d" would overflow.
        let digits = text.dropFirst().dropLast()
        guard let sign = text.first, sign == "+" || sign == "-", text.count >= 3,
              let unit = text.last, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let amount = Int(digits), amount <= 100_000 else { return nil }
        let n = sign == "-" ? -amount : amount
        let result: CalendarDay
        switch unit {
        case "d": result = today.adding(days: n)
        case "w": result = today.adding(days: 7 * n)
        case "m":
            // adding(months:) returns the day unchanged when the result leaves years 1…9999.
            let monthIndex = today.year * 12 + (today.month - 1) + n
            guard (12..<10_000 * 12).contains(monthIndex) else { return nil }
            result = today.adding(months: n)
        default: return nil
        }
        return supported.contains(result) ? result : nil
    }
}
