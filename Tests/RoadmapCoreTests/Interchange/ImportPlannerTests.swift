import RoadmapCore
import Testing

/// Matching imported records, new ids, all-or-nothing.
@Suite struct ImportPlannerTests {
    let time = Timestamp(rfc3339: "2026-11-26T09:00:00Z")!

    func record(_ id: ImportRecord.Identity, _ workstream: String?, _ title: String, status: Status? = nil) -> ImportRecord {
        ImportRecord(origin: "row", identity: id, workstream: workstream, title: LocalizedText(title), status: status,
                     given: status == nil ? [.title] : [.title, .status])
    }

    @Test func importingTheSameRecordsTwiceAddsNothingTheSecondTime() throws {
        var marked = record(.marker("taskwarrior: 1"), "circular-economy", "Battery pilot", status: .done)
        marked.notes = "an annotation\ntaskwarrior: 1"
        marked.given.insert(.notes)
        let source = ImportSource(records: [
            record(.none, "supply-chain", "Hydrogen pilot"),
            marked,
            record(.id("NEW1"), "smes-startups", "Named one"),
        ])
        let first = try ImportPlanner.plan(source, into: BuiltInRoadmap.load(), fallbackWorkstream: nil, at: time)
        #expect(first.added.count == 3)
        let second = try ImportPlanner.plan(source, into: first.roadmap, fallbackWorkstream: nil, at: time)
        #expect(second.added.isEmpty && second.changed.isEmpty && second.unchanged == 3)
        #expect(second.roadmap == first.roadmap)
    }

    @Test func newIDsNeverCollideWithExistingOnesOrOnesTheImportClaims() throws {
        let source = ImportSource(records: [
            record(.none, "supply-chain", "First new"),
            record(.id("SC9"), "supply-chain", "Claims SC9"),
            record(.none, "supply-chain", "Second new"),
            record(.id("sc8"), "supply-chain", "Claims sc8"),
        ])
        let outcome = try ImportPlanner.plan(source, into: BuiltInRoadmap.load(), fallbackWorkstream: nil, at: time)
        let ids = outcome.roadmap.allMilestones.map { $0.milestone.id.lowercased() }
        #expect(Set(ids).count == ids.count, "\(ids)")
        #expect(outcome.added.map(\.milestone.id) == ["SC10", "SC9", "SC11", "sc8"])
    }

    @Test func changesAreRecordedInHistoryAndOnlyWhereFieldsDiffer() throws {
        let source = ImportSource(records: [record(.id("SC2"), "supply-chain", "Next-generation automotive and EV parts cooperation", status: .done)])
        var roadmap = BuiltInRoadmap.load()
        // A plain title given for a translated milestone sets its English text: unchanged here.
        roadmap[roadmap.locate("SC2")!].title = LocalizedText("Next-generation automotive and EV parts cooperation")
        let outcome = try ImportPlanner.plan(source, into: roadmap, fallbackWorkstream: nil, at: time)
        #expect(outcome.changed.count == 1)
        #expect(outcome.changed[0].entries == [HistoryEntry(at: time, field: "status", from: "in-progress", to: "done")])
    }

    @Test func anyProblemImportsNothingAndNamesEveryProblem() {
        let source = ImportSource(records: [
            record(.none, "supply-chain", "Fine"),
            record(.none, "no-such-stream", "Lost"),
            record(.none, nil, "Nowhere"),
            record(.id("SC1"), "supply-chain", "Twice"),
            record(.id("sc1"), "supply-chain", "Twice again"),
        ])
        #expect {
            try ImportPlanner.plan(source, into: BuiltInRoadmap.load(), fallbackWorkstream: nil, at: time)
        } throws: { error in
            let text = (error as? RoadmapError)?.description ?? ""
            return text.contains("3 problems") && text.contains("no workstream \"no-such-stream\"")
                && text.contains("no workstream given") && text.contains("same milestone as an earlier one")
        }
    }

    @Test func fallbackWorkstreamTakesUnknownProjectsAndSaysSo() throws {
        let source = ImportSource(records: [record(.none, "home", "Garden"), record(.none, "supply-chain.ev", "EV parts")])
        let outcome = try ImportPlanner.plan(source, into: BuiltInRoadmap.load(), fallbackWorkstream: "CIRCULAR-economy", at: time)
        #expect(outcome.added.map(\.workstreamID) == ["circular-economy", "supply-chain"])
        #expect(outcome.notices.contains { $0.contains("\"home\" → circular-economy") })
    }

    @Test func aMatchedMilestoneIsNotMovedButTheUserIsTold() throws {
        let source = ImportSource(records: [record(.id("SC1"), "circular-economy", "Confirm EID framework and working groups")])
        let outcome = try ImportPlanner.plan(source, into: BuiltInRoadmap.load(), fallbackWorkstream: nil, at: time)
        #expect(outcome.roadmap.locate("SC1")?.workstream == 0)
        #expect(outcome.notices.contains { $0.contains("SC1 stays in supply-chain") })
    }
}
