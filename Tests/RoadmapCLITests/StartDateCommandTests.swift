import Foundation
import RoadmapCore
import Testing

/// `--start` on `set` and `add`, in `show`, and the start-after-due check of `validate`.
@Suite("start date commands")
struct StartDateCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    @Test func setStartRecordsHistoryShowsItAndNoneRemovesIt() async throws {
        // The built-in's CE1 starts 2027-01-04.
        let result = try await sandbox.roadmap("set", "CE1", "--start", "2027-02-01", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "CE1: start 2027-01-04 → 2027-02-01\n", "\(result)")
        var milestone = try Fixtures.load(file)[try #require(BuiltInRoadmap.load().locate("CE1"))]
        #expect(milestone.start == CalendarDay(iso: "2027-02-01"))
        #expect(milestone.history.last.map { [$0.field, $0.from, $0.to] } == ["start", "2027-01-04", "2027-02-01"])

        let shown = try await sandbox.roadmap("show", "CE1", "--file", file.path)
        #expect(shown.stdout.contains("start       2027-02-01"), "\(shown)")
        let json = try await sandbox.roadmap("show", "CE1", "--json", "--file", file.path)
        #expect(json.stdout.contains(#""start":"2027-02-01""#) || json.stdout.contains(#""start": "2027-02-01""#), "\(json)")

        let removed = try await sandbox.roadmap("set", "CE1", "--start", "none", "--file", file.path)
        #expect(removed.exitCode == 0, "\(removed)")
        milestone = try Fixtures.load(file)[try #require(BuiltInRoadmap.load().locate("CE1"))]
        #expect(milestone.start == nil)
        // Gone from CE1's block (the other milestones and the baseline keep theirs).
        let lines = LineDiff.lines(try Fixtures.bytes(file))
        let block = try #require(SetCommandTests.milestoneBlock("CE1", in: lines))
        #expect(!lines[block].contains { $0.contains(#""start":"#) })
    }

    @Test func startAfterDueIsRefusedAndTheFileIsUntouched() async throws {
        let before = try Fixtures.bytes(file)
        // CE1 is due 2027-12-24.
        let result = try await sandbox.roadmap("set", "CE1", "--start", "2028-01-10", "--file", file.path)
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stderr.contains("start 2028-01-10 is after due 2027-12-24"), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
        // Moving both at once is judged on the result.
        let both = try await sandbox.roadmap("set", "CE1", "--start", "2028-01-10", "--due", "2028-06-30", "--file", file.path)
        #expect(both.exitCode == 0, "\(both)")
        let bad = try await sandbox.roadmap("add", "circular-economy", "Late start", "--start", "2027-02-01", "--due", "2027-01-01", "--file", file.path)
        #expect(bad.exitCode == 65, "\(bad)")
        #expect(bad.stderr.contains("--start 2027-02-01 is after --due 2027-01-01"), "\(bad)")
    }

    @Test func addTakesAStart() async throws {
        let result = try await sandbox.roadmap("add", "circular-economy", "Pilot plant", "--start", "2027-01-04", "--due", "2027-06-30", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        let roadmap = try Fixtures.load(file)
        let milestone = roadmap[try #require(roadmap.locate("CE8"))]
        #expect(milestone.start == CalendarDay(iso: "2027-01-04") && milestone.due == CalendarDay(iso: "2027-06-30"))
    }

    @Test func validateReportsAStartAfterDueWithItsLineAndId() async throws {
        var roadmap = BuiltInRoadmap.load()
        roadmap.workstreams[2].milestones[1].start = CalendarDay(iso: "2027-01-01")  // CE2 is due 2026-10-30
        try Fixtures.write(roadmap, to: file)
        let lines = String(decoding: try Fixtures.bytes(file), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0 == #"          "start": "2027-01-01","# })
        let result = try await sandbox.roadmap("validate", file.path)
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stderr.contains("\(file.path):\(line + 1):20: milestone CE2 start: 2027-01-01 is after the due date 2026-10-30"), "\(result)")
    }
}
