import RoadmapCore
@testable import RoadmapUI
import Testing

/// The status line after a change, and the detail's history lines, name
/// fields in the UI's language and give values in its calendar.
@Suite("UI: changes and history in the UI's language")
struct TranslatedChangeTests {
    @Test("s says the field and the status in the UI's language", arguments: [
        (InterfaceLanguage.en, "SC2: status → at-risk"), (.th, "SC2: สถานะ → มีความเสี่ยง"), (.ja, "SC2: 状態 → リスクあり"),
    ])
    func statusLine(language: InterfaceLanguage, expected: String) {
        var state = Fixture.state(language: language)
        state.press(.down, .character("s"))  // SC2 in-progress → at-risk
        #expect(state.message?.text == expected)
        #expect(state.screenText.contains(expected))
    }

    @Test("a due date typed in the Thai UI is said in B.E., and +1 day names the field in Thai")
    func dueInBuddhistEra() {
        var state = Fixture.state(language: .th, calendar: .buddhist)
        state.press(.down, .character("+"))
        #expect(state.message?.text == "SC2: กำหนด +1d")
        state.press(.down, .character("d"), .control("u"))
        state.type("2570-07-15")
        state.press(.enter)
        #expect(state.message?.text == "SC3: กำหนด → 15 ก.ค. 2570")
    }

    @Test("detail history: field names and values in the language and calendar", arguments: InterfaceLanguage.allCases)
    func historyLines(language: InterfaceLanguage) {
        var state = Fixture.state(height: 40, language: language, calendar: language == .th ? .buddhist : .gregorian)
        state.press(.down, .character("s"), .character(">"), .enter)  // SC2: at-risk, due +7 days, detail
        let text = state.screenText
        switch language {
        case .en:
            #expect(text.contains("status  in-progress → at-risk"), "\(text)")
            #expect(text.contains("due  2027-06-30 → 2027-07-07"), "\(text)")
        case .th:
            #expect(text.contains("สถานะ  ดำเนินการ → มีความเสี่ยง"), "\(text)")
            #expect(text.contains("กำหนด  30 มิ.ย. 2570 → 7 ก.ค. 2570"), "\(text)")
        case .ja:
            #expect(text.contains("状態  進行中 → リスクあり"), "\(text)")
            #expect(text.contains("期限  2027年6月30日 → 2027年7月7日"), "\(text)")
        }
    }

    @Test("a title change names the title's language; an unknown field keeps the file's name")
    func titleAndUnknownFields() {
        #expect(FieldWord.historyField("title.th", in: .th) == "ชื่อ (th)")
        #expect(FieldWord.historyField("title.th", in: .en) == "title.th")
        #expect(FieldWord.historyField("comment", in: .ja) == "状況報告")
        #expect(FieldWord.historyField("budget", in: .th) == "budget")
        #expect(HistoryEntry.value("2027-06-30", field: "due", language: .th, calendar: .buddhist) == "30 มิ.ย. 2570")
        #expect(HistoryEntry.value("not-a-date", field: "due", language: .th, calendar: .buddhist) == "not-a-date")
        #expect(HistoryEntry.value("blocked", field: "status", language: .ja, calendar: .gregorian) == "停止")
        #expect(HistoryEntry.value("METI", field: "owner", language: .ja, calendar: .gregorian) == "METI")
    }

    @Test("every field the file records has a name in every language, distinct within a language")
    func everyFieldNamed() {
        let fields: [MilestoneField] = [.status, .start, .due, .owner, .notes, .lead, .depends, .title(language: nil), .title(language: "ja")]
        for field in fields { #expect(FieldWord(historyField: field.description) == field.word, "\(field)") }
        for language in InterfaceLanguage.allCases {
            let names = FieldWord.allCases.map { $0.name(in: language) }
            #expect(Set(names).count == names.count, "\(language): \(names)")
            #expect(!names.contains(""))
        }
    }
}
