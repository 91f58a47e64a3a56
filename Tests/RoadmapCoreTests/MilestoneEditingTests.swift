import Testing
import RoadmapCore

@Suite("Milestone.set")
struct MilestoneSetTests {
    static let t1 = Fixture.time("2026-11-26T09:30:00Z")
    static let t2 = Fixture.time("2026-11-27T10:00:00Z")

    static func milestone() -> Milestone {
        Milestone(id: "SC1", title: Fixture.trilingual("Plan", "วางแผน", "計画"), status: .planned,
                  due: Fixture.day("2026-03-31"), owner: "OIE", notes: nil)
    }

    @Test func statusChangeAppendsOneEntry() throws {
        var m = Self.milestone()
        #expect(try m.set(.status, to: "in-progress", at: Self.t1))
        #expect(m.status == .inProgress)
        #expect(m.history == [HistoryEntry(at: Self.t1, field: "status", from: "planned", to: "in-progress")])
        #expect(try m.set(.status, to: "Done", at: Self.t2))
        #expect(m.history.count == 2)
        #expect(m.history.last == HistoryEntry(at: Self.t2, field: "status", from: "in-progress", to: "done"))
    }

    @Test(arguments: ["in progress", "IN_PROGRESS", "In-Progress"])
    func statusWordsAreForgiving(_ word: String) throws {
        var m = Self.milestone()
        #expect(try m.set(.status, to: word, at: Self.t1))
        #expect(m.status == .inProgress)
        #expect(m.history.last?.to == "in-progress")
    }

    @Test func unchangedValuesRecordNothing() throws {
        var m = Self.milestone()
        let before = m
        #expect(try m.set(.status, to: "planned", at: Self.t1) == false)
        #expect(try m.set(.status, to: "PLANNED", at: Self.t1) == false)
        #expect(try m.set(.due, to: "2026-03-31", at: Self.t1) == false)
        #expect(try m.set(.owner, to: "OIE", at: Self.t1) == false)
        #expect(try m.set(.notes, to: nil, at: Self.t1) == false)
        #expect(try m.set(.notes, to: "", at: Self.t1) == false)
        #expect(try m.set(.title(language: "th"), to: "วางแผน", at: Self.t1) == false)
        #expect(try m.set(.title(language: nil), to: "Plan", at: Self.t1) == false)
        #expect(m == before)
    }

    @Test(arguments: ["finished", "", "planned!", "\u{1B}[2J"])
    func badStatusIsRefused(_ word: String) {
        var m = Self.milestone()
        #expect(throws: RoadmapError.self) { try m.set(.status, to: word, at: Self.t1) }
        #expect(m == Self.milestone())
    }

    @Test func badStatusMessageIsEscaped() throws {
        var m = Self.milestone()
        do {
            try m.set(.status, to: "\u{1B}[2J", at: Self.t1)
            Issue.record("expected an error")
        } catch {
            guard case .badInput(let message) = error else {
                Issue.record("expected .badInput, got \(error)")
                return
            }
            #expect(message.contains(#"\e[2J"#))
            #expect(!message.unicodeScalars.contains { $0.value == 0x1B })
            #expect(error.exitCode == 65)
        }
    }

    @Test(arguments: ["2026-13-01", "2026-02-29", "tomorrow", "31/03/2026"])
    func badDateIsRefused(_ text: String) {
        var m = Self.milestone()
        #expect(throws: RoadmapError.self) { try m.set(.due, to: text, at: Self.t1) }
        #expect(m == Self.milestone())
    }

    @Test func dueChangesAndRemoval() throws {
        var m = Self.milestone()
        #expect(try m.set(.due, to: "2026-06-30", at: Self.t1))
        #expect(m.due == Fixture.day("2026-06-30"))
        #expect(m.history.last == HistoryEntry(at: Self.t1, field: "due", from: "2026-03-31", to: "2026-06-30"))
        #expect(try m.set(.due, to: nil, at: Self.t2))
        #expect(m.due == nil)
        #expect(m.history.last == HistoryEntry(at: Self.t2, field: "due", from: "2026-06-30", to: nil))
        #expect(try m.set(.due, to: "", at: Self.t2) == false)
        #expect(m.history.count == 2)
    }

