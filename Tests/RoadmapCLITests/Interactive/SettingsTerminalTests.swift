import Foundation
import RoadmapCore
import Testing

/// The settings file in a real terminal: language, mouse and a remapped key
/// taken from it, the command line winning over it, and a broken file said
/// on the status line and after leaving, the UI starting anyway.
@Suite(.serialized, .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct SettingsTerminalTests {
    let sandbox: RoadmapSandbox
    let file: URL
    let settings: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let folder = sandbox.file("conf/roadmap")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        settings = folder.appendingPathComponent("config.json")
    }

    private func flags(_ terminal: TmuxTerminal) async throws -> String {
        try await terminal.tmux(["display-message", "-p", "-t", terminal.target, "#{mouse_sgr_flag}"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func languageMouseAndKeysFromTheFile() async throws {
        try Data(#"{"language": "th", "mouse": false, "keys": {"status-next": "x"}}"#.utf8).write(to: settings)
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"],
                                              environment: ["XDG_CONFIG_HOME": sandbox.file("conf").path])
        defer { terminal.kill() }
        try await terminal.waitFor("the Thai list") { $0.last?.hasPrefix("?:วิธีใช้") == true }
        #expect(try await flags(terminal) == "0", "mouse off")
        #expect(try await terminal.screen()[0].contains("2569"), "B.E. follows Thai")
        try await terminal.press("Down", "x")
        _ = try await terminal.waitFor("x moved SC2 on") { $0.contains { $0.hasPrefix("SC2: สถานะ → มีความเสี่ยง") } }
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)
        let saved = try Fixtures.load(file)
        #expect(saved[saved.locate("SC2")!].status == .atRisk)
    }

    @Test func theCommandLineWins() async throws {
        try Data(#"{"language": "th", "mouse": false}"#.utf8).write(to: settings)
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--lang", "ja", "--file", file.path, "--today", "2026-11-26"],
                                              environment: ["XDG_CONFIG_HOME": sandbox.file("conf").path])
        defer { terminal.kill() }
        try await terminal.waitFor("the Japanese list") { $0.last?.hasPrefix("?:ヘルプ") == true }
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)
    }

    @Test func aBrokenFileIsSaidAndTheUIStartsAnyway() async throws {
        try Data("{\"language\": \"th\",\n mouse: off}".utf8).write(to: settings)
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"],
                                              environment: ["XDG_CONFIG_HOME": sandbox.file("conf").path])
        defer { terminal.kill() }
        let screen = try await terminal.waitFor("the list") { $0.last?.hasPrefix("?:help s:status") == true }
        // The problem first, then the file's name: a long path must not push the problem off the line.
        #expect(screen[22].hasPrefix("settings: line 2, column 2: "), "\(screen)")
        #expect(try await flags(terminal) == "1", "defaults used: mouse on")
        try await terminal.press("q")
        let exit = try await terminal.waitForExit()
        #expect(exit.status == 0)
        // In full on stderr, seen once the full screen is gone (rows joined: a long path wraps, and
        // tmux's dead-pane line may scroll the first row away).
        let shown = exit.screen.joined()
        #expect(shown.contains("column 2: unexpected character 'm'") && shown.contains("the file is ignored"), "said in full: \(exit.screen)")
    }
}
