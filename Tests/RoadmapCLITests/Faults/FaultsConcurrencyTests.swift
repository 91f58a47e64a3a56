import Foundation
import RoadmapCore
import Testing

/// Four CLI writers and the UI changing one file at the same time: no
/// change is lost, and each field ends at the last value written to it.
@Suite("Faults: four CLI writers and the UI at once", .serialized,
       .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct FaultsConcurrencyTests {
    let sandbox: RoadmapSandbox
    init() throws { sandbox = try RoadmapSandbox() }

    /// Changes per CLI writer (the issue's number; `ROADMAP_FAULT_CHANGES` changes it for a long run).
    static let changesPerWriter = ProcessInfo.processInfo.environment["ROADMAP_FAULT_CHANGES"].flatMap { Int($0) } ?? 250
    /// The CLI writers: each its own milestone's notes.
    static let writers = ["SC1", "SC2", "SME1", "SME2"]
    /// The UI's changes: `s` pressed this many times on each of CE1…CE4.
    static let uiMilestones = ["CE1", "CE2", "CE3", "CE4"]
    static let uiPressesEach = 5

    /// Polls the file until milestone `id` has at least `count` history entries.
    private static func waitForWriter(_ id: String, in file: URL, toReach count: Int) async throws {
        let deadline = ContinuousClock.now + .seconds(120)
        while ContinuousClock.now < deadline {
            if let roadmap = try? Fixtures.load(file), let location = roadmap.locate(id), roadmap[location].history.count >= count { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("\(id) never reached \(count) changes")
    }

    @Test("four processes making 250 changes each (or ROADMAP_FAULT_CHANGES) through the CLI, and the UI making 20 through tmux, at once: every change is in the file")
    func fourWritersAndTheUI() async throws {
        let file = sandbox.file("shared/roadmap.json")
        try Fixtures.builtInFile(at: file)
        let before = try Fixtures.load(file)
        let started = ContinuousClock.now

        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"])
        defer { terminal.kill() }
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix("?:help s:status") == true }
        try await terminal.press("3")
        try await terminal.waitFor("the circular-economy workstream") { $0.contains { $0.hasPrefix(" CE1 · ") } }

        func loop(_ id: String) -> String {
            """
            for i in $(seq 1 \(Self.changesPerWriter)); do
              "$ROADMAP" set \(id) --notes "\(id)-$i" --file "$F" >/dev/null || { echo "\(id)-$i failed" >&2; exit 1; }
            done
            """
        }
        let environment = ["F": file.path, "ROADMAP_LOCK_TIMEOUT": "60"]
        let sandbox = sandbox
        let cli = Task {
            try await withThrowingTaskGroup(of: ProcessOutput.self) { group in
                for id in Self.writers {
                    // Up to 1.2 s a change: a long run (ROADMAP_FAULT_CHANGES=1000) on a busy machine needs more than 300 s.
                    group.addTask { try await sandbox.bash(loop(id), environment: environment, timeout: max(300, 1.2 * Double(Self.changesPerWriter))) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }

        // The UI's changes, each waited for until it is saved, spread over the
        // writers' run: change k waits until the first writer has made k/20 of its changes.
        var expectedUI: [String: [Status]] = [:]
        let uiChanges = Self.uiMilestones.count * Self.uiPressesEach
        var made = 0
        var statuses = Self.uiMilestones.map { before[before.locate($0)!].status }
        // Round by round, one press per milestone: quick presses on one
        // milestone would coalesce into one history entry, as they should.
        for round in 0..<Self.uiPressesEach {
            for (index, id) in Self.uiMilestones.enumerated() {
                if index > 0 { try await terminal.press("j") } else if round > 0 { try await terminal.press("g") }
                try await terminal.waitFor("\(id) selected") { $0.contains { $0.hasPrefix(" \(id) · ") } }
                try await Self.waitForWriter(Self.writers[0], in: file, toReach: made * Self.changesPerWriter / uiChanges)
                made += 1
                statuses[index] = try #require(statuses[index].next)
                expectedUI[id, default: []].append(statuses[index])
                try await terminal.press("s")
                let message = "\(id): status → \(statuses[index].rawValue) · saved"
                try await terminal.waitFor("\"\(message)\"", seconds: 60) { $0.contains { $0.hasPrefix(message) } }
            }
        }
        let uiSeconds = (ContinuousClock.now - started).components.seconds
        let midway = try Fixtures.load(file)
        let writerProgress = midway.locate(Self.writers[0]).map { midway[$0].history.count } ?? 0
        let outputs = try await cli.value
        for output in outputs { #expect(output.exitCode == 0, "\(output)") }
        let cliSeconds = (ContinuousClock.now - started).components.seconds
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)

        let after = try Fixtures.load(file)
        for id in Self.writers {
            let milestone = after[try #require(after.locate(id))]
            let values = (1...Self.changesPerWriter).map { "\(id)-\($0)" }
            let written = milestone.history.dropFirst(before[before.locate(id)!].history.count)
            #expect(milestone.notes == values.last, "\(id): the last value written")
            #expect(written.map(\.field) == Array(repeating: "notes", count: values.count), "\(id)")
            #expect(written.map(\.to) == values, "\(id): every one of its writer's changes, in order")
            #expect(Array(written.dropFirst().map(\.from)) == Array(written.dropLast().map(\.to)), "\(id): each change starts from the last")
        }
        for id in Self.uiMilestones {
            let location = try #require(before.locate(id))
            let milestone = after[location]
            let written = milestone.history.dropFirst(before[location].history.count)
            #expect(written.map(\.to) == expectedUI[id]!.map(\.rawValue), "\(id): every one of the UI's changes, in order")
            #expect(milestone.status == expectedUI[id]!.last, "\(id): the UI's last status")
            let problems = FaultChecks.statusChainProblems(
                written.map { ($0.from, $0.to) }, initial: before[location].status.rawValue, final: milestone.status.rawValue)
            #expect(problems.isEmpty, "\(id): \(problems)")
        }
        let entries = { (roadmap: Roadmap) in
            roadmap.workstreams.flatMap(\.milestones).reduce(0) { $0 + $1.history.count }
        }
        #expect(entries(after) - entries(before)
                == Self.writers.count * Self.changesPerWriter + Self.uiMilestones.count * Self.uiPressesEach,
                "exactly the CLI's and the UI's changes were added")
        var rest = after
        for id in Self.writers + Self.uiMilestones {
            let location = try #require(before.locate(id))
            rest[location] = before[location]
        }
        #expect(rest == before, "nothing else changed")
        #expect(Fixtures.temporaries(besides: file).isEmpty)
        print("FaultsConcurrencyTests: \(Self.writers.count)×\(Self.changesPerWriter) CLI changes and "
            + "\(Self.uiMilestones.count * Self.uiPressesEach) UI changes; UI done after \(uiSeconds) s "
            + "(when \(Self.writers[0]) had \(writerProgress) changes), CLI after \(cliSeconds) s")
    }
}
