import Testing
import RoadmapCore

@Suite("CalendarDay")
struct CalendarDayTests {
    @Test(arguments: ["2026-01-01", "2024-02-29", "2000-02-29", "2026-12-31", "0001-01-01", "9999-12-31", "2026-04-30"])
    func parsesValidDays(_ text: String) throws {
        let day = try #require(CalendarDay(iso: text))
        #expect(day.description == text)
    }

    @Test(arguments: [
        "2026-13-01", "2026-02-29", "1900-02-29", "2026-04-31", "2026-00-10", "2026-01-00", "2026-01-32", "0000-01-01",
        "2026-1-01", "2026-01-1", "26-01-01", "2026-01-011", "20260-01-01", "2026/01/01", "2026-01-01T00:00:00Z",
        " 2026-01-01", "2026-01-01 ", "+026-01-01", "-026-01-01", "２０２６-01-01", "2026-0a-01", "", "today",
    ])
    func rejectsInvalidDays(_ text: String) {
        #expect(CalendarDay(iso: text) == nil)
    }

    @Test func fieldInitialiserValidates() {
        #expect(CalendarDay(year: 2026, month: 2, day: 28) != nil)
        #expect(CalendarDay(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDay(year: 10_000, month: 1, day: 1) == nil)
        #expect(CalendarDay(year: 2026, month: 13, day: 1) == nil)
    }

    @Test func knownDaysSinceEpoch() {
        #expect(Fixture.day("1970-01-01").daysSinceEpoch == 0)
        #expect(Fixture.day("1970-01-02").daysSinceEpoch == 1)
        #expect(Fixture.day("1969-12-31").daysSinceEpoch == -1)
        #expect(Fixture.day("2000-03-01").daysSinceEpoch == 11_017)
        #expect(Fixture.day("2026-11-26").daysSinceEpoch == 20_783)
        #expect(Fixture.day("0001-01-01").daysSinceEpoch == -719_162)
        #expect(Fixture.day("9999-12-31").daysSinceEpoch == 2_932_896)
    }

    @Test func daysSinceEpochRoundTripsOverTheWholeRange() {
        for days in stride(from: -719_162, through: 2_932_896, by: 97) {
            let day = CalendarDay(daysSinceEpoch: days)
            #expect(day.daysSinceEpoch == days)
            #expect(CalendarDay(iso: day.description) == day)
        }
    }

    @Test func consecutiveDaysFollowTheCalendar() {
        // Walk day by day from 1896 to 2104 (leap rules for 1900, 2000 and 2100 included).
        var previous = Fixture.day("1896-01-01")
        for days in (previous.daysSinceEpoch + 1)...Fixture.day("2104-12-31").daysSinceEpoch {
            let day = CalendarDay(daysSinceEpoch: days)
            if previous.day < CalendarDay.daysIn(month: previous.month, year: previous.year) {
                #expect(day.year == previous.year && day.month == previous.month && day.day == previous.day + 1)
            } else if previous.month < 12 {
                #expect(day.year == previous.year && day.month == previous.month + 1 && day.day == 1)
            } else {
                #expect(day.year == previous.year + 1 && day.month == 1 && day.day == 1)
            }
            #expect(previous < day)
            #expect(day.daysSinceEpoch == days)
            previous = day
        }
        #expect(previous == Fixture.day("2104-12-31"))
    }

    @Test func leapYears() {
        #expect(CalendarDay.isLeap(2024))
        #expect(CalendarDay.isLeap(2000))
        #expect(!CalendarDay.isLeap(1900))
        #expect(!CalendarDay.isLeap(2026))
        #expect(CalendarDay.daysIn(month: 2, year: 2028) == 29)
        #expect(CalendarDay.daysIn(month: 2, year: 2100) == 28)
        #expect(CalendarDay.daysIn(month: 9, year: 2026) == 30)
        #expect(CalendarDay.daysIn(month: 12, year: 2026) == 31)
    }

