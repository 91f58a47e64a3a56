import Foundation
import RoadmapCore
import Testing
@testable import roadmap

/// The UI's file watcher: another process's write is a change; the UI's
/// own save, whose stamp the saver hands over, is not (so it is not read
/// back under the lock a second time).
@Suite struct FileWatcherTests {
    @Test func theUIsOwnSaveIsNoChangeAnotherWriteIs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = RoadmapStore(path: folder.appendingPathComponent("roadmap.json").path)
        try store.create(BuiltInRoadmap.load(), overwrite: false)
        let session = try RoadmapSession(store: store)
        let watcher = FileWatcher(path: store.path, interval: 0)
        var clock = Date()
        func look() -> Bool {
            clock += 1
            return watcher.changed(now: clock)
        }
        #expect(!look(), "nothing written yet")

        // The UI's save, its stamp taken under the lock and handed over before the watcher looks.
        var roadmap = session.base
        try roadmap[roadmap.locate("SC2")!].set(.status, to: "done", at: Timestamp.now())
        var stamp: FileWatcher.Stamp?
        guard case .saved = session.save(roadmap, whileLocked: { stamp = FileWatcher.stamp(store.path) }) else {
            Issue.record("not saved")
            return
        }
        let own = try #require(stamp)
        #expect(!watcher.accept(own), "the watcher had not seen the save's write")
        #expect(!look(), "the UI's own write is no outside change")

        // The watcher saw the write before the stamp came: accept says so (the pending refresh is not needed).
        try roadmap[roadmap.locate("SC3")!].set(.status, to: "done", at: Timestamp.now())
        _ = session.save(roadmap, whileLocked: { stamp = FileWatcher.stamp(store.path) })
        #expect(look(), "seen before the stamp arrived")
        #expect(watcher.accept(try #require(stamp)))

        // Another process writes after the save: still a change, even when the stamp arrives late.
        try roadmap[roadmap.locate("SC4")!].set(.status, to: "done", at: Timestamp.now())
        _ = session.save(roadmap, whileLocked: { stamp = FileWatcher.stamp(store.path) })
        _ = try store.modify { try $0[$0.locate("CE1")!].set(.owner, to: "DIW / METI", at: Timestamp.now()) }
        #expect(look())
        #expect(!watcher.accept(try #require(stamp)), "the last look saw a later write")
        #expect(look(), "the later write is reported again, not lost")
    }
}
