import Foundation
import RoadmapCore
import Testing

/// The mouse in a real terminal: the UI turns on SGR 1006 reports (tmux's
/// `#{mouse_sgr_flag}`), reads the raw reports a terminal sends, and turns
/// them off on leaving; `--no-mouse` leaves the mouse to the terminal.
@Suite(.serialized, .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct MouseTerminalTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    private func flags(_ terminal: TmuxTerminal) async throws -> String {
        let output = try await terminal.tmux(["display-message", "-p", "-t", terminal.target, "#{mouse_any_flag},#{mouse_sgr_flag}"])
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends an SGR report as the terminal would: `ESC [ < b ; x ; y M`, x and y from 1.
    private func report(_ terminal: TmuxTerminal, button: Int, x: Int, y: Int) async throws {
        try await terminal.type("\u{1B}[<\(button);\(x + 1);\(y + 1)M")
    }

    @Test func clicksAndTheWheelThroughRawReports() async throws {
        let before = try Data(contentsOf: file)
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"])
        defer { terminal.kill() }
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix("?:help s:status") == true }
        #expect(try await flags(terminal) == "1,1", "reports asked for, in SGR form")
        try await report(terminal, button: 0, x: 10, y: 5)  // SC3's row
        _ = try await terminal.waitFor("SC3 in the preview") { $0.contains { $0.hasPrefix(" SC3 · ") } }
        try await report(terminal, button: 0, x: 30, y: 1)  // the second tab
        _ = try await terminal.waitFor("the second workstream") { $0.first?.contains("· 2 ") == true }
        try await report(terminal, button: 65, x: 10, y: 8)  // wheel down: three rows
        _ = try await terminal.waitFor("SME4 in the preview") { $0.contains { $0.hasPrefix(" SME4 · ") } }
        // A double click: both reports in one write, as a terminal sends them (two tmux commands
        // may be further apart than a double click on a loaded machine).
        try await terminal.type("\u{1B}[<0;5;5M\u{1B}[<0;5;5M")  // SME2's row
        let detail = try await terminal.waitFor("SME2's detail") { $0.last?.hasPrefix("Esc:back") == true }
        #expect(detail[2].hasPrefix(" SME2 · "), "\(detail)")
        // Nothing was typed by the reports: the file is as it was.
        #expect(try Data(contentsOf: file) == before)
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)
        #expect(try await flags(terminal) == "0,0", "reports off again on leaving")
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() async throws {
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--no-mouse", "--file", file.path, "--today", "2026-11-26"])
        defer { terminal.kill() }
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix("?:help s:status") == true }
        #expect(try await flags(terminal) == "0,0")
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)
    }
}