    @Test(arguments: [
        ("2026-01-31", 1, "2026-02-28"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2026-03-31", -1, "2026-02-28"),
        ("2026-05-31", 1, "2026-06-30"),
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-01-15", -1, "2025-12-15"),
        ("2026-01-15", -13, "2024-12-15"),
        ("2026-08-31", 18, "2028-02-29"),
        ("2026-06-10", 0, "2026-06-10"),
        ("2026-06-10", 120, "2036-06-10"),
    ])
    func addingMonthsClampsToTheMonthsEnd(_ start: String, _ months: Int, _ expected: String) {
        #expect(Fixture.day(start).adding(months: months) == Fixture.day(expected))
    }

    @Test func addingDays() {
        #expect(Fixture.day("2026-02-28").adding(days: 1) == Fixture.day("2026-03-01"))
        #expect(Fixture.day("2024-02-28").adding(days: 1) == Fixture.day("2024-02-29"))
        #expect(Fixture.day("2026-01-01").adding(days: -1) == Fixture.day("2025-12-31"))
        #expect(Fixture.day("2026-01-01").adding(days: 365) == Fixture.day("2027-01-01"))
        #expect(Fixture.day("2026-01-01").days(until: Fixture.day("2027-01-01")) == 365)
        #expect(Fixture.day("2027-01-01").days(until: Fixture.day("2026-01-01")) == -365)
    }

    @Test(arguments: [
        ("1970-01-01", 4), ("1969-12-29", 1), ("1969-12-28", 7), ("2000-01-01", 6),
        ("2025-12-09", 2), ("2026-01-04", 7), ("2026-01-05", 1), ("0001-01-01", 1), ("2026-11-26", 4),
    ])
    func isoWeekday(_ text: String, _ weekday: Int) {
        #expect(Fixture.day(text).isoWeekday == weekday)
    }

    @Test func weekdaysCycle() {
        var day = Fixture.day("1969-12-01")
        for _ in 0..<100 {
            let next = day.adding(days: 1)
            #expect(next.isoWeekday == day.isoWeekday % 7 + 1)
            day = next
        }
    }

    @Test func ordering() {
        #expect(Fixture.day("2026-01-31") < Fixture.day("2026-02-01"))
        #expect(Fixture.day("2025-12-31") < Fixture.day("2026-01-01"))
        #expect(!(Fixture.day("2026-01-01") < Fixture.day("2026-01-01")))
        #expect([Fixture.day("2027-01-01"), Fixture.day("2026-06-01")].sorted().first == Fixture.day("2026-06-01"))
    }
}

@Suite("Timestamp")
struct TimestampTests {
    @Test func knownMoments() throws {
        #expect(try #require(Timestamp(rfc3339: "1970-01-01T00:00:00Z")).secondsSinceEpoch == 0)
        #expect(try #require(Timestamp(rfc3339: "1969-12-31T23:59:59Z")).secondsSinceEpoch == -1)
        #expect(try #require(Timestamp(rfc3339: "2000-01-01T00:00:00Z")).secondsSinceEpoch == 946_684_800)
        #expect(try #require(Timestamp(rfc3339: "2026-11-26T09:30:00Z")).secondsSinceEpoch == 1_795_685_400)
        #expect(Timestamp(secondsSinceEpoch: 1_795_685_400).description == "2026-11-26T09:30:00Z")
        #expect(Timestamp(secondsSinceEpoch: -1).description == "1969-12-31T23:59:59Z")
    }

    @Test func roundTripsOverAWideRange() throws {
        let first = try #require(Timestamp(rfc3339: "0001-01-01T00:00:00Z")).secondsSinceEpoch
        let last = try #require(Timestamp(rfc3339: "9999-12-31T23:59:59Z")).secondsSinceEpoch
        for seconds in stride(from: first, through: last, by: 7_777_777) {
            let stamp = Timestamp(secondsSinceEpoch: seconds)
            #expect(Timestamp(rfc3339: stamp.description) == stamp, "\(stamp)")
        }
        for seconds in Int64(-90_000)...Int64(-86_300) {
            let stamp = Timestamp(secondsSinceEpoch: seconds)
            #expect(Timestamp(rfc3339: stamp.description) == stamp, "\(stamp)")
        }
    }

    @Test func utcDay() {
        #expect(Timestamp(rfc3339: "2026-11-26T23:59:59Z")?.utcDay == Fixture.day("2026-11-26"))
        #expect(Timestamp(rfc3339: "1969-12-31T00:00:00Z")?.utcDay == Fixture.day("1969-12-31"))
        #expect(Timestamp(secondsSinceEpoch: -1).utcDay == Fixture.day("1969-12-31"))
    }

    @Test(arguments: [
        "2026-11-26T09:30:00", "2026-11-26 09:30:00Z", "2026-11-26T24:00:00Z", "2026-11-26T09:60:00Z",
        "2026-11-26T09:30:60Z", "2026-11-26T09:30:00+07:00", "2026-11-26t09:30:00z", "2026-02-30T00:00:00Z",
        "2026-11-26T09:30:00.5Z", "2026-11-26T9:30:00Z", "2026-11-26T09:30Z", "2026-11-26", "", "now",
        "2026-11-26T-1:30:00Z", "2026-11-26T09:3a:00Z",
    ])
    func rejectsBadForms(_ text: String) {
        #expect(Timestamp(rfc3339: text) == nil)
    }

    @Test func nowCanBePinned() {
        #expect(Timestamp.now(environment: ["ROADMAP_NOW": "2026-11-26T09:30:00Z"]).description == "2026-11-26T09:30:00Z")
        // A malformed pin is ignored rather than trusted.
        let unpinned = Timestamp.now(environment: ["ROADMAP_NOW": "yesterday"])
        #expect(unpinned.utcDay.year >= 2025)
    }

