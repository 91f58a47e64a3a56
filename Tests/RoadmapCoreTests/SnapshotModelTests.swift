import Foundation
import RoadmapCore
import Testing

@Suite("Snapshot: content")
struct SnapshotModelTests {
    typealias Move = WeeklySnapshot.Move
    let week = SnapshotFixture.week

    private func snapshot(_ milestones: [Milestone], today: String = "2026-11-27", zone: TimeZone = SnapshotFixture.bangkok) -> WeeklySnapshot {
        WeeklySnapshot(roadmap: SnapshotFixture.roadmap(milestones), week: week, today: Fixture.day(today), timeZone: zone)
    }

    @Test("a due date moved twice in one week shows the net change")
    func dueMovedTwice() throws {
        let s = snapshot([SnapshotFixture.milestone("A", due: "2027-01-29", history: [
            ("2026-11-24T04:00:00Z", "due", "2026-12-18", "2027-01-15"),
            ("2026-11-26T07:30:00Z", "due", "2027-01-15", "2027-01-29"),
        ])])
        let move = try #require(s.moves.first)
        #expect(s.moves.count == 1)
        #expect(move.changes == [.due(from: Fixture.day("2026-12-18"), to: Fixture.day("2027-01-29"), times: 2)])
        #expect(move.changes.first?.netDays == 42)
        let text = s.render(.text)
        #expect(text.contains("due: 2026-12-18 → 2027-01-29 (+42 days net, moved 2 times)"), "\(text)")
    }

    @Test("a due date moved and moved back within the week is not a move")
    func dueMovedBack() throws {
        let s = snapshot([SnapshotFixture.milestone("A", due: "2026-12-18", history: [
            ("2026-11-24T04:00:00Z", "due", "2026-12-18", "2027-01-15"),
            ("2026-11-25T04:00:00Z", "due", "2027-01-15", "2026-12-18"),
        ])])
        #expect(s.moves.isEmpty)
        #expect(s.render(.text).contains("No changes recorded this week."))
    }

    @Test("a status that goes out and back (in-progress → at-risk → in-progress) is not a move")
    func statusFlap() {
        let s = snapshot([
            SnapshotFixture.milestone("FLAP", status: .inProgress, history: [
                ("2026-11-24T04:00:00Z", "status", "in-progress", "at-risk"), ("2026-11-26T04:00:00Z", "status", "at-risk", "in-progress"),
            ]),
            SnapshotFixture.milestone("LONGFLAP", status: .planned, history: [
                ("2026-11-23T04:00:00Z", "status", "planned", "in-progress"), ("2026-11-24T04:00:00Z", "status", "in-progress", "blocked"),
                ("2026-11-25T04:00:00Z", "status", "blocked", "planned"),
            ]),
            SnapshotFixture.milestone("REAL", status: .atRisk, history: [
                ("2026-11-24T04:00:00Z", "status", "in-progress", "blocked"), ("2026-11-26T04:00:00Z", "status", "blocked", "at-risk"),
            ]),
        ])
        #expect(s.moves.map(\.milestone.id) == ["REAL"])
        #expect(s.moves.first?.changes == [.status(path: ["in-progress", "blocked", "at-risk"])])
    }

    @Test("a milestone with a status change and a due move is one row with both")
    func oneRowPerMilestone() throws {
        let s = snapshot([SnapshotFixture.milestone("BOTH", status: .atRisk, due: "2027-01-15", history: [
            ("2026-11-24T04:00:00Z", "status", "in-progress", "at-risk"), ("2026-11-25T04:00:00Z", "due", "2026-12-18", "2027-01-15"),
        ])])
        let move = try #require(s.moves.first)
        #expect(s.moves.count == 1)
        #expect(move.changes == [.status(path: ["in-progress", "at-risk"]), .due(from: Fixture.day("2026-12-18"), to: Fixture.day("2027-01-15"), times: 1)])
        let text = s.render(.text)
        #expect(text.contains("status: in-progress → at-risk; due: 2026-12-18 → 2027-01-15 (+28 days)"), "\(text)")
        #expect(text.components(separatedBy: "BOTH").count == 4, "once each in needs attention or slipped, moves and its workstream: \(text)")
    }

    @Test func dueSetAndRemoved() {
        let s = snapshot([
            SnapshotFixture.milestone("A", due: "2027-01-15", history: [("2026-11-24T04:00:00Z", "due", nil, "2027-01-15")]),
            SnapshotFixture.milestone("B", history: [("2026-11-24T04:00:00Z", "due", "2027-01-15", nil)]),
        ])
        #expect(s.moves.map(\.changes) == [[.due(from: nil, to: Fixture.day("2027-01-15"), times: 1)], [.due(from: Fixture.day("2027-01-15"), to: nil, times: 1)]])
        #expect(s.moves.allSatisfy { $0.changes.first?.netDays == nil })
        let text = s.render(.text)
        #expect(text.contains("due: none → 2027-01-15\n") && text.contains("due: 2027-01-15 → none\n"), "\(text)")
    }

