import RoadmapCore
import Testing
@testable import RoadmapUI

/// Where every frame puts the terminal's cursor: at the caret in a prompt,
/// shown; at the start of the selected row elsewhere, hidden.
@Suite struct CursorTests {
    @Test func aPromptShowsTheCursorAtTheCaret() {
        var state = Fixture.state()
        state.press(.character("e"), .character("o"))  // owner: MOI / METI
        let label = "owner: "
        #expect(state.render().cursor == Grid.Cursor(x: label.count + "MOI / METI".count, y: 22, visible: true))
        state.press(.home)
        #expect(state.render().cursor == Grid.Cursor(x: label.count, y: 22, visible: true))
    }

    @Test func thaiAndJapaneseCaretsCountDisplayColumns() {
        var state = Fixture.state(language: .th)
        state.press(.character("/"))
        state.type("ที่ดิน")
        // กรอง: is five columns and a space; ที่ดิน is three.
        #expect(state.render().cursor == Grid.Cursor(x: DisplayWidth.of("กรอง: ") + 3, y: 22, visible: true))
        var ja = Fixture.state(language: .ja)
        ja.press(.character("/"))
        ja.type("経済")
        #expect(ja.render().cursor == Grid.Cursor(x: DisplayWidth.of("絞込: ") + 4, y: 22, visible: true))
    }

    @Test func elsewhereItIsParkedAtTheSelectedRow() {
        var state = Fixture.state()
        #expect(state.render().cursor == Grid.Cursor(x: 0, y: 3, visible: false))
        state.press(.down, .down)
        let grid = state.render()
        #expect(grid.cursor == Grid.Cursor(x: 0, y: 5, visible: false))
        #expect(grid.lines[5].contains("SC3"))
        state.press(.character("t"))
        let timeline = state.render()
        let y = timeline.cursor?.y ?? -1
        #expect(timeline.cursor?.visible == false && y >= 0 && timeline.lines[y].contains("SC3"), "the timeline's selected row")
        state.press(.escape, .enter)
        let detail = state.render()
        #expect(detail.cursor == Grid.Cursor(x: 0, y: 2, visible: false) && detail.lines[2].hasPrefix(" SC3 ·"))
        state.press(.escape, .character("G"))
        #expect(state.render().cursor == Grid.Cursor(x: 0, y: 9, visible: false), "after a scroll too")
        _ = state.update(.resize(width: 100, height: 30))
        #expect(state.render().cursor?.y == 9, "and after a resize")
    }
}
