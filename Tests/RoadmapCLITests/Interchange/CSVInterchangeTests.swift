import Foundation
import RoadmapCore
import Testing

/// `roadmap export --format csv` and `roadmap import --from csv`, end to end.
@Suite("roadmap export/import csv")
struct CSVInterchangeTests {
    let sandbox: RoadmapSandbox
    let full: URL
    let empty: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        // The built-in without its own start dates, leads and links: the rows below set the ones these tests check.
        var roadmap = BuiltInRoadmap.load()
        for w in roadmap.workstreams.indices {
            for m in roadmap.workstreams[w].milestones.indices {
                roadmap.workstreams[w].milestones[m].start = nil
                roadmap.workstreams[w].milestones[m].lead = nil
                roadmap.workstreams[w].milestones[m].depends = []
            }
        }
        roadmap.workstreams[1].milestones.append(Milestone(
            id: "SME8",
            title: LocalizedText(translations: [
                .init(language: "en", text: "Quote \"this\", please"),
                .init(language: "th", text: "ชื่อที่มี \"เครื่องหมายคำพูด\", จุลภาค\nและขึ้นบรรทัดใหม่"),
                .init(language: "ja", text: "「引用」, 改行\nあり"),
            ]),
            status: .blocked, start: CalendarDay(iso: "2026-12-01"), due: CalendarDay(iso: "2027-02-28"), owner: "OSMEP, JETRO", notes: "a \"note\"\r\nover, two lines"))
        roadmap.workstreams[2].milestones.append(Milestone(id: "CE8", title: LocalizedText("Plain title, no language")))
        // Schema 2: SME8 waits for two earlier rows, SC2 for a later one (CE8).
        roadmap[roadmap.locate("SME8")!].lead = .joint
        roadmap[roadmap.locate("SME8")!].depends = ["SC1", "SME1"]
        roadmap[roadmap.locate("SC2")!].lead = .th
        roadmap[roadmap.locate("SC2")!].depends = ["CE8"]
        full = sandbox.file("full.json")
        try Fixtures.write(roadmap, to: full)
        for w in roadmap.workstreams.indices { roadmap.workstreams[w].milestones = [] }
        empty = sandbox.file("empty.json")
        try Fixtures.write(roadmap, to: empty)
    }

    func milestonesWithoutHistory(_ url: URL) throws -> [[Milestone]] {
        try Fixtures.load(url).workstreams.map { $0.milestones.map { var m = $0; m.history = []; return m } }
    }

    @Test("export, import into an empty roadmap: the same milestones; a second import adds nothing")
    func roundTrip() async throws {
        let csv = sandbox.file("all.csv")
        let export = try await sandbox.roadmap("export", "--format", "csv", "--output", csv.path, "--file", full.path)
        #expect(export.exitCode == 0, "\(export)")

        let dryRun = try await sandbox.roadmap("import", "--from", "csv", csv.path, "--dry-run", "--file", empty.path)
        #expect(dryRun.exitCode == 0, "\(dryRun)")
        #expect(dryRun.stdout.contains("would add SME8 to smes-startups"))
        #expect(dryRun.stdout.contains("dry run: 23 added, 0 changed, 0 unchanged; nothing was written."))
        #expect(try Fixtures.load(empty).milestoneCount == 0, "a dry run writes nothing")

        let first = try await sandbox.roadmap("import", "--from", "csv", csv.path, "--file", empty.path)
        #expect(first.exitCode == 0, "\(first)")
        #expect(first.stdout.hasSuffix("imported: 23 added, 0 changed, 0 unchanged.\n"))
        #expect(try milestonesWithoutHistory(empty) == milestonesWithoutHistory(full))

        let before = try Fixtures.bytes(empty)
        let second = try await sandbox.roadmap("import", "--from", "csv", csv.path, "--file", empty.path)
        #expect(second.stdout == "imported: 0 added, 0 changed, 23 unchanged.\n", "\(second)")
        #expect(try Fixtures.bytes(empty) == before, "an import that changes nothing does not rewrite the file")

        let again = try await sandbox.roadmap("export", "--format", "csv", "--file", empty.path)
        #expect(again.stdoutBytes == (try Fixtures.bytes(csv)), "export → import → export gives the same CSV")
    }

    @Test("an edited sheet changes only what differs, with history")
    func editedSheetChangesFields() async throws {
        let export = try await sandbox.roadmap("export", "--format", "csv", "--workstream", "supply-chain", "--file", full.path)
        var text = export.stdout
        text = text.replacingOccurrences(of: "SC2,supply-chain,in-progress,,2027-06-30,OIE,", with: "SC2,supply-chain,done,2027-01-15,2027-07-31,OIE,")
        text += ",supply-chain,planned,,2028-01-31,BOI,,,Hydrogen pilot,,,,\r\n"
        let sheet = sandbox.file("edited.csv")
        try Fixtures.write(Array(text.utf8), to: sheet)
        let run = try await sandbox.roadmap("import", "--from", "csv", sheet.path, "--file", full.path)
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.contains("changed SC2: status in-progress → done; start ∅ → 2027-01-15; due 2027-06-30 → 2027-07-31"))
        #expect(run.stdout.contains("added SC8 to supply-chain: Hydrogen pilot (planned, due 2028-01-31)"))
        #expect(run.stdout.hasSuffix("imported: 1 added, 1 changed, 6 unchanged.\n"))
        let sc2 = try Fixtures.load(full).locate("SC2").map { try Fixtures.load(full)[$0] }
        #expect(sc2?.history.map(\.field) == ["status", "start", "due"])
        let rerun = try await sandbox.roadmap("import", "--from", "csv", sheet.path, "--file", full.path)
        #expect(rerun.stdout.hasSuffix("imported: 0 added, 0 changed, 8 unchanged.\n"), "a row without an id is found again by its title")
    }

    @Test("--bom starts the file with a UTF-8 byte order mark, which import accepts")
    func byteOrderMark() async throws {
        let marked = try await sandbox.roadmap("export", "--format", "csv", "--bom", "--file", full.path)
        let plain = try await sandbox.roadmap("export", "--format", "csv", "--file", full.path)
        #expect(Array(marked.stdoutBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(marked.stdoutBytes.dropFirst(3)) == plain.stdoutBytes)
        #expect(plain.stdout.hasPrefix("id,workstream,status,start,due,owner,lead,depends,title,title_en,title_th,title_ja,notes\r\n"))
        let sheet = sandbox.file("marked.csv")
        try Fixtures.write(marked.stdoutBytes, to: sheet)
        let run = try await sandbox.roadmap("import", "--from", "csv", sheet.path, "--file", empty.path)
        #expect(run.exitCode == 0, "\(run)")
        #expect(try milestonesWithoutHistory(empty) == milestonesWithoutHistory(full))
        let misuse = try await sandbox.roadmap("export", "--format", "ics", "--bom", "--file", full.path)
        #expect(misuse.exitCode == 64)
    }

    @Test("an unknown column, a bad date or a bad status: exit 65, every problem named, nothing written")
    func problemsImportNothing() async throws {
        let before = try Fixtures.bytes(full)
        let unknown = sandbox.file("unknown.csv")
        try Fixtures.write(Array("id,workstream,status,title_en,Priority\r\nSC1,supply-chain,done,x,high\r\n".utf8), to: unknown)
        let refused = try await sandbox.roadmap("import", "--from", "csv", unknown.path, "--file", full.path)
        #expect(refused.exitCode == 65, "\(refused)")
        #expect(refused.stderr.contains("unknown column \"priority\""))

        let bad = sandbox.file("bad.csv")
        try Fixtures.write(Array("id,workstream,status,due,title_en\r\nSC1,supply-chain,done,2026-02-30,x\r\nSC2,supply-chain,finished,,y\r\n,nowhere,planned,,z\r\n".utf8), to: bad)
        let rejected = try await sandbox.roadmap("import", "--from", "csv", bad.path, "--file", full.path)
        #expect(rejected.exitCode == 65, "\(rejected)")
        #expect(rejected.stderr.contains("row 2, column due: \"2026-02-30\" is not a date"))
        #expect(rejected.stderr.contains("row 3, column status: \"finished\" is not a status"))
        #expect(try Fixtures.bytes(full) == before)

        let lost = sandbox.file("lost.csv")
        try Fixtures.write(Array("id,workstream,status,title_en\r\nSC1,supply-chain,blocked,\r\n,nowhere,planned,z\r\n".utf8), to: lost)
        let unplaced = try await sandbox.roadmap("import", "--from", "csv", lost.path, "--file", full.path)
        #expect(unplaced.exitCode == 65, "\(unplaced)")
        #expect(unplaced.stderr.contains("row 3: no workstream \"nowhere\""))
        #expect(try Fixtures.bytes(full) == before, "all or nothing: SC1's change was not written either")

        let backwards = sandbox.file("backwards.csv")
        try Fixtures.write(Array("id,workstream,status,start,due,title_en\r\nSC1,supply-chain,done,2026-05-01,2026-04-01,x\r\n".utf8), to: backwards)
        let late = try await sandbox.roadmap("import", "--from", "csv", backwards.path, "--file", full.path)
        #expect(late.exitCode == 65, "\(late)")
        #expect(late.stderr.contains("row 2: SC1: start 2026-05-01 is after due 2026-04-01"))
        #expect(try Fixtures.bytes(full) == before)
    }

    @Test("lead and depends: written as th/jp/joint and ids separated by spaces, read back with ; or , too")
    func leadAndDepends() async throws {
        let export = try await sandbox.roadmap("export", "--format", "csv", "--file", full.path)
        #expect(export.stdout.contains("\r\nSME8,smes-startups,blocked,2026-12-01,2027-02-28,\"OSMEP, JETRO\",joint,SC1 SME1,"), "\(export.stdout)")
        #expect(export.stdout.contains("\r\nSC2,supply-chain,in-progress,,2027-06-30,OIE,th,CE8,"))
        let sheet = sandbox.file("links.csv")
        try Fixtures.write(Array("id,workstream,status,lead,depends,title_en\r\nSC3,supply-chain,,JP,\"SC1;SC2 , SME8\",x\r\nSME8,smes-startups,,,,\r\n".utf8), to: sheet)
        let run = try await sandbox.roadmap("import", "--from", "csv", sheet.path, "--file", full.path)
        #expect(run.exitCode == 0, "\(run)")
        let roadmap = try Fixtures.load(full)
        let sc3 = roadmap[roadmap.locate("SC3")!], sme8 = roadmap[roadmap.locate("SME8")!]
        #expect(sc3.lead == .jp && sc3.depends == ["SC1", "SC2", "SME8"])
        #expect(sme8.lead == nil && sme8.depends.isEmpty, "empty cells remove them")
        #expect(sme8.history.map(\.field).suffix(2) == ["lead", "depends"])
    }

    @Test("a lead that is not th, jp or joint, a bad or unknown id in depends, a cycle: exit 65 naming each, nothing written")
    func leadAndDependsRefused() async throws {
        let before = try Fixtures.bytes(full)
        func refused(_ csv: String) async throws -> ProcessOutput {
            let sheet = sandbox.file("refused.csv")
            try Fixtures.write(Array(csv.utf8), to: sheet)
            let run = try await sandbox.roadmap("import", "--from", "csv", sheet.path, "--file", full.path)
            #expect(run.exitCode == 65, "\(run)")
            #expect(try Fixtures.bytes(full) == before)
            return run
        }
        let cells = try await refused("id,workstream,status,lead,depends,title_en\r\nSC1,supply-chain,,japan,,x\r\nSC2,supply-chain,,,SC1 bad/id,y\r\n")
        #expect(cells.stderr.contains("row 2, column lead: \"japan\" is not a lead; use one of th, jp, joint."), "\(cells.stderr)")
        #expect(cells.stderr.contains("row 3, column depends: \"bad/id\" is not an id"))
        let unknown = try await refused("id,workstream,status,depends,title_en\r\nSC1,supply-chain,,NOPE9,x\r\n")
        #expect(unknown.stderr.contains("SC1: depends: \"NOPE9\" is not a milestone of this roadmap"), "\(unknown.stderr)")
        let cycle = try await refused("id,workstream,status,depends,title_en\r\nSC1,supply-chain,,SC2,x\r\nSC2,supply-chain,,SC1,y\r\n")
        #expect(cycle.stderr.contains("a cycle: SC1 → SC2 → SC1"), "\(cycle.stderr)")
    }

    @Test("malformed CSV: exit 65 naming the row and column, the roadmap's bytes unchanged", arguments: [
        ("\"Semis\r\nSC2,supply-chain,done,x\r\n", "the quote that opens this cell is never closed"),
        ("\"Semis\" and more\r\nSC2,supply-chain,done,x\r\n", "text after the closing quote"),
    ])
    func malformedWritesNothing(cell: String, reason: String) async throws {
        let before = try Fixtures.bytes(full)
        let sheet = sandbox.file("malformed.csv")
        try Fixtures.write(Array(("id,workstream,status,title_en\r\nSC1,supply-chain,done," + cell).utf8), to: sheet)
        let run = try await sandbox.roadmap("import", "--from", "csv", sheet.path, "--file", full.path)
        #expect(run.exitCode == 65, "\(run)")
        #expect(run.stderr.contains("row 2, column 4 (the header is row 1): \(reason)"), "\(run.stderr)")
        #expect(try Fixtures.bytes(full) == before)
    }

    @Test("a title_<lang> column the file could not hold (title_1, 17 letters): exit 65 naming it, nothing written", arguments: [
        "title_1", "title_abcdefghijklmnopq",
    ])
    func badLanguageColumnWritesNothing(column: String) async throws {
        let before = try Fixtures.bytes(full)
        let sheet = sandbox.file("languages.csv")
        try Fixtures.write(Array("id,workstream,status,\(column)\r\n,supply-chain,planned,x\r\n".utf8), to: sheet)
        let run = try await sandbox.roadmap("import", "--from", "csv", sheet.path, "--file", full.path)
        #expect(run.exitCode == 65, "\(run)")
        #expect(run.stderr.contains("column \"\(column)\": not title_<lang> with a language code"), "\(run.stderr)")
        #expect(try Fixtures.bytes(full) == before)
    }

    @Test("after an import that succeeds, the file loads: validate exits 0")
    func importedFileValidates() async throws {
        let sheet = sandbox.file("edge.csv")
        let long = String(repeating: "L", count: 32)
        try Fixtures.write(Array(("id,workstream,status,title_abcdefghijklmnop,title_pt-br\r\n"
            + "\(long),circular-economy,planned,a,b\r\n,circular-economy,planned,c,\r\n,circular-economy,done,,d\r\n").utf8), to: sheet)
        let run = try await sandbox.roadmap("import", "--from", "csv", sheet.path, "--file", empty.path)
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.hasSuffix("imported: 3 added, 0 changed, 0 unchanged.\n"), "\(run.stdout)")
        let validate = try await sandbox.roadmap("validate", empty.path)
        #expect(validate.exitCode == 0, "\(validate)")
    }
}
