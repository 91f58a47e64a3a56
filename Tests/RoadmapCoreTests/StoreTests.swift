import Foundation
import Testing
import RoadmapCore

@Suite("RoadmapStore")
struct StoreTests {
    private func fileStat(_ path: String, followingLinks: Bool = true) throws -> stat {
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        try #require(result == 0, "stat \(path): errno \(errno)")
        return info
    }

    @Test func writeThenLoadRoundTrips() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("roadmap.json"), lockTimeout: 1)
        #expect(!store.exists)
        let roadmap = RoadmapEncoderTests.everything()
        try store.write(roadmap)
        #expect(store.exists)
        #expect(try store.load() == roadmap)
        let bytes = try store.readBytes()
        #expect(try RoadmapStore.decode(bytes, path: store.path) == roadmap)
        #expect(bytes == RoadmapEncoder.encode(roadmap))
        #expect(try folder.read("roadmap.json") == bytes)
        // Only the data file is left behind: no temporary files.
        #expect(try folder.entries() == ["roadmap.json"])
    }

    @Test func builtInRoadmapRoundTripsThroughAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("eid.json"), lockTimeout: 1)
        try store.write(BuiltInRoadmap.load())
        #expect(try folder.read("eid.json") == Array(BuiltInRoadmap.json.utf8))
    }

    @Test(arguments: [0o640, 0o600, 0o664] as [mode_t])
    func writeKeepsPermissionBits(_ mode: mode_t) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("roadmap.json")
        let store = RoadmapStore(path: path, lockTimeout: 1)
        try store.write(Fixture.small())
        try #require(chmod(path, mode) == 0)
        let inodeBefore = try fileStat(path).st_ino
        try store.modify { roadmap in
            roadmap.workstreams[0].milestones[0].owner = "changed"
        }
        let after = try fileStat(path)
        #expect(after.st_mode & 0o7777 == mode)
        #expect(after.st_ino != inodeBefore)  // it was replaced, not edited in place
        #expect(try store.load().workstreams[0].milestones[0].owner == "changed")
    }

    @Test func writingThroughASymlinkUpdatesTheTarget() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("real"), withIntermediateDirectories: false)
        let target = folder.file("real/data.json")
        let link = folder.file("link.json")
        let original = Fixture.small()
        try RoadmapStore(path: target, lockTimeout: 1).write(original)
        try #require(symlink("real/data.json", link) == 0)

        let store = RoadmapStore(path: link, lockTimeout: 1)
        #expect(store.resolvedPath == target)
        try store.modify { roadmap in
            roadmap.notes = "through the link"
        }
        let linkInfo = try fileStat(link, followingLinks: false)
        #expect(linkInfo.st_mode & S_IFMT == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/data.json")
        #expect(try RoadmapStore(path: target).load().notes == "through the link")
        #expect(try folder.entries() == ["link.json", "real"])
        // The lock sidecar and any temporary file live next to the target, not the link.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("real")).sorted() == ["data.json", "data.json.lock"])
    }

    @Test func syntaxErrorMakesModifyThrowAndLeavesTheBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var text = RoadmapEncoder.encode(Fixture.small()).utf8String
        text = text.replacingOccurrences(of: "\"status\": \"planned\"", with: "\"status\": planned")
        try folder.write(text, to: "roadmap.json")
        let before = try folder.read("roadmap.json")
        let inodeBefore = try fileStat(folder.file("roadmap.json")).st_ino
        let store = RoadmapStore(path: folder.file("roadmap.json"), lockTimeout: 1)

        var called = false
        do {
            try store.modify { roadmap in
                called = true
                roadmap.notes = "must not be written"
            }
            Issue.record("expected a syntax error")
        } catch let error as RoadmapError {
            guard case .syntax(let path, let syntax) = error else {
                Issue.record("expected .syntax, got \(error)")
                return
            }
            #expect(path == folder.file("roadmap.json"))
            let expectedLine = text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.contains("\"status\": planned") }.map { $0 + 1 }
            #expect(syntax.line == expectedLine)
            #expect(syntax.column == 21)
            #expect(error.description.hasPrefix("\(path):\(syntax.line):21: milestone B1: not valid JSON"))
            #expect(error.exitCode == 65)
        }
        #expect(!called)
        #expect(try folder.read("roadmap.json") == before)
        #expect(try fileStat(folder.file("roadmap.json")).st_ino == inodeBefore)
    }

    @Test func invalidRoadmapMakesModifyThrowAndLeavesTheBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = RoadmapEncoder.encode(Fixture.small()).utf8String.replacingOccurrences(of: "2026-03-01", with: "2026-02-30")
        try folder.write(text, to: "roadmap.json")
        let store = RoadmapStore(path: folder.file("roadmap.json"), lockTimeout: 1)
        let error = #expect(throws: RoadmapError.self) {
            try store.modify { roadmap in roadmap.notes = "x" }
        }
        guard case .invalidRoadmap(_, let problems) = error else {
            Issue.record("expected .invalidRoadmap, got \(String(describing: error))")
            return
        }
        #expect(problems.problems.map(\.path) == ["workstreams[0].milestones[1].due"])
        #expect(try folder.read("roadmap.json") == Array(text.utf8))
    }

    @Test func newerSchemaIsNeverRewritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = #"{"schema": 5, "title": "from the future", "workstreams": [], "newThing": {}}"#
        try folder.write(text, to: "roadmap.json")
        let store = RoadmapStore(path: folder.file("roadmap.json"), lockTimeout: 1)
        let error = #expect(throws: RoadmapError.self) {
            try store.modify { roadmap in roadmap.notes = "x" }
        }
        guard case .invalidRoadmap(_, let problems) = error else {
            Issue.record("expected .invalidRoadmap, got \(String(describing: error))")
            return
        }
        #expect(problems.newerSchema == 5)
        #expect(try folder.read("roadmap.json") == Array(text.utf8))
    }

    @Test func modifyWithoutAChangeDoesNotRewrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("roadmap.json")
        let store = RoadmapStore(path: path, lockTimeout: 1)
        try store.write(Fixture.small())
        let before = try fileStat(path)
        let result = try store.modify { roadmap -> Int in
            roadmap.notes = "temporary"
            roadmap.notes = nil
            return roadmap.milestoneCount
        }
        #expect(result == 3)
        let after = try fileStat(path)
        #expect(after.st_ino == before.st_ino)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
    }

    @Test func modifyWithAChangeRewritesAndReturnsTheResult() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("roadmap.json"), lockTimeout: 1)
        try store.write(Fixture.small())
        let id = try store.modify { roadmap in
            roadmap[roadmap.addMilestone(to: 1, title: LocalizedText("new"), at: Fixture.time("2026-11-26T00:00:00Z"))].id
        }
        #expect(id == "B2")
        #expect(try store.load().locate("b2") != nil)
    }

    @Test func staleTemporaryFilesAreRemovedByTheNextSave() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("roadmap.json"), lockTimeout: 1)
        try store.write(Fixture.small())
        try folder.write("half a file", to: ".roadmap.json.tmp-123-456")
        try folder.write("{", to: ".roadmap.json.tmp-999-1")
        try folder.write("keep", to: ".other.json.tmp-1-2")
        try folder.write("keep", to: "roadmap.json.tmp-1-2")
        try store.modify { roadmap in roadmap.notes = "saved" }
        #expect(try folder.entries() == [".other.json.tmp-1-2", "roadmap.json", "roadmap.json.lock", "roadmap.json.tmp-1-2"])
    }

    @Test func createRefusesToReplaceUnlessAsked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("roadmap.json"), lockTimeout: 1)
        try store.create(Fixture.small(), overwrite: false)
        #expect(throws: RoadmapError.alreadyExists(path: folder.file("roadmap.json"))) {
            try store.create(BuiltInRoadmap.load(), overwrite: false)
        }
        #expect(try store.load() == Fixture.small())
        try store.create(BuiltInRoadmap.load(), overwrite: true)
        #expect(try store.load() == BuiltInRoadmap.load())
    }

    @Test func missingFileIsFileNotFound() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("nothing.json"), lockTimeout: 1)
        #expect(throws: RoadmapError.fileNotFound(path: folder.file("nothing.json"))) { try store.load() }
        #expect(throws: RoadmapError.fileNotFound(path: folder.file("nothing.json"))) { try store.modify { _ in } }
        #expect(RoadmapError.fileNotFound(path: "x").exitCode == 66)
    }

    @Test func aFolderIsNotARoadmap() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.path, lockTimeout: 1)
        #expect(throws: RoadmapError.self) { try store.load() }
    }

    @Test func emptyFileIsASyntaxError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write([UInt8](), to: "empty.json")
        let store = RoadmapStore(path: folder.file("empty.json"), lockTimeout: 1)
        let error = #expect(throws: RoadmapError.self) { try store.load() }
        guard case .syntax(_, let syntax) = error else {
            Issue.record("expected .syntax, got \(String(describing: error))")
            return
        }
        #expect(syntax.line == 1 && syntax.column == 1)
        #expect(syntax.message.contains("end of file"))
    }

    @Test func largeFileReadsCompletely() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var roadmap = BuiltInRoadmap.load()
        for i in 0..<400 {
            roadmap.addMilestone(to: i % 3, title: Fixture.trilingual("Milestone \(i)", "งาน \(i)", "項目 \(i)"), at: Fixture.time("2026-11-26T00:00:00Z"))
        }
        let store = RoadmapStore(path: folder.file("big.json"), lockTimeout: 1)
        try store.write(roadmap)
        #expect(try folder.read("big.json").count > 65_536 * 2)
        #expect(try store.load() == roadmap)
    }

    @Test func missingFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("missing/roadmap.json")
        let store = RoadmapStore(path: path, lockTimeout: 1)
        // modify reports the missing file, and creates nothing.
        #expect(throws: RoadmapError.fileNotFound(path: path)) { try store.modify { _ in } }
        #expect(try folder.entries().isEmpty)
        // The lock is refused naming the missing folder, not the lock file.
        let lockError = #expect(throws: RoadmapError.self) { try FileLock.acquire(for: path, timeout: 1) }
        #expect(lockError == .missingFolder(path: path, folder: folder.file("missing")))
        #expect(lockError?.exitCode == 73)
        #expect(lockError?.description.contains("the folder \(folder.file("missing")) does not exist") == true)
        // Nor the file itself.
        #expect(throws: RoadmapError.missingFolder(path: path, folder: folder.file("missing"))) { try store.write(Fixture.small()) }
    }
}

