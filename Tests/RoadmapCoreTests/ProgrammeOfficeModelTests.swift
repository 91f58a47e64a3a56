import Foundation
import Testing
@testable import RoadmapCore

/// Schema 2's answers to a programme office: slip against a baseline, when a
/// dependency is off track, cycles refused, an older file upgraded, and
/// every new field merged.
@Suite("the programme office's model")
struct ProgrammeOfficeModelTests {
    private let time = Timestamp(secondsSinceEpoch: 1_765_238_400)  // 2025-12-09
    private func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    /// Two workstreams: A1 ← A2 (A2 waits for A1) and B1 waits for A1 across workstreams.
    private func roadmap() -> Roadmap {
        Roadmap(title: LocalizedText("R"), workstreams: [
            Workstream(id: "a", title: LocalizedText("A"), milestones: [
                Milestone(id: "A1", title: LocalizedText("first"), status: .inProgress, due: day("2027-03-31"), lead: .th),
                Milestone(id: "A2", title: LocalizedText("second"), start: day("2027-04-01"), due: day("2027-06-30"), depends: ["A1"]),
            ]),
            Workstream(id: "b", title: LocalizedText("B"), milestones: [
                Milestone(id: "B1", title: LocalizedText("third"), due: day("2027-09-30"), lead: .jp, depends: ["a1"]),
            ]),
        ])
    }

    // MARK: Baselines and slip

    @Test func slipIsDaysAgainstTheBaselineAndNewForLaterMilestones() throws {
        var roadmap = roadmap()
        let baseline = try roadmap.saveBaseline(named: "Agreed at EID meeting 2025-12-09", at: time, by: "Somchai")
        #expect(baseline.milestones.map(\.id) == ["A1", "A2", "B1"])
        roadmap.workstreams[0].milestones[0].due = day("2027-05-15")
        roadmap.workstreams[0].milestones[1].due = day("2027-06-20")
        roadmap.workstreams[1].milestones[0].due = nil
        roadmap.workstreams[1].milestones.append(Milestone(id: "B2", title: LocalizedText("added later"), due: day("2028-01-01")))
        let slips = roadmap.workstreams.flatMap(\.milestones).map { $0.slip(against: baseline) }
        #expect(slips == [.days(45), .days(-10), .undated, .new])
        #expect(slips.map(\.description) == ["+45d", "-10d", "–", "new"])
        #expect(slips.map(\.isLate) == [true, false, false, false])
    }

    @Test func baselinesAreNamedOnceAndAreFewAtMost() throws {
        var roadmap = roadmap()
        _ = try roadmap.saveBaseline(named: "Q1", at: time, by: nil)
        #expect(throws: RoadmapError.self) { _ = try roadmap.saveBaseline(named: "Q1", at: time, by: nil) }
        #expect(throws: RoadmapError.self, "names are compared ignoring case, as ids are") { _ = try roadmap.saveBaseline(named: "q1", at: time, by: nil) }
        #expect(throws: RoadmapError.self) { _ = try roadmap.saveBaseline(named: "  ", at: time, by: nil) }
        #expect(throws: RoadmapError.self) { _ = try roadmap.saveBaseline(named: "two\nlines", at: time, by: nil) }
        #expect(throws: RoadmapError.self, "an escape sequence") { _ = try roadmap.saveBaseline(named: "EID \u{1B}[2J", at: time, by: nil) }
        #expect(throws: RoadmapError.self, "a C1 control") { _ = try roadmap.saveBaseline(named: "EID \u{9B}2J", at: time, by: nil) }
        _ = try roadmap.saveBaseline(named: "ตกลงในที่ประชุม EID 9 ธ.ค. 2568 / EID会合で合意", at: time, by: nil)
        roadmap.baselines.removeLast()
        for i in 2...Baseline.maximumCount { _ = try roadmap.saveBaseline(named: "Q\(i)", at: time, by: nil) }
        #expect(throws: RoadmapError.self) { _ = try roadmap.saveBaseline(named: "one too many", at: time, by: nil) }
        #expect(roadmap.currentBaseline?.name == "Q\(Baseline.maximumCount)")
        // Two baselines of one name do not load: the write-time rules say so.
        roadmap.baselines.append(roadmap.baselines[0])
        #expect(roadmap.loadProblems.contains { $0.path.hasPrefix("baselines[") })
    }

