import Testing
import RoadmapCore

/// What each column of a milestone's row shows.
@Suite("TimelineChart")
struct TimelineChartTests {
    static let today = Fixture.day("2026-11-26")
    /// Months from 2026-10-01, 30 columns (five months): today is column 11.
    static let chart = TimelineChart(scale: TimelineScale(zoom: .month, startingAt: Fixture.day("2026-10-01")), columns: 30, today: today)

    func marks(_ status: Status, start: String? = nil, due: String?) -> String {
        let milestone = Milestone(id: "A1", title: LocalizedText("t"), status: status, start: start.map(Fixture.day), due: due.map(Fixture.day))
        return Self.chart.marks(for: milestone).map { TimelineChart.glyph($0, ascii: true) }.joined()
    }

    @Test func todayLineAndDueMarkerInTheStatusGlyph() {
        #expect(Self.chart.todayColumn == 11)
        #expect(marks(.planned, due: "2026-12-20") == "           |   .              ", "Dec 20: 12 + 19 × 6 / 31")
        #expect(marks(.done, due: nil) == "           |                  ")
    }

    @Test func overdueHasAFlagAndClosedNeverDoes() {
        #expect(marks(.blocked, due: "2026-10-30") == "     #!    |                  ")
        #expect(marks(.done, due: "2026-10-30") == "     +     |                  ")
    }

    @Test func dueDatesOutsideTheWindowPointAtTheEdges() {
        #expect(marks(.planned, due: "2027-06-30") == "           |                 >")
        #expect(marks(.done, due: "2026-01-31") == "<          |                  ")
        #expect(marks(.atRisk, due: "2026-01-31") == "<!         |                  ", "overdue before the window")
    }

    @Test func aBarRunsFromStartToDueUnderTheTodayLine() {
        #expect(marks(.inProgress, start: "2026-11-02", due: "2026-12-31") == "      =====|=====>            ")
        #expect(marks(.done, start: "2026-09-01", due: "2026-10-15") == "==+        |                  ", "cut at the left edge")
        #expect(marks(.planned, start: "2027-01-05", due: "2027-09-30") == "           |      ===========>", "cut at the right edge, arrow on top")
        #expect(marks(.planned, start: "2027-01-05", due: "2026-12-01") == "           |.                 ", "no bar when the start is after the due date")
    }

    @Test func ruleTicksEachUnitAndPointsAtToday() {
        #expect(Self.chart.rule(ascii: true) == "+-----+----v+-----+-----+-----")
        #expect(TimelineChart.labelWidth(forWidth: 80) == 24 && TimelineChart.labelWidth(forWidth: 160) == 40)
        #expect(TimelineChart.labelWidth(forWidth: 40) == 16)
    }

    @Test func labelsAreCutByDisplayWidthNeverMidGrapheme() {
        let thai = Milestone(id: "SC1", title: LocalizedText("น้ำท่วมกำหนดการทดสอบ"))
        let label = TimelineChart.label(thai, idWidth: 4, width: 12, language: .th)
        #expect(DisplayWidth.of(label) == 12)
        #expect(label.hasPrefix("SC1  น้ำท่วม"), "\(label)")
        let japanese = Milestone(id: "SC1", title: LocalizedText("日本語のタイトル"))
        let cut = TimelineChart.label(japanese, idWidth: 3, width: 11, language: .ja)
        #expect(cut == "SC1 日本語…", "cut before a wide character that would not fit")
        #expect(DisplayWidth.of(cut) == 11)
    }
}
