import Foundation

/// Parses the date forms users type: `YYYY-MM-DD`, `today`, `tomorrow`,
/// `yesterday`, `+Nd`, `+Nw`, `+Nm` (and `-N…`), relative to `today`.
public enum DateInput {
    /// The forms accepted, for help and error messages.
    public static let formsHelp = "YYYY-MM-DD, today, tomorrow, yesterday, +Nd, +Nw, +Nm (or -N…)"

    public static func parse(_ input: String, today: CalendarDay) -> CalendarDay? {
        let text = input.trimmingCharacters(in: .whitespaces).lowercased()
        switch text {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        default: break
        }
        if let day = CalendarDay(iso: text) { return day }
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
        return (1...9999).contains(result.year) ? result : nil
    }
}
