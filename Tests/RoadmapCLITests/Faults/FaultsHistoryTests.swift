import Foundation
import RoadmapCore
import Testing

/// Changes typed faster than the UI saves them (it saves in the background
/// and rebases what was typed meanwhile) reach the file as the one change
/// they make together: its history entry is rewritten as presses come, save
/// after save, and what is on disk always agrees with itself.
@Suite("Faults: quick changes under background saves", .serialized,
       .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct FaultsHistoryTests {
    let sandbox: RoadmapSandbox
    init() throws { sandbox = try RoadmapSandbox() }

    static let presses = 13

    @Test("s pressed 13 times at once (two and a half turns of the status cycle within a second): one history entry, from the first status to the last")
    func repeatedChangesWithinOneSecondAreOneEntry() async throws {
        let file = sandbox.file("roadmap.json")
        try Fixtures.write(Fixtures.builtInWithFillers(200), to: file)
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"])
        defer { terminal.kill() }
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix("?:help s:status") == true }
        try await terminal.press("3")
        try await terminal.waitFor("CE1 planned") { $0.contains { ($0.hasPrefix("  CE1 ") || $0.hasPrefix(" !CE1 ")) && $0.contains("○ planned") } }
        try await terminal.press(Array(repeating: "s", count: Self.presses))
        // 13 steps from planned, round planned → in-progress → at-risk → blocked → done, is blocked.
        try await terminal.waitFor("the last change saved") { $0.contains { $0.hasPrefix("CE1: status → blocked · saved") } }
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)

        let roadmap = try Fixtures.load(file)
        let ce1 = roadmap[try #require(roadmap.locate("CE1"))]
        #expect(ce1.status == .blocked)
        let problems = FaultChecks.statusChainProblems(ce1.history.map { ($0.from, $0.to) }, initial: "planned", final: ce1.status.rawValue)
        // Saves ran between the presses, each holding the entry as it then
        // was: the last must replace, not add to, what the earlier ones wrote.
        #expect(ce1.history.map { "\($0.field) \($0.from ?? "∅")→\($0.to ?? "∅")" } == ["status planned→blocked"])
        #expect(problems.isEmpty, "\(problems)")
    }
}
