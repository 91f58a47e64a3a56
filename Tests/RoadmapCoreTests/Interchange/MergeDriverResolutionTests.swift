import RoadmapCore
import Testing

/// The git merge driver's merge: conflicts resolved to our side, nothing lost.
@Suite struct MergeDriverResolutionTests {
    let time = Timestamp(rfc3339: "2026-11-26T09:00:00Z")!
    let mergeTime = Timestamp(rfc3339: "2026-11-27T10:00:00Z")!

    func edited(_ roadmap: Roadmap, _ id: String, _ field: MilestoneField, _ value: String?) throws -> Roadmap {
        var copy = roadmap
        try copy[copy.locate(id)!].set(field, to: value, at: time)
        return copy
    }

    @Test func sameFieldKeepsOursAndRecordsTheirsInHistory() throws {
        let base = BuiltInRoadmap.load()
        let ours = try edited(base, "SC2", .status, "blocked")
        let theirs = try edited(edited(base, "SC2", .status, "done"), "CE1", .owner, "DIW / JETRO")
        let outcome = GitMergeDriver.merge(base: base, ours: ours, theirs: theirs, at: mergeTime)
        #expect(outcome.conflicts.map(\.field) == [.status])
        let sc2 = outcome.merged[outcome.merged.locate("SC2")!]
        #expect(sc2.status == .blocked)
        #expect(sc2.history.last == HistoryEntry(at: mergeTime, field: "status", from: "done", to: "blocked"))
        #expect(outcome.merged[outcome.merged.locate("CE1")!].owner == "DIW / JETRO")

        let report = GitMergeDriver.report(outcome.conflicts, fileName: "roadmap.json")
        #expect(report.contains("SC2 status: base \"in-progress\", ours \"blocked\" (kept), theirs \"done\""))
        #expect(report.hasPrefix("roadmap.json: 1 conflict"))
    }

    @Test func titlesMergePerLanguageAndRecordTheLanguage() throws {
        let base = BuiltInRoadmap.load()
        let ours = try edited(edited(base, "SC2", .title(language: "th"), "ของเรา"), "SC1", .title(language: "th"), "ไทย")
        let theirs = try edited(edited(base, "SC2", .title(language: "th"), "ของเขา"), "SC1", .title(language: "en"), "English")
        let outcome = GitMergeDriver.merge(base: base, ours: ours, theirs: theirs, at: mergeTime)
        #expect(outcome.conflicts.map { "\($0.milestoneID) \($0.fieldName)" } == ["SC2 title.th"])
        let sc1 = outcome.merged[outcome.merged.locate("SC1")!]
        #expect(sc1.title.text(in: "th") == "ไทย" && sc1.title.text(in: "en") == "English")
        let sc2 = outcome.merged[outcome.merged.locate("SC2")!]
        #expect(sc2.title.text(in: "th") == "ของเรา")
        #expect(sc2.history.last == HistoryEntry(at: mergeTime, field: "title.th", from: "ของเขา", to: "ของเรา"))
        #expect(GitMergeDriver.report(outcome.conflicts, fileName: "roadmap.json").contains("SC2 title.th: base "))
    }

    @Test func noBaseMeansBothSidesAddedEverything() throws {
        let ours = BuiltInRoadmap.load()
        let theirs = try edited(ours, "SC1", .owner, "METI")
        let outcome = GitMergeDriver.merge(base: nil, ours: ours, theirs: theirs, at: mergeTime)
        #expect(outcome.conflicts.map(\.milestoneID) == ["SC1"])
        #expect(outcome.merged[outcome.merged.locate("SC1")!] == ours[ours.locate("SC1")!])
        #expect(outcome.merged.milestoneCount == ours.milestoneCount)
    }
}
