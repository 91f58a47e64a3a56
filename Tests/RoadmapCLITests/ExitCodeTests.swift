import Foundation
import RoadmapCore
@testable import roadmap
import Testing

/// The sysexits contract: 0 ok, 64 usage, 65 bad data, 73 cannot create, 75 locked.
@Suite("exit codes")
struct ExitCodeTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    @Test("a writer that cannot get the lock gives up with 75 after $ROADMAP_LOCK_TIMEOUT and changes nothing", arguments: [
        ["set", "SC3", "--status", "blocked"], ["add", "supply-chain", "New"], ["remove", "SC3"],
    ])
    func locked(command: [String]) async throws {
        let before = try Fixtures.bytes(file)
        let result: ProcessOutput
        do {
            let lock = try FileLock.acquire(for: RoadmapStore(path: file.path).resolvedPath, timeout: 5)
            defer { withExtendedLifetime(lock) {} }
            result = try await sandbox.roadmap(command + ["--file", file.path], environment: ["ROADMAP_LOCK_TIMEOUT": "0.5"])
        }
        #expect(result.exitCode == 75, "\(result)")
        #expect(result.seconds >= 0.45, "it should wait for the lock: \(result)")
        #expect(result.seconds < 4, "it should give up after its timeout: \(result)")
        #expect(result.stderr.contains("another roadmap is writing"), "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(try Fixtures.bytes(file) == before)

        // With the lock released the same command goes through.
        let again = try await sandbox.roadmap(command + ["--file", file.path], environment: ["ROADMAP_LOCK_TIMEOUT": "0"])
        #expect(again.exitCode == 0, "\(again)")
        #expect(try Fixtures.bytes(file) != before)
    }

    @Test("init on an existing file is 73 and leaves it alone; --force replaces it")
    func initExisting() async throws {
        let target = try sandbox.directory.makeDirectory("team").appendingPathComponent("roadmap.json")
        let created = try await sandbox.roadmap("init", target.path)
        #expect(created.exitCode == 0, "\(created)")
        #expect(try Fixtures.bytes(target) == Fixtures.builtInBytes)

        let changed = try await sandbox.roadmap("set", "SC3", "--status", "done", "--file", target.path)
        #expect(changed.exitCode == 0, "\(changed)")
        let edited = try Fixtures.bytes(target)

        let refused = try await sandbox.roadmap("init", target.path)
        #expect(refused.exitCode == 73, "\(refused)")
        #expect(refused.stderr.contains("--force"), "\(refused)")
        #expect(try Fixtures.bytes(target) == edited)
        let refusedViaFile = try await sandbox.roadmap("init", "--file", target.path)
        #expect(refusedViaFile.exitCode == 73, "\(refusedViaFile)")
        #expect(try Fixtures.bytes(target) == edited)

        let forced = try await sandbox.roadmap("init", target.path, "--force")
        #expect(forced.exitCode == 0, "\(forced)")
        #expect(try Fixtures.bytes(target) == Fixtures.builtInBytes)
    }

    @Test("validate: a good file is 0 with a summary, a bad one 65")
    func validate() async throws {
        let good = try await sandbox.roadmap("validate", file.path)
        #expect(good.exitCode == 0, "\(good)")
        let count = BuiltInRoadmap.load().milestoneCount
        #expect(good.stdout.contains("valid roadmap, schema 3, 3 workstreams, \(count) milestones"), "\(good)")
        let viaFile = try await sandbox.roadmap("validate", "--file", file.path)
        #expect(viaFile.exitCode == 0, "\(viaFile)")

        let bad = sandbox.file("bad.json")
        try Fixtures.write(Array(String(decoding: Fixtures.builtInBytes, as: UTF8.self)
            .replacingOccurrences(of: #""status": "done""#, with: #""status": "finished""#).utf8), to: bad)
        let refused = try await sandbox.roadmap("validate", bad.path)
        #expect(refused.exitCode == 65, "\(refused)")
        #expect(refused.stderr.contains("finished"), "\(refused)")
        #expect(refused.stdout.isEmpty)
    }

    @Test("--help of each command exits 0 and names its options", arguments: [
        (["--help"], ["list", "show", "set", "add", "remove", "validate", "init", "--file", "--today"]),
        (["list", "--help"], ["--workstream", "--status", "--overdue", "--json", "--lang", "--file", "--today"]),
        (["show", "--help"], ["<id>", "--json", "--file", "--today"]),
        (["set", "--help"], ["<id>", "--status", "--due", "--title", "--lang", "--owner", "--notes", "--file"]),
        (["add", "--help"], ["<workstream>", "<title>", "--due", "--owner", "--status", "--notes", "--lang", "--file"]),
        (["remove", "--help"], ["<id>", "--file"]),
        (["validate", "--help"], ["[<path>]", "--file"]),
        (["init", "--help"], ["[<path>]", "--force", "--file"]),
        (["help", "set"], ["--status", "--due"]),
    ])
    func help(arguments: [String], mentions: [String]) async throws {
        let result = try await sandbox.roadmap(arguments)
        #expect(result.exitCode == 0, "\(result)")
        for word in mentions {
            #expect(result.stdout.contains(word), "\(arguments) --help does not mention \(word)")
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultFile.path), "help creates no file")
    }

    @Test("--version prints the release on standard output, exits 0 and creates no file")
    func version() async throws {
        let result = try await sandbox.roadmap(["--version"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "roadmap \(RoadmapCommand.version)\n")
        #expect(result.stdout.wholeMatch(of: /roadmap \d+\.\d+\.\d+\n/) != nil)
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultFile.path))
    }

    @Test("usage errors are 64 and change nothing", arguments: [
        ["frobnicate"],
        ["list", "--bogus"],
        ["set", "SC3", "--colour", "red"],
        ["show"],
        ["set"],
        ["add", "supply-chain"],
        ["list", "--today", "2026-13-01"],
        ["set", "SC3", "--status", "done", "--today", "2026-13-01"],
        ["show", "SC3", "--today", "2026-02-30"],
        ["list", "--lang", "xx"],
        ["set", "SC3", "--lang", "th"],
    ])
    func usage(arguments: [String]) async throws {
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap(arguments + ["--file", file.path])
        #expect(result.exitCode == 64, "\(result)")
        #expect(!result.stderr.isEmpty)
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("$ROADMAP_TODAY that is not a date is a usage error too")
    func badTodayVariable() async throws {
        let result = try await sandbox.roadmap("list", "--file", file.path, environment: ["ROADMAP_TODAY": "2026-13-01"])
        #expect(result.exitCode == 64, "\(result)")
        #expect(result.stderr.contains("2026-13-01"), "\(result)")
    }
}
