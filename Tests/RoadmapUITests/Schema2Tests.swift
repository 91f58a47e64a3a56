import RoadmapCore
import Testing
@testable import RoadmapUI

/// A small roadmap with leads, a baseline, dependencies (one off track, one
/// across workstreams), reasons and an update: what schema 2 adds to the UI.
enum Schema2Fixture {
    static let author = "Somchai"

    static func text(_ en: String, _ th: String, _ ja: String) -> LocalizedText {
        LocalizedText(translations: [.init(language: "en", text: en), .init(language: "th", text: th), .init(language: "ja", text: ja)])
    }

    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    static var roadmap: Roadmap {
        let earlier = Timestamp(rfc3339: "2026-11-20T08:30:00Z")!
        let sc1 = Milestone(
            id: "SC1", title: text("Draft joint EV parts standard", "ร่างมาตรฐานชิ้นส่วนยานยนต์ไฟฟ้าร่วมกัน", "EV部品共通規格の起草"),
            status: .atRisk, due: day("2027-01-29"), owner: "METI", lead: .jp,
            history: [
                HistoryEntry(at: earlier, field: "status", from: "in-progress", to: "at-risk", by: "Tanaka", reason: "METI review delayed"),
                HistoryEntry(at: earlier, field: HistoryEntry.commentField, from: nil, to: "Waiting on METI comments", by: "Somchai"),
            ])
        let sc2 = Milestone(
            id: "SC2", title: text("Pilot EV parts certification", "นำร่องการรับรองชิ้นส่วนยานยนต์ไฟฟ้า", "EV部品認証の試行"),
            start: day("2027-01-15"), due: day("2027-03-31"), owner: "TISI", lead: .th, depends: ["SC1"])
        let sc3 = Milestone(
            id: "SC3", title: text("Publish supplier directory", "เผยแพร่ทำเนียบผู้ผลิตชิ้นส่วน", "サプライヤー名簿の公表"),
            status: .inProgress, due: day("2027-06-30"), owner: "JETRO / BOI", lead: .joint)
        let ce1 = Milestone(
            id: "CE1", title: text("Battery recycling pilot", "โครงการนำร่องรีไซเคิลแบตเตอรี่", "電池リサイクルの試行事業"),
            due: day("2027-09-30"), owner: "DIW", lead: .th, depends: ["SC1"])
        let ce2 = Milestone(
            id: "CE2", title: text("Recycling plant standards", "มาตรฐานโรงงานรีไซเคิล", "リサイクル工場の基準"),
            due: day("2027-12-24"), owner: "TISI", depends: ["CE1"])
        let baseline = Baseline(name: "Agreed at EID meeting 2025-12-09", at: Timestamp(rfc3339: "2025-12-09T10:00:00Z")!, milestones: [
            .init(id: "SC1", due: day("2026-12-18")), .init(id: "SC2", due: day("2027-03-31")),
            .init(id: "SC3", due: day("2027-05-15")), .init(id: "CE1", due: day("2027-09-30")),
        ])
        return Roadmap(title: text("EID roadmap", "แผนที่นำทาง EID", "EIDロードマップ"), baselines: [baseline], workstreams: [
            Workstream(id: "supply-chain", title: text("Supply chains", "ห่วงโซ่อุปทาน", "サプライチェーン"), milestones: [sc1, sc2, sc3]),
            Workstream(id: "circular-economy", title: text("Circular economy", "เศรษฐกิจหมุนเวียน", "循環経済"), milestones: [ce1, ce2]),
        ])
    }

    /// The fixture in a UI run by ``author``, with a pinned clock.
    static func state(width: Int = 80, height: Int = 24, language: InterfaceLanguage = .en, calendar: CalendarSystem = .gregorian) -> AppState {
        var state = AppState(roadmap: roadmap, today: Fixture.today, language: language, calendar: calendar, width: width, height: height, author: author)
        state.clock = { Fixture.now }
        return state
    }
}

