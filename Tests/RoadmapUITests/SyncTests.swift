import Foundation
import RoadmapCore
import Testing
@testable import RoadmapUI

/// The UI and the file changing underneath: merges, conflicts, a missing file,
/// a failed save — driven through the same messages the runner sends.
@Suite struct SyncTests {
    /// A temp file holding the built-in roadmap, and a session on it.
    func makeSession() throws -> (RoadmapSession, RoadmapStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = RoadmapStore(path: folder.appendingPathComponent("roadmap.json").path)
        try store.create(BuiltInRoadmap.load(), overwrite: false)
        return (try RoadmapSession(store: store), store, folder)
    }

    /// Runs effects the way the interactive runner does.
    func run(_ effects: [Effect], _ state: inout AppState, _ session: RoadmapSession) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            let outcome: RoadmapSession.SaveOutcome
            switch effect {
            case .save: outcome = session.save(state.roadmap)
            case .saveResolved(let theirs):
                session.adopt(theirs: theirs)
                outcome = session.save(state.roadmap)
            case .forceSave: outcome = session.save(state.roadmap, force: true)
            default: continue
            }
            switch outcome {
            case .saved(let roadmap): queue += state.update(.saved(roadmap, sent: state.roadmap))
            case .conflict(let result, let theirs): queue += state.update(.conflict(result, theirs: theirs))
            case .fileMissing(let error): queue += state.update(.fileMissing(error.description))
            case .failed(let error): queue += state.update(.saveFailed(error.description))
            }
        }
    }

    @Test func outsideChangeToAnotherMilestoneIsMerged() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(roadmap: session.base)
        // Another process changes SC1 while the UI is open.
        try store.modify { roadmap in _ = try roadmap[roadmap.locate("SC1")!].set(.status, to: "blocked", at: Fixture.now) }
        // The UI changes CE1.
        state.press(.character("3"))
        run(state.press(.character("s")), &state, session)
        let onDisk = try store.load()
        #expect(onDisk[onDisk.locate("SC1")!].status == .blocked, "their change kept")
        #expect(onDisk[onDisk.locate("CE1")!].status == .inProgress, "our change saved")
        #expect(state.roadmap == onDisk, "the UI shows what is on disk")
        #expect(state.render().text.contains("saved (+ outside changes merged)"))
        #expect(!state.unsaved)
    }

    @Test func conflictOnTheSameFieldAsksTheUser() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(roadmap: session.base, author: "Somchai")
        try store.modify { roadmap in _ = try roadmap[roadmap.locate("SC1")!].set(.status, to: "blocked", at: Fixture.now) }
        let before = try store.readBytes()
        run(state.press(.character("s")), &state, session)  // SC1 done → planned
        guard case .conflict(let result, _) = state.mode else {
            Issue.record("expected a conflict, got \(state.mode)")
            return
        }
        #expect(result.conflicts.map(\.milestoneID) == ["SC1"])
        #expect(try store.readBytes() == before, "nothing written while the user decides")
        let text = state.render().text
        #expect(text.contains("Someone else changed the same field"))
        #expect(text.contains("mine: planned") && text.contains("theirs: blocked"))
        #expect(state.press(.character("z")) == [], "other keys wait for a choice")
        run(state.press(.character("m")), &state, session)
        let onDisk = try store.load()
        #expect(onDisk[onDisk.locate("SC1")!].status == .planned, "mine kept")
        #expect(onDisk[onDisk.locate("SC1")!].history.map(\.to).contains("blocked"), "their change is in history")
        let kept = onDisk[onDisk.locate("SC1")!].history.last
        #expect(kept?.from == "blocked" && kept?.to == "planned" && kept?.by == "Somchai", "keeping mine is recorded as the user's: \(String(describing: kept))")
        #expect(state.mode == .normal)
    }

    @Test(arguments: [InterfaceLanguage.th, .ja])
    func theConflictBoxSpeaksTheUIsLanguage(language: InterfaceLanguage) throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(language: language, roadmap: session.base)
        try store.modify { roadmap in _ = try roadmap[roadmap.locate("SC1")!].set(.status, to: "blocked", at: Fixture.now) }
        run(state.press(.character("s")), &state, session)  // SC1 done → planned, theirs blocked
        let text = state.render().text
        #expect(text.contains("SC1 · \(FieldWord.status.label(in: language))"), "\(text)")
        #expect(text.contains("\(UIText.mine.text(language)): \(StatusText.word(.planned, language))"), "\(text)")
        #expect(text.contains("\(UIText.theirs.text(language)): \(StatusText.word(.blocked, language))"), "\(text)")
        #expect(!text.contains("blocked") && !text.contains("planned"), "no English status words: \(text)")
    }

    @Test func conflictResolvedForTheirs() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(roadmap: session.base)
        try store.modify { roadmap in _ = try roadmap[roadmap.locate("SC1")!].set(.due, to: "2027-01-01", at: Fixture.now) }
        run(state.press(.character("+")), &state, session)
        run(state.press(.character("t")), &state, session)
        let onDisk = try store.load()
        #expect(onDisk[onDisk.locate("SC1")!].due == CalendarDay(iso: "2027-01-01"))
        // What was kept, and that ours was not saved: never the discarded value as if it were.
        #expect(state.message?.text.hasPrefix("SC1 Due: kept theirs, 2027-01-01; yours (2026-04-01) not saved") == true,
                "the status line says what was kept: \(state.message?.text ?? "")")
        #expect(state.roadmap == onDisk)
    }

    @Test func aSecondUIOnTheSameFile() throws {
        let (first, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        let second = try RoadmapSession(store: store)
        var a = Fixture.state(roadmap: first.base), b = Fixture.state(roadmap: second.base)
        run(a.press(.character("s"), .escape), &a, first)    // SC1 dropped, no reason
        run(b.press(.character("2"), .character("s")), &b, second)  // SME1
        run(a.press(.character("3"), .character("s")), &a, first)   // CE1
        let onDisk = try store.load()
        #expect(onDisk[onDisk.locate("SC1")!].history.count == 1)
        #expect(onDisk[onDisk.locate("SME1")!].history.count == 1)
        #expect(onDisk[onDisk.locate("CE1")!].history.count == 1)
        #expect(a.roadmap == onDisk)
    }

    @Test func fileDeletedWhileOpenIsWrittenBackOnRequest() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(roadmap: session.base)
        try FileManager.default.removeItem(atPath: store.path)
        run(state.press(.character("s")), &state, session)
        #expect(state.mode == .confirmRestore)
        #expect(state.render().text.contains("the file is gone or unreadable"))
        #expect(!store.exists)
        run(state.press(.character("y")), &state, session)
        let onDisk = try store.load()
        #expect(onDisk == state.roadmap, "written back with the change")
        #expect(onDisk[onDisk.locate("SC1")!].status == .planned)
    }

    @Test func fileReplacedByGarbageIsNotOverwrittenWithoutAsking() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(roadmap: session.base)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: store.path))
        run(state.press(.character("s")), &state, session)
        #expect(state.mode == .confirmRestore)
        run(state.press(.character("n")), &state, session)
        #expect(try store.readBytes() == Array("{ not json".utf8), "left as it was")
        #expect(state.unsaved, "the change is kept in memory")
    }

    @Test func failedSaveKeepsTheChangeInMemory() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(roadmap: session.base)
        let before = try store.readBytes()
        _ = state.press(.character("s"), .escape)
        _ = state.update(.saveFailed("\(store.path): could not write: No space left on device"))
        #expect(state.unsaved)
        #expect(state.roadmap[state.roadmap.locate("SC1")!].status == .planned)
        #expect(state.render().text.contains("NOT SAVED"))
        #expect(try store.readBytes() == before)
        run(state.press(.control("s")), &state, session)
        #expect(!state.unsaved)
        #expect(try store.load() == state.roadmap)
    }
}

