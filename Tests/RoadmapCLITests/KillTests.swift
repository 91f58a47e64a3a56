import Foundation
import RoadmapCore
import Testing
import RoadmapTestSupport

/// A writer killed with SIGKILL at any moment leaves the old or the new
/// version of the file, never a mix, and never a lock that blocks the next writer.
@Suite("writers killed with SIGKILL", .serialized)
struct KillTests {
    let sandbox: RoadmapSandbox
    init() throws { sandbox = try RoadmapSandbox() }

    /// Kills wanted; attempts whose writer finished before the signal do not count.
    static let killsWanted = 50
    static let maximumAttempts = 200

    @Test("kill -9 at random moments: the file always loads as one complete version, and the next set gets the lock at once")
    func killAtRandomMoments() async throws {
        let seed = ProcessInfo.processInfo.environment["ROADMAP_KILL_SEED"].flatMap { UInt64($0) } ?? 0x5EED_2568
        let summary = try await Self.run(sandbox: sandbox, seed: seed)
        #expect(summary.kills >= Self.killsWanted, "only \(summary.kills) of \(summary.attempts) writers were killed (seed \(seed))")
        print("kill -9: seed \(seed), \(summary.attempts) writers, \(summary.kills) killed, \(summary.midSave) of them mid-save "
            + "(temporary file left), writer time ≈ \(Int(summary.writerSeconds * 1000)) ms")
    }

    struct Summary: Sendable {
        var attempts = 0
        var kills = 0
        var midSave = 0
        var writerSeconds = 0.0
    }

    /// What the file must hold: the baseline, with SC1's notes and history as committed so far.
    struct Expected {
        let baseline: Roadmap
        var notes: String?
        var changes: [(from: String?, to: String?)] = []

        mutating func commit(_ value: String) {
            changes.append((notes, value))
            notes = value
        }

        /// Whether `roadmap` is exactly this version.
        func matches(_ roadmap: Roadmap) -> Bool {
            guard let location = roadmap.locate("SC1") else { return false }
            let milestone = roadmap[location]
            guard milestone.notes == notes, milestone.history.count == changes.count else { return false }
            for (entry, change) in zip(milestone.history, changes) {
                guard entry.field == "notes", entry.from == change.from, entry.to == change.to else { return false }
            }
            var rest = roadmap
            rest[location].notes = baseline[location].notes
            rest[location].history = baseline[location].history
            return rest == baseline
        }
    }

    static func run(sandbox: RoadmapSandbox, seed: UInt64) async throws -> Summary {
        // Filler milestones make loading and saving a visible share of each writer's life.
        let file = sandbox.file("data/roadmap.json")
        let baseline = Fixtures.builtInWithFillers(200)
        try Fixtures.write(baseline, to: file)
        var expected = Expected(baseline: baseline, notes: baseline[baseline.locate("SC1")!].notes)
        var summary = Summary()
        var random = SplitMix64(seed: seed)

        /// Runs one writer; with `killAfter`, sends it SIGKILL that many seconds after its start.
        func writer(_ value: String, lockTimeout: String = "5", killAfter: Double? = nil) async throws -> ProcessOutput {
            let command = try sandbox.command(
                ["set", "SC1", "--notes", value, "--file", file.path], environment: ["ROADMAP_LOCK_TIMEOUT": lockTimeout], timeout: 20
            )
            return try await offCooperativePool {
                let running = try Subprocess.start(command)
                if let killAfter {
                    usleep(useconds_t(killAfter * 1_000_000))
                    running.signal(SIGKILL)
                }
                return try running.wait()
            }
        }

        // How long one uninterrupted writer lives on this machine, now: the
        // median of the latest complete runs (the load from other tests varies).
        var durations: [Double] = []
        func observe(_ seconds: Double) {
            durations = Array((durations + [seconds]).suffix(7))
        }
        var lifetime: Double { durations.sorted()[durations.count / 2] }
        for i in 1...3 {
            let out = try await writer("calibrate \(i)")
            try #require(out.exitCode == 0, "\(out)")
            expected.commit("calibrate \(i)")
            observe(out.seconds)
        }

        while summary.kills < killsWanted && summary.attempts < maximumAttempts {
            summary.attempts += 1
            let value = "killed \(summary.attempts)"
            // A third of the kills anywhere in the writer's life, the rest
            // towards its end, where it loads, encodes, writes and renames.
            let fraction = random.next() % 3 == 0 ? random.unit(0.02, 1.0) : random.unit(0.55, 1.1)
            let delay = max(0.002, lifetime * fraction)
            let out = try await writer(value, killAfter: delay)
            if out.signalled {
                summary.kills += 1
                if !Fixtures.temporaries(besides: file).isEmpty { summary.midSave += 1 }
            } else {
                #expect(out.exitCode == 0, "\(out)")
                observe(out.seconds)
            }

            // The file loads and is exactly the version before or after this writer.
            let roadmap: Roadmap
            do {
                roadmap = try Fixtures.load(file)
            } catch {
                Issue.record("attempt \(summary.attempts) (seed \(seed), delay \(Int(delay * 1000)) ms): the file does not load: \(error)")
                return summary
            }
            let notes = roadmap.locate("SC1").map { roadmap[$0].notes }
            if notes == value { expected.commit(value) }
            guard expected.matches(roadmap) else {
                Issue.record("attempt \(summary.attempts) (seed \(seed)): the file is not one complete version; SC1 notes \(String(describing: notes))")
                return summary
            }

            // No stale lock: the next writer gets the lock without waiting, and clears any temporary.
            let next = "after \(summary.attempts)"
            let after = try await writer(next, lockTimeout: "0")
            guard after.exitCode == 0 else {
                Issue.record("attempt \(summary.attempts): the writer after a kill failed: \(after)")
                return summary
            }
            expected.commit(next)
            observe(after.seconds)
            #expect(Fixtures.temporaries(besides: file).isEmpty, "a temporary file survived the next save")
        }
        #expect(expected.matches(try Fixtures.load(file)))
        summary.writerSeconds = lifetime
        return summary
    }
}
