import RoadmapCore
@testable import RoadmapUI
import Testing

/// Finding things across the whole roadmap: `/` in every workstream, `n`/`N`
/// across tabs, `:` to an id, `O` to sort, `!` for what is overdue everywhere.
@Suite("UI: finding things")
struct FindingTests {
    @Test("/ matches in every workstream: typing jumps to a tab that has matches, and each tab counts them")
    func searchJumpsAcrossTabs() {
        var state = Fixture.state()
        state.press(.character("/"))
        state.type("recycl")  // only circular-economy milestones say "recycl…"
        #expect(state.workstream == 2, "jumped to the third tab")
        #expect(state.rowCount > 0 && state.selectedMilestone!.title.text(in: "en").lowercased().contains("recycl"))
        let tabs = state.render().lines[1]
        #expect(tabs.contains("[0]") && tabs.contains("[\(state.rowCount)]"), "\(tabs)")
        state.press(.enter)
        #expect(state.screenText.contains("filter: recycl (\(state.rowCount) here, \(state.rowCount) in all)"))
    }

    @Test("n and N go from match to match, on into the next and previous workstream, and wrap round")
    func nextMatchAcrossTabs() {
        var state = Fixture.state()
        state.press(.character("/"))
        state.type("japan")
        state.press(.enter)
        let all = state.roadmap.allMilestones.filter { MilestoneQuery(text: "japan").matches($0.milestone, today: Fixture.today) }.map(\.milestone.id)
        #expect(all.count > 3)
        var seen = [state.selectedMilestone!.id]
        for _ in 1..<all.count {
            state.press(.character("n"))
            seen.append(state.selectedMilestone!.id)
        }
        #expect(seen == all, "every match once, in file order, across tabs")
        state.press(.character("n"))
        #expect(state.selectedMilestone?.id == all[0], "wraps to the first")
        state.press(.character("N"))
        #expect(state.selectedMilestone?.id == all.last)
    }

    @Test("n with no search says how to search")
    func nWithoutSearch() {
        var state = Fixture.state()
        state.press(.character("n"))
        #expect(state.message?.text == "/ searches first; n and N then go from match to match")
        #expect(state.selectedMilestone?.id == "SC1")
    }

    @Test(": jumps to an id in any case and any workstream, clearing a filter that hides it; an unknown id is named")
    func jumpToID() {
        var state = Fixture.state(language: .th)
        state.press(.character("/"))
        state.type("SC")
        state.press(.enter)
        state.press(.character(":"))
        #expect(state.render().lines[22].hasPrefix("ไปที่รหัส:"))
        state.type("sme5")
        state.press(.enter)
        #expect(state.workstream == 1 && state.selectedMilestone?.id == "SME5")
        #expect(state.filter.isEmpty, "the filter hid SME5")
        state.press(.character(":"))
        state.type("XX9")
        state.press(.enter)
        #expect(state.message == StatusMessage(text: "ไม่มีหมุดหมาย XX9", kind: .error))
        #expect(state.selectedMilestone?.id == "SME5")
    }

    @Test("O sorts by due, status, owner, then file order again, keeping the selected milestone")
    func sortOrders() {
        var state = Fixture.state()
        state.press(.down)  // SC2
        let milestones = state.roadmap.workstreams[0].milestones
        func shown() -> [String] { (0..<state.rowCount).map { milestones[state.milestoneIndex(row: $0)].id } }
        state.press(.character("O"))
        #expect(state.message?.text == "sorted by due")
        let dues = shown().map { id in milestones.first { $0.id == id }!.due! }
        #expect(dues == dues.sorted())
        #expect(state.selectedMilestone?.id == "SC2")
        state.press(.character("O"))
        let ranks = shown().map { id in Status.allCases.firstIndex(of: milestones.first { $0.id == id }!.status)! }
        #expect(ranks == ranks.sorted())
        state.press(.character("O"))
        #expect(state.message?.text == "sorted by owner")
        let owners = shown().map { id in milestones.first { $0.id == id }!.owner!.lowercased() }
        #expect(owners == owners.sorted())
        state.press(.character("O"))
        #expect(shown() == milestones.map(\.id))
        // Keys act on the row shown: s on the first sorted row changes that milestone.
        state.press(.character("O"), .home, .character("s"))
        #expect(state.message?.text.hasPrefix("\(shown()[0]):") == true)
    }

    @Test("! lists every overdue milestone of every workstream, longest overdue first; Enter opens one, Esc comes back")
    func overdueList() {
        var roadmap = BuiltInRoadmap.load()
        let time = Fixture.now
        for (id, due) in [("CE3", "2026-10-01"), ("SME6", "2026-11-01"), ("SC2", "2026-09-15")] {
            try! roadmap[roadmap.locate(id)!].set(.due, to: due, at: time)
        }
        var state = Fixture.state(language: .ja, roadmap: roadmap)
        state.press(.character("!"))
        #expect(state.screen == .overdue)
        let expected = roadmap.allMilestones.map(\.milestone).filter { $0.isOverdue(today: Fixture.today) }
            .sorted { $0.due! < $1.due! }.map(\.id)
        #expect(expected.count >= 3)
        let lines = state.render().lines
        let rows = expected.map { id in lines.firstIndex { $0.hasPrefix(" \(id) ") } }
        #expect(rows.allSatisfy { $0 != nil } && rows.map { $0! } == rows.map { $0! }.sorted(), "\(lines)")
        #expect(lines[0].contains("期限超過 — 全ワークストリーム"))
        state.press(.down, .enter)
        #expect(state.screen == .detail && state.selectedMilestone?.id == expected[1])
        state.press(.escape)
        #expect(state.screen == .overdue)
        // s there acts on the row: SC2 moves on; done, it leaves the list.
        state.press(.home, .character("="), .character("d"))
        #expect(!state.overdueLocations.map { roadmap[$0].id }.contains(expected[0]) || state.roadmap[state.roadmap.locate(expected[0])!].status == .done)
        state.press(.escape)
        #expect(state.screen == .list)
    }
}
