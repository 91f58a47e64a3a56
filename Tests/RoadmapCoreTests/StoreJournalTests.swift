import Foundation
import Testing
@testable import RoadmapCore

/// An in-place save (a member saving the owner's file) killed while copying
/// its journal over the file: readers read the journal, and the next writer
/// finishes the copy before it changes anything.
@Suite("in-place saves and their journal")
struct StoreJournalTests {
    /// A folder holding a torn roadmap file and the complete journal of the save that tore it.
    private func interruptedSave() throws -> (TemporaryFolder, RoadmapStore, Roadmap) {
        let folder = try TemporaryFolder()
        let store = RoadmapStore(path: folder.file("roadmap.json"), lockTimeout: 1)
        var saved = Fixture.small()
        saved.notes = "the new version"
        let bytes = RoadmapEncoder.encode(saved)
        try folder.write(bytes, to: ".roadmap.json.journal")
        try folder.write(Array(bytes.prefix(bytes.count / 2)), to: "roadmap.json")
        return (folder, store, saved)
    }

    @Test func aReaderReadsTheJournalWhileTheFileIsTorn() throws {
        let (folder, store, saved) = try interruptedSave()
        defer { folder.remove() }
        #expect(try store.load() == saved)
        #expect(try folder.entries() == [".roadmap.json.journal", "roadmap.json"], "a reader changes nothing")
    }

    @Test func theNextWriterFinishesTheCopyFirst() throws {
        let (folder, store, saved) = try interruptedSave()
        defer { folder.remove() }
        let inode = try inodeOf(folder.file("roadmap.json"))
        try store.modify { roadmap in roadmap.title = LocalizedText("changed after") }
        var expected = saved
        expected.title = LocalizedText("changed after")
        #expect(try store.load() == expected)
        #expect(!(try folder.entries()).contains(".roadmap.json.journal"))
        // The copy went into the file itself (the journal is replayed in place); the change after it renamed a new file.
        #expect(try inodeOf(folder.file("roadmap.json")) != inode)
    }

    @Test func aJournalBesideAFileThatLoadsIsNeverReadAndTheNextWriterRemovesIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("roadmap.json"), lockTimeout: 1)
        try store.write(Fixture.small())
        var stale = Fixture.small()
        stale.notes = "a stale or planted version"
        try folder.write(RoadmapEncoder.encode(stale), to: ".roadmap.json.journal")
        #expect(try store.load() == Fixture.small())
        try store.modify { roadmap in roadmap.notes = "saved" }
        var expected = Fixture.small()
        expected.notes = "saved"
        #expect(try store.load() == expected)
        #expect(try folder.entries() == ["roadmap.json", "roadmap.json.lock"])
    }

    @Test func aJournalThatIsNotARoadmapIsRemovedAndNeverCopied() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("roadmap.json"), lockTimeout: 1)
        try store.write(Fixture.small())
        try folder.write("{ planted", to: ".roadmap.json.journal")
        try store.modify { roadmap in roadmap.notes = "saved" }
        var expected = Fixture.small()
        expected.notes = "saved"
        #expect(try store.load() == expected)
        #expect(try folder.entries() == ["roadmap.json", "roadmap.json.lock"])
    }

    @Test func anInPlaceSaveKeepsTheInodeAndLeavesNoJournal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("roadmap.json"), lockTimeout: 1)
        try store.write(Fixture.small())
        let inode = try inodeOf(folder.file("roadmap.json"))
        let file = try ResolvedFile.resolve(store.path)
        var changed = Fixture.small()
        changed.notes = String(repeating: "long ", count: 2000)
        try folder.write(RoadmapEncoder.encode(changed), to: ".roadmap.json.tmp-1-1")
        try store.replaceInPlace(file, journalFrom: ".roadmap.json.tmp-1-1", expected: FileIdentity(try statOf(folder.file("roadmap.json"))))
        #expect(try store.load() == changed)
        #expect(try inodeOf(folder.file("roadmap.json")) == inode)
        // Shorter content after longer: the file is cut to the new length.
        try folder.write(RoadmapEncoder.encode(Fixture.small()), to: ".roadmap.json.tmp-1-2")
        try store.replaceInPlace(file, journalFrom: ".roadmap.json.tmp-1-2", expected: FileIdentity(try statOf(folder.file("roadmap.json"))))
        #expect(try folder.read("roadmap.json") == RoadmapEncoder.encode(Fixture.small()))
        #expect(try folder.entries() == ["roadmap.json"])
    }

    private func statOf(_ path: String) throws -> stat {
        var info = stat()
        try #require(stat(path, &info) == 0)
        return info
    }

    private func inodeOf(_ path: String) throws -> ino_t { try statOf(path).st_ino }
}
