import RoadmapCore
import Testing
@testable import RoadmapUI

/// Quick changes of one field of one milestone are one history entry (the
/// net change) and one undo; `s` never drops; marks act on each row's own status.
@Suite struct CoalescingTests {
    /// SC2's history in the built-in (none) plus what the test adds.
    static func sc2(_ state: AppState) -> Milestone { state.roadmap[state.roadmap.locate("SC2")!] }

    @Test func fourPressesOfSAreOneHistoryEntry() {
        var state = Fixture.state()
        state.press(.down)  // SC2, in-progress
        let before = Self.sc2(state).history
        state.press(.character("s"), .character("s"), .character("s"), .character("s"))
        #expect(Self.sc2(state).status == .planned, "in-progress → at-risk → blocked → done → planned")
        #expect(Self.sc2(state).history == before + [HistoryEntry(at: Fixture.now, field: "status", from: "in-progress", to: "planned")])
        state.press(.character("u"))
        #expect(Self.sc2(state).status == .inProgress && Self.sc2(state).history == before, "one undo takes all four back")
        state.press(.control("r"))
        #expect(Self.sc2(state).status == .planned)
    }

    @Test func backWhereItBeganLeavesNoEntryAndNothingToUndo() {
        var state = Fixture.state()
        state.press(.down)
        let before = Self.sc2(state)
        state.press(.character("s"), .character("S"))
        #expect(Self.sc2(state) == before)
        #expect(state.screenText.contains("back as it was: nothing recorded"))
        state.press(.character("u"))
        #expect(state.screenText.contains("nothing to undo"))
    }

    @Test func aChangeAfterTheWindowIsItsOwnEntry() {
        var state = Fixture.state()
        state.press(.down, .character("s"))
        state.clock = { Timestamp(secondsSinceEpoch: Fixture.now.secondsSinceEpoch + Edit.coalescingWindow + 1) }
        state.press(.character("s"))
        #expect(Self.sc2(state).history.map(\.to) == ["at-risk", "blocked"])
    }

    @Test func changesInBetweenKeepEntriesApart() {
        var state = Fixture.state()
        state.press(.down, .character("s"), .character("+"), .character("s"))
        #expect(Self.sc2(state).history.map(\.field) == ["status", "due", "status"], "another field in between")
        state.press(.up, .character("s"), .down, .character("s"))
        #expect(Self.sc2(state).history.map(\.field) == ["status", "due", "status", "status"], "another milestone in between")
    }

    @Test func anEntryWithAReasonIsNotFoldedIntoTheNext() {
        var state = Fixture.state()
        state.press(.down, .character("="), .character("b"))
        state.type("waiting for METI")
        state.press(.enter)
        state.press(.character("s"))
        #expect(Self.sc2(state).history.map(\.to) == ["blocked", "done"])
        #expect(Self.sc2(state).history.first?.reason == "waiting for METI")
    }

    @Test func theReasonAskedAfterQuickChangesGoesOnTheNetEntry() {
        var state = Fixture.state()
        state.press(.down, .character("s"))  // at risk, no question for s
        state.press(.character("="), .character("b"))
        #expect(state.mode == .prompt(Prompt(purpose: .reason, editor: LineEditor())))
        state.type("supplier audit")
        state.press(.enter)
        #expect(Self.sc2(state).history == [
            HistoryEntry(at: Fixture.now, field: "status", from: "in-progress", to: "blocked", reason: "supplier audit"),
        ])
    }

    @Test func sOnDoneWrapsToPlannedAndLeavesDroppedAlone() {
        var state = Fixture.state()  // SC1 is done
        state.press(.character("s"))
        #expect(state.selectedMilestone?.status == .planned, "never dropped by s")
        state.press(.character("="), .character("x"), .escape)
        #expect(state.selectedMilestone?.status == .dropped)
        #expect(state.press(.character("s")) == [] && state.press(.character("S")) == [])
        #expect(state.selectedMilestone?.status == .dropped)
        #expect(state.screenText.contains("dropped: s leaves it; = picks a status"))
    }

    @Test func thaiDroppedAndCancelReadDifferently() {
        var state = Fixture.state(language: .th)
        state.press(.character("="))
        let hint = state.render().lines[22]
        #expect(hint.contains("x:\(Status.dropped.word(in: .th))") && hint.contains("Esc:ยกเลิก"))
        #expect(Status.dropped.word(in: .th) != "ยกเลิก")
    }
}

