import Foundation
import RoadmapCore
import Testing

/// `roadmap export --format json|markdown`, and what export and import refuse.
@Suite("roadmap export json and markdown")
struct ExportFormatsTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    @Test("json: the filtered milestones with notes and history")
    func json() async throws {
        _ = try await sandbox.roadmap("set", "CE2", "--owner", "TISI | DIW", "--file", file.path)
        let run = try await sandbox.roadmap("export", "--format", "json", "--status", "at-risk", "--file", file.path)
        #expect(run.exitCode == 0, "\(run)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["CE2"])
        // After the built-in's own entries for CE2's slip.
        #expect((items.first?["history"] as? [[String: Any]])?.map { $0["field"] as? String } == ["due", "status", "owner"])
        #expect(items.first?["notes"] is String)
    }

    @Test("markdown: a table per workstream, in --lang, Markdown punctuation escaped")
    func markdown() async throws {
        var roadmap = BuiltInRoadmap.load()
        roadmap[roadmap.locate("CE2")!].lead = .joint
        roadmap[roadmap.locate("CE2")!].depends = ["SME1", "SC1"]  // not CE1, which waits for CE2
        try Fixtures.write(roadmap, to: file)
        _ = try await sandbox.roadmap("set", "CE2", "--owner", "TISI | DIW", "--file", file.path)
        let run = try await sandbox.roadmap("export", "--format", "markdown", "--lang", "th", "--file", file.path)
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.components(separatedBy: "\n| ID | Status | Start | Due | Owner | Lead | Depends | Title |").count == 4)
        #expect(run.stdout.contains("## วางระบบเศรษฐกิจหมุนเวียนและรีไซเคิล (`circular-economy`)"))
        #expect(run.stdout.contains("| CE2 | at-risk | 2026-01-05 | 2026-10-30 | TISI \\| DIW | joint | SME1 SC1 | จัดทำมาตรฐานอุตสาหกรรมรีไซเคิล |"))
    }

    @Test("an unknown workstream or format, or a missing file to import, is refused with a message")
    func refusals() async throws {
        let workstream = try await sandbox.roadmap("export", "--format", "csv", "--workstream", "nope", "--file", file.path)
        #expect(workstream.exitCode == 65 && workstream.stderr.contains("no workstream has the id \"nope\""), "\(workstream)")
        let format = try await sandbox.roadmap("export", "--format", "xlsx", "--file", file.path)
        #expect(format.exitCode == 64 && format.stderr.contains("--format must be ics, csv, json or markdown"), "\(format)")
        let missing = try await sandbox.roadmap("import", "--from", "csv", "nothing.csv", "--file", file.path)
        #expect(missing.exitCode == 66 && missing.stderr.contains("nothing.csv: no such file to import"), "\(missing)")
        let from = try await sandbox.roadmap("import", "--from", "excel", "x", "--file", file.path)
        #expect(from.exitCode == 64, "\(from)")
    }
}
