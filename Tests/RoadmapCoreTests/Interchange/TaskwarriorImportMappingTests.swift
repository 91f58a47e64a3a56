import RoadmapCore
import Testing

/// How Taskwarrior's export JSON maps onto milestones, without the `task` program.
@Suite struct TaskwarriorImportMappingTests {
    let now = Timestamp(rfc3339: "2026-11-26T09:00:00Z")!
    /// Days as seen in Bangkok (UTC+7), whatever the machine's time zone.
    let bangkok: (Timestamp) -> CalendarDay = { Timestamp(secondsSinceEpoch: $0.secondsSinceEpoch + 7 * 3600).utcDay }

    func records(_ json: String) throws -> ImportSource {
        try TaskwarriorImport.records(from: Array(json.utf8), path: "tw.json", now: now, day: bangkok)
    }

    @Test func readsTaskwarriorTimes() {
        #expect(TaskwarriorImport.timestamp("20270130T170000Z")?.description == "2027-01-30T17:00:00Z")
        #expect(TaskwarriorImport.timestamp("2027-01-30") == nil)
        #expect(TaskwarriorImport.timestamp("20271330T170000Z") == nil)
    }

    @Test func mapsStatusesDatesAndAnnotations() throws {
        let source = try records("""
            [{"uuid":"A-1","description":"Pending","status":"pending","project":"supply-chain","due":"20270130T170000Z",
              "annotations":[{"entry":"20261125T180000Z","description":"late-night note"}]},
             {"uuid":"B-2","description":"Waiting","status":"pending","wait":"20270531T170000Z"},
             {"uuid":"C-3","description":"Old wait","status":"pending","wait":"20260101T000000Z"},
             {"uuid":"D-4","description":"Done","status":"completed"},
             {"uuid":"E-5","description":"Gone","status":"deleted"},
             {"uuid":"F-6","description":"Rule","status":"recurring","recur":"weekly"},
             {"uuid":"G-7","description":"Rule","status":"pending","recur":"weekly","parent":"F-6","due":"20261206T170000Z"}]
            """)
        #expect(source.records.map(\.status) == [.planned, .planned, .planned, .done, .dropped, .planned])
        #expect(source.skipped == ["skipped the recurring template \"Rule\" (its generated instances are imported)."])
        let pending = source.records[0]
        #expect(pending.due?.description == "2027-01-31")
        #expect(pending.notes == "2026-11-26: late-night note\ntaskwarrior: a-1")
        #expect(pending.identity == .marker("taskwarrior: a-1"))
        #expect(pending.workstream == "supply-chain" && pending.title == LocalizedText("Pending"))
        #expect(source.records[1].notes == "waiting until 2027-06-01\ntaskwarrior: b-2")
        #expect(source.records[2].notes == "taskwarrior: c-3", "a wait that has passed is plain pending")
        #expect(source.records[5].notes == "recurring weekly\ntaskwarrior: g-7")
    }

    func plan(_ json: String, into roadmap: Roadmap = BuiltInRoadmap.load()) throws -> ImportOutcome {
        try ImportPlanner.plan(records(json), into: roadmap, fallbackWorkstream: nil, at: now)
    }

    /// The error text of a refused import.
    func refusal(_ json: String) -> String {
        do {
            _ = try plan(json)
            return ""
        } catch {
            return (error as? RoadmapError)?.description ?? ""
        }
    }

    @Test func dependsAsAnArrayOrAStringNameTasksOfTheSameImport() throws {
        let json = """
            [{"uuid":"A-1","description":"Parts","status":"pending","project":"supply-chain","depends":["B-2"]},
             {"uuid":"B-2","description":"Design","status":"pending","project":"supply-chain"},
             {"uuid":"C-3","description":"Launch","status":"pending","project":"smes-startups","depends":"A-1,B-2"}]
            """
        #expect(try records(json).records.map(\.dependsMarkers) == [["taskwarrior: b-2"], [], ["taskwarrior: a-1", "taskwarrior: b-2"]])
        let outcome = try plan(json)
        let added = outcome.added.map(\.milestone)
        #expect(added.map(\.depends) == [[added[1].id], [], [added[0].id, added[1].id]], "a task may wait for one exported after it")
        let again = try ImportPlanner.plan(records(json), into: outcome.roadmap, fallbackWorkstream: nil, at: now)
        #expect(again.added.isEmpty && again.changed.isEmpty && again.unchanged == 3)
    }

    @Test func dependsNamesAMilestoneImportedBefore() throws {
        var roadmap = BuiltInRoadmap.load()
        let sc3 = try #require(roadmap.locate("SC3"))
        roadmap[sc3].notes = (roadmap[sc3].notes.map { $0 + "\n" } ?? "") + "taskwarrior: old-1"
        let outcome = try plan("""
            [{"uuid":"A-1","description":"Parts","status":"pending","project":"supply-chain","depends":["OLD-1"]}]
            """, into: roadmap)
        #expect(outcome.added.map(\.milestone.depends) == [["SC3"]])
    }

    @Test func anUnknownUUIDOrACycleImportsNothing() {
        let unknown = refusal("""
            [{"uuid":"A-1","description":"Parts","status":"pending","project":"supply-chain","depends":["nope-9"]}]
            """)
        #expect(unknown.contains("nothing was imported") && unknown.contains("task \"Parts\": depends on \"taskwarrior: nope-9\""), "\(unknown)")
        let cycle = refusal("""
            [{"uuid":"A-1","description":"Parts","status":"pending","project":"supply-chain","depends":["B-2"]},
             {"uuid":"B-2","description":"Design","status":"pending","project":"supply-chain","depends":"A-1"}]
            """)
        #expect(cycle.contains("nothing was imported") && cycle.contains("a cycle: SC8 → SC9 → SC8"), "\(cycle)")
    }

    @Test func aLeadTagGivesTheLead() throws {
        let source = try records("""
            [{"uuid":"A-1","description":"Parts","status":"pending","tags":["next","lead:jp"]},
             {"uuid":"B-2","description":"Design","status":"pending","tags":["next"]}]
            """)
        #expect(source.records.map(\.lead) == [.jp, nil])
        #expect(source.records.map { $0.given.contains(.lead) } == [true, false], "without a lead tag the lead is left alone")
        #expect(throws: RoadmapError.self) { try records(#"[{"uuid":"x","description":"d","status":"pending","tags":["lead:xx"]}]"#) }
    }

    @Test func refusesWhatIsNotATaskExport() {
        #expect(throws: RoadmapError.self) { try records("{\"uuid\":\"x\"}") }
        #expect(throws: RoadmapError.self) { try records("[{\"description\":\"no uuid\",\"status\":\"pending\"}]") }
        #expect(throws: RoadmapError.self) { try records("[{\"uuid\":\"x\",\"description\":\"d\",\"status\":\"pending\",\"due\":\"tomorrow\"}]") }
        #expect(throws: RoadmapError.self) { try records("[1, 2") }
    }
}