@Suite struct BulkChangeTests {
    /// SC1 done, SC2 in progress, SC3 planned, all marked.
    static func threeMarked(language: InterfaceLanguage = .en) -> AppState {
        var state = Fixture.state(language: language)
        state.press(.character(" "), .character(" "), .character(" "))
        return state
    }

    static func status(_ state: AppState, _ id: String) -> Status { state.roadmap[state.roadmap.locate(id)!].status }

    @Test func sMovesEachMarkedRowFromItsOwnStatus() {
        var state = Self.threeMarked()
        state.press(.character("s"))
        #expect(Self.status(state, "SC1") == .planned, "done wraps to planned, not back to in-progress")
        #expect(Self.status(state, "SC2") == .atRisk)
        #expect(Self.status(state, "SC3") == .inProgress)
        #expect(state.screenText.contains("3 milestones: status → each to the status after its own"))
        state.press(.character("S"))
        #expect(["SC1", "SC2", "SC3"].map { Self.status(state, $0) } == [.done, .inProgress, .planned])
        #expect(state.roadmap[state.roadmap.locate("SC1")!].history == BuiltInRoadmap.load().workstreams[0].milestones[0].history,
                "there and back: no entry")
    }

    @Test func aDroppedMarkedRowStaysDropped() {
        var state = Fixture.state()
        state.press(.character("="), .character("x"), .escape)  // SC1 dropped
        state.press(.character(" "), .character(" "), .character("s"))
        #expect(Self.status(state, "SC1") == .dropped)
        #expect(Self.status(state, "SC2") == .atRisk)
    }

    @Test func theDuePromptForMixedDatesStartsEmptyAndMovesEachFromItsOwn() {
        var state = Self.threeMarked()
        state.press(.character("d"))
        guard case .prompt(let prompt) = state.mode else { Issue.record("no prompt"); return }
        #expect(prompt.editor.text.isEmpty, "not the cursor row's date")
        #expect(state.render().lines[22].hasPrefix("3 milestones · due (YYYY-MM-DD, +2w from current, none):"))
        state.type("+1w")
        state.press(.enter)
        let dues = ["SC1", "SC2", "SC3"].map { state.roadmap[state.roadmap.locate($0)!].due?.description }
        #expect(dues == ["2026-04-07", "2027-07-07", "2028-04-07"])
    }

    @Test func marksOnOtherTabsAreShown() {
        var state = Self.threeMarked()
        state.press(.character("2"), .character(" "))  // SME1 marked too
        GoldenFrame.check(state, "list-marks-80x24-en")
        let lines = state.render().lines
        #expect(lines[1].contains("●3") && lines[1].contains("●1"), "each tab counts its marks")
        #expect(lines[22].hasSuffix(" 4 marked"))
        state.press(.enter)
        #expect(state.render().lines[22].hasSuffix(" 4 marked"), "on the detail screen too")
        state.press(.escape, .character("t"))
        #expect(state.render().lines[22].hasSuffix(" 4 marked"), "and on the timeline")
    }

    @Test func marksInThaiAndJapanese() {
        var th = Self.threeMarked(language: .th)
        GoldenFrame.check(th, "list-marks-80x24-th")
        th.press(.character("s"))
        #expect(th.screenText.contains("3 รายการ"))
        var ja = Self.threeMarked(language: .ja)
        ja.press(.character("d"))
        #expect(ja.render().lines[22].hasPrefix("3 件 · 期限"))
    }
}
