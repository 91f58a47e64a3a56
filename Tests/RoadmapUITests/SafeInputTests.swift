import RoadmapCore
import Testing
@testable import RoadmapUI

/// Input that used to save the wrong thing: B.E. years, relative dates,
/// cleared dates, cycling statuses, marks, titles in the wrong language.
@Suite struct BuddhistDatePromptTests {
    /// SC2 is due 2027-06-30, shown in Thai as 30 มิ.ย. 2570.
    static func thaiOnSC2() -> AppState {
        var state = Fixture.state(language: .th, calendar: .buddhist)
        state.press(.down)
        return state
    }

    @Test func theDuePromptShowsTheYearOnScreenAndSaysSo() {
        var state = Self.thaiOnSC2()
        #expect(state.screenText.contains("30 มิ.ย. 2570"))
        state.press(.character("d"))
        GoldenFrame.check(state, "prompt-due-80x24-th-buddhist")
        #expect(state.render().lines[22].hasPrefix("กำหนด (พ.ศ. YYYY-MM-DD, +2w นับจากวันเดิม, none): 2570-06-30"))
    }

    @Test func typingWhatIsShownGivesTheSameDateBack() {
        var state = Self.thaiOnSC2()
        let before = state.selectedMilestone
        state.press(.character("d"), .enter)
        #expect(state.selectedMilestone == before, "Enter on the shown B.E. date changes nothing")
        state.press(.character("d"))
        state.type("2570-06-30")
        state.press(.enter)
        #expect(state.selectedMilestone == before, "typing the shown date again changes nothing")
        state.press(.character("d"))
        state.type("2571-01-15")
        state.press(.enter)
        #expect(state.selectedMilestone?.due == CalendarDay(iso: "2028-01-15"))
        #expect(state.selectedMilestone?.history.last?.to == "2028-01-15", "the file keeps Gregorian ISO dates")
        #expect(state.screenText.contains("15 ม.ค. 2571"))
    }

    @Test(arguments: [
        ("2570-06-30", "2027-06-30"),  // B.E.
        ("2027-06-30", "2027-06-30"),  // Gregorian: a year below 2400 is not B.E.
        ("2567-02-29", "2024-02-29"),  // B.E. 2567 is the leap year 2024
        ("2400-01-01", "1857-01-01"),  // the first year read as B.E.
        ("2399-12-31", "2399-12-31"),  // the last read as Gregorian
    ])
    func buddhistInput(_ typed: String, _ expected: String) {
        let today = Fixture.today
        #expect(DateInput.parse(typed, today: today, calendar: .buddhist) == CalendarDay(iso: expected))
    }

    @Test func gregorianModeReadsYearsAsTheyAre() {
        #expect(DateInput.parse("2570-06-30", today: Fixture.today) == CalendarDay(iso: "2570-06-30"))
        #expect(DateInput.parse("2568-02-29", today: Fixture.today, calendar: .buddhist) == nil, "B.E. 2568 = 2025 is not leap")
    }

    @Test func everyDayRoundTripsThroughItsEditableForm() {
        for calendar in CalendarSystem.allCases {
            for offset in stride(from: -400_000, through: 2_000_000, by: 997) {
                let day = CalendarDay(iso: "1900-01-01")!.adding(days: offset)
                guard DateInput.supported.contains(day) else { continue }
                let typed = DateInput.editable(day, calendar: calendar)
                #expect(DateInput.parse(typed, today: Fixture.today, calendar: calendar) == day, "\(typed) in \(calendar)")
            }
        }
        #expect(DateInput.editable(CalendarDay(iso: "2027-06-30")!, calendar: .buddhist) == "2570-06-30")
        #expect(DateInput.editable(CalendarDay(iso: "1800-01-01")!, calendar: .buddhist) == "1800-01-01", "B.E. 2343 would read as Gregorian")
    }

