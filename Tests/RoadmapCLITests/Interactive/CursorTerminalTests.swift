import Foundation
import RoadmapCore
import Testing

/// The real cursor in a real terminal (tmux's `#{cursor_x},#{cursor_y},#{cursor_flag}`):
/// at the caret in a prompt, shown; parked at the selected row otherwise,
/// hidden; after every kind of redraw.
@Suite(.serialized, .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct CursorTerminalTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// Waits until tmux reports the cursor at `expected` (`x,y,visible`).
    private func waitForCursor(_ terminal: TmuxTerminal, _ expected: String, _ what: String) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        var last = ""
        while ContinuousClock.now < deadline {
            let output = try await terminal.tmux(["display-message", "-p", "-t", terminal.target, "#{cursor_x},#{cursor_y},#{cursor_flag}"])
            last = output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            if last == expected { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("\(what): the cursor is at \(last), not \(expected)")
    }

    @Test func theCursorFollowsTheCaretAndTheSelection() async throws {
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"])
        defer { terminal.kill() }
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix("?:help s:status") == true }
        try await waitForCursor(terminal, "0,3,0", "first frame, SC1 selected")
        try await terminal.press("Down")
        try await waitForCursor(terminal, "0,4,0", "SC2 selected")
        try await terminal.press("e", "o")
        try await terminal.waitFor("the owner prompt") { $0.contains { $0 == "owner: OIE" } }
        try await waitForCursor(terminal, "10,22,1", "at the caret, after OIE")
        try await terminal.press("Home")
        try await waitForCursor(terminal, "7,22,1", "the caret at the start")
        try await terminal.type("ทีม")
        try await terminal.waitFor("Thai typed before OIE") { $0.contains { $0 == "owner: ทีมOIE" } }
        try await waitForCursor(terminal, "9,22,1", "after Thai: ทีม is two columns (its vowel takes none)")
        try await terminal.press("Escape")
        try await waitForCursor(terminal, "0,4,0", "back on the row")
        try await terminal.resize(width: 100, height: 30)
        try await waitForCursor(terminal, "0,4,0", "after a resize")
        try await terminal.press("C-l")
        try await waitForCursor(terminal, "0,4,0", "after Ctrl-L")
        try await terminal.press("Enter")
        try await waitForCursor(terminal, "0,2,0", "on the detail screen")
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)
    }
}
