import Foundation

extension Timestamp {
    /// The calendar day this moment falls on in `timeZone` (daylight saving
    /// included). ``localDay`` is this day in the process's time zone.
    public func day(in timeZone: TimeZone) -> CalendarDay {
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch)))
        let local = secondsSinceEpoch + Int64(offset)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return CalendarDay(daysSinceEpoch: Int(days))
    }

    /// `2026-12-05 06:59`: the day and the minute on the clock of `timeZone`,
    /// as history is shown (the programme's clock, not UTC's).
    public func minute(in timeZone: TimeZone) -> String {
        "\(day(in: timeZone)) \(timeOfDay(in: timeZone))"
    }

    /// `06:59`: the hour and minute on the clock of `timeZone`.
    public func timeOfDay(in timeZone: TimeZone) -> String {
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch)))
        let local = secondsSinceEpoch + Int64(offset)
        let seconds = Int((local % 86_400 + 86_400) % 86_400)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60))"
    }

    /// The first moment of `day` in `timeZone`: a moment falls on `day` or
    /// later exactly when it is not before this one. Found once, so that
    /// many moments are compared without working out each one's day.
    public static func start(of day: CalendarDay, in timeZone: TimeZone) -> Timestamp {
        // UTC offsets lie within ±26 hours: search that window around UTC midnight.
        let midnight = Int64(day.daysSinceEpoch) * 86_400
        var low = midnight - 26 * 3_600, high = midnight + 26 * 3_600
        while low < high {
            let middle = low + (high - low) / 2
            if Timestamp(secondsSinceEpoch: middle).day(in: timeZone) < day { low = middle + 1 } else { high = middle }
        }
        return Timestamp(secondsSinceEpoch: low)
    }
}
