import RoadmapCore
@testable import RoadmapUI
import Testing

/// The mouse in the update loop: clicks select rows and tabs, a double
/// click opens, the wheel scrolls; nothing acts behind a prompt or question.
@Suite("UI: mouse")
struct MouseTests {
    @discardableResult
    private func click(_ state: inout AppState, x: Int, y: Int, clicks: Int = 1) -> [Effect] {
        state.update(.mouse(MouseEvent(.click(clicks: clicks), x: x, y: y)))
    }

    @Test("a click selects the list row under it; a click below the last row selects nothing", arguments: InterfaceLanguage.allCases)
    func clickSelectsARow(language: InterfaceLanguage) {
        var state = Fixture.state(language: language)
        click(&state, x: 10, y: 5)  // rows start at y 3: SC3
        #expect(state.selectedMilestone?.id == "SC3")
        #expect(state.render().cursor?.y == 5)
        click(&state, x: 10, y: 20)  // the preview below the rows
        #expect(state.selectedMilestone?.id == "SC3")
        GoldenFrame.check(state, "mouse-click-80x24-\(language)")
    }

    @Test("a click on a tab switches workstream, on any screen with tabs")
    func clickOnATab() {
        var state = Fixture.state()
        click(&state, x: 30, y: 1)  // 80 / 3 = 26 columns a tab: the second
        #expect(state.workstream == 1 && state.screen == .list)
        state.press(.character("t"))
        click(&state, x: 60, y: 1)
        #expect(state.workstream == 2 && state.screen == .timeline)
    }

    @Test("a double click opens the detail; on the timeline and the overdue list too")
    func doubleClickOpens() {
        var state = Fixture.state()
        click(&state, x: 4, y: 4)
        click(&state, x: 4, y: 4, clicks: 2)
        #expect(state.screen == .detail && state.selectedMilestone?.id == "SC2")
        state.press(.escape, .character("t"))
        let rows = state.render().lines
        let y = rows.firstIndex { $0.hasPrefix("SC4 ") }!
        click(&state, x: 2, y: y, clicks: 2)
        #expect(state.screen == .detail && state.selectedMilestone?.id == "SC4")
        state.press(.escape)
        #expect(state.screen == .timeline)
    }

    @Test("the wheel moves three rows a notch on the list, and scrolls the detail")
    func wheel() {
        var state = Fixture.state()
        _ = state.update(.mouse(MouseEvent(.wheelDown, x: 0, y: 10)))
        #expect(state.selectedMilestone?.id == "SC4")
        _ = state.update(.mouse(MouseEvent(.wheelUp, x: 0, y: 10)))
        #expect(state.selectedMilestone?.id == "SC1")
        state.press(.enter)
        _ = state.update(.mouse(MouseEvent(.wheelDown, x: 0, y: 10)))
        #expect(state.detailScroll == 3)
    }

    @Test("nothing acts behind a prompt, a question, the help or a too-small terminal")
    func nothingBehind() {
        var state = Fixture.state()
        state.press(.character("d"))
        #expect(click(&state, x: 4, y: 6, clicks: 2) == [])
        #expect(state.selectedMilestone?.id == "SC1" && state.screen == .list)
        state.press(.escape, .character("D"))
        click(&state, x: 4, y: 6)
        #expect(state.selectedMilestone?.id == "SC1")
        state.press(.character("n"))
        _ = state.update(.resize(width: 40, height: 10))
        click(&state, x: 4, y: 6)
        #expect(state.selectedMilestone?.id == "SC1")
    }
}
