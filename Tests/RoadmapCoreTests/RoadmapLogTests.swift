import RoadmapCore
import Testing

/// The roadmap's log, what one version added to another, and the commit
/// message `roadmap sync` makes of it.
@Suite struct RoadmapLogTests {
    static let t0 = Timestamp(rfc3339: "2026-11-23T02:00:00Z")!
    static let t1 = Timestamp(rfc3339: "2026-11-24T02:00:00Z")!

    func changed(_ roadmap: Roadmap, _ id: String, _ field: MilestoneField, _ value: String?, at time: Timestamp = t0, by author: String?) throws -> Roadmap {
        var roadmap = roadmap
        try roadmap[roadmap.locate(id)!].set(field, to: value, at: time, by: author)
        return roadmap
    }

    @Test func newestFirstAndTiesKeepFileOrderReversed() throws {
        var roadmap = try changed(BuiltInRoadmap.load(), "SC2", .status, "done", by: "Somchai")
        roadmap = try changed(roadmap, "SC2", .owner, "OIE / JETRO", by: "Somchai")
        roadmap = try changed(roadmap, "CE1", .status, "at-risk", at: Self.t1, by: nil)
        let log = RoadmapLog.changes(in: roadmap, filter: .init(from: Timestamp(rfc3339: "2026-11-23T00:00:00Z")!))
        #expect(log.map { "\($0.milestoneID) \($0.entry.field) \($0.author)" } == ["CE1 status unknown", "SC2 owner Somchai", "SC2 status Somchai"])
    }

    @Test func authorMatchesAnyPartOfTheNameIgnoringCase() throws {
        var roadmap = try changed(BuiltInRoadmap.load(), "SC2", .status, "done", by: "田中 花子")
        roadmap = try changed(roadmap, "SC3", .status, "at-risk", by: "Somchai Jaidee")
        roadmap = try changed(roadmap, "CE1", .status, "at-risk", by: nil)
        func ids(_ author: String) -> [String] {
            RoadmapLog.changes(in: roadmap, filter: .init(author: author)).map(\.milestoneID)
        }
        #expect(ids("田中") == ["SC2"], "a family name finds the full name")
        #expect(ids("somchai") == ["SC3"] && ids("JAIDEE") == ["SC3"])
        #expect(ids("unknown") == ["CE1"], "entries without an author")
        #expect(ids("Tanaka").isEmpty)
    }

    @Test func newChangesCountEntriesAMergeInterleaved() throws {
        let base = BuiltInRoadmap.load()
        let ours = try changed(base, "SC2", .status, "done", by: "Somchai")
        var theirs = try changed(base, "SC2", .owner, "OIE / JETRO", by: "山田")
        let location = theirs.locate("SC2")!
        // Their entry first, then ours: what a merge may produce.
        theirs[location].history.append(ours[ours.locate("SC2")!].history.last!)
        let added = RoadmapLog.newChanges(from: ours, to: theirs)
        #expect(added.map(\.entry.field) == ["owner"], "ours is already there, only theirs is new")
        #expect(RoadmapLog.changedMilestones(from: ours, to: theirs) == ["SC2"])
        #expect(RoadmapLog.newChanges(from: theirs, to: theirs).isEmpty)
    }

    /// A merge that met a conflict breaks the chain of the field's values;
    /// changes made one after another, or on different fields, do not.
    @Test func mergeConflictsAreFoundInWhatAMergeAdded() throws {
        let base = try changed(BuiltInRoadmap.load(), "CE1", .owner, "DIW", by: "DIW")
        let bangkok = try changed(base, "SC2", .status, "blocked", by: "Somchai")
        var tokyo = try changed(base, "SC2", .status, "done", at: Self.t1, by: "Yuki")
        tokyo = try changed(tokyo, "SC3", .status, "at-risk", at: Self.t1, by: "Yuki")
        // Bangkok merges Tokyo's change (the driver keeps Bangkok's side), and so does Tokyo.
        let mergedInBangkok = GitMergeDriver.merge(base: base, ours: bangkok, theirs: tokyo, at: Self.t1, by: "Somchai").merged
        #expect(RoadmapLog.mergeConflicts(from: bangkok, to: mergedInBangkok) == ["SC2"], "Bangkok's screen, taking in its own sync's merge")
        #expect(RoadmapLog.mergeConflicts(from: tokyo, to: mergedInBangkok) == ["SC2"], "Tokyo's screen, taking in Bangkok's merge")
        #expect(RoadmapLog.mergeConflicts(from: mergedInBangkok, to: mergedInBangkok).isEmpty, "nothing new, nothing to visit")
        // Without a conflict: sequential changes, one merged cleanly, and the same change made twice.
        var sequential = try changed(base, "SC2", .status, "blocked", by: "Yuki")
        sequential = try changed(sequential, "SC2", .status, "done", at: Self.t1, by: "Yuki")
        #expect(RoadmapLog.mergeConflicts(from: base, to: sequential).isEmpty)
        let clean = GitMergeDriver.merge(base: base, ours: try changed(base, "SC2", .owner, "OIE", by: "Somchai"), theirs: tokyo, at: Self.t1).merged
        #expect(RoadmapLog.mergeConflicts(from: tokyo, to: clean).isEmpty && RoadmapLog.mergeConflicts(from: base, to: clean).isEmpty)
        let twice = GitMergeDriver.merge(base: base, ours: try changed(base, "SC2", .status, "done", by: "Somchai"), theirs: tokyo, at: Self.t1).merged
        #expect(RoadmapLog.mergeConflicts(from: tokyo, to: twice).isEmpty)
    }

