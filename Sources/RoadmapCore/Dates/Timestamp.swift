import Foundation

/// A moment in UTC with one-second precision, written as RFC 3339 `YYYY-MM-DDTHH:MM:SSZ`.
public struct Timestamp: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// The current moment, or the one pinned by `$ROADMAP_NOW` (for reproducible tests).
    public static func now(environment: some EnvironmentVariables = ProcessEnvironment.variables) -> Timestamp {
        if let pinned = environment["ROADMAP_NOW"], let stamp = Timestamp(rfc3339: pinned) { return stamp }
        return Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
    }

    /// Parses exactly `YYYY-MM-DDTHH:MM:SSZ`.
    public init?(rfc3339 text: String) {
        var text = text
        guard let stamp = text.withUTF8(Timestamp.init(rfc3339UTF8:)) else { return nil }
        self = stamp
    }

    /// Parses exactly `YYYY-MM-DDTHH:MM:SSZ` from UTF-8 bytes.
    init?(rfc3339UTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
              let (y, mo, d) = CalendarDay.parseFields(bytes), let day = CalendarDay(year: y, month: mo, day: d),
              let h = CalendarDay.digits(bytes, 11..<13), let m = CalendarDay.digits(bytes, 14..<16),
              let s = CalendarDay.digits(bytes, 17..<19), h < 24, m < 60, s < 60 else { return nil }
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
