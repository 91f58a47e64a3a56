import Foundation
import RoadmapCore
import Testing

/// try-23 finding 4: a change in a week's last hours just before the zone
/// changes. `log` shows it on the clock in force when it was made (Sunday in
/// Bangkok) while the report counts it in the next week (Monday had come on
/// the new clock): `log --since` starts where the report starts the day,
/// and the row names the week that counts it.
@Suite("log and the weekly report agree on the week of a change at a week's end")
struct WeekEdgeCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("edge.json"))
    }

    private func run(_ arguments: [String], now: String = "2026-12-11T03:00:00Z") async throws -> ProcessOutput {
        try await sandbox.roadmap(arguments + ["--file", file.path], environment: ["ROADMAP_NOW": now, "TZ": "Asia/Bangkok"])
    }

    /// try-23's edge.json: SC6 at risk on Sunday 22:30 in Bangkok, the zone moved to Tokyo half an hour later (Monday 01:00 there).
    private func edge() async throws {
        try #require(try await run(["set", "SC6", "--status", "at-risk", "--author", "สมชาย ใจดี", "--reason", "edge test"], now: "2026-12-06T15:30:00Z").exitCode == 0)
        try #require(try await run(["time-zone", "Asia/Tokyo", "--author", "山田 太郎", "--reason", "edge"], now: "2026-12-06T16:00:00Z").exitCode == 0)
    }

    /// The line of the report of `week` that says what moved.
    private func moved(_ week: String) async throws -> String {
        let report = try await run(["snapshot", "--week", week, "--lang", "en"])
        try #require(report.exitCode == 0, "\(report)")
        return try #require(report.stdout.split(separator: "\n").first { $0.hasPrefix("Since last week:") }.map(String.init))
    }

    @Test("the report counts it in W50; log --since Monday of W50 lists it, saying W50; --since the Tuesday does not")
    func bothViewsAgree() async throws {
        try await edge()
        #expect(try await moved("2026-W50") == "Since last week: planned 12 → 11, at-risk 1 → 2. 1 milestone moved this week")
        #expect(try await moved("2026-W49") == "Since last week: no change. No changes recorded this week.")
        for language in ["en", "th", "ja"] {
            let monday = try await run(["log", "--since", "2026-12-07", "--lang", language])
            let row = monday.stdout.split(separator: "\n").first { $0.contains("SC6") }.map(String.init) ?? ""
            let week = ["en": "counted in 2026-W50 · edge test", "th": "นับในสัปดาห์ 2026-W50 · edge test", "ja": "2026-W50 に計上 · edge test"][language]!
            #expect(row.contains("22:30 Asia/Bangkok") && row.hasSuffix(week), "still on the clock it was made on, the report's week named: \(monday.stdout)")
        }
        let tuesday = try await run(["log", "--since", "2026-12-08", "--lang", "en"])
        #expect(tuesday.exitCode == 0 && !tuesday.stdout.contains("SC6"), "\(tuesday)")
        // A change well inside its week says nothing of weeks.
        let all = try await run(["log", "--lang", "en"])
        #expect(all.stdout.components(separatedBy: "counted in").count == 2, "only the edge row: \(all.stdout)")
    }

    @Test("without a zone change the log is as before: --since a Monday starts at midnight on the file's clock")
    func noZoneChange() async throws {
        try #require(try await run(["set", "SC6", "--status", "at-risk", "--author", "a"], now: "2026-12-06T16:59:00Z").exitCode == 0)
        try #require(try await run(["set", "SC5", "--status", "at-risk", "--author", "a"], now: "2026-12-06T17:00:00Z").exitCode == 0)
        let monday = try await run(["log", "--since", "2026-12-07", "--lang", "en"])
        #expect(monday.stdout.contains("2026-12-07 00:00") && !monday.stdout.contains("SC6") && !monday.stdout.contains("counted in"), "\(monday)")
    }
}
