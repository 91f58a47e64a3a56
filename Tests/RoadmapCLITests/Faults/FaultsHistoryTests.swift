import Foundation
import RoadmapCore
import Testing

/// Changes typed faster than the UI saves them (it saves in the background
/// and rebases what was typed meanwhile) all reach the file's history.
@Suite("Faults: quick changes under background saves", .serialized,
       .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct FaultsHistoryTests {
    let sandbox: RoadmapSandbox
    init() throws { sandbox = try RoadmapSandbox() }

    static let presses = 13

    @Test("s pressed 13 times at once (two full turns of the status cycle within a second): 13 history entries, each from the last, ending at the status")
    func repeatedChangesWithinOneSecondAreAllKept() async throws {
        let file = sandbox.file("roadmap.json")
        try Fixtures.write(Fixtures.builtInWithFillers(200), to: file)
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"])
        defer { terminal.kill() }
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix("?:help s:status") == true }
        try await terminal.press("3")
        try await terminal.waitFor("CE1 planned") { $0.contains { ($0.hasPrefix("  CE1 ") || $0.hasPrefix(" !CE1 ")) && $0.contains("○ planned") } }
        try await terminal.press(Array(repeating: "s", count: Self.presses))
        // 13 steps from planned is in-progress.
        try await terminal.waitFor("the last change saved") { $0.contains { $0.hasPrefix("CE1: status → in-progress · saved") } }
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)

        let roadmap = try Fixtures.load(file)
        let ce1 = roadmap[try #require(roadmap.locate("CE1"))]
        #expect(ce1.status == .inProgress)
        let problems = FaultChecks.statusChainProblems(ce1.history.map { ($0.from, $0.to) }, initial: "planned", final: ce1.status.rawValue)
        // Changes repeat within one second (the cycle has six steps): the
        // rebase after a background save must keep every one of them.
        #expect(ce1.history.count == Self.presses, "every change has its history entry: \(ce1.history.map { "\($0.from ?? "∅")→\($0.to ?? "∅")" })")
        #expect(problems.isEmpty, "\(problems)")
    }
}
