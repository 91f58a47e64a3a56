import Foundation

/// Reads the folder run.sh fills and writes RESULTS.md:
///
///     machine.tsv              key TAB value (date, CPU, RAM, OS, versions, commit, run settings)
///     load.tsv                 epoch TAB 1-minute load average TAB running/total tasks (every 5 s)
///     sizes.txt                the sizes measured, in order
///     N/builtin                present when size N is the built-in roadmap
///     N/plan.tsv               rounds, runs per round, warm-up runs, first-frame runs
///     N/env                    the generator's facts (BENCH_*) and TASK_ID
///     N/files.tsv              name TAB bytes (the data each tool reads)
///     N/round-K.json           hyperfine --export-json of round K
///     N/inprocess.tsv          name, median ns, min ns, max ns, runs, what
///     N/memory.tsv             scenario TAB peak RSS KiB
///     N/first-frame.tsv        one duration in ns per line
///     N/started, N/ended       epoch seconds when the size's work began and ended
struct Report {
    let folder: String
    let machine: [(String, String)]
    let sizes: [Int]

    init(folder: String) throws {
        self.folder = folder
        machine = try Self.pairs(String(contentsOfFile: "\(folder)/machine.tsv", encoding: .utf8))
        sizes = try String(contentsOfFile: "\(folder)/sizes.txt", encoding: .utf8)
            .split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    }