    @Test func ownerAndNotes() throws {
        var m = Self.milestone()
        #expect(try m.set(.notes, to: "line 1\nline 2", at: Self.t1))
        #expect(m.history.last == HistoryEntry(at: Self.t1, field: "notes", from: nil, to: "line 1\nline 2"))
        #expect(try m.set(.owner, to: "", at: Self.t2))
        #expect(m.owner == nil)
        #expect(m.history.last == HistoryEntry(at: Self.t2, field: "owner", from: "OIE", to: nil))
        #expect(m.history.count == 2)
    }

    @Test(arguments: ["", "   ", "\t"])
    func emptyTitleIsRefused(_ text: String) {
        var m = Self.milestone()
        #expect(throws: RoadmapError.self) { try m.set(.title(language: "en"), to: text, at: Self.t1) }
        #expect(throws: RoadmapError.self) { try m.set(.title(language: nil), to: text, at: Self.t1) }
        #expect(throws: RoadmapError.self) { try m.set(.title(language: "th"), to: nil, at: Self.t1) }
        #expect(m == Self.milestone())
    }

    @Test func titleInOneLanguage() throws {
        var m = Self.milestone()
        #expect(try m.set(.title(language: "th"), to: "วางแผนใหม่", at: Self.t1))
        #expect(m.title.text(in: "th") == "วางแผนใหม่")
        #expect(m.title.text(in: "en") == "Plan")
        #expect(m.title.text(in: "ja") == "計画")
        #expect(m.history == [HistoryEntry(at: Self.t1, field: "title.th", from: "วางแผน", to: "วางแผนใหม่")])
    }

    @Test func titleInANewLanguage() throws {
        var m = Self.milestone()
        #expect(try m.set(.title(language: "ko"), to: "계획", at: Self.t1))
        #expect(m.title.translations?.map(\.language) == ["en", "th", "ja", "ko"])
        #expect(m.history == [HistoryEntry(at: Self.t1, field: "title.ko", from: nil, to: "계획")])
    }

    @Test func plainTitle() throws {
        var m = Milestone(id: "X1", title: LocalizedText("Old"))
        #expect(try m.set(.title(language: nil), to: "New", at: Self.t1))
        #expect(m.title == LocalizedText("New"))
        #expect(m.title.isPlain)
        #expect(m.history == [HistoryEntry(at: Self.t1, field: "title", from: "Old", to: "New")])
    }

    @Test func plainTitleGivenALanguageKeepsTheOldTextAsEnglish() throws {
        var m = Milestone(id: "X1", title: LocalizedText("Old"))
        #expect(try m.set(.title(language: "th"), to: "ใหม่", at: Self.t1))
        #expect(m.title.translations == [.init(language: "en", text: "Old"), .init(language: "th", text: "ใหม่")])
        #expect(m.history == [HistoryEntry(at: Self.t1, field: "title.th", from: nil, to: "ใหม่")])
    }

    @Test func fieldNames() {
        #expect(MilestoneField.status.description == "status")
        #expect(MilestoneField.due.description == "due")
        #expect(MilestoneField.owner.description == "owner")
        #expect(MilestoneField.notes.description == "notes")
        #expect(MilestoneField.title(language: nil).description == "title")
        #expect(MilestoneField.title(language: "th").description == "title.th")
    }

    @Test func overdue() {
        let today = Fixture.day("2026-04-01")
        var m = Self.milestone()  // due 2026-03-31
        #expect(m.isOverdue(today: today))
        #expect(!m.isOverdue(today: Fixture.day("2026-03-31")))
        for status in Status.allCases {
            m.status = status
            #expect(m.isOverdue(today: today) == !(status == .done || status == .dropped), "\(status)")
        }
        m.status = .planned
        m.due = nil
        #expect(!m.isOverdue(today: today))
    }
}

