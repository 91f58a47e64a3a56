import RoadmapCore
@testable import RoadmapUI
import Testing

/// The screens' rough edges from issue 14: text cut with `…`, the title
/// column's room, the detail's "more", review after a change, the timeline's
/// keys, legend and open-ended milestones.
@Suite("UI: screens")
struct ScreenFixesTests {
    @Test("at 60 columns header, tabs, hints and the overview end in … where cut", arguments: InterfaceLanguage.allCases)
    func cutTextSaysSo(language: InterfaceLanguage) {
        var state = Fixture.state(width: 60, height: 20, language: language)
        GoldenFrame.check(state, "list-60x20-\(language)")
        var lines = state.render().lines
        #expect(lines[19].hasSuffix("…"), "the hint line is cut: \(lines[19])")
        state.press(.character("o"))
        GoldenFrame.check(state, "overview-60x20-\(language)")
        lines = state.render().lines
        #expect(lines[19].hasSuffix("…") || DisplayWidth.of(lines[19]) < 60, "\(lines[19])")
        // Every row that reaches the right edge ends its text with … or is a rule, bar or tab strip.
        for line in lines where DisplayWidth.of(line) == 60 && !line.contains("░") && !line.contains("█") {
            #expect(line.hasSuffix("…") || line.hasSuffix(" "), "cut without …: \(line)")
        }
    }

    @Test("a long note in the prompt shows … where its start is out of view")
    func notesPromptSaysItIsCut() {
        var state = Fixture.state(width: 60, height: 20)
        state.press(.character("e"), .character("n"), .control("u"))
        state.type(String(repeating: "recycling standards ", count: 5))
        let row = state.render().lines[18]
        #expect(row.hasPrefix("notes: …"), "\(row)")
        state.press(.home)
        let start = state.render().lines[18]
        #expect(start.hasPrefix("notes: recycling") && start.hasSuffix("…"), "\(state.render().lines)")
    }

    @Test("at 200 columns the owner is shown whole and the title gets the rest")
    func titleGetsTheRoom() {
        let state = Fixture.state(width: 200, height: 30)
        GoldenFrame.check(state, "list-200x30-en")
        let grid = state.render()
        let sc7 = grid.row(containing: " SC7 ")!
        #expect(grid.lines[sc7].contains("EID secretariat"), "\(grid.lines[sc7])")
        #expect(grid.lines[sc7].contains("Adopt joint cooperation Roadmap under EID"), "the whole title")
        let ownerX = grid.column(of: "OWNER", row: 2)!, titleX = grid.column(of: "TITLE", row: 2)!
        #expect(titleX - ownerX < 40 && 200 - titleX > 100, "owner \(ownerX), title \(titleX)")
    }

    @Test("the detail says how many lines are below; scrolling shows the last history line", arguments: InterfaceLanguage.allCases)
    func detailSaysMore(language: InterfaceLanguage) {
        var state = Fixture.state(height: 14, language: language)
        for _ in 0..<6 { state.press(.character(">")) }
        state.press(.character("s"), .enter)
        let lines = state.render().lines
        let more = UIText.more.text(language, "")
        #expect(lines[11].hasPrefix(" " + more.prefix(2)) && lines[11].count > 4, "\(lines)")
        for _ in 0..<30 { state.press(.down) }
        let end = state.render().lines
        #expect(!end.contains { $0.hasPrefix(" ↓") }, "at the end nothing more")
        #expect(end[11].contains("→"), "the oldest history line at the bottom: \(end)")
    }

    @Test("review after a change that leaves nothing to review says so instead of an empty reason")
    func reviewAfterAChange() {
        var state = Fixture.state()
        state.press(.character("r"))
        let first = state.review!.currentID!
        state.press(.character("="), .character("d"))  // done: no longer at risk, blocked or due soon
        let heading = state.render().lines[2]
        #expect(heading.contains("— no longer needs attention"), "\(heading) for \(first)")
        #expect(!heading.hasSuffix("—"))
    }

    @Test("timeline: Home/End/g/G go to the first and last milestone; Tab and 1–3 to a workstream")
    func timelineKeys() {
        var state = Fixture.state()
        state.press(.character("t"), .end)
        #expect(state.selectedMilestone?.id == "CE7")
        state.press(.home)
        #expect(state.selectedMilestone?.id == "SC1")
        state.press(.character("G"))
        #expect(state.selectedMilestone?.id == "CE7")
        state.press(.character("g"), .tab)
        #expect(state.workstream == 1 && state.selectedMilestone?.id.hasPrefix("SME") == true && state.screen == .timeline)
        state.press(.character("3"))
        #expect(state.workstream == 2 && state.selectedMilestone?.id.hasPrefix("CE") == true)
        state.press(.backTab)
        #expect(state.workstream == 1)
        #expect(state.render().lines.contains { $0.hasPrefix(state.selectedMilestone!.id + " ") }, "the selection is in view")
    }

    @Test("timeline: a legend in every language, and a milestone with a start but no due drawn open-ended", arguments: InterfaceLanguage.allCases)
    func legendAndOpenEnded(language: InterfaceLanguage) {
        var roadmap = BuiltInRoadmap.load()
        let location = roadmap.locate("SC6")!
        roadmap[location].start = CalendarDay(iso: "2026-12-01")
        roadmap[location].due = nil
        var state = Fixture.state(language: language, roadmap: roadmap)
        state.press(.character("t"))
        GoldenFrame.check(state, "timeline-80x24-open-\(language)")
        let lines = state.render().lines
        let row = lines.first { $0.hasPrefix("SC6 ") }!
        #expect(row.hasSuffix("┄┄┄┄"), "open-ended to the right edge: \(row)")
        #expect(lines[21].contains("┄ ") && lines[21].contains("┆ ") && lines[21].contains("━ "), "legend: \(lines[21])")
        let chart = TimelineChart(scale: state.timeline.scale, columns: 50, today: Fixture.today)
        var later = roadmap[location]
        later.start = CalendarDay(iso: "2030-01-01")
        #expect(chart.marks(for: later).last == .later, "starting after the window: an arrow")
        later.start = nil
        #expect(!chart.marks(for: later).contains(.openEnded), "no start, no due: nothing")
    }
}