@Suite("FileLock")
struct FileLockTests {
    @Test func secondAcquireTimesOutWithLocked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("roadmap.json")
        let first = try FileLock.acquire(for: path, timeout: 1)
        let timeout = 0.4
        let start = Date()
        #expect(throws: RoadmapError.locked(path: path, seconds: timeout)) {
            _ = try FileLock.acquire(for: path, timeout: timeout)
        }
        let waited = Date().timeIntervalSince(start)
        #expect(waited >= timeout - 0.05)
        #expect(waited < timeout + 2.5)
        withExtendedLifetime(first) {}
        #expect(FileManager.default.fileExists(atPath: FileLock.lockPath(for: path)))
        #expect(FileLock.lockPath(for: path) == path + ".lock")
    }

    @Test func lockIsFreeAgainAfterRelease() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("roadmap.json")
        do {
            let held = try FileLock.acquire(for: path, timeout: 1)
            withExtendedLifetime(held) {}
        }
        let start = Date()
        let again = try FileLock.acquire(for: path, timeout: 1)
        #expect(Date().timeIntervalSince(start) < 0.5)
        withExtendedLifetime(again) {}
    }

    @Test func modifyGivesUpWhileAnotherWriterHoldsTheLock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("roadmap.json")
        let store = RoadmapStore(path: path, lockTimeout: 0.3)
        try store.write(Fixture.small())
        let before = try folder.read("roadmap.json")
        let held = try FileLock.acquire(for: path, timeout: 1)
        var called = false
        let error = #expect(throws: RoadmapError.self) {
            try store.modify { roadmap in
                called = true
                roadmap.notes = "lost"
            }
        }
        #expect(error == .locked(path: path, seconds: 0.3))
        #expect(error?.description.contains("Nothing was changed") == true)
        withExtendedLifetime(held) {}
        #expect(!called)
        #expect(try folder.read("roadmap.json") == before)
    }

    @Test func lockTimeoutComesFromTheEnvironmentOrDefaultsToFive() {
        let store = RoadmapStore(path: "/nonexistent/x.json", lockTimeout: 2.5)
        #expect(store.lockTimeout == 2.5)
        if ProcessInfo.processInfo.environment["ROADMAP_LOCK_TIMEOUT"] == nil {
            #expect(RoadmapStore(path: "/nonexistent/x.json").lockTimeout == 5)
        }
    }
}

