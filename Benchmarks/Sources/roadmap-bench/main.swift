// roadmap-bench: the in-process benchmarks, peak-memory probes, the
// first-frame measurement in a pseudo-terminal and the RESULTS.md report.
// run.sh drives it; each subcommand can also be run by hand:
//
//   roadmap-bench inprocess FILE --today DATE --scratch PATH [--quick] [--out TSV]
//   roadmap-bench memory baseline|load|retained|heap|ui [FILE] [--today DATE]  (KiB; see MemoryScenario)
//   roadmap-bench rss COMMAND [ARG…]                                 (the command's peak RSS, KiB)
//   roadmap-bench first-frame --roadmap BIN --file FILE --today DATE [--runs N] [--marker TEXT]
//   roadmap-bench report RESULTS-FOLDER                              (RESULTS.md on stdout)
//   roadmap-bench loop OPERATION FILE [--count N] [--today DATE]       (one operation N times, for perf/callgrind)
import Foundation
import RoadmapCore

struct Arguments {
    var positional: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    init(_ list: ArraySlice<String>, flags known: Set<String>) {
        var rest = list[...]
        while let first = rest.popFirst() {
            if first == "--" {
                positional += rest
                break
            }
            if first.hasPrefix("--") {
                let name = String(first.dropFirst(2))
                if known.contains(name) {
                    flags.insert(name)
                } else if let value = rest.popFirst() {
                    options[name] = value
                } else {
                    fail("\(first) needs a value", code: 64)
                }
            } else {
                positional.append(first)
            }
        }
    }

    func today() -> CalendarDay {
        guard let text = options["today"] else { return CalendarDay(year: 2027, month: 3, day: 10)! }
        guard let day = CalendarDay(iso: text) else { fail("--today \(text) is not a date", code: 64) }
        return day
    }
}

let all = CommandLine.arguments
guard all.count >= 2 else {
    fail("usage: roadmap-bench inprocess|memory|rss|first-frame|report … (see main.swift)", code: 64)
}

do {
    switch all[1] {
    case "inprocess":
        let args = Arguments(all.dropFirst(2), flags: ["quick"])
        guard let file = args.positional.first, let scratch = args.options["scratch"] else {
            fail("usage: roadmap-bench inprocess FILE --today DATE --scratch PATH [--quick] [--out TSV]", code: 64)
        }
        var benchmarks = InProcessBenchmarks(file: file, scratch: scratch, today: args.today(), quick: args.flags.contains("quick"))
        try benchmarks.run()
        if let out = args.options["out"] {
            try Data(benchmarks.tsv.utf8).write(to: URL(fileURLWithPath: out))
        } else {
            print(benchmarks.tsv, terminator: "")
        }

    case "memory":
        let args = Arguments(all.dropFirst(2), flags: [])
        guard let scenario = args.positional.first else { fail("usage: roadmap-bench memory baseline|load|ui [FILE]", code: 64) }
        print(try MemoryScenario.run(scenario, file: args.positional.dropFirst().first, today: args.today()))

    case "rss":
        let command = Array(all.dropFirst(2).drop { $0 == "--" })
        guard !command.isEmpty else { fail("usage: roadmap-bench rss COMMAND [ARG…]", code: 64) }
        let (status, peak) = Spawned.start(command).wait()
        guard status == 0 else { fail("\(command.joined(separator: " ")) exited with \(status)") }
        print(peak)

    case "first-frame":
        let args = Arguments(all.dropFirst(2), flags: [])
        guard let roadmap = args.options["roadmap"], let file = args.options["file"] else {
            fail("usage: roadmap-bench first-frame --roadmap BIN --file FILE --today DATE [--runs N]", code: 64)
        }
        let runs = Int(args.options["runs"] ?? "10") ?? 10
        let marker = args.options["marker"] ?? FirstFrame.defaultMarker
        // One unmeasured run first, so every measured run starts with the file in the page cache.
        _ = FirstFrame.measureOnce(roadmap: roadmap, file: file, today: args.today().description, marker: marker)
        for _ in 0..<runs {
            print(FirstFrame.measureOnce(roadmap: roadmap, file: file, today: args.today().description, marker: marker))
        }

    case "loop":
        let args = Arguments(all.dropFirst(2), flags: [])
        guard args.positional.count == 2 else {
            fail("usage: roadmap-bench loop load|decode|encode|snapshot|ui-move|ui-status|ui-first-frame|ui-saved-newer FILE [--count N]", code: 64)
        }
        try ProfileLoop.run(args.positional[0], file: args.positional[1], count: Int(args.options["count"] ?? "") ?? 1, today: args.today())

    case "report":
        guard all.count == 3 else { fail("usage: roadmap-bench report RESULTS-FOLDER", code: 64) }
        print(try Report(folder: all[2]).markdown(), terminator: "")

    default:
        fail("unknown subcommand \(all[1])", code: 64)
    }
} catch {
    fail("\(error)")
}