    // MARK: Dependencies

    @Test func aLinkIsOnTrackWhenThePredecessorIsDueBeforeTheSuccessorStarts() {
        let roadmap = roadmap()
        let links = roadmap.links()
        #expect(links.count == 2)
        #expect(links.map(\.crossesWorkstreams) == [false, true])
        for link in links { #expect(roadmap.offTrack(link, today: day("2026-12-04")) == nil) }
    }

    @Test(arguments: [
        ("due after the successor starts", "2027-04-02", Status.inProgress, "2026-12-04"),
        ("overdue", "2027-03-31", Status.inProgress, "2027-04-01"),
        ("blocked", "2027-03-31", Status.blocked, "2026-12-04"),
        ("at risk", "2027-03-31", Status.atRisk, "2026-12-04"),
        ("dropped", "2027-03-31", Status.dropped, "2026-12-04"),
    ])
    func eachConditionPutsALinkOffTrack(_ condition: String, _ due: String, _ status: Status, _ today: String) throws {
        var roadmap = roadmap()
        roadmap.workstreams[0].milestones[0].due = day(due)
        roadmap.workstreams[0].milestones[0].status = status
        let link = try #require(roadmap.links().first)
        let found = roadmap.offTrack(link, today: day(today))
        switch condition {
        case "due after the successor starts": #expect(found == .dueTooLate(predecessorDue: day(due), successorDate: day("2027-04-01")))
        case "overdue": #expect(found == .overdue(day(due)))
        default: #expect(found == .status(status))
        }
    }

    @Test func withoutAStartTheSuccessorsDueCountsAndADonePredecessorNeverHoldsUp() throws {
        var roadmap = roadmap()
        roadmap.workstreams[0].milestones[0].due = day("2027-10-01")
        let crossing = try #require(roadmap.links().last)
        #expect(roadmap.offTrack(crossing, today: day("2026-12-04")) == .dueTooLate(predecessorDue: day("2027-10-01"), successorDate: day("2027-09-30")))
        roadmap.workstreams[0].milestones[0].status = .done
        #expect(roadmap.offTrack(crossing, today: day("2028-01-01")) == nil)
    }

    @Test(arguments: [Status.done, .dropped])
    func nothingHoldsUpAFinishedSuccessor(_ status: Status) throws {
        var roadmap = roadmap()
        roadmap.workstreams[0].milestones[0].status = .blocked
        let crossing = try #require(roadmap.links().last)
        #expect(roadmap.offTrack(crossing, today: day("2026-12-04")) == .status(.blocked))
        roadmap.workstreams[1].milestones[0].status = status
        #expect(roadmap.offTrack(crossing, today: day("2026-12-04")) == nil, "B1 is \(status): A1 holds nothing up")
    }

    @Test func unknownRepeatedSelfAndCyclicDependenciesAreRefusedNamingThem() {
        var roadmap = roadmap()
        #expect(roadmap.dependencyProblems.isEmpty)
        roadmap.workstreams[0].milestones[0].depends = ["B1"]
        let cycle = roadmap.dependencyProblems
        #expect(cycle.count == 1)
        #expect(cycle.first?.message.contains("A1 → B1 → A1") == true, "\(cycle)")
        roadmap.workstreams[0].milestones[0].depends = ["A1", "nope", "A2", "a2"]
        let messages = roadmap.dependencyProblems.map(\.message)
        #expect(messages.contains { $0.contains("A1 cannot wait for itself") })
        #expect(messages.contains { $0.contains("\"nope\" is not a milestone") })
        #expect(messages.contains { $0.contains("\"a2\" is given twice") })
        #expect(!roadmap.loadProblems.isEmpty, "the write-time rules refuse them")
    }

    @Test func aLongCycleIsNamedInOrder() {
        var milestones = (1...5).map { Milestone(id: "M\($0)", title: LocalizedText("m"), depends: $0 > 1 ? ["M\($0 - 1)"] : []) }
        milestones[0].depends = ["M5"]
        let roadmap = Roadmap(title: LocalizedText("R"), workstreams: [Workstream(id: "w", title: LocalizedText("W"), milestones: milestones)])
        let message = roadmap.dependencyProblems.first?.message ?? ""
        #expect(message.contains("M1 → M5 → M4 → M3 → M2 → M1"), "\(message)")
    }

    @Test func anIDIndexKeptAcrossVersionsChecksItselfAndFindsMovedMilestones() {
        var roadmap = roadmap()
        var index = IDIndex()
        #expect(roadmap.links(index: &index) == roadmap.links())
        // A milestone removed and one added in front: every location moved.
        roadmap.workstreams[0].milestones.insert(Milestone(id: "A0", title: LocalizedText("zero"), depends: ["b1"]), at: 0)
        roadmap.workstreams[1].milestones[0].depends = ["A2"]
        #expect(roadmap.links(index: &index) == roadmap.links())
        #expect(index.locate("a2", in: roadmap) == Roadmap.Location(workstream: 0, milestone: 2))
        roadmap.workstreams[0].milestones.remove(at: 1)
        #expect(index.locate("A1", in: roadmap) == nil)
        #expect(roadmap.links(index: &index) == roadmap.links())
    }

    @Test func theUpstreamChainIsEveryMilestoneWaitedForNearestFirst() {
        var roadmap = roadmap()
        roadmap.workstreams[1].milestones[0].depends = ["A2"]
        let chain = roadmap.upstream(of: Roadmap.Location(workstream: 1, milestone: 0)).map { roadmap[$0].id }
        #expect(chain == ["A2", "A1"])
    }

    // MARK: The file

    @Test func everyNewFieldRoundTripsThroughBothDecoders() throws {
        var roadmap = roadmap()
        _ = try roadmap.saveBaseline(named: "Agreed", at: time, by: "สมชาย", notes: "EID")
        try roadmap.workstreams[0].milestones[0].set(.status, to: "at-risk", at: time, by: "田中", reason: "部品供給の遅延")
        try roadmap.workstreams[0].milestones[0].comment("รอผลการประชุม", at: time, by: "สมชาย")
        let bytes = RoadmapEncoder.encode(roadmap)
        let fast = try #require(FastRoadmapDecoder.decode(bytes))
        let full = try RoadmapStore.decodeExplainingProblems(bytes, path: "x")
        #expect(fast == roadmap && full == roadmap)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""lead": "th""#) && text.contains(#""depends": ["A1"]"#))
        #expect(text.contains(#""by": "田中", "reason": "部品供給の遅延"}"#), "one line per history entry")
        #expect(text.contains(#"{"id": "A2", "start": "2027-04-01", "due": "2027-06-30"}"#), "one line per baseline milestone")
        #expect(roadmap.workstreams[0].milestones[0].latestExplanation?.to == "รอผลการประชุม")
    }

    /// Why a milestone is in its state (try-23 10): the reason given with its
    /// latest status change, not a later update; without one, the latest reason or update.
    @Test func whyItIsInItsState() throws {
        var milestone = roadmap().workstreams[0].milestones[0]
        #expect(milestone.stateExplanation == nil)
        try milestone.comment("แผนเดิม", at: time, by: "สมชาย")
        #expect(milestone.stateExplanation?.to == "แผนเดิม", "no status change: the latest update")
        try milestone.set(.status, to: "at-risk", at: Timestamp(secondsSinceEpoch: time.secondsSinceEpoch + 60), by: "สมชาย", reason: "BOI ขอข้อมูลเพิ่มเติม")
        try milestone.comment("BOIとの協議日程を調整中", at: Timestamp(secondsSinceEpoch: time.secondsSinceEpoch + 120), by: "佐藤")
        try milestone.set(.due, to: "2027-09-30", at: Timestamp(secondsSinceEpoch: time.secondsSinceEpoch + 180), by: "佐藤", reason: "日程の再調整")
        #expect(milestone.stateExplanation?.reason == "BOI ขอข้อมูลเพิ่มเติม" && milestone.stateExplanation?.field == "status")
        #expect(milestone.latestExplanation?.reason == "日程の再調整", "the latest of either is still there for the UI's detail")
        try milestone.set(.status, to: "blocked", at: Timestamp(secondsSinceEpoch: time.secondsSinceEpoch + 240), by: "สมชาย")
        #expect(milestone.stateExplanation?.reason == "日程の再調整", "a status change without a reason: the latest reason or update")
    }

    @Test func theSchemaOneBuiltInFileUpgradesWithNothingLost() throws {
        let old = Array(try Data(contentsOf: RepoPaths.root.appendingPathComponent("Tests/RoadmapCoreTests/Fixtures/eid-roadmap-schema1.json")))
        let loaded = try RoadmapStore.decode(old, path: "old")
        #expect(loaded.schema == 1)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(old, to: "r.json")
        let store = RoadmapStore(path: folder.file("r.json"), lockTimeout: 1)
        try store.modify { roadmap in roadmap.notes = roadmap.notes }  // no change: not written
        #expect(try folder.read("r.json") == old, "a file is upgraded only when something is written")
        try store.write(loaded)
        let written = try folder.read("r.json")
        let expected = String(decoding: old, as: UTF8.self).replacingOccurrences(of: "\"schema\": 1,", with: "\"schema\": 2,")
        #expect(String(decoding: written, as: UTF8.self) == expected, "byte for byte but the schema")
        var reloaded = try store.load()
        #expect(reloaded.schema == 2)
        reloaded.schema = 1
        #expect(reloaded == loaded, "nothing lost")
    }

    @Test func aSchemaOneFileWithASchemaTwoKeyIsRefusedNamingTheSchema() throws {
        let text = #"{"schema": 1, "title": "T", "workstreams": [{"id": "w", "title": "W", "milestones": [{"id": "A1", "title": "t", "status": "planned", "lead": "th"}]}]}"#
        #expect(FastRoadmapDecoder.decode(Array(text.utf8)) == nil)
        let error = #expect(throws: RoadmapError.self) { try RoadmapStore.decode(Array(text.utf8), path: "f.json") }
        #expect(error?.description.contains("comes with schema 2") == true, "\(String(describing: error))")
    }

    // MARK: Merges

    private func merge(_ change: (inout Roadmap) -> Void, _ theirChange: (inout Roadmap) -> Void) -> MergeResult {
        let base = roadmap()
        var ours = base, theirs = base
        change(&ours)
        theirChange(&theirs)
        return ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
    }

    @Test func leadMergesAsAValue() {
        let oneSide = merge({ $0.workstreams[0].milestones[1].lead = .joint }, { $0.workstreams[0].milestones[0].lead = .jp })
        #expect(oneSide.conflicts.isEmpty)
        #expect(oneSide.merged.workstreams[0].milestones.map(\.lead) == [.jp, .joint])
        let both = merge({ $0.workstreams[0].milestones[0].lead = .joint }, { $0.workstreams[0].milestones[0].lead = .jp })
        #expect(both.conflicts.map(\.fieldName) == ["lead"])
        var resolved = both
        resolved.keepOurs(both.conflicts[0], at: time)
        #expect(resolved.merged.workstreams[0].milestones[0].lead == .joint)
    }

    @Test func dependenciesMergeAsASet() {
        let added = merge({ $0.workstreams[1].milestones[0].depends.append("A2") },
                          { $0.workstreams[1].milestones[0].depends = [] })
        #expect(added.conflicts.isEmpty)
        #expect(added.merged.workstreams[1].milestones[0].depends == ["A2"], "theirs removed a1, ours added A2")
        let both = merge({ $0.workstreams[1].milestones[0].depends.append("A2") }, { $0.workstreams[0].milestones[1].depends = [] })
        #expect(both.merged.workstreams[1].milestones[0].depends == ["a1", "A2"] && both.merged.workstreams[0].milestones[1].depends == [])
    }

    @Test(arguments: [false, true])
    func linksThatCloseACycleOnlyTogetherAreMergedWithoutTheirsAndRecorded(inPlace: Bool) throws {
        // Ours: A1 waits for B1 (no longer the other way). Theirs: B1 waits for
        // A2 too (and A2 for A1): together A1 → B1 → A2 → A1.
        let base = roadmap()
        var ours = base, theirs = base
        ours.workstreams[0].milestones[0].depends = ["B1"]
        ours.workstreams[1].milestones[0].depends = []
        if !inPlace { ours.addMilestone(to: 1, title: LocalizedText("ours too"), at: time) }  // not in place: the whole merge
        theirs.workstreams[1].milestones[0].depends = ["a1", "A2"]
        #expect(ours.dependencyProblems.isEmpty && theirs.dependencyProblems.isEmpty, "each side is valid alone")
        let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs, at: time)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.dependencyProblems.isEmpty, "the merge loads: \(result.merged.dependencyProblems)")
        let b1 = result.merged[try #require(result.merged.locate("B1"))]
        #expect(result.merged[try #require(result.merged.locate("A1"))].depends == ["B1"], "our link is kept")
        #expect(b1.depends.isEmpty, "their link that closed the cycle is left out")
        let entry = try #require(b1.history.last)
        #expect(entry.field == "depends" && entry.from == "A2" && entry.to == nil && entry.at == time)
        #expect(entry.reason?.hasPrefix("merge: ") == true && entry.reason?.contains("would be a cycle") == true, "\(entry)")
    }

