import RoadmapCore
import Testing
@testable import RoadmapUI

/// The timeline screen's keys: in and out, time and zoom, the shared
/// selection, and the status and due keys with undo.
@Suite struct TimelineNavigationTests {
    @Test func opensFromTheListAndTheOverviewAndGoesBack() {
        var state = Fixture.state()
        state.press(.character("t"))
        #expect(state.screen == .timeline)
        state.press(.character("t"))
        #expect(state.screen == .list)
        state.press(.character("o"), .character("t"))
        #expect(state.screen == .timeline)
        state.press(.escape)
        #expect(state.screen == .overview)
        state.press(.character("t"), .character("?"))
        #expect(state.screen == .help)
        state.press(.escape)
        #expect(state.screen == .timeline, "help goes back to the timeline")
        #expect(state.press(.character("q")) == [.quit])
    }

    @Test func upAndDownMoveTheSelectionTheListShows() {
        var state = Fixture.state()
        state.press(.character("t"))
        for _ in 0..<7 { state.press(.down) }  // SC1 … SC7, then over the heading to SME1
        #expect(state.selectedMilestone?.id == "SME1")
        state.press(.up)
        #expect(state.selectedMilestone?.id == "SC7")
        state.press(.character("j"), .character("j"))
        #expect(state.selectedMilestone?.id == "SME2")
        state.press(.escape)
        #expect(state.screen == .list && state.workstream == 1)
        #expect(state.render().lines[3 + 1].contains("SME2"), "the list highlights the same milestone")
        state.press(.down, .character("t"))
        #expect(state.selectedMilestone?.id == "SME3")
        state.press(.up)
        for _ in 0..<30 { state.press(.up) }
        #expect(state.selectedMilestone?.id == "SC1", "stops at the first milestone")
        state.press(.enter)
        #expect(state.screen == .detail)
        state.press(.escape)
        #expect(state.screen == .timeline, "detail goes back to the timeline it came from")
    }

    @Test func rowsScrollToKeepTheSelectionAndItsHeadingInView() {
        var state = Fixture.state()
        state.press(.character("t"))
        for _ in 0..<20 { state.press(.down) }
        #expect(state.selectedMilestone?.id == "CE7")
        let lines = state.render().lines
        #expect(lines[20].hasPrefix("CE7 "), "the last milestone on the last body row")
        #expect(lines[21].hasPrefix(" ◐ due  ━ start–due  ┄ no due yet"), "then the legend")
        for _ in 0..<6 { state.press(.up) }
        #expect(state.selectedMilestone?.id == "CE1")
        #expect(state.render().lines.contains { $0.hasPrefix("3 Circular economy") })
    }

    @Test func timeScrollsByAUnitAScreenAndBackToToday() {
        var state = Fixture.state()
        state.press(.character("t"))
        #expect(state.timeline.scale.origin == CalendarDay(iso: "2026-10-01"))
        state.press(.right)
        #expect(state.timeline.scale.origin == CalendarDay(iso: "2026-11-01"))
        state.press(.left, .left)
        #expect(state.timeline.scale.origin == CalendarDay(iso: "2026-09-01"))
        state.press(.pageDown)  // 55 columns hold 9 whole months
        #expect(state.timeline.scale.origin == CalendarDay(iso: "2027-06-01"))
        state.press(.pageUp, .pageUp)
        #expect(state.timeline.scale.origin == CalendarDay(iso: "2025-12-01"))
        state.press(.character("."))
        #expect(state.timeline.scale.origin == CalendarDay(iso: "2026-10-01"))
    }

    @Test func zoomKeysStepThroughWeekMonthQuarterKeepingTodayInView() {
        var state = Fixture.state()
        state.press(.character("t"), .character("z"))
        #expect(state.timeline.scale.zoom == .week)
        #expect(state.timeline.scale.origin == CalendarDay(iso: "2026-11-16"))
        state.press(.character("z"))
        #expect(state.timeline.scale.zoom == .week)
        state.press(.character("Z"), .character("Z"), .character("Z"))
        #expect(state.timeline.scale.zoom == .quarter)
        #expect(state.timeline.scale.origin == CalendarDay(iso: "2026-07-01"))
        // Away from today, a zoom keeps the first day shown.
        state.press(.pageDown, .character("z"))
        #expect(state.timeline.scale.zoom == .month)
        #expect(state.timeline.scale.origin == CalendarDay(iso: "2028-10-01"))
        #expect(state.render().lines[2].contains("by month"))
    }

    /// Two quick presses of `>` are one change: one history entry, one undo.
    @Test func twoWeeksLaterWithTheDueKeysIsOneUndoableChange() throws {
        var state = Fixture.state()
        state.press(.character("t"))
        for _ in 0..<6 { state.press(.down) }
        #expect(state.selectedMilestone?.id == "SC7")  // due 2026-12-18
        #expect(state.press(.character(">")) == [.save])
        state.press(.character(">"))
        let milestone = try #require(state.selectedMilestone)
        #expect(milestone.due == CalendarDay(iso: "2027-01-01"))
        #expect(milestone.history.last == HistoryEntry(at: Fixture.now, field: "due", from: "2026-12-18", to: "2027-01-01"))
        #expect(milestone.history.count == BuiltInRoadmap.load().workstreams[0].milestones[6].history.count + 1)
        let grid = state.render()
        let y = try #require(grid.row(containing: "SC7 "))
        // Month zoom from 2026-10-01: 2027-01-01 is column 18.
        #expect(grid[TimelineChart.labelWidth(forWidth: 80) + 1 + 18, y].text == "◐")
        state.press(.character("u"))
        #expect(state.selectedMilestone?.due == CalendarDay(iso: "2026-12-18"))
        #expect(state.screen == .timeline)
        state.press(.character("s"))
        #expect(state.selectedMilestone?.status == .atRisk, "the status keys work here too")
    }

