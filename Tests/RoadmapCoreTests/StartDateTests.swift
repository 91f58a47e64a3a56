import Testing
@testable import RoadmapCore

/// The optional `start` date of a milestone: in the file, in its history, in merges.
@Suite("Start date")
struct StartDateTests {
    static let time = Fixture.time("2026-11-26T09:30:00Z")

    static func roadmap(start: String?, due: String? = "2027-03-31") -> Roadmap {
        Roadmap(title: LocalizedText("T"), workstreams: [
            Workstream(id: "w", title: LocalizedText("W"), milestones: [
                Milestone(id: "A1", title: LocalizedText("t"), status: .inProgress,
                          start: start.map(Fixture.day), due: due.map(Fixture.day), owner: "OIE"),
            ]),
        ])
    }

    /// A one-milestone file with `members` as the milestone's members.
    static func file(_ members: String) -> [UInt8] {
        Array((#"{"schema": 1, "title": "T", "workstreams": [{"id": "w", "title": "W", "milestones": [{"id": "A1", "title": "t", "status": "planned", "#
            + members + "}]}]}").utf8)
    }

    @Test func isWrittenJustBeforeDueAndReadBackByBothDecoders() throws {
        let roadmap = Self.roadmap(start: "2026-12-01")
        let bytes = RoadmapEncoder.encode(roadmap)
        let lines = bytes.utf8String.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let status = try #require(lines.firstIndex(of: #""status": "in-progress","#))
        #expect(Array(lines[status + 1...status + 2]) == [#""start": "2026-12-01","#, #""due": "2027-03-31","#])
        #expect(FastRoadmapDecoder.decode(bytes) == roadmap)
        #expect(try RoadmapDecoder.decode(try JSONParser.parse(bytes)) == roadmap)
        #expect(RoadmapEncoder.encode(try RoadmapStore.decode(bytes, path: "t.json")) == bytes)
    }

    @Test func isLeftOutWhenAbsentAndNullReadsAsAbsent() throws {
        #expect(!RoadmapEncoder.encode(Self.roadmap(start: nil)).utf8String.contains("start"))
        let bytes = Self.file(#""start": null, "due": "2027-01-01""#)
        #expect(FastRoadmapDecoder.decode(bytes)?.workstreams[0].milestones[0].start == nil)
        #expect(try RoadmapStore.decode(bytes, path: "t.json").workstreams[0].milestones[0].due == Fixture.day("2027-01-01"))
    }

    @Test(arguments: [#""2026-02-30""#, #""2026-12-1""#, #""soon""#, "20261201", "true"])
    func badStartIsRefusedNamingItsPath(_ value: String) throws {
        let bytes = Self.file(#""start": "# + value)
        #expect(FastRoadmapDecoder.decode(bytes) == nil, "the fast path steps aside")
        let error = #expect(throws: RoadmapError.self) { try RoadmapStore.decode(bytes, path: "t.json") }
        guard case .invalidRoadmap(_, let found)? = error else {
            Issue.record("expected schema problems, got \(String(describing: error))")
            return
        }
        #expect(found.problems.map(\.path) == ["workstreams[0].milestones[0].start"])
        let said = value == #""2026-02-30""# ? #""2026-02-30": February 2026 has no day 30"# : value.hasPrefix("\"") ? "is not a date" : "expected a string"
        #expect(found.problems.first?.message.contains(said) == true, "\(found.problems)")
    }

    @Test func changesAreRecordedInHistoryLikeDue() throws {
        var milestone = Self.roadmap(start: nil).workstreams[0].milestones[0]
        #expect(try milestone.set(.start, to: "2026-12-01", at: Self.time))
        #expect(try !milestone.set(.start, to: "2026-12-01", at: Self.time), "unchanged records nothing")
        #expect(try milestone.set(.start, to: nil, at: Self.time))
        #expect(milestone.start == nil)
        #expect(milestone.history == [
            HistoryEntry(at: Self.time, field: "start", from: nil, to: "2026-12-01"),
            HistoryEntry(at: Self.time, field: "start", from: "2026-12-01", to: nil),
        ])
        #expect(throws: RoadmapError.self) { try milestone.set(.start, to: "2026-13-01", at: Self.time) }
        #expect(MilestoneField.start.description == "start")
    }

    @Test func startAfterDueIsRefusedAndReported() throws {
        var roadmap = Self.roadmap(start: "2027-03-31")
        try roadmap.workstreams[0].milestones[0].checkDates()  // the same day is fine
        #expect(roadmap.dateProblems.isEmpty)
        roadmap.workstreams[0].milestones[0].start = Fixture.day("2027-04-01")
        #expect(throws: RoadmapError.badInput("A1: start 2027-04-01 is after due 2027-03-31; a milestone cannot start after it is due.")) {
            try roadmap.workstreams[0].milestones[0].checkDates()
        }
        #expect(roadmap.dateProblems == [
            FileProblem(path: "workstreams[0].milestones[0].start", message: "2027-04-01 is after the due date 2027-03-31"),
        ])
        // Such a file still loads (a merge can make one); validate reports it.
        #expect(try RoadmapStore.decode(RoadmapEncoder.encode(roadmap), path: "t.json") == roadmap)
    }

    @Test func mergeTakesAStartChangedOnOneSide() throws {
        let base = Self.roadmap(start: "2026-12-01")
        var ours = base, theirs = base
        try ours.workstreams[0].milestones[0].set(.start, to: "2027-01-04", at: Self.time)
        try theirs.workstreams[0].milestones[0].set(.due, to: "2027-06-30", at: Self.time)
        let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        let merged = result.merged.workstreams[0].milestones[0]
        #expect(merged.start == Fixture.day("2027-01-04") && merged.due == Fixture.day("2027-06-30"))
        #expect(merged.history.map(\.field) == ["due", "start"])
    }

    @Test func startChangedDifferentlyOnBothSidesIsAConflict() throws {
        let base = Self.roadmap(start: "2026-12-01")
        var ours = base, theirs = base
        try ours.workstreams[0].milestones[0].set(.start, to: "2027-01-04", at: Self.time)
        try theirs.workstreams[0].milestones[0].set(.start, to: "2027-02-01", at: Self.time)
        var result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect([conflict.field.rawValue, conflict.base, conflict.ours, conflict.theirs] == ["start", "2026-12-01", "2027-01-04", "2027-02-01"])
        result.keepOurs(conflict, at: Self.time)
        let merged = result.merged.workstreams[0].milestones[0]
        #expect(merged.start == Fixture.day("2027-01-04"))
        #expect(merged.history.last == HistoryEntry(at: Self.time, field: "start", from: "2027-02-01", to: "2027-01-04"))
    }
}