    @Test("status changes keep their path; a completion is named as one; other fields do not move")
    func statusPathsAndCompletions() {
        let s = snapshot([
            SnapshotFixture.milestone("A", status: .atRisk, history: [
                ("2026-11-24T01:00:00Z", "status", "planned", "in-progress"), ("2026-11-25T01:00:00Z", "status", "in-progress", "at-risk"),
            ]),
            SnapshotFixture.milestone("B", status: .done, history: [("2026-11-24T01:00:00Z", "status", "blocked", "done")]),
            SnapshotFixture.milestone("C", history: [("2026-11-24T01:00:00Z", "owner", "OIE", "BOI"), ("2026-11-24T01:00:00Z", "title", "x", "y")]),
            SnapshotFixture.milestone("D", history: [("2026-11-25T01:00:00Z", "created", nil, "planned")]),
        ])
        #expect(s.moves.map(\.milestone.id) == ["A", "B", "D"])
        #expect(s.moves[0].changes == [.status(path: ["planned", "in-progress", "at-risk"])])
        #expect(!s.moves[0].isCompletion)
        #expect(s.moves[1].isCompletion)
        #expect(s.moves[2].changes == [.added(status: "planned")])
        let text = s.render(.text)
        #expect(text.contains("status: planned → in-progress → at-risk"))
        #expect(text.contains("completed: blocked → done"))
        #expect(text.contains("added as planned"))
    }

    @Test("a change at Sunday 23:59 and one at Monday 00:00 local time fall in different weeks")
    func weekEdgesInBangkok() {
        // 2026-11-22 is a Sunday, 2026-11-23 a Monday; Bangkok is UTC+7.
        let milestones = [
            SnapshotFixture.milestone("SUN", history: [("2026-11-22T16:59:59Z", "status", "planned", "in-progress")]),
            SnapshotFixture.milestone("MON", history: [("2026-11-22T17:00:00Z", "status", "planned", "in-progress")]),
            SnapshotFixture.milestone("SUN2", history: [("2026-11-29T16:59:00Z", "status", "planned", "in-progress")]),
            SnapshotFixture.milestone("MON2", history: [("2026-11-29T17:00:00Z", "status", "planned", "in-progress")]),
        ]
        #expect(snapshot(milestones, today: "2026-11-30").moves.map(\.milestone.id) == ["MON", "SUN2"])
        // The same instants in UTC are all on Sunday: the first two in W47, the last two in W48.
        #expect(snapshot(milestones, today: "2026-11-30", zone: SnapshotFixture.utc).moves.map(\.milestone.id) == ["SUN2", "MON2"])
    }

    @Test("week edges across the end of daylight saving (New York, Sunday 2026-11-01)")
    func weekEdgesWithDaylightSaving() throws {
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        let w44 = try #require(IsoWeek(year: 2026, week: 44))  // Monday 26 October (EDT) to Sunday 1 November (EST from 02:00)
        let roadmap = SnapshotFixture.roadmap([
            SnapshotFixture.milestone("SUNBEFORE", history: [("2026-10-26T03:59:00Z", "status", "planned", "done")]),  // Sun 23:59 EDT
            SnapshotFixture.milestone("MONSTART", history: [("2026-10-26T04:00:00Z", "status", "planned", "done")]),  // Mon 00:00 EDT
            SnapshotFixture.milestone("SUNEND", history: [("2026-11-02T04:59:00Z", "status", "planned", "done")]),  // Sun 23:59 EST
            SnapshotFixture.milestone("MONAFTER", history: [("2026-11-02T05:00:00Z", "status", "planned", "done")]),  // Mon 00:00 EST
        ])
        let s = WeeklySnapshot(roadmap: roadmap, week: w44, today: Fixture.day("2026-11-02"), timeZone: newYork)
        #expect(s.moves.map(\.milestone.id) == ["MONSTART", "SUNEND"])
    }

    @Test("the process time zone is the default (TZ is read when the zone is not given)")
    func defaultZoneIsTheLocalOne() {
        let stamp = Fixture.time("2026-11-22T17:00:00Z")
        #expect(stamp.day(in: .current) == stamp.localDay)
        #expect(stamp.day(in: SnapshotFixture.bangkok) == Fixture.day("2026-11-23"))
        #expect(stamp.day(in: SnapshotFixture.utc) == Fixture.day("2026-11-22"))
        #expect(Fixture.time("1969-12-31T23:59:59Z").day(in: SnapshotFixture.utc) == Fixture.day("1969-12-31"))
    }

    @Test func progressCountsEveryStatusAndLeavesDroppedOutOfTheTotal() throws {
        let s = try SnapshotFixture.snapshot()
        #expect(s.overall.counts == [3, 5, 1, 1, 1, 1])
        #expect(s.overall.done == 1 && s.overall.total == 11 && s.overall.percent == 9)
        #expect(s.workstreams.map(\.progress.total) == [4, 4, 3])
        #expect(s.workstreams.map(\.progress.percent) == [25, 0, 0])
        let empty = WeeklySnapshot.Progress([])
        #expect(empty.total == 0 && empty.percent == 0)
    }

