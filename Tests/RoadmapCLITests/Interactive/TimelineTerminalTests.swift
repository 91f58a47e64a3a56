import Foundation
import RoadmapCore
import Testing

/// The timeline screen end to end: the built binary in tmux at 80×24, a
/// milestone slipped two weeks with keys, and the file checked on disk.
@Suite(.serialized, .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct TimelineTerminalTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// The axis starts after the label column (24) and a space.
    static let axis = TimelineChart.labelWidth(forWidth: 80) + 1

    /// The glyph at a column of the axis on a milestone's row (the English labels are one column a character).
    private func mark(_ id: String, column: Int, in screen: [String]) -> Character? {
        guard let row = screen.first(where: { $0.hasPrefix("\(id) ") }) else { return nil }
        let characters = Array(row)
        return Self.axis + column < characters.count ? characters[Self.axis + column] : nil
    }

    @Test func slipAMilestoneTwoWeeksOnTheTimelineThenQuit() async throws {
        let terminal = try await TmuxTerminal(
            sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"], environment: [:], width: 80, height: 24)
        defer { terminal.kill() }
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix("?:help s:status") == true }

        try await terminal.press("t")
        // Month zoom from 2026-10-01: SC7, due 2026-12-18, sits at column 15.
        try await terminal.waitFor("the timeline, SC7 in mid-December") {
            $0.first?.contains("roadmap · Timeline") == true && $0.last?.hasPrefix("Esc/t:back") == true
                && mark("SC7", column: 15, in: $0) == "◐"
        }
        for _ in 0..<6 { try await terminal.press("j") }
        try await terminal.waitFor("SC7 selected") { $0.contains { $0.hasPrefix("SC7 · ◐ in-progress · Start 2025-12-10 · Due 2026-12-18") } }

        try await terminal.press(">")
        try await terminal.waitFor("one week later, saved") {
            mark("SC7", column: 16, in: $0) == "◐" && $0.contains { $0.hasPrefix("SC7: due +7d · saved") }
        }
        try await terminal.press(">")
        // 2027-01-01 is column 18; the first save's message was replaced when the key was pressed.
        // SC7 starts 2025-12-10: its bar now runs through column 16 to the marker.
        try await terminal.waitFor("two weeks later, saved") {
            mark("SC7", column: 18, in: $0) == "◐" && mark("SC7", column: 16, in: $0) == "━"
                && $0.contains { $0.hasPrefix("SC7: due +7d · saved") }
        }

        try await terminal.press("q")
        let exit = try await terminal.waitForExit()
        #expect(exit.status == 0)

        let roadmap = try Fixtures.load(file)
        let sc7 = try #require(roadmap.locate("SC7").map { roadmap[$0] })
        #expect(sc7.due == CalendarDay(iso: "2027-01-01"))
        let changes = sc7.history.map { "\($0.field): \($0.from ?? "∅") → \($0.to ?? "∅")" }
        // Two quick presses are one change: one history entry for the two weeks.
        #expect(changes.suffix(2) == ["due: 2026-11-27 → 2026-12-18", "due: 2026-12-18 → 2027-01-01"], "\(changes)")
        #expect(sc7.history.count == BuiltInRoadmap.load().workstreams[0].milestones[6].history.count + 1)
        var expected = BuiltInRoadmap.load()
        expected[expected.locate("SC7")!] = sc7
        #expect(roadmap == expected, "nothing else changed")
    }
}
