import Foundation
import RoadmapCore
import Testing

/// History's times on the programme's clock: the same moment is another day
/// in Bangkok than in UTC or New York.
@Suite("timestamps on a zone's clock")
struct TimestampClockTests {
    static func moment(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }

    @Test("the minute and the day in a zone, daylight saving included", arguments: [
        ("2026-12-04T23:59:00Z", "Asia/Bangkok", "2026-12-05 06:59"),
        ("2026-12-04T23:59:00Z", "Asia/Tokyo", "2026-12-05 08:59"),
        ("2026-12-04T23:59:00Z", "UTC", "2026-12-04 23:59"),
        ("2026-12-04T23:59:00Z", "America/New_York", "2026-12-04 18:59"),
        ("2026-07-01T12:00:00Z", "America/New_York", "2026-07-01 08:00"),
        ("2026-01-01T00:00:00Z", "Pacific/Kiritimati", "2026-01-01 14:00"),
        ("2026-01-01T00:30:00Z", "America/St_Johns", "2025-12-31 21:00"),
    ])
    func minute(_ text: String, _ zone: String, _ expected: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        #expect(Self.moment(text).minute(in: timeZone) == expected)
        #expect("\(Self.moment(text).day(in: timeZone))" == String(expected.prefix(10)))
    }
}