    @Test func waitingForAMilestoneTheOtherSideRemovedIsLeftOutAndRecorded() throws {
        let base = roadmap()
        var ours = base, theirs = base
        ours.workstreams[1].milestones[0].depends = ["a1", "A2"]
        theirs.workstreams[0].milestones.remove(at: 1)  // A2
        let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs, at: time)
        #expect(result.merged.dependencyProblems.isEmpty, "\(result.merged.dependencyProblems)")
        let b1 = result.merged[try #require(result.merged.locate("B1"))]
        #expect(b1.depends == ["a1"])
        #expect(b1.history.last?.from == "a1,A2" && b1.history.last?.to == "a1")
        #expect(b1.history.last?.reason == "merge: A2 was removed on the other side")
    }

    @Test func baselinesMergeByNameAndOneSavedTwiceDifferentlyIsAConflict() throws {
        let other = Timestamp(secondsSinceEpoch: 1_765_324_800)
        let apart = merge({ _ = try? $0.saveBaseline(named: "Bangkok", at: time, by: "สมชาย") },
                          { _ = try? $0.saveBaseline(named: "Tokyo", at: other, by: "田中") })
        #expect(apart.conflicts.isEmpty)
        #expect(apart.merged.baselines.map(\.name) == ["Tokyo", "Bangkok"])
        let same = merge({ _ = try? $0.saveBaseline(named: "EID", at: time, by: nil) }, { _ = try? $0.saveBaseline(named: "EID", at: time, by: nil) })
        #expect(same.conflicts.isEmpty && same.merged.baselines.count == 1)
        let clash = merge({ _ = try? $0.saveBaseline(named: "EID", at: time, by: "สมชาย") }, { _ = try? $0.saveBaseline(named: "EID", at: other, by: "田中") })
        #expect(clash.conflicts.map(\.field) == [.baseline])
        #expect(clash.merged.baseline(named: "EID")?.by == "田中")
        var resolved = clash
        resolved.keepOurs(clash.conflicts[0], at: time)
        #expect(resolved.merged.baseline(named: "EID")?.by == "สมชาย" && resolved.conflicts.isEmpty)
    }

    @Test func concurrentCommentsAndReasonsAreBothKept() throws {
        let result = merge({ try? $0.workstreams[0].milestones[0].comment("ours", at: time, by: "สมชาย") },
                           { try? $0.workstreams[0].milestones[0].comment("theirs", at: time, by: "田中") })
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.workstreams[0].milestones[0].history.map(\.to) == ["theirs", "ours"])
    }
}
