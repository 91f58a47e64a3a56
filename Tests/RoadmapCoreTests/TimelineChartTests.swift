import Testing
import RoadmapCore

/// What each column of a milestone's row shows.
@Suite("TimelineChart")
struct TimelineChartTests {
    static let today = Fixture.day("2026-11-26")
    /// Months from 2026-10-01, 30 columns (five months): today is column 11.
    static let chart = TimelineChart(scale: TimelineScale(zoom: .month, startingAt: Fixture.day("2026-10-01")), columns: 30, today: today)

    func marks(_ status: Status, start: String? = nil, due: String?, baseline: String? = nil) -> String {
        let milestone = Milestone(id: "A1", title: LocalizedText("t"), status: status, start: start.map(Fixture.day), due: due.map(Fixture.day))
        return Self.chart.marks(for: milestone, baselineDue: baseline.map(Fixture.day)).map { TimelineChart.glyph($0, ascii: true) }.joined()
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

    @Test func theBaselineDueDateIsAGhostBesideTheDueMarker() {
        #expect(marks(.planned, due: "2026-12-20", baseline: "2026-12-01") == "           |:  .              ", "slipped: the ghost is left of the marker")
        #expect(marks(.planned, due: "2026-12-01", baseline: "2027-01-20") == "           |.        :        ", "pulled in: right of it (Jan 20: 18 + 19 × 6 / 31)")
        #expect(marks(.planned, due: "2026-12-20", baseline: "2026-12-20") == "           |   .              ", "same day: the marker hides it")
        #expect(marks(.planned, due: "2026-12-20") == "           |   .              ", "no baseline")
        #expect(marks(.inProgress, start: "2026-11-02", due: "2026-12-31", baseline: "2026-12-10") == "      =====|=:===>            ", "over the bar")
        #expect(marks(.planned, due: "2027-06-30", baseline: "2026-10-05") == ":          |                 >", "due after the window, ghost inside")
        #expect(marks(.planned, due: "2026-12-20", baseline: "2026-01-05") == "           |   .              ", "a ghost outside the window is not drawn")
        #expect(marks(.blocked, due: "2026-10-30", baseline: "2026-11-03") == "     #!    |                  ", "the overdue flag is drawn over it")
        #expect(TimelineChart.glyph(.baseline, ascii: false) == "┆")
    }

    /// A roadmap with a baseline saved before C1 was added and before A1 and B1 moved.
    static func baselined() -> Roadmap {
        var roadmap = Roadmap(title: LocalizedText("R"), workstreams: [
            Workstream(id: "a", title: LocalizedText("A"), milestones: [
                Milestone(id: "A1", title: LocalizedText("Survey"), status: .blocked, due: Fixture.day("2026-12-01")),
                Milestone(id: "A2", title: LocalizedText("Report"), status: .planned, due: Fixture.day("2027-01-15"), depends: ["A1"]),
            ]),
            Workstream(id: "b", title: LocalizedText("B"), milestones: [
                Milestone(id: "B1", title: LocalizedText("Pilot"), status: .planned, start: Fixture.day("2027-01-18"), due: Fixture.day("2027-02-26"), depends: ["A2"]),
            ]),
        ])
        _ = try! roadmap.saveBaseline(named: "EID 2026-10", at: Fixture.time("2026-10-09T09:00:00Z"), by: nil)
        roadmap.workstreams[0].milestones[0].due = Fixture.day("2026-12-20")
        roadmap.workstreams[1].milestones[0].due = Fixture.day("2027-02-10")
        roadmap.workstreams[1].milestones.append(Milestone(id: "C1", title: LocalizedText("New"), due: Fixture.day("2026-12-15")))
        return roadmap
    }

    @Test func theTextPictureDrawsGhostsAndNamesTheBaselineInTheLegend() throws {
        let roadmap = Self.baselined()
        let scale = TimelineScale(zoom: .month, startingAt: Fixture.day("2026-10-01"))
        let lines = TimelineTextRenderer(roadmap: roadmap, today: Self.today, scale: scale, width: 80, ascii: true, baseline: roadmap.currentBaseline).lines()
        let row = { (id: String) in try #require(lines.first { $0.hasPrefix(id + " ") }) }
        let x0 = TimelineChart.labelWidth(forWidth: 80) + 1
        func cells(_ line: String) -> String { String(line.dropFirst(x0)) }
        #expect(cells(try row("A1")) == "           |:  #", "Dec 1 in the baseline, Dec 20 now")
        #expect(cells(try row("A2")) == "           |        .", "unchanged: no ghost (Jan 15 is column 20)")
        #expect(cells(try row("B1")) == "           |         ====.   :", "moved in from Feb 26 to Feb 10")
        #expect(!cells(try row("C1")).contains(":"), "added after the baseline: nothing to compare")
        #expect(lines.last == ": due in baseline “EID 2026-10”")
        let plain = TimelineTextRenderer(roadmap: roadmap, today: Self.today, scale: scale, width: 80, ascii: true).lines()
        #expect(!plain.contains { $0.contains("baseline") } && !plain.contains { $0.hasPrefix("A1 ") && $0.contains(":") }, "no baseline, no ghost")
        let thai = TimelineTextRenderer(roadmap: roadmap, today: Self.today, scale: scale, width: 80, language: .th, baseline: roadmap.currentBaseline).lines()
        #expect(thai.last == "┆ กำหนดตามแผนฐาน “EID 2026-10”")
    }

    @Test func dependencyMarksArrowsAndOffTrackLinks() {
        let roadmap = Self.baselined()
        let a1 = Roadmap.Location(workstream: 0, milestone: 0), a2 = Roadmap.Location(workstream: 0, milestone: 1)
        let b1 = Roadmap.Location(workstream: 1, milestone: 0)
        let onA2 = TimelineDependencies(roadmap: roadmap, selected: a2, today: Self.today)
        #expect(onA2.marks == [
            a1: .init(role: .predecessor, offTrack: true),  // blocked
            b1: .init(role: .successor, offTrack: false),
            a2: .init(role: nil, offTrack: true),
        ])
        let onB1 = TimelineDependencies(roadmap: roadmap, selected: b1, today: Self.today)
        #expect(onB1.marks == [a2: .init(role: .predecessor, offTrack: false)], "A2 is due before B1 starts")
        let lone = TimelineDependencies(roadmap: roadmap, selected: Roadmap.Location(workstream: 1, milestone: 1), today: Self.today)
        #expect(lone.marks.isEmpty)
        #expect(TimelineDependencies.glyph(.init(role: .predecessor, offTrack: true), ascii: false) == "←!")
        #expect(TimelineDependencies.glyph(.init(role: .successor, offTrack: false), ascii: true) == "> ")
        #expect(TimelineDependencies.glyph(.init(role: nil, offTrack: true), ascii: true) == " !")
    }
}
