@testable import RoadmapCore
import RoadmapTestSupport
import Testing

/// When our side only changed milestones in place (the UI's usual case), the
/// merge looks at those milestones alone; it must give exactly what the merge
/// over every milestone gives.
@Suite("Three-way merge: changes in place")
struct ThreeWayMergeFastPathTests {
    static let base = BuiltInRoadmap.load()
    static let times = (0..<4).map { Timestamp(secondsSinceEpoch: 1_790_000_000 + Int64($0) * 3_600) }

    private func randomEdit(_ roadmap: inout Roadmap, _ random: inout SplitMix64) {
        // Half the edits go to a few milestones, so that both sides often change the same one.
        let all = roadmap.workstreams.flatMap { $0.milestones.map(\.id) }
        let ids = random.next() % 2 == 0 ? Array(all.prefix(4)) : all
        guard let id = ids.isEmpty ? nil : ids[Int(random.next() % UInt64(ids.count))], let location = roadmap.locate(id) else { return }
        let choices: [(MilestoneField, [String?])] = [
            (.status, ["done", "blocked", "at-risk", "planned"]), (.due, ["2027-01-31", "2028-02-29", nil]),
            (.start, ["2026-01-05", nil]), (.owner, ["OIE", "BOI / JETRO", nil]), (.notes, ["a note", nil]),
            (.title(language: "th"), ["แผนใหม่", "ทบทวน"]), (.title(language: "en"), ["New plan", "Review"]),
        ]
        let (field, values) = choices[Int(random.next() % UInt64(choices.count))]
        let time = Self.times[Int(random.next() % UInt64(Self.times.count))]
        _ = try? roadmap[location].set(field, to: values[Int(random.next() % UInt64(values.count))], at: time)
    }

    /// Their side may also add, remove and move milestones.
    private func randomStructuralChange(_ roadmap: inout Roadmap, _ random: inout SplitMix64) {
        switch random.next() % 3 {
        case 0:
            let w = Int(random.next() % UInt64(roadmap.workstreams.count))
            roadmap.addMilestone(to: w, title: LocalizedText("Added"), at: Self.times[0])
        case 1:
            let w = Int(random.next() % UInt64(roadmap.workstreams.count))
            guard !roadmap.workstreams[w].milestones.isEmpty else { return }
            _ = roadmap.removeMilestone(at: Roadmap.Location(workstream: w, milestone: 0))
        default:
            guard let moved = roadmap.workstreams[0].milestones.popLast() else { return }
            roadmap.workstreams[2].milestones.insert(moved, at: 0)
        }
    }

    @Test func givesWhatTheWholeMergeGives() {
        var random = SplitMix64(seed: 396)
        var withConflicts = 0
        for round in 0..<2_000 {
            var ours = Self.base, theirs = Self.base
            for _ in 0..<(1 + random.next() % 4) { randomEdit(&ours, &random) }
            for _ in 0..<(random.next() % 5) { randomEdit(&theirs, &random) }
            if random.next() % 3 == 0 { randomStructuralChange(&theirs, &random) }
            guard let changed = ThreeWayMerge.changesInPlace(base: Self.base, ours: ours) else {
                Issue.record("round \(round): edits in place were not recognised")
                continue
            }
            let fast = ThreeWayMerge.mergeInPlaceChanges(changed, base: Self.base, ours: ours, theirs: theirs)
            let whole = ThreeWayMerge.mergeEverything(base: Self.base, ours: ours, theirs: theirs)
            #expect(fast == whole, "round \(round)")
            #expect(ThreeWayMerge.merge(base: Self.base, ours: ours, theirs: theirs) == whole)
            if !whole.conflicts.isEmpty { withConflicts += 1 }
        }
        #expect(withConflicts > 80)
    }

    @Test func findsExactlyTheChangedMilestones() {
        var ours = Self.base
        _ = try? ours[ours.locate("SME3")!].set(.status, to: "done", at: Self.times[0])
        _ = try? ours[ours.locate("CE7")!].set(.owner, to: "DIW", at: Self.times[0])
        let changed = ThreeWayMerge.changesInPlace(base: Self.base, ours: ours)
        #expect(changed?.map { ours[$0].id } == ["SME3", "CE7"])
        #expect(ThreeWayMerge.changesInPlace(base: Self.base, ours: Self.base) == [])
    }

