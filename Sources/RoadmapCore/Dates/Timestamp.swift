import Foundation

/// A moment in UTC with one-second precision, written as RFC 3339 `YYYY-MM-DDTHH:MM:SSZ`.
public struct Timestamp: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// The current moment, or the one pinned by `$ROADMAP_NOW` (for reproducible tests).
    public static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Timestamp {
        if let pinned = environment["ROADMAP_NOW"], let stamp = Timestamp(rfc3339: pinned) { return stamp }
        return Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
    }

    /// Parses exactly `YYYY-MM-DDTHH:MM:SSZ`.
    public init?(rfc3339 text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
              let day = CalendarDay(iso: String(decoding: bytes[0..<10], as: UTF8.self)) else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for b in bytes[range] {
                guard (48...57).contains(b) else { return nil }
                value = value * 10 + Int(b - 48)
            }
            return value
        }
        guard let h = number(11..<13), let m = number(14..<16), let s = number(17..<19),
              h < 24, m < 60, s < 60 else { return nil }
        secondsSinceEpoch = Int64(day.daysSinceEpoch) * 86_400 + Int64(h * 3600 + m * 60 + s)
    }

    /// The UTC calendar day.
    public var utcDay: CalendarDay {
        CalendarDay(daysSinceEpoch: Int((secondsSinceEpoch - (secondsSinceEpoch % 86_400 + 86_400) % 86_400) / 86_400))
    }

    /// The calendar day in the local time zone.
    public var localDay: CalendarDay {
        CalendarDay.localToday(now: Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch)))
    }

    public var description: String {
        let secondsOfDay = Int((secondsSinceEpoch % 86_400 + 86_400) % 86_400)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(utcDay)T\(two(secondsOfDay / 3600)):\(two(secondsOfDay / 60 % 60)):\(two(secondsOfDay % 60))Z"
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.secondsSinceEpoch < b.secondsSinceEpoch }
}
