import Foundation
import RoadmapCore
import Testing

/// Saving from a long-lived editor while other processes write the same file.
@Suite struct RoadmapSessionTests {
    let time = Timestamp(rfc3339: "2026-11-26T09:00:00Z")!

    func makeStore() throws -> (RoadmapStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = RoadmapStore(path: folder.appendingPathComponent("roadmap.json").path)
        try store.create(BuiltInRoadmap.load(), overwrite: false)
        return (store, folder)
    }

    @Test func unchangedFileIsWrittenAsIs() throws {
        let (store, folder) = try makeStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try RoadmapSession(store: store)
        var ours = session.base
        _ = try ours[ours.locate("SC1")!].set(.status, to: "blocked", at: time)
        #expect(session.save(ours) == .saved(ours))
        #expect(try store.load() == ours)
        #expect(session.base == ours)
    }

    @Test func outsideChangesAreMergedBeforeWriting() throws {
        let (store, folder) = try makeStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try RoadmapSession(store: store)
        try store.modify { roadmap in _ = try roadmap[roadmap.locate("CE1")!].set(.owner, to: "X", at: time) }
        var ours = session.base
        _ = try ours[ours.locate("SC1")!].set(.status, to: "blocked", at: time)
        guard case .saved(let merged) = session.save(ours) else {
            Issue.record("expected a save")
            return
        }
        #expect(merged[merged.locate("CE1")!].owner == "X")
        #expect(merged[merged.locate("SC1")!].status == .blocked)
        #expect(try store.load() == merged)
    }

    @Test func conflictWritesNothing() throws {
        let (store, folder) = try makeStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try RoadmapSession(store: store)
        try store.modify { roadmap in _ = try roadmap[roadmap.locate("SC1")!].set(.status, to: "blocked", at: time) }
        let before = try store.readBytes()
        var ours = session.base
        _ = try ours[ours.locate("SC1")!].set(.status, to: "dropped", at: time)
        guard case .conflict(let result, _) = session.save(ours) else {
            Issue.record("expected a conflict")
            return
        }
        #expect(result.conflicts.count == 1)
        #expect(try store.readBytes() == before)
    }

    @Test func missingFileIsReportedAndOnlyRewrittenWhenForced() throws {
        let (store, folder) = try makeStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try RoadmapSession(store: store)
        try FileManager.default.removeItem(atPath: store.path)
        guard case .fileMissing = session.save(session.base) else {
            Issue.record("expected fileMissing")
            return
        }
        #expect(!store.exists)
        #expect(session.save(session.base, force: true) == .saved(session.base))
        #expect(try store.load() == session.base)
    }
}