    @Test func aDueMovedOutOfTheWindowScrollsTimeToIt() {
        var state = Fixture.state()
        state.press(.character("t"), .character("z"))  // weeks: 2026-11-16 … 2027-01-09
        for _ in 0..<6 { state.press(.down) }  // SC7, due 2026-12-18
        for _ in 0..<4 { state.press(.character(">")) }
        #expect(state.selectedMilestone?.due == CalendarDay(iso: "2027-01-15"))
        let column = state.timeline.scale.column(of: CalendarDay(iso: "2027-01-15")!)
        #expect((0..<state.timelineChart.columns).contains(column))
        #expect(state.timeline.scale.origin == CalendarDay(iso: "2026-11-23"), "one week on")
    }

    @Test func markedMilestonesAreShownAndMoveTogether() {
        var state = Fixture.state()
        state.press(.character(" "), .character(" "), .character("t"))  // SC1 and SC2 marked
        let grid = state.render()
        let x = TimelineChart.labelWidth(forWidth: 80)
        #expect(grid[x, grid.row(containing: "SC1 ")!].text == "●" && grid[x, grid.row(containing: "SC2 ")!].text == "●")
        #expect(grid[x, grid.row(containing: "SC3 ")!].text == " ")
        state.press(.character(">"))
        #expect(state.render().text.contains("2 milestones: due +7d"))
    }

    @Test func aDueTypedAtThePromptIsScrolledIntoView() {
        var state = Fixture.state()
        state.press(.character("t"), .character("d"), .control("u"))
        state.type("2029-05-20")
        #expect(state.press(.enter) == [.save])
        #expect(state.selectedMilestone?.due == CalendarDay(iso: "2029-05-20"))
        let column = state.timeline.scale.column(of: CalendarDay(iso: "2029-05-20")!)
        #expect((0..<state.timelineChart.columns).contains(column), "the window moved to the new due date")
    }

    @Test func aDueBeforeTheStartIsRefused() {
        var roadmap = BuiltInRoadmap.load()
        roadmap[roadmap.locate("SC7")!].start = CalendarDay(iso: "2026-12-14")  // due 2026-12-18
        var state = Fixture.state(roadmap: roadmap)
        state.press(.character("t"))
        for _ in 0..<6 { state.press(.down) }
        #expect(state.press(.character("<")) == [])
        #expect(state.selectedMilestone?.due == CalendarDay(iso: "2026-12-18"))
        #expect(state.render().text.contains("start 2026-12-14 is after due 2026-12-11"))
    }

    @Test func filterAppliesToEveryWorkstream() {
        var state = Fixture.state()
        state.press(.character("/"))
        state.type("recycl")
        state.press(.enter, .character("t"))
        let text = state.render().text
        #expect(text.contains("CE1 ") && text.contains("CE2 ") && !text.contains("SC1 "))
        #expect(text.contains("1 Next-generation"), "headings stay")
        #expect(state.selectedMilestone?.id == "CE1" || state.selectedMilestone == nil)
    }

    @Test func asciiTerminalsGetAsciiMarks() {
        var state = AppState(roadmap: BuiltInRoadmap.load(), today: Fixture.today, glyphs: .ascii, height: 40)
        state.press(.character("t"))
        let text = state.render().lines.dropFirst(2).dropLast(2).joined()
        #expect(text.contains("|") && text.contains("v") && text.contains("!"))
        #expect(!text.contains { "│━▼┬─◂▸○◐▲■✓✗".contains($0) })
    }

    @Test func belowTheMinimumSizeItSaysSoLikeEveryScreen() {
        var state = Fixture.state()
        state.press(.character("t"))
        _ = state.update(.resize(width: 40, height: 10))
        #expect(state.render().text == Fixture.state(width: 40, height: 10).render().text)
        _ = state.update(.resize(width: 60, height: 12))
        GoldenFrame.checkFits(state.render(), "timeline-60x12")
        #expect(state.render().lines[5].hasPrefix("1 Next-generation"))
    }
}

/// The start date in the UI: shown in the detail, edited with `e s`, refused after the due date.
@Suite struct StartDateEditingTests {
    @Test func editedFromTheEditPickerAndShownInTheDetail() throws {
        var state = Fixture.state()
        state.press(.character("3"), .down)  // CE2, started 2026-01-05, due 2026-10-30
        state.press(.character("e"), .character("s"))
        guard case .prompt(let prompt) = state.mode, prompt.purpose == .start else {
            Issue.record("e s opens the start prompt")
            return
        }
        state.type("2026-09-01")
        #expect(state.press(.enter) == [.save])
        let milestone = try #require(state.selectedMilestone)
        #expect(milestone.start == CalendarDay(iso: "2026-09-01"))
        #expect(milestone.history.last == HistoryEntry(at: Fixture.now, field: "start", from: "2026-01-05", to: "2026-09-01"))
        state.press(.enter)
        #expect(state.render().lines.contains { $0.hasPrefix(" Start ") && $0.split(separator: " ") == ["Start", "2026-09-01"] })
        state.press(.escape, .character("e"), .character("s"), .control("u"))
        state.type("2026-11-01")
        #expect(state.press(.enter) == [])
        #expect(state.render().text.contains("CE2: start 2026-11-01 is after due 2026-10-30"))
        #expect(state.selectedMilestone?.start == CalendarDay(iso: "2026-09-01"))
        state.press(.character("u"))
        #expect(state.selectedMilestone?.start == CalendarDay(iso: "2026-01-05"))
    }
}
