import RoadmapCore
import Testing

/// `Query/Attention`: slip by id agrees with the model's, and links in and out.
@Suite("attention")
struct AttentionTests {
    @Test("SlipMeter gives the same slip as Milestone.slip(against:) for moved, unchanged, undated and new milestones")
    func slipMeterAgrees() throws {
        var roadmap = BuiltInRoadmap.load()
        let baseline = try roadmap.saveBaseline(named: "EID", at: Timestamp(secondsSinceEpoch: 0), by: nil)
        roadmap[try #require(roadmap.locate("SC3"))].due = CalendarDay(iso: "2028-05-15")
        roadmap[try #require(roadmap.locate("SC2"))].due = nil
        roadmap.addMilestone(to: 0, title: LocalizedText("New"), at: Timestamp(secondsSinceEpoch: 0))
        let meter = SlipMeter(baseline)
        for (_, milestone) in roadmap.allMilestones { #expect(meter.slip(of: milestone) == milestone.slip(against: baseline), "\(milestone.id)") }
        #expect(meter.slip(of: roadmap[try #require(roadmap.locate("sc3"))]) == .days(45))
        #expect(meter.baselineDue(of: "sc3")?.description == "2028-03-31")
    }

    @Test("waitsFor, holdsUp and offTrackLinks see the same links, with why")
    func links() throws {
        var roadmap = BuiltInRoadmap.load()
        let sc3 = try #require(roadmap.locate("SC3")), ce3 = try #require(roadmap.locate("CE3"))
        roadmap[sc3].depends = ["CE3", "SC2"]
        let today = try #require(CalendarDay(iso: "2026-11-26"))
        #expect(roadmap.waitsFor(sc3, today: today).map { roadmap[$0.link.predecessor].id } == ["CE3", "SC2"])
        // The built-in's own CE4 waits for CE3 too.
        #expect(roadmap.holdsUp(ce3, today: today).map { roadmap[$0.link.successor].id } == ["SC3", "CE4"])
        let offTrack = roadmap.offTrackLinks(today: today)
        // SC3 starts 2027-01-04: CE3 is blocked (another workstream) and SC2 is due after that start.
        let late = offTrack.filter { roadmap[$0.link.successor].id == "SC3" }
        #expect(late.map { roadmap[$0.link.predecessor].id } == ["CE3", "SC2"])
        #expect(late.count == 2 && late[0].link.crossesWorkstreams && late[0].offTrack?.explanation == "blocked")
        #expect(late.count == 2 && !late[1].link.crossesWorkstreams && late[1].offTrack?.explanation == "due 2027-06-30, after 2027-01-04")
        let described = Set(offTrack.map { "\(roadmap[$0.link.successor].id) ← \(roadmap[$0.link.predecessor].id): \($0.offTrack?.explanation ?? "")" })
        #expect(described.isSuperset(of: ["CE1 ← CE2: at-risk", "CE4 ← CE3: blocked"]), "\(described)")
        #expect(Roadmap.OffTrack.dueTooLate(predecessorDue: CalendarDay(iso: "2027-09-30")!, successorDate: CalendarDay(iso: "2027-03-31")!)
            .explanation == "due 2027-09-30, after 2027-03-31")
    }
}