@Suite("RoadmapError")
struct RoadmapErrorTests {
    /// A real syntax error, from parsing `text`.
    private func syntaxError(_ text: String) throws -> JSONSyntaxError {
        do {
            _ = try JSONParser.parse(Array(text.utf8))
        } catch {
            return error
        }
        Issue.record("\(text) parsed")
        throw CancellationError()
    }

    /// Real schema problems, from decoding `text`.
    private func schemaProblems(_ text: String) throws -> SchemaProblems {
        do {
            _ = try RoadmapDecoder.decode(try JSONParser.parse(Array(text.utf8)))
        } catch let error as SchemaProblems {
            return error
        }
        Issue.record("\(text) decoded")
        throw CancellationError()
    }

    @Test func exitCodesFollowSysexits() throws {
        let cases: [(RoadmapError, Int32)] = [
            (.fileNotFound(path: "p"), 66),
            (.syntax(path: "p", try syntaxError("[")), 65),
            (.invalidRoadmap(path: "p", try schemaProblems(#"{"schema": 1, "title": "T"}"#)), 65),
            (.badInput("x"), 65),
            (.unknownMilestone("X1"), 65),
            (.unknownWorkstream("w", known: ["a"]), 65),
            (.locked(path: "p", seconds: 5), 75),
            (.io(path: "p", action: "write", errno: EIO), 74),
            (.cannotCreate(path: "p", errno: EACCES), 73),
            (.alreadyExists(path: "p"), 73),
        ]
        for (error, code) in cases {
            #expect(error.exitCode == code, "\(error)")
        }
    }

    @Test func messagesNameTheFileAndEscapeUserText() throws {
        let syntax = RoadmapError.syntax(path: "plan.json", try syntaxError("{\n\n  x"))
        #expect(syntax.description == "plan.json:3:3: not valid JSON: unexpected character 'x', expected a quoted key. The file was not changed; fix it and try again.")
        let unknown = RoadmapError.unknownMilestone("\u{1B}[2J")
        #expect(unknown.description.contains(#"\e[2J"#))
        #expect(!unknown.description.unicodeScalars.contains { TerminalSafe.isUnsafe($0) })
        let one = RoadmapError.invalidRoadmap(path: "p", try schemaProblems(#"{"schema": 1, "title": "T"}"#))
        #expect(one.description == "p: not a valid roadmap (1 problem); the file was not changed:\n  workstreams: missing")
        #expect(RoadmapError.io(path: "p", action: "write", errno: ENOSPC).description.contains("p: could not write"))
    }
}
