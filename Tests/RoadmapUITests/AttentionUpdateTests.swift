import RoadmapCore
import RoadmapTestSupport
import Testing
@testable import RoadmapUI

/// The attention the UI brings up to date edit by edit (``Attention/update(after:in:today:)``)
/// says exactly what one worked out afresh says: every link and why it is off
/// track, who waits on an off-track link, the review counts per lead side;
/// and the per-workstream counts, counted again only where the edit was.
@Suite struct AttentionUpdateTests {
    /// Everything the views read from an attention, in a form that compares.
    static func observed(_ attention: Attention, _ roadmap: Roadmap) -> [String] {
        var lines = attention.links.map { "\(roadmap[$0.link.predecessor].id) → \(roadmap[$0.link.successor].id): \(String(describing: $0.offTrack))" }
        lines.append("by lead: \(attention.byLead.sorted { "\($0.key as Any)" < "\($1.key as Any)" }.map { "\($0.key as Any)=\($0.value)" })")
        lines.append("any lead: \(attention.anyLead)")
        for (w, workstream) in roadmap.workstreams.enumerated() {
          for (m, milestone) in workstream.milestones.enumerated() {
            let location = Roadmap.Location(workstream: w, milestone: m)
            let waits = attention.predecessors(of: location).map { roadmap[$0.link.predecessor].id }
            let holds = attention.successors(of: location).map { roadmap[$0.link.successor].id }
            lines.append("\(milestone.id): waits on off track \(attention.waitsOnOffTrack(location)), for \(waits), holds up \(holds)")
          }
        }
        return lines
    }

    /// Keys that change milestones without adding or removing any (the quick
    /// path), mixed with moves, undo, redo and a few that do (the full path).
    static let keys: [Key] = [.up, .down, .tab, .enter, .escape, .control("r")]
        + "sSsS++--uuu=ibpdx<>x 1 2".map { Key.character($0) }

    @Test(arguments: [(1, false), (2, false), (3, true), (4, true)])
    func aWalkOfEditsKeepsTheAttentionAsIfWorkedOutAfresh(seed: UInt64, schema2: Bool) {
        var random = SplitMix64(seed: seed)
        var state = schema2 ? Schema2Fixture.state() : Fixture.state()
        var edits = 0, checked = 0
        for step in 0..<3_000 {
            let key = Self.keys.randomElement(using: &random)!
            let effects = state.update(.key(key))
            if effects.contains(.save) { _ = state.update(.saved(state.roadmap, sent: state.roadmap)) }
            let fresh = Attention(state.roadmap, today: state.today)
            let got = Self.observed(state.attention, state.roadmap), want = Self.observed(fresh, state.roadmap)
            checked += 1
            if effects.contains(.save) { edits += 1 }
            guard state.tallies == WorkstreamTally.all(state.roadmap, today: state.today) else {
                Issue.record("seed \(seed) step \(step) after \(key): the tab and overview counts are stale")
                return
            }
            guard got == want else {
                Issue.record("seed \(seed) step \(step) after \(key): \(zip(got, want).first { $0 != $1 }.map { "\($0) instead of \($1)" } ?? "\(got.count) lines instead of \(want.count)")")
                return
            }
        }
        #expect(checked == 3_000 && edits > 100, "the walk changed milestones (\(edits) times)")
    }

    @Test func aStatusChangeTakesTheQuickPathAndAnAddedMilestoneTheFullOne() throws {
        var state = Schema2Fixture.state()
        var roadmap = state.roadmap
        let sc1 = try #require(roadmap.locate("SC1"))
        var attention = Attention(roadmap, today: state.today)
        let before = roadmap[sc1]
        roadmap[sc1].status = .done
        let applied = attention.update(after: [(sc1, before)], in: roadmap, today: state.today)
        #expect(applied, "a field change is applied in place")
        #expect(Self.observed(attention, roadmap) == Self.observed(Attention(roadmap, today: state.today), roadmap))
        #expect(!attention.waitsOnOffTrack(try #require(roadmap.locate("SC2"))), "SC1 done holds nothing up")

        let undone = roadmap[sc1]
        roadmap[sc1].depends = ["CE2"]
        let relinked = attention.update(after: [(sc1, undone)], in: roadmap, today: state.today)
        #expect(!relinked, "new dependencies need the full work")
        roadmap[sc1].depends = []
        roadmap.addMilestone(to: 0, title: LocalizedText("New"), at: Fixture.now)
        let added = attention.update(after: [], in: roadmap, today: state.today)
        #expect(!added, "an added milestone needs the full work")
        var afresh = Attention(state.roadmap, today: state.today)
        let sameDay = afresh.update(after: [], in: state.roadmap, today: state.today)
        let nextDay = afresh.update(after: [], in: state.roadmap, today: state.today.adding(days: 1))
        #expect(sameDay && !nextDay, "another day needs the full work")
        state.press(.character("s"))
        #expect(Self.observed(state.attention, state.roadmap) == Self.observed(Attention(state.roadmap, today: state.today), state.roadmap))
    }
}
