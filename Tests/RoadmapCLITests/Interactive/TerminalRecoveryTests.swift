import Foundation
import Testing

/// The UI against a terminal it does not control: a screen cleared behind
/// its back comes back at the next resize, and a kill from outside is read
/// as such wherever the program left the cursor.
@Suite(.serialized, .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct TerminalRecoveryTests {
    let sandbox: RoadmapSandbox
    let file: URL
    static let hint = "?:help s"

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    private func openUI() async throws -> (TmuxTerminal, [String]) {
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"])
        let screen = try await terminal.waitFor("the main screen") { $0.last?.hasPrefix(Self.hint) == true }
        return (terminal, screen)
    }

    /// The UI sends only the rows that changed since its last frame; after a
    /// resize it sends them all, even when the size stayed the same (tmux,
    /// a terminal emulator or a font change can send such a resize).
    @Test func aScreenClearedFromOutsideComesBackAtASameSizeResizeWithoutAKey() async throws {
        let (terminal, first) = try await openUI()
        defer { terminal.kill() }

        try await terminal.writeToTerminal("\u{1B}[2J")
        try await terminal.waitFor("the screen cleared from outside") { $0.allSatisfy(\.isEmpty) }

        try await terminal.signalResizeKeepingSize()
        try await terminal.waitFor("the whole screen back, as it was") { $0 == first }

        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)
    }

    /// A program killed with SIGKILL restores nothing: the terminal stays in
    /// raw mode, where a newline does not return the carriage, and the
    /// cursor may sit anywhere. Its status still comes from tmux.
    @Test func killedWithTheCursorAtTheBottomRightItsStatusIs137() async throws {
        let (terminal, _) = try await openUI()
        defer { terminal.kill() }

        try await terminal.writeToTerminal("\u{1B}[24;80H")
        let cursor = try await terminal.cursor()
        #expect(cursor.x == 79 && cursor.y == 23, "the cursor is parked at the bottom right: \(cursor)")

        kill(try await terminal.programPID(), SIGKILL)
        let exit = try await terminal.waitForExit()
        #expect(exit.status == 128 + SIGKILL, "killed by SIGKILL: \(exit)")
        // Nobody gave the terminal back: the modes are the UI's raw ones, read from the terminal itself.
        for mode in ["-icanon", "-echo", "-isig"] {
            #expect(exit.modes.contains(mode), "terminal mode \(mode) left as the UI set it; modes: \(exit.modes)")
        }
        #expect(try Fixtures.bytes(file) == Fixtures.builtInBytes, "the file is untouched")
    }
}
