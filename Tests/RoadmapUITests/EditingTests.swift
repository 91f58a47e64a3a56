import RoadmapCore
import Testing
@testable import RoadmapUI

/// Keyboard-driven changes, each recorded in history and followed by a save.
@Suite struct EditingTests {
    @Test func statusCyclesForwardAndBack() throws {
        var state = Fixture.state()
        state.press(.down)  // SC2, in-progress
        #expect(state.press(.character("s")) == [.save])
        #expect(state.selectedMilestone?.status == .atRisk)
        let entry = try #require(state.selectedMilestone?.history.last)
        #expect(entry == HistoryEntry(at: Fixture.now, field: "status", from: "in-progress", to: "at-risk"))
        state.press(.escape)  // no reason for at risk
        state.press(.character("S"), .character("S"))
        #expect(state.selectedMilestone?.status == .planned)
        // Quick presses on one milestone are one change: in-progress → planned.
        #expect(state.selectedMilestone?.history == [HistoryEntry(at: Fixture.now, field: "status", from: "in-progress", to: "planned")])
        #expect(state.render().text.contains("SC2: status → planned"))
    }

    @Test func statusPickerSetsAnyStatus() {
        var state = Fixture.state()
        for (key, status) in [("p", Status.planned), ("i", .inProgress), ("a", .atRisk), ("b", .blocked), ("x", .dropped), ("d", .done)] {
            state.press(.character("="))
            #expect(state.mode == .statusPicker)
            state.press(.character(Character(key)))
            #expect(state.selectedMilestone?.status == status)
            if [.atRisk, .blocked, .dropped].contains(status) {
                #expect(state.mode == .prompt(Prompt(purpose: .reason, editor: LineEditor())), "asks why")
                state.press(.escape)
            }
        }
        state.press(.character("="), .escape)
        #expect(state.mode == .normal && state.selectedMilestone?.status == .done)
    }

    @Test func dueDatePromptTakesTheCLIForms() {
        var state = Fixture.state()
        let due = state.selectedMilestone!.due!
        state.press(.character("d"), .control("u"))
        state.type("+2w")
        #expect(state.press(.enter) == [.save])
        #expect(state.selectedMilestone?.due == due.adding(days: 14), "two weeks after the date it had")
        // SC1 is in the built-in's baseline: a typed due date asks why; Enter skips.
        #expect(state.mode == .prompt(Prompt(purpose: .reason, editor: LineEditor())))
        state.press(.enter)
        state.press(.character("d"), .control("u"))
        state.type("2027-02-29")
        #expect(state.press(.enter) == [], "not a date")
        if case .prompt = state.mode {} else { Issue.record("the prompt stays open after a bad date") }
        #expect(state.render().text.contains("not a date"))
        state.press(.control("u"))
        state.type("2027-02-28")
        state.press(.enter)
        #expect(state.selectedMilestone?.due == CalendarDay(iso: "2027-02-28"))
        state.press(.enter)  // skips the reason
        state.press(.character("d"), .control("u"))
        state.type("none")
        #expect(state.press(.enter) == [], "removing the date asks first")
        #expect(state.screenText.contains("remove the due date of SC1? y:yes n:edit"))
        #expect(state.press(.character("n")) == [] && state.selectedMilestone?.due != nil)
        guard case .prompt = state.mode else { Issue.record("n goes back to the prompt"); return }
        state.press(.enter, .character("y"))
        #expect(state.selectedMilestone?.due == nil)
        state.press(.character("d"), .escape)
        #expect(state.mode == .normal && state.selectedMilestone?.due == nil)
    }

    @Test func dueKeysMoveByADayOrAWeek() {
        var state = Fixture.state()
        let start = state.selectedMilestone!.due!
        state.press(.character("+")); #expect(state.selectedMilestone?.due == start.adding(days: 1))
        state.press(.character(">")); #expect(state.selectedMilestone?.due == start.adding(days: 8))
        state.press(.character("<")); #expect(state.selectedMilestone?.due == start.adding(days: 1))
        state.press(.character("-")); #expect(state.selectedMilestone?.due == start)
        // Four quick presses that end where they began leave no history, and nothing to undo.
        #expect(state.selectedMilestone == Fixture.state().selectedMilestone)
        #expect(state.screenText.contains("SC1: due -1d · back as it was: nothing recorded"))
        state.press(.character("u"))
        #expect(state.screenText.contains("nothing to undo"))
    }

