import Foundation
import RoadmapCore
import Testing
@testable import RoadmapUI

/// Another process writes the file while the UI is open: the runner's
/// refresh (a save of the unchanged roadmap) merges it in, the UI shows it,
/// marks the rows and says who changed what, keeping its own work and undo.
@Suite struct OutsideChangeTests {
    func makeSession() throws -> (RoadmapSession, RoadmapStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = RoadmapStore(path: folder.appendingPathComponent("roadmap.json").path)
        try store.create(BuiltInRoadmap.load(), overwrite: false)
        return (try RoadmapSession(store: store), store, folder)
    }

    /// What the runner does when the file's stamp changed: a refresh, its outcome as `.reloaded`.
    func refresh(_ state: inout AppState, _ session: RoadmapSession) -> [Effect] {
        let sent = state.roadmap
        switch session.save(sent) {
        case .saved(let roadmap): return state.update(.reloaded(roadmap, sent: sent))
        case .conflict(let result, let theirs): return state.update(.conflict(result, theirs: theirs))
        case .fileMissing, .failed: return []
        }
    }

    /// Another office's change: `id`'s `field` set by `author`.
    func change(_ store: RoadmapStore, _ id: String, _ field: MilestoneField, to value: String, by author: String?) throws {
        try store.modify { roadmap in
            let location = roadmap.locate(id)!
            try roadmap[location].set(field, to: value, at: Fixture.now, by: author)
        }
    }

    func row(_ id: String, _ state: AppState) -> String? {
        state.render().lines.first { $0.hasPrefix("  \(id) ") || $0.hasPrefix(" !\(id) ") }
    }

