import Foundation
import RoadmapCore
import Testing
import RoadmapTestSupport

/// The interactive UI killed with SIGKILL while it saves: the file is always
/// one complete version and the lock is never left held.
@Suite("Faults: the UI killed with SIGKILL while saving", .serialized,
       .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct FaultsKillUITests {
    let sandbox: RoadmapSandbox
    init() throws { sandbox = try RoadmapSandbox() }

    /// Rounds by default; `ROADMAP_FAULT_KILLS` asks for more (the long version).
    static let rounds = ProcessInfo.processInfo.environment["ROADMAP_FAULT_KILLS"].flatMap { Int($0) } ?? 15

    /// The UI moves CE1's due date a day at a time (`+`). A round's quick
    /// presses are one change (one history entry, rewritten as the presses
    /// come and are saved), so each round adds at most one entry, and the
    /// file's history must be one unbroken chain ending at the due date on disk.
    @Test("kill -9 of the UI at seeded random moments while it saves due-date changes: the file always loads as one complete version, and the next writer gets the lock at once")
    func killTheUIWhileItSaves() async throws {
        let seed = ProcessInfo.processInfo.environment["ROADMAP_FAULT_SEED"].flatMap { UInt64($0) } ?? 0xFA17_2568
        var random = SplitMix64(seed: seed)
        // Filler milestones make each save long enough to be hit in the middle.
        let file = sandbox.file("data/roadmap.json")
        try Fixtures.write(Fixtures.builtInWithFillers(400), to: file)
        let initial = try Fixtures.load(file)
        let ce1 = try #require(initial.locate("CE1"))
        let initialDue = try #require(initial[ce1].due).description
        let initialHistory = initial[ce1].history.count
        /// Everything but CE1, as it must be (the `set` after each round changes SC1).
        var others = initial

        // How long the UI takes, here and now, to take 25 presses and save the last: kills fall within that.
        let window = try await savingTime(copyOf: file, presses: 25)

        var midSave = 0, grew = 0, lastCount = initialHistory, lastDue = initialDue
        for round in 1...Self.rounds {
            let presses = 10 + Int(random.next() % 30)
            let delay = random.unit(0.0, window * Double(presses) / 25)
            let status = try await killRound(file: file, presses: presses, killAfter: delay)
            #expect(status == 128 + SIGKILL, "round \(round): the UI was killed by SIGKILL (exit \(status))")
            let context = "round \(round) (seed \(seed), \(presses) presses, killed after \(Int(delay * 1000)) ms)"
            if !Fixtures.temporaries(besides: file).isEmpty { midSave += 1 }

            let roadmap: Roadmap
            do {
                roadmap = try Fixtures.load(file)
            } catch {
                Issue.record("\(context): the file does not load: \(error)")
                return
            }
            let milestone = roadmap[try #require(roadmap.locate("CE1"), "\(context): CE1 is there")]
            let changes = milestone.history.dropFirst(initialHistory)
            #expect(milestone.history.prefix(initialHistory).elementsEqual(initial[ce1].history), "\(context): old history kept")
            #expect(changes.allSatisfy { $0.field == "due" }, "\(context)")
            let due = milestone.due?.description ?? "∅"
            // This round's entries continue from the last round's due date; the whole history ends at the due date on disk.
            let problems = FaultChecks.statusChainProblems(
                changes.dropFirst(lastCount - initialHistory).map { ($0.from, $0.to) }, initial: lastDue, final: due)
            #expect(problems.isEmpty, "\(context): CE1's history does not match its due date: \(problems)")
            #expect(milestone.history.count - lastCount <= 1, "\(context): a round's presses are one entry at most")
            lastDue = due
            #expect(milestone.history.count >= lastCount, "\(context): no saved change was lost")
            if milestone.history.count > lastCount { grew += 1 }
            lastCount = milestone.history.count
            var rest = roadmap
            rest[ce1] = others[ce1]
            #expect(rest == others, "\(context): nothing but CE1 changed")

            // No stuck lock: a writer that will not wait gets it at once.
            let set = try await sandbox.roadmap(
                "set", "SC1", "--notes", "after round \(round)", "--file", file.path, environment: ["ROADMAP_LOCK_TIMEOUT": "0"])
            #expect(set.exitCode == 0, "\(context): the next writer: \(set)")
            #expect(set.seconds < 5, "\(context): the next writer took \(set.seconds) s")
            #expect(Fixtures.temporaries(besides: file).isEmpty, "\(context): the next save clears temporaries")
            let afterSet = try Fixtures.load(file)
            #expect(afterSet[ce1] == milestone, "\(context): the set kept CE1")
            others = afterSet
            others[ce1] = initial[ce1]
        }
        #expect(lastCount > initialHistory, "some changes were saved before the kills")
        print("FaultsKillUITests: seed \(seed), saving window \(Int(window * 1000)) ms for 25 presses, \(Self.rounds) rounds, \(grew) with new saves, \(midSave) killed mid-save (temporary left), "
            + "\(lastCount - initialHistory) due-date entries on disk")
    }

    /// Seconds from pressing `+` `presses` times on a copy of `file` until the last change is saved.
    private func savingTime(copyOf file: URL, presses: Int) async throws -> Double {
        let copy = sandbox.file("calibration/roadmap.json")
        try Fixtures.write(try Fixtures.bytes(file), to: copy)
        let roadmap = try Fixtures.load(copy)
        let ce1 = try #require(roadmap.locate("CE1"))
        let lastDue = try #require(roadmap[ce1].due).adding(days: presses).description
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--file", copy.path, "--today", "2026-11-26"])
        defer { terminal.kill() }
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix("?:help s:status") == true }
        try await terminal.press("3")
        try await terminal.waitFor("the circular-economy workstream") { $0.contains { ($0.hasPrefix("  CE1 ") || $0.hasPrefix(" !CE1 ")) } }
        let started = ContinuousClock.now
        try await terminal.press(Array(repeating: "+", count: presses))
        try await terminal.waitFor("the last change saved", seconds: 60) {
            $0.contains { ($0.hasPrefix("  CE1 ") || $0.hasPrefix(" !CE1 ")) && $0.contains(lastDue) } && $0.contains { $0.hasPrefix("CE1: ") && $0.hasSuffix("· saved") }
        }
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Opens the UI on CE1, presses `+` `presses` times at once, and kills the
    /// program `killAfter` seconds later; returns its exit status.
    private func killRound(file: URL, presses: Int, killAfter: Double) async throws -> Int32 {
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26"])
        defer { terminal.kill() }
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix("?:help s:status") == true }
        try await terminal.press("3")
        try await terminal.waitFor("the circular-economy workstream") {
            $0.first?.contains("roadmap · 3 Circular economy and recycling") == true && $0.contains { ($0.hasPrefix("  CE1 ") || $0.hasPrefix(" !CE1 ")) }
        }
        let pid = try await terminal.programPID()
        try await terminal.press(Array(repeating: "+", count: presses))
        try await Task.sleep(for: .milliseconds(Int(killAfter * 1000)))
        Glibc.kill(pid, SIGKILL)
        return try await terminal.waitForExit().status
    }
}
