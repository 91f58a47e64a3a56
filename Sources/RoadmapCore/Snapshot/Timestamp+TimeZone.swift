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
}