    @Test func addedRemovedOrMovedMilestonesNeedTheWholeMerge() {
        var added = Self.base
        added.addMilestone(to: 1, title: LocalizedText("New"), at: Self.times[0])
        #expect(ThreeWayMerge.changesInPlace(base: Self.base, ours: added) == nil)
        var removed = Self.base
        _ = removed.removeMilestone(at: Roadmap.Location(workstream: 2, milestone: 3))
        #expect(ThreeWayMerge.changesInPlace(base: Self.base, ours: removed) == nil)
        var swapped = Self.base
        swapped.workstreams[0].milestones.swapAt(0, 1)
        #expect(ThreeWayMerge.changesInPlace(base: Self.base, ours: swapped) == nil)
    }
}

@Suite("Milestone.firstDifference")
struct MilestoneFirstDifferenceTests {
    @Test func findsEachDifferenceAndTheEnd() throws {
        let milestones = BuiltInRoadmap.load().workstreams[0].milestones
        var changed = milestones
        try changed[2].set(.status, to: "blocked", at: Timestamp(secondsSinceEpoch: 0))
        try changed[5].set(.owner, to: "NEDO", at: Timestamp(secondsSinceEpoch: 0))
        #expect(Milestone.firstDifference(milestones, milestones) == nil)
        #expect(Milestone.firstDifference(milestones, changed) == 2)
        #expect(Milestone.firstDifference(milestones, changed, from: 3) == 5)
        #expect(Milestone.firstDifference(milestones, changed, from: 6) == nil)
        #expect(Milestone.firstDifference(milestones, Array(milestones.prefix(4))) == 4)
        #expect(Milestone.firstDifference([], milestones) == 0)
        // A copy in other storage with the same milestones is equal.
        #expect(Milestone.firstDifference(milestones, milestones.map { $0 }) == nil)
        var workstream = BuiltInRoadmap.load().workstreams[0]
        #expect(workstream == BuiltInRoadmap.load().workstreams[0])
        workstream.milestones = changed
        #expect(workstream != BuiltInRoadmap.load().workstreams[0])
    }

    /// `firstDifference` compares the fields one by one: a new stored
    /// property of Milestone must be added there too.
    @Test func comparesEveryStoredProperty() {
        let milestone = BuiltInRoadmap.load().workstreams[0].milestones[0]
        #expect(Mirror(reflecting: milestone).children.map(\.label) == ["id", "title", "status", "start", "due", "owner", "lead", "notes", "depends", "history"])
        let changes: [(inout Milestone) -> Void] = [
            { $0.id = "X" }, { $0.title = LocalizedText("x") }, { $0.status = .dropped }, { $0.start = CalendarDay(iso: "2020-01-01") },
            { $0.due = nil }, { $0.owner = "x" }, { $0.lead = .jp }, { $0.notes = "x" }, { $0.depends = ["SC2"] },
            { $0.history.append(HistoryEntry(at: Timestamp(secondsSinceEpoch: 0), field: "owner", from: nil, to: "x")) },
        ]
        for (i, change) in changes.enumerated() {
            var other = milestone
            change(&other)
            #expect(Milestone.firstDifference([milestone], [other]) == 0, "property \(i)")
        }
    }
}

@Suite("Roadmap.isIdentical")
struct RoadmapIdentityTests {
    @Test func onlyTheSameStorageIsIdentical() throws {
        let roadmap = BuiltInRoadmap.load()
        let copy = roadmap
        #expect(roadmap.isIdentical(to: copy))
        var changed = roadmap
        try changed.workstreams[1].milestones[0].set(.status, to: "done", at: Timestamp(secondsSinceEpoch: 0))
        #expect(!roadmap.isIdentical(to: changed))
        // Equal, but decoded anew: not identical.
        let decoded = try RoadmapStore.decode(RoadmapEncoder.encode(roadmap), path: "p")
        #expect(decoded == roadmap)
        #expect(!decoded.isIdentical(to: roadmap))
        var retitled = roadmap
        retitled.title = LocalizedText("Other")
        #expect(!retitled.isIdentical(to: roadmap))
    }
}