/// Saves run in the background: keys keep working, and a save that ends
/// after more changes keeps them on top of what it wrote.
@Suite struct BackgroundSaveTests {
    @Test func changesMadeWhileSavingAreKeptAndSavedNext() throws {
        var state = Fixture.state()
        #expect(state.press(.character("s"), .escape) == [.save])     // SC1 done → dropped, no reason
        let sent = state.roadmap
        #expect(state.press(.down, .character("s"), .escape) == [.save])  // SC2, while SC1's save runs
        // The save of `sent` ends, with an outside change merged in on disk.
        var onDisk = sent
        _ = try onDisk[onDisk.locate("CE1")!].set(.owner, to: "outside", at: Fixture.now)
        #expect(state.update(.saved(onDisk, sent: sent)) == [.save], "the newer change still needs saving")
        #expect(state.unsaved)
        #expect(state.roadmap[state.roadmap.locate("SC2")!].status == .atRisk, "the newer change is kept")
        #expect(state.roadmap[state.roadmap.locate("CE1")!].owner == "outside", "the outside change is shown")
        #expect(state.selectedMilestone?.id == "SC2")
        // The next save ends with nothing newer: saved.
        let second = state.roadmap
        #expect(state.update(.saved(second, sent: second)) == [])
        #expect(!state.unsaved)
        #expect(state.render().text.contains("saved"))
    }

    @Test func quittingWhileASaveRunsDoesNotWarn() {
        var state = Fixture.state()
        _ = state.press(.character("s"), .escape)
        #expect(state.unsaved)
        #expect(state.press(.character("q")) == [.quit], "the runner finishes the save before it exits")
    }
}

/// With nothing from outside, a save that comes back after newer changes
/// leaves them as they are and asks for the next save.
@Test func newerChangesWithoutOutsideChangesAreSavedNext() {
    var state = Fixture.state()
    _ = state.press(.character("s"), .escape)
    let sent = state.roadmap
    _ = state.press(.down, .character("s"), .escape)
    let newer = state.roadmap
    #expect(state.update(.saved(sent, sent: sent)) == [.save])
    #expect(state.roadmap == newer)
    #expect(state.unsaved)
}

/// The same state saved twice keeps the message that names the change.
@Test func aRepeatedSaveKeepsTheMessage() {
    var state = Fixture.state()
    _ = state.press(.character("s"))
    let sent = state.roadmap
    _ = state.update(.saved(sent, sent: sent))
    let said = state.message
    #expect(said?.text.hasSuffix("· saved") == true)
    _ = state.update(.saved(sent, sent: sent))
    #expect(state.message == said)
}
