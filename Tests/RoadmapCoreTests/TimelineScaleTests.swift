import Testing
import RoadmapCore

/// The date ↔ column mapping of the timeline at each zoom.
@Suite("TimelineScale")
struct TimelineScaleTests {
    func scale(_ zoom: TimelineZoom, _ day: String) -> TimelineScale {
        TimelineScale(zoom: zoom, startingAt: Fixture.day(day))
    }

    /// Every day from `first` through `last`, in order.
    func days(_ first: String, _ last: String) -> [CalendarDay] {
        let start = Fixture.day(first)
        return (0...start.days(until: Fixture.day(last))).map { start.adding(days: $0) }
    }

    @Test func originIsTheStartOfTheUnit() {
        #expect(scale(.week, "2026-11-26").origin == Fixture.day("2026-11-23"), "the Monday")
        #expect(scale(.week, "2026-11-23").origin == Fixture.day("2026-11-23"))
        #expect(scale(.month, "2026-11-26").origin == Fixture.day("2026-11-01"))
        #expect(scale(.quarter, "2026-11-26").origin == Fixture.day("2026-10-01"))
        #expect(scale(.quarter, "2026-03-31").origin == Fixture.day("2026-01-01"))
        #expect(TimelineScale.around(Fixture.day("2026-11-26"), zoom: .month).origin == Fixture.day("2026-10-01"), "a month before today")
        #expect(TimelineScale.around(Fixture.day("2026-01-15"), zoom: .quarter).origin == Fixture.day("2025-10-01"))
    }

    @Test func weekZoomIsOneColumnADayAcrossTheYearEndAndIsoWeek53() {
        // 2026 has 53 ISO weeks: W53 is Monday 2026-12-28 to Sunday 2027-01-03.
        let s = scale(.week, "2026-12-31")
        #expect(s.origin == Fixture.day("2026-12-28"))
        #expect(s.column(of: Fixture.day("2026-12-31")) == 3)
        #expect(s.column(of: Fixture.day("2027-01-01")) == 4, "Dec 31 → Jan 1 is the next column")
        #expect(s.column(of: Fixture.day("2027-01-04")) == 7, "W01 of 2027 starts a new unit")
        #expect(s.column(of: Fixture.day("2026-12-27")) == -1)
        #expect(s.days(inColumn: 4) == Fixture.day("2027-01-01")...Fixture.day("2027-01-01"))
        let leap = scale(.week, "2028-02-29")
        #expect(leap.column(of: Fixture.day("2028-02-29")) == 1, "2028-02-29 is a Tuesday")
        #expect(leap.column(of: Fixture.day("2028-03-01")) == 2)
    }

    @Test func monthZoomSplitsEachMonthIntoSixColumns() {
        let s = scale(.month, "2026-01-10")
        #expect(s.column(of: Fixture.day("2026-01-01")) == 0)
        #expect(s.column(of: Fixture.day("2026-01-06")) == 0)
        #expect(s.column(of: Fixture.day("2026-01-07")) == 1)
        #expect(s.column(of: Fixture.day("2026-01-31")) == 5, "Jan 31 is the month's last column")
        #expect(s.column(of: Fixture.day("2026-02-01")) == 6)
        #expect(s.column(of: Fixture.day("2026-02-28")) == 11, "Feb 28 in a common year")
        #expect(s.column(of: Fixture.day("2026-03-01")) == 12)
        #expect(s.column(of: Fixture.day("2026-04-30")) == 23, "Apr 30")
        #expect(s.column(of: Fixture.day("2026-12-31")) == 71)
        #expect(s.column(of: Fixture.day("2027-01-01")) == 72, "the year boundary")
        #expect(s.column(of: Fixture.day("2025-12-31")) == -1)
        let leap = scale(.month, "2028-02-01")
        #expect(leap.column(of: Fixture.day("2028-02-28")) == 5)
        #expect(leap.column(of: Fixture.day("2028-02-29")) == 5, "the leap day is the month's last column")
        #expect(leap.days(inColumn: 5) == Fixture.day("2028-02-26")...Fixture.day("2028-02-29"))
        #expect(leap.column(of: Fixture.day("2028-03-01")) == 6)
    }

    @Test func quarterZoomIsTwoColumnsAMonth() {
        let s = scale(.quarter, "2026-10-05")
        #expect(s.origin == Fixture.day("2026-10-01"))
        #expect(s.column(of: Fixture.day("2026-10-15")) == 0)
        #expect(s.column(of: Fixture.day("2026-10-16")) == 0, "Oct 16 is before the middle of 31 days")
        #expect(s.column(of: Fixture.day("2026-10-17")) == 1)
        #expect(s.column(of: Fixture.day("2026-11-30")) == 3, "Nov 30")
        #expect(s.column(of: Fixture.day("2026-12-31")) == 5)
        #expect(s.column(of: Fixture.day("2027-01-01")) == 6, "the year boundary starts Q1")
        #expect(s.column(of: Fixture.day("2027-02-28")) == 9)
        let leap = scale(.quarter, "2028-01-01")
        #expect(leap.column(of: Fixture.day("2028-02-29")) == 3)
        #expect(leap.days(inColumn: 3) == Fixture.day("2028-02-16")...Fixture.day("2028-02-29"))
    }