/// Slip, lead and dependencies on screen, the reason prompt, updates, the
/// lead filter and the review of off-track links.
@Suite struct Schema2Tests {
    @Test(arguments: InterfaceLanguage.allCases)
    func listShowsSlipLeadAndOffTrackMarker(language: InterfaceLanguage) throws {
        let state = Schema2Fixture.state(language: language)
        GoldenFrame.check(state, "list-schema2-80x24-\(language)")
        let grid = state.render()
        let sc1 = try #require(grid.row(containing: "SC1")), sc2 = try #require(grid.row(containing: "SC2"))
        let sc3 = try #require(grid.row(containing: "SC3"))
        // Slip as the snapshot words it: `+42d` in English, `+42 วัน`, `+42日`.
        let late = Slip.days(42).text(in: language), onTime = Slip.days(0).text(in: language)
        #expect(late == ["en": "+42d", "th": "+42 วัน", "ja": "+42日"][language.rawValue])
        #expect(onTime == ["en": "0d", "th": "±0 วัน", "ja": "±0日"][language.rawValue])
        #expect(grid.lines[sc1].contains(late) && grid.lines[sc3].contains(Slip.days(46).text(in: language)), "slip against the baseline")
        // The marker is a glyph, so it reads without colour (NO_COLOR).
        #expect(grid.lines[sc2].hasPrefix(" !SC2"), "SC2 waits for SC1, which is at risk")
        #expect(!grid.lines[sc1].hasPrefix(" !"))
        // Columns line up under their headers in every language.
        let owner = FieldWord.owner.column(in: language)
        #expect(grid.column(of: "METI", row: sc1) == grid.column(of: owner, row: 2))
        #expect(grid.column(of: "TISI", row: sc2) == grid.column(of: owner, row: 2))
        #expect(grid.column(of: late, row: sc1).map { $0 + DisplayWidth.of(late) } == grid.column(of: onTime, row: sc2).map { $0 + DisplayWidth.of(onTime) },
                "slip is right-aligned")
        #expect(grid.column(of: UIText.leadShort(.jp).text(language), row: sc1) == grid.column(of: FieldWord.lead.column(in: language), row: 2))
    }

    @Test func slipSaysNewForAMilestoneAddedAfterTheBaseline() {
        var state = Schema2Fixture.state()
        state.press(.character("2"))
        let text = state.screenText
        #expect(text.contains("new"), "CE2 is not in the baseline")
        #expect(text.contains(" !CE1"), "CE1 waits for SC1 in another workstream")
        #expect(!text.contains(" !CE2"), "CE1 is on track for CE2")
    }

    @Test(arguments: InterfaceLanguage.allCases)
    func detailShowsLeadSlipAndDependencies(language: InterfaceLanguage) {
        var state = Schema2Fixture.state(height: 30, language: language)
        state.press(.enter)  // SC1: holds up SC2 and CE1, with a reason and an update
        GoldenFrame.check(state, "detail-schema2-80x30-sc1-\(language)")
        state.press(.escape, .down, .enter)  // SC2: waits for SC1
        GoldenFrame.check(state, "detail-schema2-80x30-sc2-\(language)")
    }

    /// The history's stamps are in the calendar and language of the values
    /// beside them (try-21: a Gregorian stamp beside B.E. values), and slip is
    /// as the snapshot words it.
    @Test(arguments: [(InterfaceLanguage.th, CalendarSystem.buddhist), (.ja, .gregorian), (.en, .gregorian)])
    func detailHistoryStampsAndSlipSpeakTheLanguage(language: InterfaceLanguage, calendar: CalendarSystem) throws {
        var state = Schema2Fixture.state(height: 30, language: language, calendar: calendar)
        state.press(.enter)  // SC1
        if language == .th { GoldenFrame.check(state, "detail-schema2-80x30-sc1-th-be") }
        let text = state.screenText
        let stamp = ["th": "20 พ.ย. 2569 08:30", "ja": "2026年11月20日 08:30", "en": "2026-11-20 08:30"][language.rawValue]!
        let slip = ["th": "+42 วัน", "ja": "+42日", "en": "+42d"][language.rawValue]!
        #expect(slip == Slip.days(42).text(in: language))
        let history = text.split(separator: "\n").drop { !$0.contains(FieldWord.history.label(in: language)) }.dropFirst()
        let entries = history.filter { $0.hasPrefix("   ") && $0.contains(":30  ") }
        try #require(entries.count == 2, "\(text)")
        #expect(entries.allSatisfy { $0.hasPrefix("   " + stamp + "  ") }, "\(text)")
        #expect(text.contains(FieldWord.slip.label(in: language)) && text.contains(" " + slip + " "), "\(text)")
        if language == .th { #expect(!text.contains("2026"), "no Gregorian year beside B.E. ones:\n\(text)") }
    }

    @Test func detailSaysWhyALinkIsOffTrackAndWhichCrossWorkstreams() {
        var state = Schema2Fixture.state(width: 120, height: 40)
        state.press(.enter)
        var text = state.screenText
        #expect(text.contains("Lead      Japanese side"))
        #expect(text.contains("Slip      +42d against “Agreed at EID meeting 2025-12-09”"))
        #expect(text.contains("Holds up  ! SC2 Pilot EV parts certification\n"), "same workstream: not said")
        #expect(text.contains("          ! CE1 Battery recycling pilot (other workstream)"))
        #expect(text.contains("Latest    Waiting on METI comments — Somchai"))
        #expect(text.contains("update  Waiting on METI comments — Somchai"))
        #expect(text.contains("status  in-progress → at-risk — Tanaka · reason: METI review delayed"))
        state.press(.escape, .character("2"), .enter)
        text = state.screenText
        #expect(text.contains("Waits for  ! SC1 Draft joint EV parts standard — off track: at-risk (other workstream)"))
        #expect(text.contains("Holds up   CE2 Recycling plant standards\n"), "on track: no marker")
    }

    @Test func reasonPromptAfterAtRiskIsOneUndoableChange() throws {
        var state = Schema2Fixture.state()
        state.press(.down, .down)  // SC3, in progress
        let before = try #require(state.selectedMilestone)
        #expect(state.press(.character("="), .character("a")) == [.save])
        #expect(state.mode == .prompt(Prompt(purpose: .reason, editor: LineEditor())))
        #expect(state.screenText.contains("why? (one line, Enter skips):"))
        state.type("supplier fire at Rayong")
        #expect(state.press(.enter) == [.save])
        let entry = try #require(state.selectedMilestone?.history.last)
        #expect(entry == HistoryEntry(at: Fixture.now, field: "status", from: "in-progress", to: "at-risk", by: "Somchai", reason: "supplier fire at Rayong"))
        #expect(state.selectedMilestone?.history.count == before.history.count + 1)
        #expect(state.press(.character("u")) == [.save])
        #expect(state.selectedMilestone == before, "one undo takes back the status and its reason")
        #expect(state.press(.control("r")) == [.save])
        #expect(state.selectedMilestone?.history.last?.reason == "supplier fire at Rayong", "redo brings both back")
    }

    @Test func reasonPromptEscapeOrEmptyKeepsTheChangeWithoutAReason() {
        var state = Schema2Fixture.state()
        state.press(.down, .down, .character("="), .character("b"), .escape)
        #expect(state.mode == .normal)
        #expect(state.selectedMilestone?.status == .blocked)
        #expect(state.selectedMilestone?.history.last?.reason == nil)
        state.press(.character("="), .character("x"), .enter)
        #expect(state.selectedMilestone?.status == .dropped)
        #expect(state.selectedMilestone?.history.last?.reason == nil, "Enter on an empty prompt gives no reason")
        state.press(.character("="), .character("i"))
        #expect(state.mode == .normal, "in progress needs no reason")
    }

    @Test func reasonPromptAfterADueTypedOnlyForBaselineMilestones() throws {
        var state = Schema2Fixture.state()
        state.press(.down, .down, .character(">"))  // SC3 is in the baseline
        #expect(state.mode == .normal, "a quick move asks nothing: a prompt would swallow the next press")
        state.press(.character("s"))
        #expect(state.mode == .normal, "nor does cycling the status")
        state.press(.character("d"))
        state.type("2027-08-15")
        state.press(.enter)
        #expect(state.mode == .prompt(Prompt(purpose: .reason, editor: LineEditor())))
        state.type("waiting for BOI sign-off")
        state.press(.enter)
        #expect(state.selectedMilestone?.history.last?.field == "due")
        #expect(state.selectedMilestone?.history.last?.reason == "waiting for BOI sign-off")
        #expect(state.selectedMilestone?.history.last?.by == "Somchai")
        state.press(.character("2"), .down, .character("d"))  // CE2 was added after the baseline
        state.type("2027-08-15")
        state.press(.enter)
        #expect(state.mode == .normal)
        #expect(state.selectedMilestone?.history.last?.by == "Somchai", "every entry the UI records carries the author")
    }

    @Test func leadAndDependenciesAreEditedFromTheEditPicker() throws {
        var state = Schema2Fixture.state()
        state.press(.down, .down, .character("e"))  // SC3
        #expect(state.screenText.contains("l:lead w:waits for"))
        state.press(.character("w"))
        state.type("sc2 ce1")
        #expect(state.press(.enter) == [.save])
        #expect(state.selectedMilestone?.depends == ["SC2", "CE1"], "stored as the file spells the ids")
        #expect(state.selectedMilestone?.history.last == HistoryEntry(at: Fixture.now, field: "depends", from: nil, to: "SC2,CE1", by: "Somchai"))
        // A cycle (SC1 → SC3 → SC2 → SC1) and an unknown id are refused, naming them, and change nothing.
        state.press(.up, .up, .character("e"), .character("w"))
        state.type("SC3")
        #expect(state.press(.enter) == [])
        #expect(state.screenText.contains("not changed: a cycle: SC1 → SC3 → SC2 → SC1"), "\(state.screenText)")
        state.press(.character("e"), .character("w"))
        state.type("NOPE")
        #expect(state.press(.enter) == [])
        #expect(state.screenText.contains("\"NOPE\" is not a milestone"))
        #expect(state.selectedMilestone?.depends == [])
        state.press(.character("e"), .character("l"))
        state.type("joint")
        #expect(state.press(.enter) == [.save])
        #expect(state.selectedMilestone?.lead == .joint)
        state.press(.character("u"), .down, .down, .character("u"))
        #expect(state.roadmap == Schema2Fixture.roadmap, "undo takes both back")
    }

    @Test func commentKeyAddsAnUndoableStatusUpdate() throws {
        var state = Schema2Fixture.state(width: 120, height: 40)
        state.press(.down, .down, .character("c"))
        #expect(state.screenText.contains("status update:"))
        state.type("Met JETRO on the directory")
        #expect(state.press(.enter) == [.save])
        let entry = try #require(state.selectedMilestone?.history.last)
        #expect(entry.isComment && entry.to == "Met JETRO on the directory" && entry.by == "Somchai")
        #expect(state.selectedMilestone?.status == .inProgress, "an update changes no field")
        state.press(.enter)
        #expect(state.screenText.contains("Latest  Met JETRO on the directory — Somchai"))
        #expect(state.screenText.contains("update  Met JETRO on the directory — Somchai"))
        state.press(.character("u"))
        #expect(state.selectedMilestone?.history.isEmpty == true)
        state.press(.character("c"), .enter)
        #expect(state.selectedMilestone?.history.isEmpty == true, "an empty update is refused")
    }

    @Test func reviewVisitsAMilestoneWaitingOnAnOffTrackLink() {
        var state = Schema2Fixture.state()
        state.press(.character("r"))
        #expect(state.review?.queue == ["SC1", "SC2", "CE1"])
        state.press(.character("n"), .character("n"))
        #expect(state.focusedMilestone?.id == "CE1")
        GoldenFrame.check(state, "review-schema2-80x24-en")
        #expect(state.screenText.contains("Review 3 of 3 — waits for SC1: at-risk"))
    }

    @Test func leadFilterCyclesThroughTheSides() {
        var state = Schema2Fixture.state()
        func shown() -> [String] { (0..<state.rowCount).map { state.currentMilestones[state.milestoneIndex(row: $0)].id } }
        state.press(.character("w"))
        #expect(state.leadFilter == .th && shown() == ["SC2"])
        #expect(state.screenText.contains("lead: Thai side (1)"))
        state.press(.character("w"))
        #expect(state.leadFilter == .jp && shown() == ["SC1"])
        state.press(.character("2"))
        #expect(shown().isEmpty, "the filter holds across workstreams")
        state.press(.character("w"), .character("w"))
        #expect(state.leadFilter == nil && shown() == ["CE1", "CE2"])
        state.press(.character("w"), .escape)
        #expect(state.leadFilter == nil && shown() == ["CE1", "CE2"], "Esc clears it")
    }

    @Test(arguments: InterfaceLanguage.allCases)
    func overviewCountsAttentionPerLeadSide(language: InterfaceLanguage) {
        var state = Schema2Fixture.state(language: language)
        state.press(.character("o"))
        GoldenFrame.check(state, "overview-schema2-80x24-\(language)")
        let expected = "\(UIText.sideTH.text(language)): 2 · \(UIText.sideJP.text(language)): 1 · \(UIText.sideJoint.text(language)): 0"
        #expect(state.screenText.contains(expected))
    }

    @Test(arguments: InterfaceLanguage.allCases)
    func theFirstSaveOfASchemaOneFileSaysItWasUpgradedOnce(language: InterfaceLanguage) {
        var old = BuiltInRoadmap.load()
        old.schema = 1
        var state = Fixture.state(language: language, roadmap: old)
        state.press(.character("s"))
        var sent = state.roadmap
        _ = state.update(.saved(sent, sent: sent))
        let said = UIText.upgradedFile.text(language, "1", "\(old.writtenSchema)")
        #expect(state.message?.text.contains(said) == true, "the status line says so: \(state.message?.text ?? "")")
        #expect(state.screenText.contains(String(said.prefix(20))))
        #expect(state.roadmap.schema == old.writtenSchema, "the schema it was written in")
        state.press(.character("S"))
        sent = state.roadmap
        _ = state.update(.saved(sent, sent: sent))
        #expect(state.message?.text.contains(said) == false, "once only")
    }
}
