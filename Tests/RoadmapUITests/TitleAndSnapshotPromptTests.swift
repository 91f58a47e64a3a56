import RoadmapCore
import Testing
@testable import RoadmapUI

/// The title prompt says which language it edits and switches it; `p`
/// asks where, and a file that exists is replaced only on `y`.
@Suite struct TitlePromptTests {
    @Test func thePromptNamesTheLanguageAndTabSwitchesIt() {
        var state = Fixture.state()
        state.press(.character("e"), .character("t"))
        #expect(state.render().lines[22] == "title [en] (Tab: language): Confirm EID framework and working groups")
        state.press(.tab)
        #expect(state.render().lines[22].hasPrefix("title [th] (Tab: language): ยืนยันกรอบดำเนินงาน"))
        state.press(.tab)
        #expect(state.render().lines[22].hasPrefix("title [ja] (Tab: language): EIDの枠組み"))
        state.press(.control("u"))
        state.type("EID枠組みの確認")
        state.press(.enter)
        let title = state.selectedMilestone!.title
        #expect(title.text(in: "ja") == "EID枠組みの確認" && title.text(in: "en") == "Confirm EID framework and working groups")
        #expect(state.selectedMilestone?.history.last?.field == "title.ja")
    }

    @Test func thaiScriptTypedForEnglishOffersTheThaiTitle() {
        var state = Fixture.state()
        state.press(.character("e"), .character("t"), .control("u"))
        state.type("ยืนยันกรอบ EID")
        #expect(state.press(.enter) == [])
        #expect(state.screenText.contains("Thai script: store as the Thai (th) title? y:th n:as en Esc:edit"))
        state.press(.character("y"))
        #expect(state.selectedMilestone?.title.text(in: "th") == "ยืนยันกรอบ EID")
        #expect(state.selectedMilestone?.title.text(in: "en") == "Confirm EID framework and working groups", "English kept")

        state.press(.character("e"), .character("t"), .control("u"))
        state.type("ทดสอบ")
        state.press(.enter, .character("n"))
        #expect(state.selectedMilestone?.title.text(in: "en") == "ทดสอบ", "n stores it as typed")

        state.press(.character("e"), .character("t"), .control("u"))
        state.type("ทดสอบ2")
        state.press(.enter, .escape)
        guard case .prompt(let prompt) = state.mode else { Issue.record("Esc goes back to edit"); return }
        #expect(prompt.editor.text == "ทดสอบ2" && prompt.language == .en)
    }

    @Test func aPlainTitleIsEditedForAllLanguagesUntilTabChoosesOne() {
        var roadmap = BuiltInRoadmap.load()
        roadmap.workstreams[0].milestones[0].title = LocalizedText("Plain")
        var state = Fixture.state(language: .th, roadmap: roadmap)
        state.press(.character("e"), .character("t"))
        #expect(state.render().lines[22].hasPrefix("ชื่อ [ทุกภาษา] (Tab: ภาษา): Plain"))
        state.press(.tab, .tab)
        #expect(state.render().lines[22].hasPrefix("ชื่อ [th] (Tab: ภาษา):"))
        state.type("ธรรมดา")
        state.press(.enter)
        #expect(state.selectedMilestone?.title.translations == [.init(language: "en", text: "Plain"), .init(language: "th", text: "ธรรมดา")])
    }
}

@Suite struct SnapshotPromptTests {
    static func state(language: InterfaceLanguage = .en) -> AppState {
        var state = Fixture.state(language: language)
        state.snapshotFolder = "/srv/office"
        return state
    }

    @Test func pOffersTheRoadmapsFolderAndWritesNothingUntilEnter() {
        var state = Self.state()
        #expect(state.press(.character("p")) == [])
        #expect(state.render().lines[22] == "write this week's snapshot to: /srv/office/roadmap-snapshot-2026-W48.txt")
        #expect(state.press(.enter) == [.writeSnapshot(path: "/srv/office/roadmap-snapshot-2026-W48.txt", replacing: false)])
        state.press(.character("p"), .escape)
        #expect(state.mode == .normal)
        state.press(.character("p"), .control("u"))
        #expect(state.press(.enter) == [], "no path, nothing written")
    }

    @Test func anExistingFileIsReplacedOnlyOnYes() {
        var state = Self.state(language: .ja)
        state.press(.character("p"), .enter)
        _ = state.update(.snapshotExists(path: "/srv/office/w48.txt"))
        #expect(state.screenText.contains("/srv/office/w48.txt は既にあります — 上書きしますか? y:はい n:別の場所"))
        #expect(state.press(.character("n")) == [])
        guard case .prompt(let prompt) = state.mode else { Issue.record("n asks for another path"); return }
        #expect(prompt.editor.text == "/srv/office/w48.txt")
        _ = state.press(.enter)
        _ = state.update(.snapshotExists(path: "/srv/office/w48.txt"))
        #expect(state.press(.character("y")) == [.writeSnapshot(path: "/srv/office/w48.txt", replacing: true)])
    }

    @Test(arguments: [
        (InterfaceLanguage.en, "snapshot written to /srv/office/w48.txt"),
        (.th, "บันทึกสรุปประจำสัปดาห์ไว้ที่ /srv/office/w48.txt แล้ว"),
        (.ja, "スナップショットを /srv/office/w48.txt に保存しました"),
    ])
    func whereItWentIsSaidInTheUIsLanguage(_ language: InterfaceLanguage, _ expected: String) {
        var state = Self.state(language: language)
        _ = state.update(.snapshotWritten(path: "/srv/office/w48.txt"))
        #expect(state.render().lines[22] == expected)
        _ = state.update(.snapshotFailed(path: "/srv/x.txt", reason: "/srv/x.txt: permission denied"))
        #expect(state.render().lines[22].contains("/srv/x.txt"))
        #expect(state.message?.kind == .error)
    }

    @Test func keysTypedBehindTooSmallAreNotKept() {
        var state = Fixture.state()
        state.press(.character("e"), .character("o"), .control("u"))
        _ = state.update(.resize(width: 40, height: 10))
        state.type("lost")
        #expect(state.press(.enter) == [])
        _ = state.update(.resize(width: 80, height: 24))
        guard case .prompt(let prompt) = state.mode else { Issue.record("the prompt is still open"); return }
        #expect(prompt.editor.text.isEmpty, "nothing typed unseen")
    }
}

/// The delete question names the milestone by title, cut to fit, keys kept.
@Test func deleteQuestionShowsTheTitleAndItsKeys() {
    var state = Fixture.state(width: 60, height: 20, language: .th)
    state.press(.character("D"))
    let line = state.render().lines[18]
    #expect(line.hasPrefix("ลบ SC1 “ยืนยันกรอบ") && line.hasSuffix("…” ? y:ใช่ n:ไม่"), "\(line)")
    #expect(DisplayWidth.of(line) <= 60)
}
