import Testing
import RoadmapCore

@Suite("MilestoneQuery")
struct QueryTests {
    static let roadmap = BuiltInRoadmap.load()
    static let today = Fixture.day("2027-01-01")

    private func ids(_ query: MilestoneQuery, in roadmap: Roadmap = QueryTests.roadmap, today: CalendarDay = QueryTests.today) -> [String] {
        query.locations(in: roadmap, today: today).map { roadmap[$0].id }
    }

    @Test func emptyQueryMatchesEverythingInFileOrder() {
        let all = ids(MilestoneQuery())
        #expect(all == Self.roadmap.allMilestones.map(\.milestone.id))
        #expect(all.count == 21)
    }

    @Test func locationsPointAtMatchingMilestones() {
        let query = MilestoneQuery(status: .planned, text: "e")
        let locations = query.locations(in: Self.roadmap, today: Self.today)
        #expect(!locations.isEmpty)
        for location in locations {
            #expect(query.matches(Self.roadmap[location], today: Self.today))
        }
        for (w, workstream) in Self.roadmap.workstreams.enumerated() {
            for m in workstream.milestones.indices where !locations.contains(Roadmap.Location(workstream: w, milestone: m)) {
                #expect(!query.matches(workstream.milestones[m], today: Self.today))
            }
        }
    }

    @Test func byWorkstreamIgnoringCase() {
        #expect(ids(MilestoneQuery(workstream: "SMES-Startups")) == (1...7).map { "SME\($0)" })
        #expect(ids(MilestoneQuery(workstream: "nothing")).isEmpty)
    }

    @Test func byStatus() {
        let done = ids(MilestoneQuery(status: .done))
        #expect(done == ["SC1", "SME4"])
        #expect(ids(MilestoneQuery(workstream: "circular-economy", status: .blocked)) == ["CE3"])
    }

    @Test func overdueOnly() {
        // Due before 2027-01-01 and still open: SC7 (2026-12-18), CE2 (2026-10-30, at risk).
        // SC1 and SME4 are due earlier but done.
        #expect(ids(MilestoneQuery(overdueOnly: true)) == ["SC7", "CE2"])
        #expect(ids(MilestoneQuery(overdueOnly: true), today: Fixture.day("2026-01-01")).isEmpty)
    }

    @Test func textMatchesIDTitlesInEveryLanguageOwnerAndNotes() {
        let roadmap = Fixture.small()  // A1 "Plan"/"วางแผน"/"計画", A2 "Build" owner OIE, B1 notes "first note"
        #expect(ids(MilestoneQuery(text: "a2"), in: roadmap) == ["A2"])
        #expect(ids(MilestoneQuery(text: "PLAN"), in: roadmap) == ["A1"])
        #expect(ids(MilestoneQuery(text: "วางแผน"), in: roadmap) == ["A1"])
        #expect(ids(MilestoneQuery(text: "計画"), in: roadmap) == ["A1"])
        #expect(ids(MilestoneQuery(text: "oie"), in: roadmap) == ["A2"])
        #expect(ids(MilestoneQuery(text: "FIRST"), in: roadmap) == ["B1"])
        #expect(ids(MilestoneQuery(text: "zzz"), in: roadmap).isEmpty)
        #expect(ids(MilestoneQuery(text: ""), in: roadmap) == ["A1", "A2", "B1"])
    }

    @Test func filtersCombine() {
        let roadmap = Fixture.small()
        let today = Fixture.day("2026-06-01")
        #expect(ids(MilestoneQuery(workstream: "alpha", overdueOnly: true), in: roadmap, today: today) == ["A2"])
        #expect(ids(MilestoneQuery(workstream: "beta", overdueOnly: true), in: roadmap, today: today).isEmpty)
        #expect(ids(MilestoneQuery(status: .inProgress, text: "build"), in: roadmap) == ["A2"])
        #expect(ids(MilestoneQuery(status: .done, text: "build"), in: roadmap).isEmpty)
    }

    @Test func matchesIgnoresTheWorkstream() {
        let milestone = Fixture.small().workstreams[1].milestones[0]
        #expect(MilestoneQuery(workstream: "alpha").matches(milestone, today: Self.today))
        #expect(!MilestoneQuery(status: .done).matches(milestone, today: Self.today))
    }
}

@Suite("InterfaceLanguage")
struct InterfaceLanguageTests {
    @Test(arguments: [
        (["LANG": "th_TH.UTF-8"], InterfaceLanguage.th),
        (["LANG": "ja_JP.UTF-8"], .ja),
        (["LANG": "en_GB.UTF-8"], .en),
        (["LANG": "C.UTF-8"], .en),
        (["LANG": "fr_FR.UTF-8"], .en),
        ([:], .en),
        (["LC_ALL": "ja_JP.UTF-8", "LANG": "th_TH.UTF-8"], .ja),
        (["LC_MESSAGES": "th_TH", "LANG": "ja_JP"], .th),
        (["LC_ALL": "", "LANG": "th_TH.UTF-8"], .th),
    ])
    func fromEnvironment(_ environment: [String: String], _ expected: InterfaceLanguage) {
        #expect(InterfaceLanguage.fromEnvironment(environment) == expected)
    }
}
