import Foundation
import RoadmapCore
import Testing

/// A writer that dies at a chosen point of a save (rather than at a random
/// moment) leaves the old version before the rename and the new one after
/// it, and the next writer goes ahead at once and sweeps up its temporary file.
@Suite("writers dying at a chosen point of a save")
struct CrashPointTests {
    let sandbox: RoadmapSandbox
    let file: URL
    let before: Roadmap

    init() throws {
        sandbox = try RoadmapSandbox()
        file = sandbox.file("data/roadmap.json")
        before = Fixtures.builtInWithFillers(100)
        try Fixtures.write(before, to: file)
    }

    /// The milestone SC1 notes after a complete `set SC1 --notes`.
    private func notes(_ roadmap: Roadmap) -> String? { roadmap.locate("SC1").map { roadmap[$0].notes } ?? nil }

    /// After the crash: the file is `expected` exactly, and the next writer
    /// gets the lock without waiting and leaves no temporary file.
    private func expectRecovery(expected: String?, crash: ProcessOutput, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        #expect(crash.signalled || crash.exitCode == 128 + SIGKILL, "the writer should have died: \(crash)", sourceLocation: sourceLocation)
        let after = try Fixtures.load(file)
        #expect(notes(after) == expected, sourceLocation: sourceLocation)
        var rest = after
        let location = try #require(after.locate("SC1"), sourceLocation: sourceLocation)
        rest[location].notes = before[location].notes
        rest[location].history = expected == notes(before) ? before[location].history : Array(after[location].history.dropLast())
        #expect(rest == before, "nothing else changed", sourceLocation: sourceLocation)

        let next = try await sandbox.roadmap(
            "set", "SC1", "--notes", "next", "--file", file.path, environment: ["ROADMAP_LOCK_TIMEOUT": "0"]
        )
        #expect(next.exitCode == 0, "\(next)", sourceLocation: sourceLocation)
        #expect(notes(try Fixtures.load(file)) == "next", sourceLocation: sourceLocation)
        #expect(Fixtures.temporaries(besides: file).isEmpty, sourceLocation: sourceLocation)
    }

    @Test("killed half-way through writing (file size limit): the old version is intact")
    func diesWhileWriting() async throws {
        let size = try Fixtures.bytes(file).count
        // bash counts `ulimit -f` in 1024-byte blocks: allow about half the file.
        let crash = try await sandbox.bash(
            #"ulimit -f \#(size / 2048); exec "$ROADMAP" set SC1 --notes crashed --file "$F""#, environment: ["F": file.path]
        )
        #expect(crash.signalled && crash.status == SIGXFSZ, "\(crash)")
        #expect(!Fixtures.temporaries(besides: file).isEmpty, "the half-written temporary should be left for the next writer")
        #expect(try Fixtures.bytes(file) == RoadmapEncoder.encode(before))
        try await expectRecovery(expected: notes(before), crash: crash)
    }

    static let straceWorks: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else { return false }
        let probe = try? Subprocess.runBlocking(Command(
            executable: URL(fileURLWithPath: "/usr/bin/strace"), arguments: ["-qq", "-o", "/dev/null", "/bin/true"], timeout: 10
        ))
        return probe?.exitCode == 0
    }()

    @Test("killed by SIGKILL at a chosen system call (strace fault injection)", .enabled(if: straceWorks, "needs a working strace"), arguments: [
        // Just before the rename: the complete temporary file is not yet the file.
        ("?rename,?renameat,?renameat2", "error=EIO:signal=KILL", false),
        // At the fsync of the temporary file, before the rename.
        ("fsync", "error=EIO:signal=KILL:when=1", false),
        // At the fsync of the folder, after the rename: the new version is in place.
        ("fsync", "signal=KILL:when=2", true),
    ])
    func diesAtSystemCall(syscalls: String, injection: String, newVersion: Bool) async throws {
        let crash = try await Subprocess.run(Command(
            executable: URL(fileURLWithPath: "/usr/bin/strace"),
            arguments: ["-qq", "-o", "/dev/null", "-e", "trace=\(syscalls)", "-e", "inject=\(syscalls):\(injection)",
                        try BuildProducts.roadmap().path, "set", "SC1", "--notes", "crashed", "--file", file.path],
            environment: sandbox.environment(), timeout: 30
        ))
        try await expectRecovery(expected: newVersion ? "crashed" : notes(before), crash: crash)
    }
}
