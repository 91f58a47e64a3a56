import BenchRoadmapUI
import CBenchSupport
import Foundation
import RoadmapCore

/// Keeps results alive so the optimizer cannot drop the work that made them.
nonisolated(unsafe) var sink = 0

/// How long to measure one operation.
struct Budget {
    var warmup: Int
    var minRuns: Int
    var maxRuns: Int
    /// Keep measuring (up to maxRuns) until this many seconds were spent.
    var seconds: Double

    /// Whole-file work (load, save, snapshot): a few runs at 100,000, more when fast.
    static let heavy = Budget(warmup: 1, minRuns: 5, maxRuns: 30, seconds: 3)
    /// One key in the UI: many runs.
    static let key = Budget(warmup: 20, minRuns: 200, maxRuns: 3000, seconds: 1.5)
    static let quick = Budget(warmup: 0, minRuns: 2, maxRuns: 3, seconds: 0)
}

/// Runs `body` after `warmup` unmeasured runs; `setup` runs before every run, untimed.
func measure(_ budget: Budget, setup: () throws -> Void = {}, _ body: () throws -> Void) rethrows -> Stats {
    for _ in 0..<budget.warmup {
        try setup()
        try body()
    }
    var samples: [UInt64] = []
    let start = nowNanoseconds()
    while samples.count < budget.maxRuns {
        try setup()
        let t0 = nowNanoseconds()
        try body()
        samples.append(nowNanoseconds() - t0)
        if samples.count >= budget.minRuns && Double(nowNanoseconds() - start) / 1e9 >= budget.seconds { break }
    }
    return Stats(samples: samples)
}

/// The in-process benchmarks of one roadmap file.
struct InProcessBenchmarks {
    let file: String
    /// A copy of the file that saves may overwrite (same folder, same disk).
    let scratch: String
    let today: CalendarDay
    let quick: Bool
    var results: [(name: String, stats: Stats, what: String)] = []

    init(file: String, scratch: String, today: CalendarDay, quick: Bool) {
        self.file = file
        self.scratch = scratch
        self.today = today
        self.quick = quick
    }

    private func budget(_ budget: Budget) -> Budget { quick ? .quick : budget }

    private mutating func record(_ name: String, _ what: String, _ stats: Stats) {
        results.append((name, stats, what))
        let ms = { (ns: Double) in String(format: "%.3f ms", ns / 1e6) }
        FileHandle.standardError.write(Data("  \(name): median \(ms(stats.median)) (min \(ms(Double(stats.min))), \(stats.samples.count) runs)\n".utf8))
    }

