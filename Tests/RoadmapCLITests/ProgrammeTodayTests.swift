import Foundation
import RoadmapCore
import Testing

/// "Today" on the programme's clock in every command: counted in the zone
/// the file names (the built-in roadmap: Asia/Bangkok), else the machine's;
/// `--today` still wins. The clock is pinned with `$ROADMAP_NOW` at 23:30 UTC
/// on 26 November 2026: 18:30 on the 26th in New York, 06:30 on the 27th in
/// Bangkok and 08:30 on the 27th in Tokyo.
@Suite("Today on the programme's clock")
struct ProgrammeTodayTests {
    let sandbox: RoadmapSandbox
    let file: URL
    static let now = "2026-11-26T23:30:00Z"

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// Runs `roadmap ARGS --file FILE` on a machine in `zone` at ``now``.
    func run(_ arguments: [String], in zone: String, pinned: Bool = false) async throws -> ProcessOutput {
        var environment = ["TZ": zone, "ROADMAP_NOW": Self.now]
        if pinned { environment["ROADMAP_TODAY"] = "2026-11-26" }
        return try await sandbox.roadmap(arguments + ["--file", file.path], environment: environment)
    }

    /// SC1 in progress and due on the 26th: overdue in Bangkok, due today in New York.
    func dueOnThe26th() async throws {
        let set = try await run(["set", "SC1", "--status", "in-progress", "--due", "2026-11-26"], in: "UTC")
        try #require(set.exitCode == 0, "\(set)")
    }

    static let reads: [[String]] = [
        ["list"], ["list", "--overdue"], ["list", "--json"], ["show", "SC1"], ["show", "SC1", "--json"],
        ["timeline", "--width", "100"], ["export", "--format", "json"], ["export", "--format", "markdown"],
        ["log", "--since", "today"], ["validate"],
    ]

    @Test("with the file's zone, New York and Tokyo print the same bytes, counted on Bangkok's 27 November", arguments: reads)
    func sameBytesInEveryZone(_ arguments: [String]) async throws {
        try await dueOnThe26th()
        let newYork = try await run(arguments, in: "America/New_York")
        let tokyo = try await run(arguments, in: "Asia/Tokyo")
        #expect(newYork.exitCode == 0, "\(newYork)")
        #expect(newYork.stdout == tokyo.stdout, "\(arguments): New York\n\(newYork.stdout)\nTokyo\n\(tokyo.stdout)")
    }

    @Test("list and show: SC1 is overdue in Bangkok's 27 November on a New York machine; the footer says so")
    func overdueOnTheProgrammesDay() async throws {
        try await dueOnThe26th()
        let list = try await run(["list", "--overdue"], in: "America/New_York")
        #expect(list.stdout.contains("!  SC1") && list.stdout.hasSuffix("as of 2026-11-27\n"), "\(list.stdout)")
        let show = try await run(["show", "SC1"], in: "America/New_York")
        #expect(show.stdout.contains("due         2026-11-26 (overdue by 1 day)"), "\(show.stdout)")
        let timeline = try await run(["timeline", "--width", "100"], in: "America/New_York")
        let row = timeline.stdout.split(separator: "\n").first { $0.hasPrefix("SC1 ") }
        #expect(row?.hasSuffix("!") == true, "overdue on the timeline: \(timeline.stdout)")
        let json = try await run(["export", "--format", "json"], in: "America/New_York")
        #expect(json.stdout.contains("\"overdue\": true"), "\(json.stdout.prefix(600))")
    }

    @Test("set (on a milestone with no due date) and add: +1d counts from the programme's today, whatever the machine's zone")
    func relativeDates() async throws {
        for zone in ["America/New_York", "Asia/Tokyo"] {
            #expect(try await run(["set", "SC2", "--due", "none"], in: zone).exitCode == 0)
            let set = try await run(["set", "SC2", "--due", "+1d"], in: zone)
            #expect(set.exitCode == 0, "\(set)")
            #expect(try await run(["show", "SC2", "--json"], in: zone).stdout.contains("\"due\": \"2026-11-28\""), "\(zone)")
            let add = try await run(["add", "supply-chain", "Zone \(zone)", "--due", "tomorrow"], in: zone)
            #expect(add.exitCode == 0, "\(add)")
            let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(try await run(["show", id, "--json"], in: zone).stdout.contains("\"due\": \"2026-11-28\""), "\(zone): \(id)")
        }
    }

    @Test("without a zone in the file, each machine counts its own day; --today and $ROADMAP_TODAY still win")
    func machineZoneAndPinnedDay() async throws {
        try await dueOnThe26th()
        _ = try await run(["time-zone", "none"], in: "UTC")
        let newYork = try await run(["list"], in: "America/New_York")
        let tokyo = try await run(["list"], in: "Asia/Tokyo")
        #expect(newYork.stdout.hasSuffix("as of 2026-11-26\n") && !newYork.stdout.contains("!  SC1"), "\(newYork.stdout)")
        #expect(tokyo.stdout.hasSuffix("as of 2026-11-27\n") && tokyo.stdout.contains("!  SC1"), "\(tokyo.stdout)")
        _ = try await run(["time-zone", "Asia/Bangkok"], in: "UTC")
        let pinned = try await run(["list"], in: "Asia/Tokyo", pinned: true)
        #expect(pinned.stdout.hasSuffix("as of 2026-11-26\n") && !pinned.stdout.contains("!  SC1"), "\(pinned.stdout)")
        let option = try await run(["list", "--today", "2026-11-25"], in: "Asia/Tokyo")
        #expect(option.stdout.hasSuffix("as of 2026-11-25\n"), "\(option.stdout)")
    }
}
