import Foundation
import RoadmapCore
import Testing

/// The file deleted or replaced by garbage while the UI is open: the UI says
/// so, offers to write it back from memory, and loses nothing.
@Suite("Faults: the file deleted or replaced under the UI", .serialized,
       .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct FaultsFileGoneTests {
    let sandbox: RoadmapSandbox
    let file: URL
    static let hint = "?:help s:status"
    static let question = "write it back from memory? y:yes n:no"

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// The list row of `id`, with or without the `!` of an off-track link.
    private func row(_ id: String, in screen: [String]) -> String? {
        screen.first { $0.hasPrefix("  \(id) ") || $0.hasPrefix(" !\(id) ") }
    }

    /// Opens the UI on CE1; wide, so that the question after the message with the file's path fits
    /// (at 80 columns it does not: see `theQuestionFitsAt80Columns`).
    private func openOnCE1(width: Int = 250) async throws -> TmuxTerminal {
        let terminal = try await TmuxTerminal(
            sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"], width: width)
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix(Self.hint) == true }
        try await terminal.press("3")
        try await terminal.waitFor("CE1 planned") { row("CE1", in: $0)?.contains("○ planned") == true }
        return terminal
    }

    @Test("the file deleted while the UI is open: the next change says so, y writes it back with the change")
    func deletedThenWrittenBack() async throws {
        let terminal = try await openOnCE1()
        defer { terminal.kill() }
        try FileManager.default.removeItem(at: file)

        try await terminal.press("s")
        let asked = try await terminal.waitFor("the UI says the file is gone and asks") {
            $0.contains { $0.contains("the file is gone or unreadable") } && $0.contains { $0.contains(Self.question) }
        }
        #expect(row("CE1", in: asked)?.contains("◐ in-progress") == true, "the change is kept: \(asked)")
        #expect(!FileManager.default.fileExists(atPath: file.path), "nothing is written before the answer")

        try await terminal.press("y")
        try await terminal.waitFor("written back and saved") { $0.contains { $0.contains("written back") && $0.contains("saved") } }
        let roadmap = try Fixtures.load(file)
        let ce1 = roadmap[try #require(roadmap.locate("CE1"))]
        #expect(ce1.status == .inProgress)
        #expect(ce1.history.map { "\($0.field): \($0.from ?? "∅") → \($0.to ?? "∅")" } == ["status: planned → in-progress"])
        var expected = BuiltInRoadmap.load()
        expected[expected.locate("CE1")!] = ce1
        #expect(roadmap == expected, "the whole roadmap is back, with the change")

        // And it goes on saving normally.
        try await terminal.press("s")
        try await terminal.waitFor("the next change saved") { $0.contains { $0.hasPrefix("CE1: status → at-risk · saved") } }
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)
        let final = try Fixtures.load(file)
        #expect(final.locate("CE1").map { final[$0].status } == .atRisk)
    }

    @Test("the file replaced by garbage while the UI is open: the UI says so, n leaves the garbage and keeps the change in memory")
    func replacedByGarbageAndLeftAlone() async throws {
        let terminal = try await openOnCE1()
        defer { terminal.kill() }
        let garbage = Array("{\"schema\": 1, \"workstreams\": [ garbage \u{1B}[2J\n".utf8) + [0xFF, 0x00, 0x0A]
        try Fixtures.write(garbage, to: file)

        try await terminal.press("s")
        let asked = try await terminal.waitFor("the UI says the file is unreadable and asks") {
            $0.contains { $0.contains("the file is gone or unreadable") } && $0.contains { $0.contains(Self.question) }
        }
        #expect(row("CE1", in: asked)?.contains("◐ in-progress") == true, "the change is kept: \(asked)")

        try await terminal.press("n")
        let after = try await terminal.waitFor("the question gone") { !$0.contains { $0.contains(Self.question) } }
        #expect(row("CE1", in: after)?.contains("◐ in-progress") == true, "the change is still in memory: \(after)")
        #expect(try Fixtures.bytes(file) == garbage, "the garbage is left byte for byte")

        // Quitting warns that the change is not on disk.
        try await terminal.press("q")
        try await terminal.waitFor(text: "q again quits")
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)
        #expect(try Fixtures.bytes(file) == garbage, "the garbage is left byte for byte")
        #expect(Fixtures.temporaries(besides: file).isEmpty)
    }

    @Test("at 80×24 the question to write the file back is on screen")
    func theQuestionFitsAt80Columns() async throws {
        let terminal = try await openOnCE1(width: 80)
        defer { terminal.kill() }
        try FileManager.default.removeItem(at: file)
        try await terminal.press("s")
        let screen = try await terminal.waitFor(text: "the file is gone or unreadable")
        #expect(screen.contains { $0.contains("y:yes n:no") }, "the question fits at 80 columns: \(screen)")
        try await terminal.press("y")
        try await terminal.waitFor("written back and saved") { $0.contains { $0.contains("written back") && $0.contains("saved") } }
        #expect(try Fixtures.load(file).locate("CE1") != nil)
    }
}
