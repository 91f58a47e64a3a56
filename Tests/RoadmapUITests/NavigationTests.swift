import RoadmapCore
import Testing
@testable import RoadmapUI

/// Moving between workstreams, milestones and screens.
@Suite struct NavigationTests {
    @Test func workstreamKeys() {
        var state = Fixture.state()
        #expect(state.workstream == 0)
        state.press(.tab); #expect(state.workstream == 1)
        state.press(.right); #expect(state.workstream == 2)
        state.press(.tab); #expect(state.workstream == 0, "Tab wraps around")
        state.press(.backTab); #expect(state.workstream == 2)
        state.press(.left); #expect(state.workstream == 1)
        state.press(.character("3")); #expect(state.workstream == 2)
        state.press(.character("1")); #expect(state.workstream == 0)
        state.press(.character("9")); #expect(state.workstream == 0, "a digit past the last workstream does nothing")
        #expect(state.render().lines[0].contains("1 Next-generation industrial supply chains"))
    }

    @Test func milestoneKeys() {
        var roadmap = BuiltInRoadmap.load()
        let time = Fixture.now
        for i in 0..<60 { roadmap.addMilestone(to: 0, title: LocalizedText("extra \(i)"), at: time) }
        var state = Fixture.state(roadmap: roadmap)
        let count = state.currentMilestones.count
        #expect(state.selectedMilestone?.id == "SC1")
        state.press(.down); #expect(state.selectedMilestone?.id == "SC2")
        state.press(.character("j")); #expect(state.selectedMilestone?.id == "SC3")
        state.press(.character("k")); #expect(state.selectedMilestone?.id == "SC2")
        state.press(.up, .up); #expect(state.selectedMilestone?.id == "SC1", "stops at the top")
        state.press(.pageDown); #expect(state.selectedRow == state.listHeight)
        state.press(.pageUp); #expect(state.selectedRow == 0)
        state.press(.end); #expect(state.selectedRow == count - 1)
        state.press(.home); #expect(state.selectedRow == 0)
        state.press(.character("G")); #expect(state.selectedRow == count - 1)
        // The selection is always on screen.
        let grid = state.render()
        #expect(grid.row(containing: state.selectedMilestone!.id) != nil)
        #expect(grid.lines[2].contains("\(count)/\(count)"), "the scroll position is shown")
        state.press(.character("g")); #expect(state.selectedRow == 0)
    }

    @Test func selectionIsRememberedPerWorkstream() {
        var state = Fixture.state()
        state.press(.down, .down, .tab, .down, .backTab)
        #expect(state.selectedMilestone?.id == "SC3")
        state.press(.tab)
        #expect(state.selectedMilestone?.id == "SME2")
    }

    @Test func screens() {
        var state = Fixture.state()
        state.press(.enter); #expect(state.screen == .detail)
        state.press(.escape); #expect(state.screen == .list)
        state.press(.character("o")); #expect(state.screen == .overview)
        state.press(.character("2")); #expect(state.screen == .list); #expect(state.workstream == 1)
        state.press(.character("?")); #expect(state.screen == .help)
        state.press(.character("?")); #expect(state.screen == .list)
        state.press(.character("o"), .character("?"), .escape); #expect(state.screen == .overview, "help returns where it came from")
    }

    /// One rule for starting in Thai and switching to it: B.E. follows Thai
    /// until a calendar is chosen (`C` or `--calendar`), then it stays.
    @Test func languageAndCalendarKeys() {
        var state = Fixture.state()
        state.press(.character("L")); #expect(state.language == .th)
        #expect(state.render().text.contains("ณ 26 พ.ย. 2569"), "Thai brings B.E., as --lang th does")
        state.press(.character("L")); #expect(state.language == .ja)
        #expect(state.render().text.contains("基準日 2026年11月26日"), "and leaves with it")
        state.press(.character("L"), .character("L")); #expect(state.language == .th)
        state.press(.character("C")); #expect(state.calendar == .gregorian)
        #expect(state.render().text.contains("ณ 26 พ.ย. 2026"))
        #expect(state.render().text.contains("ปฏิทิน: คริสต์ศักราช (ค.ศ.)"), "the calendar's name in Thai")
        state.press(.character("L")); #expect(state.language == .ja)
        #expect(state.render().text.contains("2026年11月26日"))
        state.press(.character("C"), .character("L")); #expect(state.language == .en)
        #expect(state.render().text.contains("26 Nov 2569 BE"), "a chosen calendar stays")
    }

    @Test func aCalendarGivenAtStartStaysThroughL() {
        var state = Fixture.state(language: .th, calendar: .gregorian)
        state.calendarChosen = true
        state.press(.character("L"), .character("L"), .character("L"))
        #expect(state.language == .th && state.calendar == .gregorian)
    }

    @Test func quitAndSuspend() {
        var state = Fixture.state()
        #expect(state.press(.character("q")) == [.quit])
        #expect(state.press(.control("c")) == [.quit])
        #expect(state.press(.control("z")) == [.suspend])
    }

    @Test func quitWithAFailedSaveAsksTwice() {
        var state = Fixture.state()
        #expect(state.press(.character("s"), .escape) == [.save])
        _ = state.update(.saveFailed("disk full"))
        #expect(state.render().text.contains("NOT SAVED: disk full"))
        #expect(state.press(.character("q")) == [], "the first q warns")
        #expect(state.render().text.contains("q again quits"))
        #expect(state.press(.control("s")) == [.save], "Ctrl-S retries")
        #expect(state.press(.character("q")) == [], "warns again after another key")
        #expect(state.press(.character("q")) == [.quit])
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var roadmap = BuiltInRoadmap.load()
        for i in 0..<60 { roadmap.addMilestone(to: 0, title: LocalizedText("extra \(i)"), at: Fixture.now) }
        var state = Fixture.state(width: 120, height: 60, roadmap: roadmap)
        state.press(.character("G"))
        _ = state.update(.resize(width: 80, height: 24))
        let grid = state.render()
        #expect(grid.width == 80 && grid.height == 24)
        #expect(grid.row(containing: " \(state.selectedMilestone!.id) ") != nil)
        _ = state.update(.resize(width: 30, height: 8))
        #expect(state.render().text.contains("needs 60×12"))
        #expect(state.press(.character("s")) == [], "keys do nothing while too small")
        #expect(state.press(.character("q")) == [.quit], "but q still quits")
    }

    @Test func filterMatchesIdsTitlesInEveryLanguageOwnersAndNotes() {
        var state = Fixture.state()
        state.press(.character("3"), .character("/"))
        state.type("ใช้ซ้ำ")  // in the Thai title of CE4 only
        #expect(state.rowCount == 1)
        #expect(state.selectedMilestone?.id == "CE4")
        state.press(.enter)
        #expect(state.filter == "ใช้ซ้ำ")
        #expect(state.render().text.contains("filter: ใช้ซ้ำ (1 here, 1 in all)"))
        state.press(.character("/"), .control("u"))
        state.type("diw")  // owner, any case
        #expect(state.rowCount == 3)
        state.press(.control("u"))
        state.type("ce7")  // id
        #expect(state.selectedMilestone?.id == "CE7")
        state.press(.control("u"))
        state.type("リサイクル")  // Japanese title
        #expect(state.rowCount >= 2)
        state.press(.control("u"))
        state.type("zzz-nothing")
        #expect(state.rowCount == 0)
        #expect(state.render().text.contains("no milestones match the filter"))
        state.press(.escape)
        #expect(state.filter.isEmpty && state.rowCount == 7)
    }
}