    static func pairs(_ text: String) -> [(String, String)] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }

    func value(_ key: String) -> String { machine.first { $0.0 == key }?.1 ?? "?" }

    func text(_ size: Int, _ name: String) -> String? {
        try? String(contentsOfFile: "\(folder)/\(size)/\(name)", encoding: .utf8)
    }

    func table(_ size: Int, _ name: String) -> [[String]] {
        (text(size, name) ?? "").split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    func env(_ size: Int) -> [String: String] {
        var result: [String: String] = [:]
        for line in (text(size, "env") ?? "").split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { result[parts[0]] = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return result
    }

    // MARK: hyperfine

    /// Every run's time in seconds, pooled over all rounds, by command name.
    func hyperfineTimes(_ size: Int) -> [String: [Double]] {
        var times: [String: [Double]] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/\(size)")) ?? []
        for file in files.sorted() where file.hasPrefix("round-") && file.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: "\(folder)/\(size)/\(file)"),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let results = object["results"] as? [[String: Any]] else { continue }
            for result in results {
                guard let command = result["command"] as? String, let list = result["times"] as? [Double] else { continue }
                times[command, default: []] += list
            }
        }
        return times
    }

    /// CPU time (user + system) in seconds by command name: each round's mean,
    /// which hyperfine records, one value per round. Waiting for a core on a
    /// busy machine does not count here, as it does in the wall-clock times.
    func cpuTimes(_ size: Int) -> [String: [Double]] {
        var times: [String: [Double]] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/\(size)")) ?? []
        for file in files.sorted() where file.hasPrefix("round-") && file.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: "\(folder)/\(size)/\(file)"),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let results = object["results"] as? [[String: Any]] else { continue }
            for result in results {
                guard let command = result["command"] as? String, let user = result["user"] as? Double,
                      let system = result["system"] as? Double else { continue }
                times[command, default: []].append(user + system)
            }
        }
        return times
    }

    static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func seconds(_ value: Double) -> String {
        if value.isNaN { return "–" }
        if value >= 1 { return String(format: "%.2f s", value) }
        if value >= 0.01 { return String(format: "%.0f ms", value * 1000) }
        if value >= 0.001 { return String(format: "%.1f ms", value * 1000) }
        return String(format: "%.3f ms", value * 1000)
    }

    static func count(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }

    static func mib(_ kib: Int) -> String { String(format: "%.1f MiB", Double(kib) / 1024) }

    static let pairs: [(String, String, String)] = [
        ("roadmap list", "task list", "list every milestone / the pending tasks"),
        ("roadmap snapshot", "task summary", "weekly snapshot / project summary"),
        ("roadmap set", "task modify", "`set ID --status done` / `ID modify status:completed`"),
        ("roadmap show", "task info", "one milestone / one task"),
    ]

    /// A size's name in headings: "21 (built-in roadmap)" for the built-in one.
    func label(_ size: Int) -> String {
        FileManager.default.fileExists(atPath: "\(folder)/\(size)/builtin") ? "\(Self.count(size)) (built-in roadmap)" : Self.count(size)
    }

    func medianOf(_ size: Int, _ command: String) -> Double? {
        let list = hyperfineTimes(size)[command] ?? []
        return list.isEmpty ? nil : Self.median(list)
    }

    func inProcess(_ size: Int) -> [String: (median: Double, min: Double, max: Double, runs: Int, what: String)] {
        var result: [String: (Double, Double, Double, Int, String)] = [:]
        for row in table(size, "inprocess.tsv") where row.count >= 6 {
            result[row[0]] = ((Double(row[1]) ?? .nan) / 1e9, (Double(row[2]) ?? .nan) / 1e9, (Double(row[3]) ?? .nan) / 1e9, Int(row[4]) ?? 0, row[5])
        }
        return result
    }

    func memory(_ size: Int) -> [String: Int] {
        var result: [String: Int] = [:]
        for row in table(size, "memory.tsv") where row.count >= 2 { result[row[0]] = Int(row[1]) }
        return result
    }

    func firstFrame(_ size: Int) -> [Double] {
        (text(size, "first-frame.tsv") ?? "").split(separator: "\n").compactMap { Double($0) }.map { $0 / 1e9 }
    }

    // MARK: the page

    func markdown() -> String {
        var out: [String] = []
        func line(_ s: String = "") { out.append(s) }

        line("# Benchmark results")
        line()
        line("Written by `Benchmarks/run.sh` (see [README.md](README.md) for what is measured and how to read this page).")
        line("Every number in the tables comes from one run of that script and none is edited by hand; the notes at the end")
        line("are NOTES.md, written by hand.")
        line()
        line("| | |")
        line("| --- | --- |")
        for key in ["date", "commit", "tree", "machine", "cpu", "nproc", "ram", "os", "kernel", "swift", "taskwarrior", "hyperfine", "data on", "settings"] {
            line("| \(key) | \(value(key)) |")
        }
        line("| load during the run | \(loadSummary()) |")
        line()

        startupTargets(&out)
        targets(&out)
        wholeProcess(&out)
        inProcessSection(&out)
        memorySection(&out)
        firstFrameSection(&out)
        dataSection(&out)
        return out.joined(separator: "\n") + "\n"
    }

    /// The 1-minute load averages sampled during the run, with their times; only
    /// those between `from` and `to` (epoch seconds) when given.
    func loads(from: Int? = nil, to: Int? = nil) -> [Double] {
        let rows = ((try? String(contentsOfFile: "\(folder)/load.tsv", encoding: .utf8)) ?? "").split(separator: "\n")
        return rows.compactMap { row -> Double? in
            let parts = row.split(whereSeparator: \.isWhitespace)
            guard parts.count >= 2, let time = Int(parts[0]) else { return nil }
            if let from, time < from { return nil }
            if let to, time > to { return nil }
            return Double(parts[1])
        }
    }

    func loadSummary() -> String {
        let all = loads()
        guard !all.isEmpty else { return "not sampled" }
        var summary = String(
            format: "1-minute load average %.2f median, %.2f min, %.2f max over %d samples (every 5 s) on %@ cores; this run itself keeps about 1 busy",
            Self.median(all), all.min()!, all.max()!, all.count, value("nproc"))
        let perSize = sizes.compactMap { size -> String? in
            guard let from = text(size, "started").flatMap({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }),
                  let to = text(size, "ended").flatMap({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else { return nil }
            let window = loads(from: from, to: to)
            return window.isEmpty ? nil : String(format: "%@: %.2f", Self.count(size), Self.median(window))
        }
        if !perSize.isEmpty { summary += "; median while measuring " + perSize.joined(separator: ", ") }
        return summary
    }

    /// Issue 16: every command at the sizes people keep (the built-in 21
    /// milestones, and 200) at most 0.6 × Taskwarrior, and the snapshot at
    /// 10,000 at most 0.4 × `task summary`; the static binary, wall clock.
    func startupTargets(_ out: inout [String]) {
        out.append("## The targets of issue 16")
        out.append("")
        out.append("Medians of wall-clock time from the whole-process tables below (the static binary the README installs).")
        out.append("")
        out.append("| target | measured | met? |")
        out.append("| --- | --- | --- |")
        func row(_ size: Int, _ mine: String, _ theirs: String, _ limit: Double) {
            let target = "\(label(size)): `\(mine)` ≤ \(String(format: "%.1f", limit)) × `\(theirs)`"
            guard let a = medianOf(size, mine), let b = medianOf(size, theirs) else {
                return out.append("| \(target) | – | not measured |")
            }
            let ratio = a / b
            let distance = ratio <= limit ? "" : String(format: "; needs %.2f× faster (to %@)", ratio / limit, Self.seconds(b * limit))
            out.append("| \(target) | \(Self.seconds(a)) vs \(Self.seconds(b)): ratio \(String(format: "%.2f", ratio))\(distance) | \(ratio <= limit ? "yes" : "**no**") |")
        }
        for size in [21, 200] where sizes.contains(size) {
            for (mine, theirs, _) in Self.pairs { row(size, mine, theirs, 0.6) }
        }
        if sizes.contains(10_000) { row(10_000, "roadmap snapshot", "task summary", 0.4) }
        out.append("")
    }

    func targets(_ out: inout [String]) {
        out.append("## The targets of issue 5")
        out.append("")
        out.append("| target | measured | met? |")
        out.append("| --- | --- | --- |")
        func row(_ target: String, _ measured: String, _ met: Bool?) {
            let verdict = met.map { $0 ? "yes" : "**no**" } ?? "not measured"
            out.append("| \(target) | \(measured) | \(verdict) |")
        }
        let mid = 10_000, big = 100_000
        for (mine, theirs, _) in Self.pairs.prefix(2) {
            if let a = medianOf(mid, mine), let b = medianOf(mid, theirs) {
                let ratio = a / b
                let distance = ratio <= 0.5 ? "" : String(format: "; needs %.1f× faster (to %@)", ratio / 0.5, Self.seconds(b / 2))
                row("10,000: `\(mine)` ≤ ½ × `\(theirs)`", String(format: "%@ vs %@: ratio %.2f%@", Self.seconds(a), Self.seconds(b), ratio, distance), ratio <= 0.5)
            } else {
                row("10,000: `\(mine)` ≤ ½ × `\(theirs)`", "–", nil)
            }
        }
        let frames = firstFrame(mid)
        if !frames.isEmpty {
            let m = Self.median(frames)
            let distance = m <= 0.1 ? "" : String(format: "; %.1f× over", m / 0.1)
            row("10,000: UI's first frame ≤ 100 ms after start (pty, exec → frame on the terminal)",
                "\(Self.seconds(m)) median of \(frames.count)\(distance)", m <= 0.1)
        } else {
            row("10,000: UI's first frame ≤ 100 ms after start", "–", nil)
        }
        if let approx = inProcess(mid)["ui-first-frame"] {
            row("10,000: same, in-process approximation (session load + state + render, no exec, no curses)",
                Self.seconds(approx.median), approx.median <= 0.1)
        }
        let inBig = inProcess(big)
        for (key, label) in [("ui-move", "cursor move (update + render)"), ("ui-status", "status change (update + render, save excluded)")] {
            if let r = inBig[key] {
                let distance = r.median <= 0.016 ? "" : String(format: "; %.1f× over", r.median / 0.016)
                row("100,000: \(label) ≤ 16 ms", "\(Self.seconds(r.median)) median, \(Self.seconds(r.max)) worst of \(r.runs)\(distance)", r.median <= 0.016)
            } else {
                row("100,000: \(label) ≤ 16 ms", "–", nil)
            }
        }
        for (key, label) in [
            ("ui-saved-idle", "a background save coming back (update(.saved) + render), nothing changed meanwhile"),
            ("ui-saved-newer", "a background save coming back after another change was made meanwhile"),
            ("ui-saved-outside", "the same, when the save had merged in a change from another process (the UI rebases onto it)"),
        ] {
            if let r = inBig[key] {
                let distance = r.median <= 0.016 ? "" : String(format: "; %.1f× over", r.median / 0.016)
                row("100,000: \(label) ≤ 16 ms", "\(Self.seconds(r.median)) median, \(Self.seconds(r.max)) worst of \(r.runs)\(distance)", r.median <= 0.016)
            }
        }
        if let r = inBig["ui-status-save"] {
            out.append("| 100,000: (not a target) a status change and its save in line — the work one change causes, now off the keys | \(Self.seconds(r.median)) median | – |")
        }
        let memBig = memory(big)
        // 150 MB read strictly as 10⁶ bytes; between 150 MB and 150 MiB the verdict says so.
        func memoryRow(_ label: String, _ kib: Int?) {
            guard let kib else { return row("100,000: peak memory < 150 MB — \(label)", "–", nil) }
            let bytes = Double(kib) * 1024
            let measured = "\(Self.mib(kib)) = \(String(format: "%.1f", bytes / 1e6)) MB"
            if bytes < 150e6 {
                row("100,000: peak memory < 150 MB — \(label)", measured, true)
            } else if bytes < 150 * 1_048_576 {
                out.append("| 100,000: peak memory < 150 MB — \(label) | \(measured) | under 150 MiB, \(String(format: "%.1f", (bytes / 150e6 - 1) * 100)) % over 150 MB (10⁶ bytes) |")
            } else {
                row("100,000: peak memory < 150 MB — \(label)", measured + String(format: "; %.1f× over", bytes / 150e6), false)
            }
        }
        memoryRow("UI working set (load + frame + status change + save)", memBig["ui"])
        memoryRow("load alone", memBig["load"])
        for (command, label) in [("rss roadmap list", "`roadmap list`"), ("rss roadmap snapshot", "`roadmap snapshot`"), ("rss roadmap set", "`roadmap set`")] {
            if let kib = memBig[command] { memoryRow("\(label) (whole process)", kib) }
        }
        out.append("")
        out.append("MB = 10⁶ bytes, MiB = 2²⁰ bytes. \"Worst\" is the slowest single run, which includes the machine's noise.")
        out.append("")
    }

    func wholeProcess(_ out: inout [String]) {
        out.append("## Whole process: roadmap against Taskwarrior (hyperfine)")
        out.append("")
        out.append("Medians of wall-clock time per command, standard output to /dev/null, pooled over interleaved rounds")
        out.append("(see *plan*). Ratio = roadmap ÷ task: below 1 roadmap is faster. min–max in brackets. CPU: user + system time,")
        out.append("the median of the rounds' means (hyperfine records a mean per round), which waiting for a core does not inflate.")
        out.append("")
        for size in sizes {
            let plan = table(size, "plan.tsv").first ?? []
            var planText = "?"
            if plan.count >= 3, let rounds = Int(plan[0]), let runs = Int(plan[1]) {
                planText = "\(rounds) rounds × \(runs) run\(runs == 1 ? "" : "s") per command = \(rounds * runs) runs each, \(plan[2]) warm-up run(s) in round 1"
                if rounds * runs < 10 { planText += " (fewer runs at this size: Taskwarrior takes seconds per command)" }
            }
            let facts = env(size)
            out.append("### \(label(size)) milestones")
            out.append("")
            out.append("Plan: \(planText). Statuses: \(facts["BENCH_STATUSES"] ?? "?"); `task list` shows the \(facts["BENCH_OPEN"].flatMap(Int.init).map(Self.count) ?? "?") open ones, `roadmap list` all \(Self.count(size)). Changed: `\(facts["BENCH_SET_ID"] ?? "?")` = task \(facts["TASK_ID"] ?? "?").")
            out.append("")
            out.append("| comparison | roadmap | task | roadmap ÷ task | runs | CPU roadmap / task (ratio) |")
            out.append("| --- | --- | --- | --- | --- | --- |")
            let times = hyperfineTimes(size), cpu = cpuTimes(size)
            func cpuCell(_ mine: String, _ theirs: String?) -> String {
                guard let a = cpu[mine], !a.isEmpty else { return "–" }
                guard let theirs, let b = cpu[theirs], !b.isEmpty else { return Self.seconds(Self.median(a)) }
                return "\(Self.seconds(Self.median(a))) / \(Self.seconds(Self.median(b))) (\(String(format: "%.2f", Self.median(a) / Self.median(b))))"
            }
            for (mine, theirs, what) in Self.pairs {
                let a = times[mine] ?? [], b = times[theirs] ?? []
                func cell(_ list: [Double]) -> String {
                    list.isEmpty ? "–" : "\(Self.seconds(Self.median(list))) [\(Self.seconds(list.min()!))–\(Self.seconds(list.max()!))]"
                }
                let ratio = a.isEmpty || b.isEmpty ? "–" : String(format: "%.2f", Self.median(a) / Self.median(b))
                out.append("| `\(mine)` vs `\(theirs)` (\(what)) | \(cell(a)) | \(cell(b)) | \(ratio) | \(a.count) / \(b.count) | \(cpuCell(mine, theirs)) |")
                let dynamic = times["\(mine) (dynamic)"] ?? []
                if !dynamic.isEmpty {
                    let ratio = b.isEmpty ? "–" : String(format: "%.2f", Self.median(dynamic) / Self.median(b))
                    out.append("| the same, ordinary release build (dynamically linked) | \(cell(dynamic)) | | \(ratio) | \(dynamic.count) | \(cpuCell("\(mine) (dynamic)", theirs)) |")
                }
            }
            out.append("")
        }
    }

    static let inProcessOrder = [
        "load", "decode", "encode", "save", "cli-set", "ui-first-frame", "ui-move", "ui-status", "ui-status-save", "ui-saved-idle",
        "ui-saved-newer", "ui-saved-outside", "snapshot",
    ]

    func inProcessSection(_ out: inout [String]) {
        out.append("## In process (roadmap-bench inprocess)")
        out.append("")
        out.append("Medians; warm-up runs first; each column is one roadmap size. UI at 80×24, the cursor in the middle of the")
        out.append("second workstream. Built with `swift build -c release --static-swift-stdlib`.")
        out.append("")
        let data = sizes.map { inProcess($0) }
        out.append("| operation | " + sizes.map { label($0) }.joined(separator: " | ") + " | what |")
        out.append("| --- | " + sizes.map { _ in "---" }.joined(separator: " | ") + " | --- |")
        for name in Self.inProcessOrder {
            let what = data.compactMap { $0[name]?.what }.first ?? ""
            let cells = data.map { d in d[name].map { "\(Self.seconds($0.median)) (\($0.runs))" } ?? "–" }
            out.append("| \(name) | " + cells.joined(separator: " | ") + " | \(what) |")
        }
        out.append("")
        out.append("In brackets: the number of measured runs.")
        out.append("")
    }

    func memorySection(_ out: inout [String]) {
        out.append("## Peak memory (ru_maxrss)")
        out.append("")
        out.append("Each scenario in a fresh process; the whole-process rows are the peak RSS of the command as run by the")
        out.append("benchmark (the largest of 3 runs, from wait4).")
        out.append("")
        let data = sizes.map { memory($0) }
        let rows: [(String, String)] = [
            ("baseline", "roadmap-bench doing nothing (Swift runtime + Foundation)"),
            ("load", "in process: RoadmapStore.load, result kept"),
            ("retained", "in process, not a peak: resident after the load once its temporary memory is freed and trimmed (malloc_trim), fragmentation included"),
            ("heap", "in process, not a peak: heap bytes the loaded roadmap itself holds (mallinfo2 in use after the load − before)"),
            ("ui", "in process: the UI's working set — session open, first frame, a status change, its save"),
            ("rss roadmap list", "`roadmap list`"), ("rss task list", "`task list`"),
            ("rss roadmap snapshot", "`roadmap snapshot`"), ("rss task summary", "`task summary`"),
            ("rss roadmap set", "`roadmap set ID --status done`"), ("rss task modify", "`task ID modify status:completed`"),
        ]
        out.append("| scenario | " + sizes.map { label($0) }.joined(separator: " | ") + " |")
        out.append("| --- | " + sizes.map { _ in "---" }.joined(separator: " | ") + " |")
        for (key, label) in rows {
            out.append("| \(label) | " + data.map { $0[key].map(Self.mib) ?? "–" }.joined(separator: " | ") + " |")
        }
        out.append("")
    }

    func firstFrameSection(_ out: inout [String]) {
        out.append("## The UI's first frame, whole process")
        out.append("")
        out.append("`roadmap --file F --today D` started with posix_spawn on an 80×24 pseudo-terminal (TERM=xterm-256color,")
        out.append("C.UTF-8); the clock stops when the frame's last row (the key hints) has been read from the terminal; then `q`.")
        out.append("One unmeasured run first (page cache warm).")
        out.append("")
        out.append("| milestones | median | min | max | runs |")
        out.append("| --- | --- | --- | --- | --- |")
        for size in sizes {
            let f = firstFrame(size)
            guard !f.isEmpty else { continue }
            out.append("| \(Self.count(size)) | \(Self.seconds(Self.median(f))) | \(Self.seconds(f.min()!)) | \(Self.seconds(f.max()!)) | \(f.count) |")
        }
        out.append("")
    }

    func dataSection(_ out: inout [String]) {
        out.append("## The data")
        out.append("")
        out.append("Generated by `roadmap-bench-gen N` (same seed, so the same bytes every run). Taskwarrior's files after")
        out.append("`task import` of the same milestones (notes as annotations; owner and the Thai and Japanese titles as UDAs;")
        out.append("the 5 history entries have no place in Taskwarrior's task data, so roadmap's file carries more).")
        out.append("")
        let data = sizes.map { size in Dictionary(table(size, "files.tsv").compactMap { $0.count == 2 ? ($0[0], Int($0[1]) ?? 0) : nil }, uniquingKeysWith: { a, _ in a }) }
        let names = ["roadmap.json", "tasks.json", "pending.data", "completed.data", "undo.data", "backlog.data"]
        out.append("| file | " + sizes.map { label($0) }.joined(separator: " | ") + " |")
        out.append("| --- | " + sizes.map { _ in "---" }.joined(separator: " | ") + " |")
        for name in names {
            out.append("| \(name) | " + data.map { d in d[name].map { String(format: "%.1f MB", Double($0) / 1e6) } ?? "–" }.joined(separator: " | ") + " |")
        }
        out.append("")
    }
}