    private func resetScratch() throws {
        if FileManager.default.fileExists(atPath: scratch) { try FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.copyItem(atPath: file, toPath: scratch)
    }

    /// Switches to the second workstream and moves the selection to its middle row,
    /// so a change looks its milestone up half-way through the file, as on average.
    static func positionCursor(_ state: inout AppState) {
        _ = state.update(.key(.character("2")))
        let count = state.roadmap.workstreams.count > 1 ? state.roadmap.workstreams[1].milestones.count : 0
        var guardCount = 0
        while let id = state.selectedMilestone?.id, let n = Int(id.drop { !$0.isNumber }), n < count / 2, guardCount < 100_000 {
            _ = state.update(.key(.pageDown))
            guardCount += 1
        }
    }

    mutating func run() throws {
        let store = RoadmapStore(path: file)

        // Load: read the file, parse the JSON, decode and validate the roadmap.
        var roadmap = try store.load()
        record("load", "read + parse + decode the file (RoadmapStore.load)", try measure(budget(.heavy)) {
            let loaded = try store.load()
            sink &+= loaded.milestoneCount
        })

        let bytes = try store.readBytes()
        record("decode", "parse + decode bytes already in memory", try measure(budget(.heavy)) {
            sink &+= try RoadmapStore.decode(bytes, path: file).milestoneCount
        })

        record("encode", "RoadmapEncoder.encode to bytes in memory", try measure(budget(.heavy)) {
            sink &+= RoadmapEncoder.encode(roadmap).count
        })

        // Save: encode + atomic write (temporary file, fsync, rename, fsync of the folder).
        try resetScratch()
        let scratchStore = RoadmapStore(path: scratch)
        record("save", "encode + atomic write with fsync (RoadmapStore.write)", try measure(budget(.heavy)) {
            try scratchStore.write(roadmap)
        })

        // One status change with its save, as `roadmap set ID --status …` does it:
        // lock, load, change, save.
        try resetScratch()
        guard let target = roadmap.workstreams.dropFirst().first?.milestones.dropFirst(roadmap.workstreams[1].milestones.count / 2).first?.id
        else { fail("no milestone to change") }
        var flip = false
        record("cli-set", "lock + load + status change + save (RoadmapStore.modify, as `roadmap set`)", try measure(budget(.heavy)) {
            flip.toggle()
            let status = flip ? Status.done : Status.inProgress
            try scratchStore.modify { roadmap in
                guard let location = roadmap.locate(target) else { throw RoadmapError.unknownMilestone(target) }
                try roadmap[location].set(.status, to: status.rawValue, at: Timestamp.now())
            }
        })

        // The UI's start, in process: open the session (load, and what it keeps
        // to notice outside changes), build the state, draw the first frame.
        record("ui-first-frame", "RoadmapSession open + AppState + first render() at 80×24 (no terminal)", try measure(budget(.heavy)) {
            let session = try RoadmapSession(store: store)
            let state = AppState(roadmap: session.base, today: today, width: 80, height: 24)
            sink &+= state.render().cells.count
        })

        // The UI's keyboard path. The session's base shares storage with the
        // state's roadmap, as in the real UI (InteractiveSession).
        try resetScratch()
        let session = try RoadmapSession(store: scratchStore)
        roadmap = session.base
        var state = AppState(roadmap: roadmap, today: today, width: 80, height: 24)
        state.clock = { Timestamp(secondsSinceEpoch: 1_804_000_000) }
        Self.positionCursor(&state)
        sink &+= state.render().cells.count

        var step = 0
        record("ui-move", "update(.key(.down)) + render() at 80×24", try measure(budget(.key)) {
            step += 1
            _ = state.update(.key(step % 200 < 100 ? .down : .up))
            sink &+= state.render().cells.count
        })

        // A status change without its save (the lead moves saves off the keyboard
        // path): the previous version stays referenced, as the session's base
        // holds it, so the change pays copy-on-write of the workstream as in the UI.
        var previous = state.roadmap
        var forward = false
        record("ui-status", "update(.key(s)) + render() at 80×24, save not included", measure(budget(.key), setup: {
            previous = state.roadmap
        }) {
            forward.toggle()
            let effects = state.update(.key(.character(forward ? "s" : "S")))
            sink &+= state.render().cells.count + effects.count
        })
        sink &+= previous.workstreams.count

        // A status change and its save one after the other: the whole work of one
        // change. The UI saves in the background (80fa648), so this is not the
        // key's latency: update, RoadmapSession.save (lock, check for outside
        // changes, encode, atomic write), .saved, render.
        record("ui-status-save", "update(.key(s)) + RoadmapSession.save + update(.saved) + render(), in line", try measure(budget(.heavy)) {
            forward.toggle()
            let effects = state.update(.key(.character(forward ? "s" : "S")))
            guard effects.contains(.save) else { fail("the status key asked for no save") }
            try Self.save(&state, session: session)
            sink &+= state.render().cells.count
        })

        // What a finished background save costs the UI thread: the .saved message
        // and the frame after it. idle: no key came in while the save ran.
        // newer: another milestone was changed while it ran, so the UI keeps that
        // change on top of what was written and asks for the next save. outside:
        // the same, and another process had changed a third milestone, which the
        // save merged in, so the UI rebases its newer change onto that.
        var pending: (onDisk: Roadmap, sent: Roadmap)?
        record("ui-saved-idle", "update(.saved) + render() after a background save, nothing changed meanwhile", try measure(budget(.heavy), setup: {
            forward.toggle()
            _ = state.update(.key(.character(forward ? "s" : "S")))
            pending = try Self.backgroundSave(state.roadmap, session: session)
        }) {
            guard let (onDisk, sent) = pending else { return }
            sink &+= state.update(.saved(onDisk, sent: sent)).count + state.render().cells.count
        })
        guard let outsideID = roadmap.workstreams.last?.milestones.first?.id else { fail("no milestone to change from outside") }
        var outsideFlip = false
        for (name, outside) in [("ui-saved-newer", false), ("ui-saved-outside", true)] {
            var effects: [Effect] = []
            let what = outside
                ? "update(.saved) + render() after a background save that merged an outside change, another milestone changed meanwhile"
                : "update(.saved) + render() after a background save, another milestone changed meanwhile"
            record(name, what, try measure(budget(.heavy), setup: {
                if effects.contains(.save) {
                    // Let the follow-up save finish first, so every run starts alike.
                    try Self.save(&state, session: session)
                }
                if outside {
                    // Another process changes a milestone of another workstream.
                    outsideFlip.toggle()
                    try scratchStore.modify { roadmap in
                        guard let location = roadmap.locate(outsideID) else { throw RoadmapError.unknownMilestone(outsideID) }
                        try roadmap[location].set(.owner, to: outsideFlip ? "METI" : "OIE", at: Timestamp(secondsSinceEpoch: 1_804_000_000))
                    }
                }
                forward.toggle()
                _ = state.update(.key(.character(forward ? "s" : "S")))
                pending = try Self.backgroundSave(state.roadmap, session: session)
                _ = state.update(.key(.down))
                _ = state.update(.key(.character(forward ? "s" : "S")))
                _ = state.update(.key(.up))
            }) {
                guard let (onDisk, sent) = pending else { return }
                effects = state.update(.saved(onDisk, sent: sent))
                sink &+= effects.count + state.render().cells.count
            })
            if effects.contains(.save) { try Self.save(&state, session: session) }
        }

        // The weekly snapshot, as `roadmap snapshot` builds it after loading: model + text.
        let week = IsoWeek(containing: today)
        record("snapshot", "WeeklySnapshot + render(.text) at 80 columns (no load)", try measure(budget(.heavy)) {
            let snapshot = WeeklySnapshot(roadmap: roadmap, week: week, today: today)
            sink &+= snapshot.render(.text).utf8.count
        })
        try? FileManager.default.removeItem(atPath: scratch)
    }

    /// Saves what the state holds, as the runner's background saver does, and
    /// returns what the UI will hear when it is done.
    static func backgroundSave(_ sent: Roadmap, session: RoadmapSession) throws -> (onDisk: Roadmap, sent: Roadmap) {
        switch session.save(sent) {
        case .saved(let onDisk): return (onDisk, sent)
        case let other: fail("save failed: \(other)")
        }
    }

    /// Saves and lets the state hear of it, until it asks for no further save.
    static func save(_ state: inout AppState, session: RoadmapSession) throws {
        var rounds = 0
        repeat {
            let (onDisk, sent) = try backgroundSave(state.roadmap, session: session)
            rounds += 1
            guard state.update(.saved(onDisk, sent: sent)).contains(.save), rounds < 10 else { return }
        } while true
    }

    var tsv: String {
        results.map { r in
            [r.name, String(format: "%.0f", r.stats.median), "\(r.stats.min)", "\(r.stats.max)", "\(r.stats.samples.count)", r.what]
                .joined(separator: "\t")
        }.joined(separator: "\n") + "\n"
    }
}

/// Peak memory of one scenario in a fresh process (ru_maxrss is a high-water mark).
enum MemoryScenario {
    static func run(_ scenario: String, file: String?, today: CalendarDay) throws -> Int {
        switch scenario {
        case "baseline":
            // The runtime and Foundation alone.
            sink &+= ProcessInfo.processInfo.environment.count
        case "load":
            guard let file else { fail("memory load needs a file") }
            let roadmap = try RoadmapStore(path: file).load()
            withExtendedLifetime(roadmap) { sink &+= roadmap.milestoneCount }
        case "retained", "heap":
            // Not peaks. retained: the resident set once the load's temporary memory
            // (file bytes, JSON tree) is freed and trimmed — what the process keeps,
            // fragmentation included. heap: the bytes the loaded roadmap itself
            // holds on the heap (heap in use after the load minus before it).
            guard let file else { fail("memory \(scenario) needs a file") }
            let before = bench_heap_in_use_kib()
            let roadmap = try RoadmapStore(path: file).load()
            let result = scenario == "heap" ? bench_heap_in_use_kib() - before : bench_trimmed_rss_kib()
            withExtendedLifetime(roadmap) { sink &+= roadmap.milestoneCount }
            return result
        case "ui":
            // The UI's working set: the session (the roadmap and what it keeps to
            // notice outside changes), the state, one frame, one status change and
            // its save. `file` is overwritten.
            guard let file else { fail("memory ui needs a file") }
            let session = try RoadmapSession(store: RoadmapStore(path: file))
            var state = AppState(roadmap: session.base, today: today, width: 80, height: 24)
            InProcessBenchmarks.positionCursor(&state)
            sink &+= state.render().cells.count
            _ = state.update(.key(.character("s")))
            try InProcessBenchmarks.save(&state, session: session)
            sink &+= state.render().cells.count
            withExtendedLifetime(session) {}
        default:
            fail("unknown memory scenario \(scenario)")
        }
        return peakRSSKiB()
    }
}

/// One operation in a loop, nothing else: a clean process to profile
/// (`perf record -g roadmap-bench loop ui-move FILE --count 5000`, or callgrind).
enum ProfileLoop {
    static func run(_ operation: String, file: String, count: Int, today: CalendarDay) throws {
        let store = RoadmapStore(path: file)
        switch operation {
        case "load":
            for _ in 0..<count { sink &+= try store.load().milestoneCount }
        case "decode":
            let bytes = try store.readBytes()
            for _ in 0..<count { sink &+= try RoadmapStore.decode(bytes, path: file).milestoneCount }
        case "encode":
            let roadmap = try store.load()
            for _ in 0..<count { sink &+= RoadmapEncoder.encode(roadmap).count }
        case "snapshot":
            let roadmap = try store.load()
            for _ in 0..<count {
                sink &+= WeeklySnapshot(roadmap: roadmap, week: IsoWeek(containing: today), today: today).render(.text).utf8.count
            }
        case "ui-first-frame":
            for _ in 0..<count {
                let session = try RoadmapSession(store: store)
                sink &+= AppState(roadmap: session.base, today: today, width: 80, height: 24).render().cells.count
            }
        case "ui-move", "ui-status":
            let roadmap = try store.load()
            var state = AppState(roadmap: roadmap, today: today, width: 80, height: 24)
            state.clock = { Timestamp(secondsSinceEpoch: 1_804_000_000) }
            InProcessBenchmarks.positionCursor(&state)
            var previous = state.roadmap
            for i in 0..<count {
                if operation == "ui-move" {
                    _ = state.update(.key(i % 200 < 100 ? .down : .up))
                } else {
                    previous = state.roadmap
                    _ = state.update(.key(.character(i % 2 == 0 ? "s" : "S")))
                }
                sink &+= state.render().cells.count
            }
            sink &+= previous.workstreams.count
        case "ui-saved-newer", "ui-saved-outside":
            // Saves to FILE: pass a copy. ui-saved-outside: another process changes the last
            // workstream's first milestone before each save, so the UI rebases onto the merge.
            let session = try RoadmapSession(store: store)
            var state = AppState(roadmap: session.base, today: today, width: 80, height: 24)
            InProcessBenchmarks.positionCursor(&state)
            let outsideID = operation == "ui-saved-outside" ? state.roadmap.workstreams.last?.milestones.first?.id : nil
            for i in 0..<count {
                if let outsideID {
                    try store.modify { roadmap in
                        guard let location = roadmap.locate(outsideID) else { throw RoadmapError.unknownMilestone(outsideID) }
                        try roadmap[location].set(.owner, to: i % 2 == 0 ? "METI" : "OIE", at: Timestamp(secondsSinceEpoch: 1_804_000_000))
                    }
                }
                let key: Character = i % 2 == 0 ? "s" : "S"
                _ = state.update(.key(.character(key)))
                let (onDisk, sent) = try InProcessBenchmarks.backgroundSave(state.roadmap, session: session)
                _ = state.update(.key(.down))
                _ = state.update(.key(.character(key)))
                _ = state.update(.key(.up))
                _ = state.update(.saved(onDisk, sent: sent))
                sink &+= state.render().cells.count
                try InProcessBenchmarks.save(&state, session: session)
            }
        default:
            fail("unknown operation \(operation)", code: 64)
        }
    }
}