@Suite("LocalizedText")
struct LocalizedTextTests {
    @Test func fallsBackToEnglishThenTheFirst() {
        let text = LocalizedText(translations: [.init(language: "th", text: "ไทย"), .init(language: "en", text: "English")])
        #expect(text.text(in: "th") == "ไทย")
        #expect(text.text(in: "ja") == "English")
        let noEnglish = LocalizedText(translations: [.init(language: "th", text: "ไทย"), .init(language: "ja", text: "日本")])
        #expect(noEnglish.text(in: "en") == "ไทย")
        #expect(LocalizedText("plain").text(in: "th") == "plain")
        #expect(LocalizedText(translations: []).text(in: "en") == "")
    }

    @Test func setPlainWithoutLanguage() {
        var text = LocalizedText("a")
        text.set("b", language: nil)
        #expect(text == LocalizedText("b"))
        #expect(text.allTexts == ["b"])
    }

    @Test func setTranslationWithoutLanguageSetsEnglish() {
        var text = Fixture.trilingual("en", "th", "ja")
        text.set("EN", language: nil)
        #expect(text == Fixture.trilingual("EN", "th", "ja"))
    }

    @Test func setReplacesInPlaceAndAppendsNewLanguages() {
        var text = Fixture.trilingual("en", "th", "ja")
        text.set("ไทย", language: "th")
        #expect(text == Fixture.trilingual("en", "ไทย", "ja"))
        text.set("zh", language: "zh")
        #expect(text.translations?.map(\.language) == ["en", "th", "ja", "zh"])
        #expect(text.allTexts == ["en", "ไทย", "ja", "zh"])
    }

    @Test func setLanguageOnPlainText() {
        var text = LocalizedText("Plan")
        text.set("計画", language: "ja")
        #expect(!text.isPlain)
        #expect(text.translations == [.init(language: "en", text: "Plan"), .init(language: "ja", text: "計画")])
    }
}

@Suite("Roadmap editing")
struct RoadmapEditingTests {
    static let t = Fixture.time("2026-11-26T09:30:00Z")

    @Test func nextIDAfterTheBuiltInSupplyChain() throws {
        var roadmap = BuiltInRoadmap.load()
        let w = try #require(roadmap.workstreamIndex("supply-chain"))
        #expect(roadmap.workstreams[w].milestones.map(\.id) == (1...7).map { "SC\($0)" })
        let location = roadmap.addMilestone(to: w, title: LocalizedText("New"), due: Fixture.day("2027-01-01"), owner: "BOI", at: Self.t)
        #expect(location == Roadmap.Location(workstream: w, milestone: 7))
        let added = roadmap[location]
        #expect(added.id == "SC8")
        #expect(added.status == .planned)
        #expect(added.due == Fixture.day("2027-01-01"))
        #expect(added.owner == "BOI")
        #expect(added.history == [HistoryEntry(at: Self.t, field: "created", from: nil, to: "planned")])
        #expect(roadmap.addMilestone(to: w, title: LocalizedText("Next"), status: .atRisk, at: Self.t).milestone == 8)
        #expect(roadmap.workstreams[w].milestones.last?.id == "SC9")
        #expect(roadmap.workstreams[w].milestones.last?.history.first?.to == "at-risk")
    }

    @Test func idsAreUniqueAcrossWorkstreams() {
        var roadmap = Roadmap(title: LocalizedText("T"), workstreams: [
            Workstream(id: "one", title: LocalizedText("1"), milestones: [
                Milestone(id: "X1", title: LocalizedText("a")), Milestone(id: "X2", title: LocalizedText("b")),
            ]),
            Workstream(id: "two", title: LocalizedText("2"), milestones: [
                Milestone(id: "x3", title: LocalizedText("c")), Milestone(id: "X4", title: LocalizedText("d")),
            ]),
        ])
        let location = roadmap.addMilestone(to: 0, title: LocalizedText("e"), at: Self.t)
        #expect(roadmap[location].id == "X5")
        let ids = roadmap.allMilestones.map { $0.milestone.id.lowercased() }
        #expect(Set(ids).count == ids.count)
    }