    @Test func anOpenPromptLeftAsOfferedDoesNotSetBackWhatChangedMeanwhile() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(roadmap: session.base)
        state.select(id: "SC4")
        state.press(.character("d"))
        guard case .prompt(let prompt) = state.mode else {
            Issue.record("no due prompt: \(state.mode)")
            return
        }
        let offered = prompt.editor.text
        try change(store, "SC4", .due, to: "2028-11-30", by: "Tanaka")
        _ = refresh(&state, session)
        #expect(state.roadmap[state.roadmap.locate("SC4")!].due?.description == "2028-11-30", "their change shows")
        let history = state.roadmap[state.roadmap.locate("SC4")!].history
        #expect(state.press(.enter).isEmpty, "Enter on the date as offered (\(offered)) changes nothing")
        #expect(state.roadmap[state.roadmap.locate("SC4")!].due?.description == "2028-11-30", "their date is not set back")
        #expect(state.roadmap[state.roadmap.locate("SC4")!].history == history)
        // A date typed over the offered one is still set.
        state.press(.character("d"), .control("u"))
        state.type("2028-12-15")
        #expect(state.press(.enter).contains(.save))
        #expect(state.roadmap[state.roadmap.locate("SC4")!].due?.description == "2028-12-15")
    }

    /// The UI's `s a` on SC2 and `roadmap set SC2 --status at-risk` at the
    /// same moment (the CLI writes before the UI's save lands): the file
    /// records the change once, with a true "from".
    @Test func theSameChangeFromTheUIAndOutsideAtOnceIsRecordedOnce() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(roadmap: session.base, author: "田中 花子")
        state.select(id: "SC2")
        let effects = state.press(.character("s"), .character("a"))
        #expect(effects.contains(.save))
        try change(store, "SC2", .status, to: "at-risk", by: "สมชาย ใจดี")
        // The runner's save of the UI's roadmap meets the outside write.
        let sent = state.roadmap
        guard case .saved(let onDisk) = session.save(sent) else {
            Issue.record("the save did not go through")
            return
        }
        _ = state.update(.saved(onDisk, sent: sent))
        let loaded = try store.load()
        let history = loaded[loaded.locate("SC2")!].history
        #expect(history.filter { $0.field == "status" }.map { "\($0.from ?? "–") → \($0.to ?? "–") \($0.by ?? "?")" }
                == ["in-progress → at-risk สมชาย ใจดี"], "\(history)")
        #expect(state.roadmap == onDisk && !state.unsaved)
    }

    @Test func anOutsideChangeShowsWithoutAKeyMarksTheRowAndNamesTheAuthor() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(roadmap: session.base)
        let before = try store.readBytes()
        #expect(refresh(&state, session).isEmpty && state.outsideNotice == nil, "nothing changed: nothing said, nothing written")
        #expect(try store.readBytes() == before)

        try change(store, "SC2", .status, to: "done", by: "Somchai")
        try change(store, "SC3", .owner, to: "BOI / JETRO", by: "Somchai")
        let written = try store.readBytes()
        #expect(refresh(&state, session).isEmpty)
        #expect(try store.readBytes() == written, "taking their version writes nothing")
        #expect(row("SC2", state)?.contains("done") == true, "\(state.render().text)")
        #expect(state.outsideNotice == "2 changes from Somchai")
        #expect(state.render().lines[22].hasSuffix("2 changes from Somchai"), "on the status row")
        #expect(state.highlighted == ["sc2", "sc3"])
        let frame = state.render()
        let y = frame.lines.firstIndex { $0.hasPrefix("  SC2 ") }!
        #expect(frame[2, y].style.reverse, "the changed row's id is marked")
        #expect(!frame[2, y + 2].style.reverse, "SC4, unchanged, is not")
        _ = state.update(.highlightsExpired)
        #expect(state.highlighted.isEmpty && !state.render()[2, y].style.reverse)
    }

    @Test func ownUnsavedWorkAndUndoAreKept() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(roadmap: session.base)
        // The UI changes SC3 (its save not yet run) while another process changes CE1.
        state.press(.down, .down)
        let effects = state.press(.character("s"))
        #expect(effects == [.save])
        try change(store, "CE1", .status, to: "at-risk", by: nil)
        let saveEffects = refresh(&state, session)
        #expect(saveEffects.isEmpty)
        let onDisk = try store.load()
        #expect(onDisk[onDisk.locate("SC3")!].status == .inProgress, "our change is written with theirs")
        #expect(onDisk[onDisk.locate("CE1")!].status == .atRisk)
        #expect(state.roadmap == onDisk)
        #expect(state.outsideNotice == "1 change from unknown", "an entry without an author shows as unknown")
        #expect(state.message?.text.hasPrefix("SC3: status") == true, "the UI's own message stays")
        // Undo still undoes our own change, and leaves theirs.
        let undo = state.press(.character("u"))
        #expect(undo == [.save])
        _ = session.save(state.roadmap)
        let after = try store.load()
        #expect(after[after.locate("SC3")!].status == .planned && after[after.locate("CE1")!].status == .atRisk)
    }

    @Test func aSameFieldChangeGoesThroughTheConflictPath() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(roadmap: session.base)
        state.press(.down, .down, .character("s"))   // SC3: planned → in-progress, not yet saved
        try change(store, "SC3", .status, to: "blocked", by: "Yuki")
        #expect(refresh(&state, session).isEmpty)
        guard case .conflict(let result, _) = state.mode else { Issue.record("expected the conflict mode, got \(state.mode)"); return }
        #expect(result.conflicts.map(\.fieldName) == ["status"])
        #expect(state.render().text.contains("blocked"))
    }

    @Test func whatTheRowMarksLookLikeInThai() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(language: .th, roadmap: session.base)
        try change(store, "SC2", .status, to: "done", by: "สมชาย")
        _ = refresh(&state, session)
        #expect(state.outsideNotice == "เปลี่ยน 1 รายการโดย สมชาย")
        try change(store, "SC3", .status, to: "done", by: "ゆき")
        try change(store, "SC4", .status, to: "done", by: "ゆき")
        _ = refresh(&state, session)
        #expect(state.outsideNotice == "เปลี่ยน 2 รายการโดย ゆき")
        state.press(.down)
        #expect(state.outsideNotice == nil, "gone at the next key")
    }

    @Test func aSyncWithConflictsOpensReviewOnThem() throws {
        var state = Fixture.state()
        #expect(state.press(.character("Y")) == [.sync])
        #expect(state.message?.text == "syncing…" && state.syncing)
        #expect(state.press(.character("Y")).isEmpty && state.message?.text == "a sync is already running")
        _ = state.update(.syncFinished("synced with origin/main: merged 1 commit, pushed; both offices changed SC2 status", succeeded: false,
                                       conflicts: ["SC2", "Agreed at EID meeting 2025-12-09"]))
        #expect(!state.syncing)
        #expect(state.screen == .review && state.review?.queue == ["SC2"], "the milestone with a conflict is visited; a baseline name is not a milestone")
        #expect(state.render().text.contains("SC2"))
        #expect(state.message?.kind == .error)
        var clean = Fixture.state()
        _ = clean.update(.syncFinished("synced with origin/main: up to date", succeeded: true, conflicts: []))
        #expect(clean.screen == .list && clean.message?.kind == .success)
    }
}