    @Test("needs attention: overdue (most days late first), then blocked, then at risk")
    func attentionOrder() throws {
        let s = try SnapshotFixture.snapshot()
        #expect(s.attention.map(\.milestone.id) == ["CE4", "SME1", "CE1", "SC3"])
        #expect(s.attention.map(\.daysLate) == [25, 7, nil, nil])
    }

    @Test("due next: open milestones due from today to 14 days on, soonest first")
    func dueNextWindow() throws {
        let s = try SnapshotFixture.snapshot()
        #expect(s.dueNext.map(\.milestone.id) == ["SC4", "SC3", "CE2", "SME2"])
        #expect(s.dueNext.map(\.daysLeft) == [0, 7, 11, 14])
        // SME3 is due in 15 days; SC1 (done) is due in 3.
        #expect(!s.dueNext.contains { ["SME3", "SC1"].contains($0.milestone.id) })
    }

    @Test("the fixture's week 48 holds exactly its week-48 changes")
    func fixtureMoves() throws {
        let s = try SnapshotFixture.snapshot()
        #expect(s.moves.map(\.milestone.id) == ["SC1", "SC2", "SC3", "SME3", "CE2", "CE3"])
        #expect(s.changesKnownFrom == Fixture.day("2026-11-10"))
        let w47 = WeeklySnapshot(roadmap: try SnapshotFixture.roadmap(), week: IsoWeek(year: 2026, week: 47)!, today: SnapshotFixture.today,
                                 timeZone: SnapshotFixture.bangkok)
        #expect(w47.moves.map(\.milestone.id) == ["SC1", "CE1"])
    }

    @Test("with no history, the report says changes are known only from the first one recorded")
    func noHistory() {
        var roadmap = BuiltInRoadmap.load()  // its slips have history: take it away
        for w in roadmap.workstreams.indices {
            for m in roadmap.workstreams[w].milestones.indices { roadmap.workstreams[w].milestones[m].history = [] }
        }
        let s = WeeklySnapshot(roadmap: roadmap, week: week, today: SnapshotFixture.today)
        #expect(s.changesKnownFrom == nil && s.moves.isEmpty)
        #expect(s.render(.text).contains("No changes recorded yet: changes are known from the first one recorded onwards."))
        #expect(s.render(.markdown).contains("_No changes recorded yet: changes are known from the first one recorded onwards._"))
        #expect(s.render(.json).contains(#""changesKnownFrom": null"#))
        let thai = s.render(.text, style: SnapshotStyle(language: .th, calendar: .buddhist))
        #expect(thai.contains("ยังไม่มีการบันทึกการเปลี่ยนแปลง"))
    }

    @Test("a week before the first recorded change says from when a report can be trusted, on page one and under moves; a week it starts in says from when")
    func weekBeforeHistory() throws {
        let w45 = try #require(IsoWeek(year: 2026, week: 45))
        let s = WeeklySnapshot(roadmap: try SnapshotFixture.roadmap(), week: w45, today: SnapshotFixture.today, timeZone: SnapshotFixture.bangkok)
        let text = s.render(.text)
        #expect(s.changesKnownFrom == Fixture.day("2026-11-10"), "the file's first change, though later than the week")
        #expect(text.contains("Not a record of this week: the file's history starts on 2026-11-10"), "\(text)")
        #expect(!text.contains("No changes recorded yet"), "\(text)")
        #expect(text.contains("Changes are known from 2026-11-10, the first one recorded.\n"), "\(text)")
        let w46 = WeeklySnapshot(roadmap: try SnapshotFixture.roadmap(), week: IsoWeek(year: 2026, week: 46)!, today: SnapshotFixture.today,
                                 timeZone: SnapshotFixture.bangkok)
        #expect(w46.render(.text).contains("Changes are known from 2026-11-10, the first one recorded.\n"))
        let thai = w46.render(.text, style: SnapshotStyle(language: .th, calendar: .buddhist))
        #expect(thai.contains("ทราบการเปลี่ยนแปลงตั้งแต่วันที่ 10 พ.ย. 2569"), "\(thai)")
        // From week 46 on, the week is covered and nothing is said.
        #expect(!(try SnapshotFixture.snapshot().render(.text).contains("Changes are known from")))
    }

    @Test("empty sections say so in one line")
    func emptySections() {
        let roadmap = Roadmap(title: LocalizedText("Empty"), workstreams: [Workstream(id: "ws", title: LocalizedText("Nothing here"))])
        let text = WeeklySnapshot(roadmap: roadmap, week: week, today: SnapshotFixture.today).render(.text)
        for line in ["No changes recorded yet: changes are known from the first one recorded onwards.",
                     "Nothing is overdue, blocked, at risk or slipped.", "Nothing is due in the next 14 days.", "No milestones."] {
            #expect(text.contains("\n\(line)\n"), "\(line)")
        }
        #expect(text.contains("0/0") && text.contains("0%  [....................]"), "\(text)")
    }
}