    /// Ids at the edges: 32 characters of prefix, numbers past Int.max, digits alone.
    static let edgeIDs = [
        String(repeating: "L", count: 32), "SC9223372036854775807", "SC9223372036854775806", "SC999999999999999999",
        "A" + String(repeating: "9", count: 31), String(repeating: "9", count: 32), String(repeating: "X", count: 31) + "9",
    ]

    @Test("new ids next to an edge id are valid and unique (ignoring case), and counting never traps", arguments: edgeIDs)
    func newIDsNextToEdgeIDs(_ existing: String) throws {
        var roadmap = Roadmap(title: LocalizedText("T"), workstreams: [
            Workstream(id: "green-tech", title: LocalizedText("G"), milestones: [Milestone(id: existing, title: LocalizedText("e"))]),
        ])
        for i in 0..<12 { roadmap.addMilestone(to: 0, title: LocalizedText("m\(i)"), at: Self.t) }
        let ids = roadmap.allMilestones.map(\.milestone.id)
        #expect(ids.allSatisfy(RoadmapDecoder.isValidID), "\(ids)")
        #expect(Set(ids.map { $0.lowercased() }).count == ids.count, "\(ids)")
        #expect(try RoadmapStore.decode(RoadmapEncoder.encode(roadmap), path: "r.json") == roadmap)
    }

    @Test func aCutPrefixStillAvoidsIDsElsewhereIgnoringCase() {
        let roadmap = Roadmap(title: LocalizedText("T"), workstreams: [
            Workstream(id: "a", title: LocalizedText("A"), milestones: [Milestone(id: String(repeating: "x", count: 32), title: LocalizedText("a"))]),
            Workstream(id: "b", title: LocalizedText("B"), milestones: [Milestone(id: String(repeating: "X", count: 31) + "1", title: LocalizedText("b"))]),
        ])
        #expect(roadmap.nextMilestoneID(in: 0) == String(repeating: "x", count: 31) + "2")
    }

    @Test("import's fresh ids next to edge ids are valid and unique too", arguments: edgeIDs)
    func importFreshIDsNextToEdgeIDs(_ existing: String) throws {
        var roadmap = BuiltInRoadmap.load()
        roadmap.workstreams[0].milestones = [Milestone(id: existing, title: LocalizedText("e"))]
        // The other workstreams' links into the replaced ones would not validate.
        let kept = Set(roadmap.allMilestones.map(\.milestone.id))
        for w in roadmap.workstreams.indices {
            for m in roadmap.workstreams[w].milestones.indices {
                roadmap.workstreams[w].milestones[m].depends.removeAll { !kept.contains($0) }
            }
        }
        let records = (0..<12).map {
            ImportRecord(origin: "row \($0 + 2)", identity: .none, workstream: "supply-chain", title: LocalizedText("new \($0)"), given: [.title])
        }
        let outcome = try ImportPlanner.plan(ImportSource(records: records), into: roadmap, fallbackWorkstream: nil, at: Self.t)
        let ids = outcome.roadmap.allMilestones.map(\.milestone.id)
        #expect(outcome.added.count == 12)
        #expect(ids.allSatisfy(RoadmapDecoder.isValidID), "\(ids)")
        #expect(Set(ids.map { $0.lowercased() }).count == ids.count, "\(ids)")
        #expect(try RoadmapStore.decode(RoadmapEncoder.encode(outcome.roadmap), path: "r.json") == outcome.roadmap)
    }

    @Test func manyAddsStayUniqueAndValid() {
        var roadmap = BuiltInRoadmap.load()
        for i in 0..<60 {
            roadmap.addMilestone(to: i % 3, title: LocalizedText("m\(i)"), at: Self.t)
        }
        let ids = roadmap.allMilestones.map(\.milestone.id)
        #expect(ids.count == 21 + 60)
        #expect(Set(ids.map { $0.lowercased() }).count == ids.count)
        #expect(ids.allSatisfy(RoadmapDecoder.isValidID))
    }