    @Test(arguments: TimelineZoom.allCases)
    func columnsCoverEveryDayOnceInOrder(_ zoom: TimelineZoom) {
        // Two years around a leap day: every day falls in the column whose range holds it,
        // and the columns' ranges follow each other without gap or overlap.
        let s = scale(zoom, "2027-10-01")
        var expectedFirst = s.origin
        for column in 0..<(zoom == .week ? 800 : 144) {
            let range = s.days(inColumn: column)
            #expect(range.lowerBound == expectedFirst, "\(zoom) column \(column)")
            for day in days(range.lowerBound.description, range.upperBound.description) {
                #expect(s.column(of: day) == column, "\(zoom): \(day)")
            }
            expectedFirst = range.upperBound.adding(days: 1)
        }
        // Before the origin too.
        #expect(s.days(inColumn: -1).upperBound == s.origin.adding(days: -1))
        #expect(s.column(of: s.origin.adding(days: -1)) == -1)
    }

    @Test func shiftingMovesByWholeUnits() {
        #expect(scale(.week, "2026-12-31").shifted(byUnits: 1).origin == Fixture.day("2027-01-04"))
        #expect(scale(.month, "2026-12-31").shifted(byUnits: 2).origin == Fixture.day("2027-02-01"))
        #expect(scale(.quarter, "2026-12-31").shifted(byUnits: -1).origin == Fixture.day("2026-07-01"))
        #expect(scale(.month, "2026-01-01").units(in: 55) == 9)
        #expect(TimelineZoom.week.zoomedOut == .month && TimelineZoom.month.zoomedOut == .quarter && TimelineZoom.quarter.zoomedOut == .quarter)
        #expect(TimelineZoom.quarter.zoomedIn == .month && TimelineZoom.week.zoomedIn == .week)
    }

    @Test func ticksNameMonthsQuartersAndYearsInEachLanguageAndCalendar() {
        let month = scale(.month, "2026-11-01")
        let en = month.ticks(columns: 30, language: .en, calendar: .gregorian)
        #expect(en.lower == [TimelineTick(column: 0, label: "Nov"), TimelineTick(column: 6, label: "Dec"),
                             TimelineTick(column: 12, label: "Jan"), TimelineTick(column: 18, label: "Feb"),
                             TimelineTick(column: 24, label: "Mar")])
        #expect(en.upper == [TimelineTick(column: 0, label: "2026"), TimelineTick(column: 12, label: "2027")])
        let th = month.ticks(columns: 30, language: .th, calendar: .buddhist)
        #expect(th.lower.map(\.label) == ["พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค."])
        #expect(th.upper.map(\.label) == ["พ.ศ. 2569", "พ.ศ. 2570"])
        let ja = month.ticks(columns: 30, language: .ja, calendar: .gregorian)
        #expect(ja.lower.map(\.label) == ["11月", "12月", "1月", "2月", "3月"])
        #expect(ja.upper.map(\.label) == ["2026年", "2027年"])
        let quarter = scale(.quarter, "2026-11-01").ticks(columns: 24, language: .en, calendar: .gregorian)
        #expect(quarter.lower.map(\.label) == ["Q4", "Q1", "Q2", "Q3"])
        #expect(quarter.upper == [TimelineTick(column: 0, label: "2026"), TimelineTick(column: 6, label: "2027")])
        let week = scale(.week, "2026-12-28").ticks(columns: 21, language: .en, calendar: .gregorian)
        #expect(week.lower == [TimelineTick(column: 0, label: "28"), TimelineTick(column: 7, label: "4"), TimelineTick(column: 14, label: "11")])
        #expect(week.upper == [TimelineTick(column: 0, label: "Dec 2026"), TimelineTick(column: 4, label: "Jan 2027")])
        let weekTh = scale(.week, "2026-12-28").ticks(columns: 21, language: .th, calendar: .buddhist)
        #expect(weekTh.upper.map(\.label) == ["ธ.ค. 2569", "ม.ค. 2570"])
    }

    @Test func tickLinesNeverCutALabelAndKeepTheWidth() {
        let ticks = [TimelineTick(column: 0, label: "Dec 2026"), TimelineTick(column: 4, label: "Jan 2027")]
        #expect(TimelineTick.line(ticks, columns: 14) == "    Jan 2027  ", "a label that runs into the next is left out")
        #expect(TimelineTick.line(ticks, columns: 10) == "          ", "and so is one that runs past the end")
        let thai = scale(.month, "2027-03-01").ticks(columns: 18, language: .th, calendar: .buddhist).lower
        let line = TimelineTick.line(thai, columns: 18)
        #expect(line == "มี.ค.  เม.ย. พ.ค.  ")
        #expect(DisplayWidth.of(line) == 18, "Thai marks take no column")
    }
}