    @Test func editTitleOwnerAndNotesWithThaiInput() {
        var state = Fixture.state(language: .th)
        state.press(.character("e"), .character("t"), .control("u"))
        // Thai typed scalar by scalar: the vowel and tone marks join their consonant.
        state.type("น้ำท่วม")
        if case .prompt(let prompt) = state.mode {
            #expect(prompt.editor.cursor == 4, "น้ำท่วม is four grapheme clusters")
        }
        state.press(.left, .left, .backspace)  // takes off the tone mark of ท่ only
        if case .prompt(let prompt) = state.mode { #expect(prompt.editor.text == "น้ำทวม") }
        state.press(.backspace)  // then ท
        state.press(.enter)
        #expect(state.selectedMilestone?.title.text(in: "th") == "น้ำวม")
        #expect(state.selectedMilestone?.title.text(in: "en") == "Confirm EID framework and working groups", "other languages kept")
        #expect(state.selectedMilestone?.history.last?.field == "title.th")
        state.press(.character("e"), .character("o"), .control("u"))
        state.type("経済産業省")
        state.press(.enter)
        #expect(state.selectedMilestone?.owner == "経済産業省")
        state.press(.character("e"), .character("n"), .end)
        state.type(" (checked)")
        state.press(.enter)
        #expect(state.selectedMilestone?.notes?.hasSuffix(" (checked)") == true)
        state.press(.character("e"), .character("t"), .control("u"), .enter)
        #expect(state.render().text.contains("ชื่อต้องไม่ว่าง"), "an empty title is refused")
        #expect(state.selectedMilestone?.title.text(in: "th") == "น้ำวม")
    }

    @Test func addAndDelete() {
        var state = Fixture.state()
        state.press(.character("3"), .character("a"))
        state.type("Battery passport pilot")
        #expect(state.press(.enter) == [.save])
        #expect(state.selectedMilestone?.id == "CE8")
        #expect(state.selectedMilestone?.history.first?.field == "created")
        state.press(.character("D"))
        #expect(state.mode == .confirmDelete(id: "CE8"))
        #expect(state.render().text.contains("delete CE8 “Battery passport pilot”? y:yes n:no"), "with its title")
        #expect(state.press(.character("n")) == [])
        #expect(state.roadmap.locate("CE8") != nil)
        state.press(.character("D"))
        #expect(state.press(.character("y")) == [.save])
        #expect(state.roadmap.locate("CE8") == nil)
        #expect(state.selectedMilestone != nil)
    }

    @Test func markSeveralAndChangeTogether() {
        var state = Fixture.state()
        state.press(.character("3"), .character(" "), .character(" "), .down, .character(" "))  // CE1, CE2, CE4
        #expect(state.marked == ["ce1", "ce2", "ce4"])
        #expect(state.render().text.contains("●"))
        state.press(.character("="), .character("d"))
        for id in ["CE1", "CE2", "CE4"] { #expect(state.roadmap[state.roadmap.locate(id)!].status == .done) }
        #expect(state.roadmap[state.roadmap.locate("CE3")!].status == .blocked, "unmarked untouched")
        state.press(.character("u"))
        for id in ["CE1", "CE4"] { #expect(state.roadmap[state.roadmap.locate(id)!].status == .planned, "one undo undoes the whole group") }
        state.press(.escape)
        #expect(state.marked.isEmpty)
    }

    @Test func undoAndRedoEveryChange() {
        let original = BuiltInRoadmap.load()
        var state = Fixture.state(roadmap: original)
        state.press(.character("s"), .escape, .down, .character("+"), .character("3"), .character("a"))
        state.type("new one")
        state.press(.enter, .character("D"), .character("y"), .character("e"), .character("o"))
        state.type("X")
        state.press(.enter)
        let edited = state.roadmap
        for _ in 0..<5 { #expect(state.press(.character("u")) == [.save]) }
        #expect(state.roadmap == original, "undoing every change gives back the original")
        #expect(state.press(.character("u")) == [])
        #expect(state.render().text.contains("nothing to undo"))
        for _ in 0..<5 { #expect(state.press(.control("r")) == [.save]) }
        #expect(state.roadmap == edited)
        #expect(state.press(.control("r")) == [])
    }

    @Test func undoRefusesWhenSomeoneElseChangedTheMilestone() {
        var state = Fixture.state()
        state.press(.character("s"), .escape)
        var outside = state.roadmap
        _ = try? outside[outside.locate("SC1")!].set(.owner, to: "someone", at: Fixture.now)
        _ = state.update(.saved(outside, sent: state.roadmap))
        #expect(state.press(.character("u")) == [])
        #expect(state.render().text.contains("cannot undo"))
        #expect(state.roadmap == outside)
    }

    @Test func reviewModeStepsThroughWhatNeedsAttention() {
        var state = Fixture.state()
        state.press(.character("r"))
        let queue = state.review!.queue
        #expect(queue == ["CE1", "CE2", "CE3", "CE4"], "overdue, due within 14 days, at risk or blocked, or waiting for one off track")
        #expect(state.render().text.contains("Review 1 of 4"))
        state.press(.character("n"))
        #expect(state.review?.currentID == "CE2")
        state.press(.character("="), .character("i"))  // CE2 → in-progress
        state.press(.character(">"))
        #expect(state.roadmap[state.roadmap.locate("CE2")!].status == .inProgress)
        state.press(.character("n"))
        #expect(state.review?.currentID == "CE3")
        state.press(.character("p"))
        #expect(state.review?.currentID == "CE2", "p goes back in review")
        state.press(.character("n"), .character("n"), .character("n"))
        #expect(state.screen == .list)
        #expect(state.render().text.contains("review done: 4 reviewed, 1 changed"))
    }

    @Test func reviewWithNothingToReview() {
        var roadmap = BuiltInRoadmap.load()
        for w in roadmap.workstreams.indices {
            for m in roadmap.workstreams[w].milestones.indices { roadmap.workstreams[w].milestones[m].status = .done }
        }
        var state = Fixture.state(roadmap: roadmap)
        state.press(.character("r"))
        #expect(state.screen == .list)
        #expect(state.render().text.contains("nothing to review"))
    }
}

/// The due prompt starts with the current date selected: typing replaces it,
/// moving the cursor first keeps it for editing.
@Test func duePromptTypingReplacesTheSelectedDate() {
    var state = Fixture.state()
    state.press(.character("d"))
    #expect(state.render().lines[22].contains("2026-03-31"))
    state.type("+2w")
    state.press(.enter)
    #expect(state.selectedMilestone?.due == CalendarDay(iso: "2026-04-14"), "two weeks after 2026-03-31")
    state.press(.enter)  // SC1 is in the baseline: Enter skips the reason prompt
    state.press(.character("d"), .backspace, .backspace)
    state.type("11")
    state.press(.enter)
    #expect(state.selectedMilestone?.due == CalendarDay(iso: "2026-04-11"), "editing keeps the rest of the date")
}