    @Test func aDateMoreThanFiftyYearsOffAsksFirst() {
        var state = Fixture.state()  // English, Gregorian: 2570 is taken as typed
        state.press(.down, .character("d"))
        state.type("2570-06-30")
        #expect(state.press(.enter) == [])
        guard case .confirm(.farDate(_, let day)) = state.mode else { Issue.record("asks first, got \(state.mode)"); return }
        #expect(day == CalendarDay(iso: "2570-06-30"))
        #expect(state.screenText.contains("2570-06-30 is 543 years from today — keep it? y:yes n:edit"))
        state.press(.character("n"))
        guard case .prompt(let prompt) = state.mode else { Issue.record("n goes back to the prompt"); return }
        #expect(prompt.editor.text == "2570-06-30", "with what was typed, to correct")
        #expect(state.selectedMilestone?.due == CalendarDay(iso: "2027-06-30"))
        state.press(.enter, .character("y"))
        #expect(state.selectedMilestone?.due == CalendarDay(iso: "2570-06-30"), "y keeps it")
    }

    @Test func theFarDateQuestionInThaiShowsTheYearAsItWouldRead() {
        var state = Self.thaiOnSC2()
        state.press(.character("C"))  // Gregorian now: 2570 is a Gregorian year
        state.press(.character("d"))
        state.type("2570-06-30")
        state.press(.enter)
        GoldenFrame.check(state, "confirm-far-date-80x24-th")
        #expect(state.screenText.contains("30 มิ.ย. 2570 ห่างจากวันนี้ 543 ปี"))
        state.press(.escape)
        state.press(.escape)
        #expect(state.selectedMilestone?.due == CalendarDay(iso: "2027-06-30"), "nothing saved")
    }

    @Test func japaneseAndEnglishPromptsNameTheirForm() {
        var ja = Fixture.state(language: .ja)
        ja.press(.character("d"))
        GoldenFrame.check(ja, "prompt-due-80x24-ja")
        #expect(ja.render().lines[22].hasPrefix("期限 (YYYY-MM-DD、+2w は今の期限から、none): 2026-03-31"))
        var en = Fixture.state(calendar: .buddhist)
        en.press(.character("d"))
        #expect(en.render().lines[22].hasPrefix("due (B.E. YYYY-MM-DD, +2w from current, none): 2569-03-31"))
        en.press(.enter)
        #expect(en.selectedMilestone?.due == CalendarDay(iso: "2026-03-31"))
    }

    @Test func aBadDateInBuddhistModeShowsTheBuddhistForm() {
        var state = Self.thaiOnSC2()
        state.press(.character("d"))
        state.type("30/06/2570")
        state.press(.enter)
        #expect(state.screenText.contains("วันที่ไม่ถูกต้อง: ใช้ พ.ศ. YYYY-MM-DD (2570-06-30)"))
    }
}

@Suite struct RelativeAndClearedDateTests {
    @Test func relativeInputCountsFromTheValueEdited() {
        var state = Fixture.state()
        for _ in 0..<3 { state.press(.down) }  // SC4, due 2028-06-30
        state.press(.character("d"))
        state.type("+2w")
        state.press(.enter)
        #expect(state.selectedMilestone?.due == CalendarDay(iso: "2028-07-14"), "not two weeks from today")
        state.press(.escape)  // a reason, if asked
        state.press(.character("e"), .character("s"))
        state.type("-1m")
        state.press(.enter)
        #expect(state.selectedMilestone?.start == CalendarDay(iso: "2026-12-04"), "a month before its start, 2027-01-04")
        #expect(state.selectedMilestone?.value(of: .due) == "2028-07-14")
    }

    @Test func aMilestoneWithoutADateCountsFromToday() {
        var roadmap = BuiltInRoadmap.load()
        roadmap.workstreams[0].milestones[0].due = nil
        var state = Fixture.state(roadmap: roadmap)
        state.press(.character("d"))
        state.type("+1w")
        state.press(.enter)
        #expect(state.selectedMilestone?.due == Fixture.today.adding(days: 7))
    }

    @Test func clearingAStartDateAsksToo() {
        var state = Fixture.state()
        state.press(.character("e"), .character("s"), .control("u"), .enter)
        #expect(state.screenText.contains("remove the start date of SC1? y:yes n:edit"))
        state.press(.escape)
        #expect(state.selectedMilestone?.start != nil)
        state.press(.enter, .character("Y"))
        #expect(state.selectedMilestone?.start == nil)
        state.press(.character("e"), .character("s"), .enter)
        #expect(state.mode == .normal, "nothing to remove: no question")
    }
}
