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

    /// The programme's time zone has no history: set from outside, the status line says so.
    @Test func aTimeZoneSetOutsideIsSaidOnTheStatusLine() throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(language: .ja, roadmap: session.base)
        try store.modify { $0.timeZone = "Asia/Tokyo" }
        _ = refresh(&state, session)
        #expect(state.message?.text == "ロードマップのタイムゾーンが Asia/Tokyo になりました（外部で変更）", "\(String(describing: state.message))")
        #expect(state.roadmap.timeZone == "Asia/Tokyo")
        try store.modify { $0.timeZone = nil }
        _ = refresh(&state, session)
        #expect(state.message?.text == "ロードマップのタイムゾーンが外部で削除されました（各マシンの時刻で数えます）")
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

    /// `roadmap sync` run from a shell (not `Y`) meets a same-field
    /// conflict and writes the merge: the open UI takes it in without a key
    /// and visits the milestone in review mode, in the UI's language.
    @Test(arguments: [(InterfaceLanguage.en, "conflicts merged in SC2: one side kept, the other in history"),
                      (.th, "การรวมพบการแก้ซ้อนกันที่ SC2: คงไว้ฝ่ายหนึ่ง อีกฝ่ายอยู่ในประวัติ"),
                      (.ja, "統合で競合 (SC2): 一方を保持、もう一方は履歴に")])
    func aConflictMergedOutsideIsVisitedInReview(language: InterfaceLanguage, line: String) throws {
        let (session, store, folder) = try makeSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.state(language: language, roadmap: session.base, author: "สมชาย")
        state.select(id: "SC2")
        #expect(state.press(.character("="), .character("b")).contains(.save))
        state.press(.enter)  // no reason
        let sent = state.roadmap
        guard case .saved(let saved) = session.save(sent) else { Issue.record("not saved"); return }
        _ = state.update(.saved(saved, sent: sent))
        // The sync: Tokyo's SC2 done and SC3 at-risk merged in, the driver keeping our SC2.
        let base = BuiltInRoadmap.load()
        var tokyo = base
        try tokyo[tokyo.locate("SC2")!].set(.status, to: "done", at: Fixture.now, by: "田中")
        try tokyo[tokyo.locate("SC3")!].set(.status, to: "at-risk", at: Fixture.now, by: "田中")
        try store.modify { roadmap in roadmap = GitMergeDriver.merge(base: base, ours: roadmap, theirs: tokyo, at: Fixture.now, by: "สมชาย").merged }
        _ = refresh(&state, session)
        #expect(state.screen == .review && state.review?.queue == ["SC2"], "\(state.screen)")
        #expect(state.message == StatusMessage(text: line, kind: .error))
        #expect(state.render().lines[2].contains("SC2") || state.render().text.contains("SC2 "), "\(state.render().text)")
        // The next outside change (no conflict) does not visit it again.
        state.press(.escape)
        try change(store, "SC4", .status, to: "done", by: "田中")
        _ = refresh(&state, session)
        #expect(state.screen != .review)
    }

    /// A same-field conflict as `roadmap sync` meets it: both offices changed SC2's status and CE1's due date.
    static func syncConflicts() -> [MergeConflict] {
        let base = BuiltInRoadmap.load()
        var ours = base, theirs = base
        _ = try? ours[ours.locate("SC2")!].set(.status, to: "done", at: Fixture.now)
        _ = try? theirs[theirs.locate("SC2")!].set(.status, to: "blocked", at: Fixture.now)
        _ = try? ours[ours.locate("CE1")!].set(.due, to: "2028-01-31", at: Fixture.now)
        _ = try? theirs[theirs.locate("CE1")!].set(.due, to: "2028-02-25", at: Fixture.now)
        return ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs).conflicts
    }

    @Test func aSyncWithConflictsOpensReviewOnThem() throws {
        var state = Fixture.state()
        #expect(state.press(.character("Y")) == [.sync])
        #expect(state.message?.text == "syncing…" && state.syncing)
        #expect(state.press(.character("Y")).isEmpty && state.message?.text == "a sync is already running")
        _ = state.update(.syncFinished(SyncReport(remote: "origin", branch: "main", merged: 1, pushed: true, conflicts: Self.syncConflicts())))
        #expect(!state.syncing)
        #expect(state.screen == .review && state.review?.queue == ["CE1", "SC2"], "each milestone with a conflict is visited")
        #expect(state.render().text.contains("CE1"))
        #expect(state.render().lines[2].contains("merge conflict: one side kept, the other in history"), "the review says why, not 'no longer needs attention'")
        #expect(state.message == StatusMessage(text: "synced; both offices changed CE1 Due, SC2 Status: ours kept, theirs in history", kind: .error))
        var clean = Fixture.state()
        _ = clean.update(.syncFinished(SyncReport(remote: "origin", branch: "main")))
        #expect(clean.screen == .list && clean.message == StatusMessage(text: "synced with origin/main: up to date", kind: .success))
    }

    /// What the status line says after `Y`, in each language: done, conflicts, and each way a sync stops.
    @Test(arguments: InterfaceLanguage.allCases)
    func theSyncLineIsInTheUIsLanguage(language: InterfaceLanguage) {
        let state = Fixture.state(language: language)
        let lines = [
            SyncReport(remote: "origin", branch: "main", committed: true, merged: 3, pushed: true),
            SyncReport(remote: "origin", branch: "main", merged: 1),
            SyncReport(remote: "origin", branch: "main", conflicts: Self.syncConflicts()),
            .failed(.noGit), .failed(.notAWorkTree), .failed(.detachedHead), .failed(.noUpstream(branch: "main")),
            .failed(.unknownRemote("tokyo")), .failed(.noRemoteBranch(remote: "origin", branch: "mian")),
            .failed(.dirtyTree([".gitignore", "a", "b", "c"])), .failed(.inProgress("rebase")), .failed(.unreachable(remote: "origin")),
            .failed(.otherConflicts(["README.md"])), .failed(.raceLost), .failed(.failed("git push failed: denied")),
        ].map(state.syncLine)
        let expected: [String] = switch language {
        case .en: [
            "synced with origin/main: committed, merged 3 commits, pushed",
            "synced with origin/main: merged 1 commit",
            "synced; both offices changed CE1 Due, SC2 Status: ours kept, theirs in history",
            "sync: git is not installed", "sync: the roadmap file is not in a git repository",
            "sync: HEAD is not on a branch (git switch main)", "sync: branch main has no upstream (git push -u origin main)",
            "sync: there is no remote named tokyo", "sync: origin has no branch mian",
            "sync: other files have uncommitted changes (.gitignore, a, b…): commit or stash them",
            "sync: a git rebase is in progress: finish or abort it", "sync: cannot reach origin (offline?); nothing changed",
            "sync: other files conflict (README.md): the merge was undone; merge them with git",
            "sync: another office kept pushing first; press Y again", "sync failed: git push failed: denied",
        ]
        case .th: [
            "ซิงค์กับ origin/main แล้ว: คอมมิตแล้ว, รวม 3 คอมมิต, ส่งขึ้นแล้ว",
            "ซิงค์กับ origin/main แล้ว: รวม 1 คอมมิต",
            "ซิงค์แล้ว; ทั้งสองสำนักงานแก้ CE1 กำหนด, SC2 สถานะ: คงค่าของเรา ค่าของอีกฝ่ายอยู่ในประวัติ",
            "ซิงค์ไม่ได้: ไม่พบโปรแกรม git", "ซิงค์ไม่ได้: ไฟล์ roadmap ไม่ได้อยู่ใน git repository",
            "ซิงค์ไม่ได้: HEAD ไม่ได้อยู่บน branch (git switch main)", "ซิงค์ไม่ได้: branch main ไม่มี upstream (git push -u origin main)",
            "ซิงค์ไม่ได้: ไม่มี remote ชื่อ tokyo", "ซิงค์ไม่ได้: origin ไม่มี branch mian",
            "ซิงค์ไม่ได้: ไฟล์อื่นมีการแก้ไขที่ยังไม่คอมมิต (.gitignore, a, b…): คอมมิตหรือ stash ก่อน",
            "ซิงค์ไม่ได้: git rebase ยังค้างอยู่: ทำให้เสร็จหรือยกเลิกก่อน", "ซิงค์ไม่ได้: ติดต่อ origin ไม่ได้ (ออฟไลน์?); ไม่มีอะไรเปลี่ยน",
            "ซิงค์ไม่ได้: ไฟล์อื่นขัดแย้งกัน (README.md): ยกเลิกการรวมแล้ว ให้รวมด้วย git",
            "ซิงค์ไม่ได้: อีกสำนักงานส่งขึ้นก่อนทุกครั้ง กด Y อีกครั้ง", "ซิงค์ไม่สำเร็จ: git push failed: denied",
        ]
        case .ja: [
            "origin/main と同期しました: コミット済み、3 件のコミットを統合、プッシュ済み",
            "origin/main と同期しました: 1 件のコミットを統合",
            "同期しました。双方が変更: CE1 期限、SC2 状態 — 自分の値を保持、相手の値は履歴に",
            "同期できません: git がインストールされていません", "同期できません: roadmap ファイルが git リポジトリにありません",
            "同期できません: HEAD がブランチ上にありません (git switch main)", "同期できません: ブランチ main に upstream がありません (git push -u origin main)",
            "同期できません: リモート tokyo がありません", "同期できません: origin にブランチ mian がありません",
            "同期できません: 他のファイルに未コミットの変更があります (.gitignore、a、b…)。コミットか stash を",
            "同期できません: git rebase の途中です。完了するか中止してください", "同期できません: origin に接続できません (オフライン?)。何も変わっていません",
            "同期できません: 他のファイルが競合しました (README.md)。統合は取り消しました。git で統合してください",
            "同期できません: 相手が先にプッシュし続けました。もう一度 Y を", "同期に失敗しました: git push failed: denied",
        ]
        }
        #expect(lines == expected)
    }

    /// The status line after `Y` with conflicts, as a Thai user sees it (Buddhist-Era calendar) and a Japanese one.
    @Test(arguments: [(InterfaceLanguage.th, CalendarSystem.buddhist), (.ja, .gregorian), (.en, .gregorian)])
    func theSyncConflictFrame(language: InterfaceLanguage, calendar: CalendarSystem) {
        var state = Fixture.state(language: language, calendar: calendar)
        _ = state.update(.syncFinished(SyncReport(remote: "origin", branch: "main", merged: 1, pushed: true, conflicts: Self.syncConflicts())))
        GoldenFrame.check(state, "sync-conflicts-80x24-\(language)\(calendar == .buddhist ? "-be" : "")")
    }
}