    @Test(arguments: [
        ("circular-economy", "CE1"), ("supply-chain", "SC1"), ("smes-startups", "SS1"), ("x", "X1"),
        ("2030", "M1"), ("a.b_c", "ABC1"),
    ])
    func emptyWorkstreamUsesItsInitials(_ workstreamID: String, _ expected: String) {
        var roadmap = Roadmap(title: LocalizedText("T"), workstreams: [Workstream(id: workstreamID, title: LocalizedText("W"))])
        let location = roadmap.addMilestone(to: 0, title: LocalizedText("first"), at: Self.t)
        #expect(roadmap[location].id == expected)
    }

    @Test func initialsAvoidIDsUsedElsewhere() {
        var roadmap = Roadmap(title: LocalizedText("T"), workstreams: [
            Workstream(id: "other", title: LocalizedText("O"), milestones: [Milestone(id: "ce1", title: LocalizedText("a"))]),
            Workstream(id: "circular-economy", title: LocalizedText("C")),
        ])
        #expect(roadmap[roadmap.addMilestone(to: 1, title: LocalizedText("x"), at: Self.t)].id == "CE2")
    }

    @Test func mixedPrefixesFallBackToInitials() {
        let roadmap = Roadmap(title: LocalizedText("T"), workstreams: [
            Workstream(id: "green-tech", title: LocalizedText("G"), milestones: [
                Milestone(id: "A1", title: LocalizedText("a")), Milestone(id: "B7", title: LocalizedText("b")),
            ]),
        ])
        #expect(roadmap.nextMilestoneID(in: 0) == "GT1")
    }

    @Test func locateIgnoresCase() throws {
        let roadmap = BuiltInRoadmap.load()
        let location = try #require(roadmap.locate("sme3"))
        #expect(roadmap[location].id == "SME3")
        #expect(roadmap.workstreams[location.workstream].id == "smes-startups")
        #expect(roadmap.locate("Ce7").map { roadmap[$0].id } == "CE7")
        #expect(roadmap.locate("SC99") == nil)
        #expect(roadmap.locate("") == nil)
        #expect(roadmap.workstreamIndex("SUPPLY-CHAIN") == 0)
        #expect(roadmap.workstreamIndex("nope") == nil)
    }

    @Test func removeMilestone() throws {
        var roadmap = BuiltInRoadmap.load()
        let location = try #require(roadmap.locate("SC2"))
        let removed = roadmap.removeMilestone(at: location)
        #expect(removed.id == "SC2")
        #expect(roadmap.locate("SC2") == nil)
        #expect(roadmap.milestoneCount == 20)
        #expect(roadmap.locate("SC3") == Roadmap.Location(workstream: 0, milestone: 1))
    }

    @Test func subscriptWritesBack() throws {
        var roadmap = Fixture.small()
        let location = try #require(roadmap.locate("b1"))
        roadmap[location].owner = "METI"
        #expect(roadmap.workstreams[1].milestones[0].owner == "METI")
        #expect(roadmap.allMilestones.map(\.workstream) == [0, 0, 1])
        #expect(roadmap.workstreams[0].doneCount == 1)
    }
}

@Suite("Status")
struct StatusTests {
    @Test func words() {
        #expect(Status.allCases.map(\.rawValue) == ["planned", "in-progress", "at-risk", "blocked", "done", "dropped"])
        #expect(Status.allWords == "planned, in-progress, at-risk, blocked, done, dropped")
    }

    @Test func cyclesBothWaysAndNeverDrops() {
        #expect(Status.planned.next == .inProgress)
        #expect(Status.done.next == .planned, "done wraps to planned, not to dropped")
        #expect(Status.planned.previous == .done)
        #expect(Status.dropped.next == nil && Status.dropped.previous == nil, "cycling leaves dropped alone")
        for status in Status.cycle {
            #expect(status.next?.previous == status)
            #expect(status.next != .dropped && status.previous != .dropped)
        }
    }

    @Test func parsing() {
        #expect(Status(parsing: "AT RISK") == .atRisk)
        #expect(Status(parsing: "at_risk") == .atRisk)
        #expect(Status(parsing: "Blocked") == .blocked)
        #expect(Status(parsing: "atrisk") == nil)
        #expect(Status(parsing: "") == nil)
    }

    @Test func closedStatuses() {
        #expect(Status.allCases.filter(\.isClosed) == [.done, .dropped])
    }
}
