import RoadmapCore
import Testing

/// CSV export and reading: RFC 4180 quoting, the BOM, and what is refused.
@Suite struct MilestoneCSVTests {
    let time = Timestamp(rfc3339: "2026-11-26T09:00:00Z")!

    /// The built-in roadmap with no milestones: the workstreams to import into.
    var emptyRoadmap: Roadmap {
        var roadmap = BuiltInRoadmap.load()
        for w in roadmap.workstreams.indices { roadmap.workstreams[w].milestones = [] }
        return roadmap
    }

    func withoutHistory(_ roadmap: Roadmap) -> [Milestone] {
        roadmap.allMilestones.map { var m = $0.milestone; m.history = []; return m }
    }

    @Test func exportThenImportIntoAnEmptyRoadmapGivesTheSameMilestones() throws {
        var original = BuiltInRoadmap.load()
        original.workstreams[1].milestones.append(Milestone(id: "SME8", title: LocalizedText("A plain title, no language")))
        let csv = try MilestoneCSV.export(original, byteOrderMark: false)
        let outcome = try ImportPlanner.plan(MilestoneCSV.records(from: csv, path: "x.csv"), into: emptyRoadmap, fallbackWorkstream: nil, at: time)
        #expect(outcome.added.count == original.milestoneCount)
        #expect(withoutHistory(outcome.roadmap) == withoutHistory(original))
        #expect(outcome.roadmap.workstreams.map { $0.milestones.map(\.id) } == original.workstreams.map { $0.milestones.map(\.id) })
    }

    @Test func quotesCommasAndLineBreaksInThaiTitlesSurvive() throws {
        var roadmap = emptyRoadmap
        let tricky = LocalizedText(translations: [
            .init(language: "en", text: "Say \"hello\", then leave"),
            .init(language: "th", text: "ทดสอบ \"คำพูด\", จุลภาค\nบรรทัดใหม่\r\nและ CRLF"),
            .init(language: "ja", text: "引用符\"と、改行\nテスト"),
        ])
        roadmap.workstreams[0].milestones.append(Milestone(
            id: "SC1", title: tricky, status: .atRisk, start: CalendarDay(iso: "2026-12-24"), due: CalendarDay(iso: "2027-01-31"), owner: "A, B", notes: "line 1\nline \"2\""))
        let csv = try MilestoneCSV.export(roadmap, byteOrderMark: false)
        let text = String(decoding: csv, as: UTF8.self)
        #expect(text.contains("\"ทดสอบ \"\"คำพูด\"\", จุลภาค\nบรรทัดใหม่\r\nและ CRLF\""), "RFC 4180 quoting: \(text)")
        #expect(text.hasSuffix("\r\n"))
        let source = try MilestoneCSV.records(from: csv, path: "x.csv")
        let outcome = try ImportPlanner.plan(source, into: emptyRoadmap, fallbackWorkstream: nil, at: time)
        #expect(withoutHistory(outcome.roadmap) == withoutHistory(roadmap))
    }

    @Test func byteOrderMarkOnlyWhenAskedAndReadEitherWay() throws {
        let roadmap = BuiltInRoadmap.load()
        let plain = try MilestoneCSV.export(roadmap, byteOrderMark: false)
        let marked = try MilestoneCSV.export(roadmap, byteOrderMark: true)
        #expect(Array(marked.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(plain.prefix(3)) == Array("id,".utf8))
        #expect(Array(marked.dropFirst(3)) == plain)
        #expect(try MilestoneCSV.records(from: marked, path: "x") == MilestoneCSV.records(from: plain, path: "x"))
    }

    @Test func unknownAndMissingColumnsAreRefusedByName() {
        let csv = Array("id,workstream,title_en,priority,Comments\r\nSC1,supply-chain,x,high,\r\n".utf8)
        #expect {
            try MilestoneCSV.records(from: csv, path: "sheet.csv")
        } throws: { error in
            let text = (error as? RoadmapError)?.description ?? ""
            return text.contains("\"priority\"") && text.contains("\"comments\"") && text.contains("missing column status")
                && (error as? RoadmapError)?.exitCode == 65
        }
    }

    @Test("a title_<lang> column without a language code the file could hold is refused by name", arguments: [
        "title_1", "title_abcdefghijklmnopq", "title_", "title_a_b",
    ])
    func titleColumnsNeedALanguageCode(_ column: String) {
        let csv = Array("id,workstream,status,\(column)\r\n,supply-chain,planned,x\r\n".utf8)
        #expect {
            try MilestoneCSV.records(from: csv, path: "sheet.csv")
        } throws: { error in
            let text = (error as? RoadmapError)?.description ?? ""
            return (error as? RoadmapError)?.exitCode == 65 && text.contains("column \"\(column)\": not title_<lang> with a language code")
        }
    }

    @Test func aSixteenLetterLanguageImportsAndEncodesBack() throws {
        let csv = Array("id,workstream,status,title_abcdefghijklmnop,title_PT-BR\r\n,supply-chain,planned,x,y\r\n".utf8)
        let outcome = try ImportPlanner.plan(MilestoneCSV.records(from: csv, path: "x"), into: BuiltInRoadmap.load(), fallbackWorkstream: nil, at: time)
        #expect(outcome.added.first?.milestone.title.translations?.map(\.language) == ["abcdefghijklmnop", "pt-br"])
        #expect(try RoadmapStore.decode(RoadmapEncoder.encode(outcome.roadmap), path: "r.json") == outcome.roadmap)
    }

    @Test func badCellsAreReportedWithRowAndColumn() {
        let csv = Array("id,workstream,status,due,title_en\r\nSC1,supply-chain,finished,2026-13-01,x\r\nbad id!,supply-chain,done,,y\r\nSC3,supply-chain\r\n".utf8)
        #expect {
            try MilestoneCSV.records(from: csv, path: "sheet.csv")
        } throws: { error in
            let text = (error as? RoadmapError)?.description ?? ""
            return text.contains("row 2, column status: \"finished\" is not a status")
                && text.contains("row 2, column due: \"2026-13-01\" is not a date")
                && text.contains("row 3, column id: \"bad id!\" is not an id")
                && text.contains("row 4: 2 cells, but the header has 5")
        }
    }

    @Test func columnsMayComeInAnyOrderAndOptionalOnesLeaveFieldsAlone() throws {
        let csv = Array("status,id,workstream,title_en\r\ndone,sc2,supply-chain,\r\n".utf8)
        let outcome = try ImportPlanner.plan(MilestoneCSV.records(from: csv, path: "x"), into: BuiltInRoadmap.load(), fallbackWorkstream: nil, at: time)
        #expect(outcome.changed.map(\.milestoneID) == ["SC2"])
        #expect(outcome.changed.first?.entries.map(\.field) == ["status"])
        #expect(outcome.unchanged == 0 && outcome.added.isEmpty)
    }
}