    @Test func ordering() {
        #expect(Timestamp(secondsSinceEpoch: 1) < Timestamp(secondsSinceEpoch: 2))
        #expect(!(Timestamp(secondsSinceEpoch: 2) < Timestamp(secondsSinceEpoch: 2)))
    }
}

@Suite("DateInput")
struct DateInputTests {
    static let today = Fixture.day("2026-01-31")

    @Test(arguments: [
        ("today", "2026-01-31"), ("TODAY", "2026-01-31"), (" tomorrow ", "2026-02-01"), ("yesterday", "2026-01-30"),
        ("+0d", "2026-01-31"), ("+1d", "2026-02-01"), ("+3d", "2026-02-03"), ("-3d", "2026-01-28"), ("+10D", "2026-02-10"),
        ("+2w", "2026-02-14"), ("-1w", "2026-01-24"), ("+1m", "2026-02-28"), ("+13m", "2027-02-28"), ("-1m", "2025-12-31"),
        ("-2m", "2025-11-30"), ("+365d", "2027-01-31"), ("2026-05-01", "2026-05-01"), ("2024-02-29", "2024-02-29"),
    ])
    func parsesTheDocumentedForms(_ input: String, _ expected: String) {
        #expect(DateInput.parse(input, today: Self.today) == Fixture.day(expected))
    }

    @Test(arguments: [
        "", "soon", "next week", "+d", "+3", "3d", "+3y", "+3dd", "+ 3d", "+1.5d", "+3 d", "d3+", "++3d", "+-3d", "--3d",
        "-+3d", "+١d", "2026-02-29", "2026-13-01", "+100001d", "+999999999d", "+9223372036854775807d",
        "-9223372036854775808d", "--9223372036854775808d", "+-9223372036854775808d", "+99999999999999999999d",
        "+-2000000000000000000w", "+100000m", "-100000m", "+99999m", "+10000000w",
    ])
    func rejectsGarbageAndHugeValues(_ input: String) {
        #expect(DateInput.parse(input, today: Self.today) == nil)
    }

    @Test func largestAcceptedOffsets() {
        #expect(DateInput.parse("+100000d", today: Self.today) == Self.today.adding(days: 100_000))
        #expect(DateInput.parse("-100000d", today: Self.today) == Self.today.adding(days: -100_000))
        #expect(DateInput.parse("+95000m", today: Self.today) == Self.today.adding(months: 95_000))
    }

    /// What the UI's date prompt and `roadmap set` share: `+2w` counts from
    /// the date being edited, the words from today, a written date is itself.
    @Test(arguments: [
        ("+2w", "2027-07-14"), ("-1w", "2027-06-23"), ("+1m", "2027-07-30"), ("-3d", "2027-06-27"),
        ("today", "2026-01-31"), ("tomorrow", "2026-02-01"), ("yesterday", "2026-01-30"), ("2026-05-01", "2026-05-01"),
    ])
    func relativeFormsCountFromTheBase(_ input: String, _ expected: String) {
        #expect(DateInput.parse(input, today: Self.today, relativeTo: Fixture.day("2027-06-30")) == Fixture.day(expected))
    }

    @Test func resultsOutsideTheSupportedRangeAreRefused() {
        let last = Fixture.day("9998-12-31")
        #expect(DateInput.parse("+1d", today: last) == nil)
        #expect(DateInput.parse("+1m", today: last) == nil)
        #expect(DateInput.parse("+0d", today: last) == last)
        let first = Fixture.day("1000-01-01")
        #expect(DateInput.parse("-1d", today: first) == nil)
        #expect(DateInput.parse("-1m", today: first) == nil)
        #expect(DateInput.parse("-1w", today: first) == nil)
    }
}

/// CalendarDay keeps a day in four bytes; every field, the order and the text survive.
@Suite("CalendarDay packing")
struct CalendarDayPackingTests {
    @Test func fieldsOrderAndTextSurvive() throws {
        var random = SplitMix64(seed: 9999)
        var previous: CalendarDay?
        for _ in 0..<20_000 {
            let y = 1 + Int(random.next() % 9999), m = 1 + Int(random.next() % 12)
            let d = 1 + Int(random.next() % UInt64(CalendarDay.daysIn(month: m, year: y)))
            let day = try #require(CalendarDay(year: y, month: m, day: d))
            #expect((day.year, day.month, day.day) == (y, m, d))
            #expect(CalendarDay(iso: day.description) == day)
            #expect(CalendarDay(daysSinceEpoch: day.daysSinceEpoch) == day)
            if let previous {
                #expect((previous < day) == ((previous.year, previous.month, previous.day) < (y, m, d)))
            }
            previous = day
        }
        #expect(CalendarDay(year: 1, month: 1, day: 1)?.description == "0001-01-01")
        #expect(CalendarDay(year: 9999, month: 12, day: 31)?.adding(days: 1).description == "10000-01-01")
        #expect(CalendarDay(year: 1, month: 1, day: 1)?.adding(days: -1).year == 0)
    }
}