    @Test func commitMessageNamesChangesAndAuthors() throws {
        let base = BuiltInRoadmap.load()
        var roadmap = try changed(base, "SC2", .status, "done", by: "Somchai")
        roadmap = try changed(roadmap, "CE1", .due, "2028-02-25", by: "Somchai")
        roadmap = try changed(roadmap, "CE1", .due, "2028-02-26", by: "山田")
        let message = ChangeSummary.commitMessage(from: base, to: roadmap)
        #expect(message == """
            roadmap: SC2 done, CE1 due +64d (Somchai, 山田)

            SC2 status: in-progress → done (Somchai)
            CE1 due: 2027-12-24 → 2028-02-25 (Somchai)
            CE1 due: 2028-02-25 → 2028-02-26 (山田)

            """)
    }

    /// A field as history names it gives the field back; what is no field gives nothing.
    @Test func aRecordedFieldNameIsItsField() {
        let fields: [MilestoneField] = [.status, .start, .due, .owner, .notes, .lead, .depends, .title(language: nil), .title(language: "th")]
        for field in fields { #expect(MilestoneField(recorded: field.description) == field) }
        for name in ["created", HistoryEntry.commentField, "colour", ""] { #expect(MilestoneField(recorded: name) == nil) }
    }

    /// The commit message is where the other office reads of a zone change: with who and why when recorded.
    @Test func commitMessageNamesAChangeOfTheProgrammesTimeZone() throws {
        let base = BuiltInRoadmap.load()
        var roadmap = base
        roadmap.timeZone = "Asia/Tokyo"
        #expect(ChangeSummary.commitMessage(from: base, to: roadmap) == "roadmap: time zone Asia/Bangkok → Asia/Tokyo\n\ntime zone: Asia/Bangkok → Asia/Tokyo\n")
        var recorded = base
        recorded.setTimeZone("Asia/Tokyo", at: Timestamp(rfc3339: "2026-12-15T02:00:00Z")!, by: "สมชาย ใจดี", reason: "ตามมติ")
        recorded.setTimeZone("UTC", at: Timestamp(rfc3339: "2026-12-15T03:00:00Z")!, by: "山田", reason: nil)
        #expect(ChangeSummary.commitMessage(from: base, to: recorded) == """
            roadmap: time zone Asia/Bangkok → UTC (สมชาย ใจดี, 山田)

            time zone: Asia/Bangkok → Asia/Tokyo (สมชาย ใจดี; ตามมติ)
            time zone: Asia/Tokyo → UTC (山田)

            """)
        roadmap = try changed(roadmap, "SC2", .status, "done", by: "山田")
        roadmap.timeZone = nil
        #expect(ChangeSummary.commitMessage(from: base, to: roadmap).hasPrefix("roadmap: SC2 done, time zone Asia/Bangkok → none (山田)\n"))
    }

    @Test func commitMessageCountsWhenThereAreManyAndNamesRemovals() throws {
        let base = BuiltInRoadmap.load()
        var roadmap = base
        for id in ["SC3", "SC4", "SC5", "SC6", "SME1"] { roadmap = try changed(roadmap, id, .status, "at-risk", by: nil) }
        roadmap.removeMilestone(at: roadmap.locate("CE4")!)
        let subject = ChangeSummary.commitMessage(from: base, to: roadmap).split(separator: "\n").first.map(String.init)
        #expect(subject == "roadmap: 6 changes to 6 milestones (unknown)")
        #expect(ChangeSummary.commitMessage(from: base, to: base) == "roadmap: edited\n", "changed without history (by hand)")
        #expect(ChangeSummary.commitMessage(from: nil, to: base) == "roadmap: new roadmap file, \(base.milestoneCount) milestones\n")
    }
}
