import Foundation
import RoadmapCore
import Testing

/// The disk refuses the UI's save: the change is reported and kept in the
/// UI's memory, and the file on disk is left byte for byte as it was.
@Suite("Faults: the disk refuses a write", .serialized,
       .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct FaultsDiskTests {
    let sandbox: RoadmapSandbox
    init() throws { sandbox = try RoadmapSandbox() }

    static let hint = "?:help s:status"

    /// The list row of `id`, with or without the `!` of an off-track link.
    private func row(_ id: String, in screen: [String]) -> String? {
        screen.first { $0.hasPrefix("  \(id) ") || $0.hasPrefix(" !\(id) ") }
    }

    /// Makes one change (CE1 planned → in-progress) that cannot be saved,
    /// then checks the screen, the file and the quit warning.
    private func changeThatIsRefused(_ terminal: TmuxTerminal, file: URL, before: [UInt8]) async throws {
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix(Self.hint) == true }
        try await terminal.press("3")
        try await terminal.waitFor("CE1 planned") { row("CE1", in: $0)?.contains("○ planned") == true }
        try await terminal.press("s")
        let screen = try await terminal.waitFor("the refused save reported") { $0.contains { $0.contains("NOT SAVED") } }
        #expect(row("CE1", in: screen)?.contains("◐ in-progress") == true, "the change is kept in the UI: \(screen)")
        #expect(try Fixtures.bytes(file) == before, "the file is byte for byte unchanged")
        #expect(Fixtures.temporaries(besides: file).isEmpty, "no temporary file is left")

        // The program is still running: quitting warns first, a second q quits.
        try await terminal.press("q")
        try await terminal.waitFor(text: "q again quits")
        #expect(row("CE1", in: try await terminal.screen())?.contains("◐ in-progress") == true)
        try await terminal.press("q")
        let exit = try await terminal.waitForExit()
        #expect(exit.status == 0, "the UI quits normally: \(exit.screen)")
        #expect(try Fixtures.bytes(file) == before, "the file is byte for byte unchanged after quitting")
        #expect(Fixtures.temporaries(besides: file).isEmpty, "no temporary file is left")
    }

    @Test("a file-size limit (ulimit -f) makes the save's write fail: reported, kept in memory, file unchanged, quitting warns")
    func fileSizeLimit() async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let before = try Fixtures.bytes(file)
        // Below the new version's size, at least the old one's whole blocks: reading works, the write does not.
        let blocks = before.count / 512
        let terminal = try await TmuxTerminal(
            sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"], fileSizeBlocks: blocks)
        defer { terminal.kill() }
        do {
            try await changeThatIsRefused(terminal, file: file, before: before)
        } catch let timeout as TmuxTerminal.Timeout {
            Issue.record("\(timeout)")
        }
    }

    @Test("a full small filesystem (tmpfs of 64 KiB, where the machine lets the test mount one): reported, kept in memory, file unchanged")
    func fullFilesystem() async throws {
        let folder = try sandbox.directory.makeDirectory("small")
        let mount = try await sandbox.bash("mount -t tmpfs -o size=64k,mode=0700 roadmap-faults \"$D\"", environment: ["D": folder.path])
        guard mount.exitCode == 0 else {
            print("FaultsDiskTests.fullFilesystem skipped: cannot mount a tmpfs here (\(mount.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return
        }
        defer { _ = try? Subprocess.runBlocking(Command(executable: URL(fileURLWithPath: "/bin/umount"), arguments: [folder.path])) }

        // A file a little over half the filesystem: the save's temporary copy does not fit.
        var fillers = 0
        var bytes = RoadmapEncoder.encode(Fixtures.builtInWithFillers(0))
        while bytes.count < 40_000 {
            fillers += 10
            bytes = RoadmapEncoder.encode(Fixtures.builtInWithFillers(fillers))
        }
        let file = folder.appendingPathComponent("roadmap.json")
        try Fixtures.write(bytes, to: file)
        let before = try Fixtures.bytes(file)
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"])
        defer { terminal.kill() }
        do {
            try await changeThatIsRefused(terminal, file: file, before: before)
        } catch let timeout as TmuxTerminal.Timeout {
            Issue.record("\(timeout)")
        }
        terminal.kill()
    }
}
