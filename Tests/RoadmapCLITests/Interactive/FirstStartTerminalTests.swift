import Foundation
import RoadmapCore
import Testing
@testable import roadmap

/// The first start of the UI: the default file is made and the status line
/// says where, in the UI; nothing about it is left on the terminal afterwards.
@Suite(.serialized, .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct FirstStartTerminalTests {
    @Test func theStatusLineSaysWhereTheNewFileIs() async throws {
        let sandbox = try RoadmapSandbox()
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultFile.path))
        let terminal = try await TmuxTerminal(
            sandbox: sandbox, program: [try BuildProducts.roadmap().path, "--today", "2026-11-26"],
            environment: sandbox.environment(["TERM": "xterm-256color", "LANG": "C.UTF-8"]), width: 200, height: 24)
        defer { terminal.kill() }
        try await terminal.waitFor("the status line naming the new file") {
            $0.contains { $0.contains("created \(sandbox.defaultFile.path) from the built-in EID roadmap") }
        }
        #expect(try Fixtures.load(sandbox.defaultFile) == BuiltInRoadmap.load())
        try await terminal.press("?")
        try await terminal.press("End")
        try await terminal.waitFor("the help naming the file") { $0.contains { $0.contains("File") && $0.contains("roadmap.json") } }
        try await terminal.press("q")
        let exit = try await terminal.waitForExit()
        #expect(exit.status == 0)
        #expect(!exit.screen.joined().contains("created"), "no notice left behind after the UI: \(exit.screen)")
    }
}
