import Foundation
import RoadmapCore
import Testing

/// `roadmap list`: JSON for scripts and the filters.
@Suite("roadmap list")
struct ListCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL
    let roadmap = BuiltInRoadmap.load()

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// Overdue, worked out here from the file: open (not done or dropped) and due before today.
    private func overdueIDs(today: String) -> Set<String> {
        Set(roadmap.allMilestones.map(\.milestone).filter { milestone in
            guard let due = milestone.due?.description else { return false }
            return due < today && milestone.status != .done && milestone.status != .dropped
        }.map(\.id))
    }

    private func listJSON(_ arguments: String...) async throws -> [[String: Any]] {
        let result = try await sandbox.roadmap(["list", "--json", "--file", file.path] + arguments)
        #expect(result.exitCode == 0, "\(result)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [[String: Any]], "\(result)")
    }

    @Test("list --json is valid JSON with every milestone and a correct overdue flag", arguments: ["2026-11-26", "2027-07-01", "2025-01-01"])
    func json(today: String) async throws {
        let items = try await listJSON("--today", today)
        #expect(items.map { $0["id"] as? String } == roadmap.allMilestones.map(\.milestone.id))
        for item in items {
            let id = try #require(item["id"] as? String)
            let milestone = roadmap[try #require(roadmap.locate(id))]
            #expect(item["status"] as? String == milestone.status.rawValue)
            #expect(item["due"] as? String == milestone.due?.description)
            #expect(item["owner"] as? String == milestone.owner)
            #expect(item["workstream"] as? String == roadmap.workstreams[roadmap.locate(id)!.workstream].id)
            #expect(item["title"] is [String: String])
            #expect(item["overdue"] as? Bool == overdueIDs(today: today).contains(id), "\(id) on \(today)")
        }
        if today == "2027-07-01" { #expect(overdueIDs(today: today).count > 3, "the check is not vacuous") }
    }

    @Test("--overdue lists exactly the overdue milestones, in the table and in JSON", arguments: ["2026-11-26", "2027-07-01"])
    func overdue(today: String) async throws {
        let table = try await sandbox.roadmap("list", "--overdue", "--today", today, "--file", file.path)
        #expect(table.exitCode == 0, "\(table)")
        #expect(Set(ListOutput.ids(table.stdout)) == overdueIDs(today: today), "\(table.stdout)")
        #expect(ListOutput.rows(table.stdout).allSatisfy(ListOutput.isMarkedOverdue), "every row is marked !")
        let items = try await listJSON("--overdue", "--today", today)
        #expect(Set(items.compactMap { $0["id"] as? String }) == overdueIDs(today: today))

        let all = try await sandbox.roadmap("list", "--today", today, "--file", file.path)
        let marked = ListOutput.rows(all.stdout).filter(ListOutput.isMarkedOverdue).map { ListOutput.words($0)[0] }
        #expect(Set(marked) == overdueIDs(today: today), "the ! marks in the full table")
    }

    @Test("--status keeps only that status", arguments: Status.allCases)
    func status(status: Status) async throws {
        let result = try await sandbox.roadmap("list", "--status", status.rawValue, "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        let expected = roadmap.allMilestones.map(\.milestone).filter { $0.status == status }.map(\.id)
        #expect(ListOutput.ids(result.stdout) == expected, "\(result.stdout)")
        #expect(ListOutput.rows(result.stdout).allSatisfy { ListOutput.words($0)[2] == status.rawValue })
        #expect(result.stdout.contains("\(expected.count) milestone"))
    }

    @Test("--workstream keeps only that workstream (any case), and combines with --status")
    func workstream() async throws {
        let smes = try await sandbox.roadmap("list", "--workstream", "SMES-startups", "--file", file.path)
        #expect(smes.exitCode == 0, "\(smes)")
        #expect(ListOutput.ids(smes.stdout) == roadmap.workstreams[1].milestones.map(\.id))

        let items = try await listJSON("--workstream", "circular-economy", "--status", "planned")
        let expected = roadmap.workstreams[2].milestones.filter { $0.status == .planned }.map(\.id)
        #expect(!expected.isEmpty)
        #expect(items.compactMap { $0["id"] as? String } == expected)
    }

    @Test("an unknown workstream or status is exit 65", arguments: [["--workstream", "energy"], ["--status", "finished"]])
    func unknownFilter(arguments: [String]) async throws {
        let result = try await sandbox.roadmap(["list", "--file", file.path] + arguments)
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stderr.contains(arguments[1]), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test("an empty result is not an error")
    func empty() async throws {
        let result = try await sandbox.roadmap("list", "--status", "dropped", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(ListOutput.rows(result.stdout).isEmpty)
        #expect(result.stdout.contains("0 milestones"), "\(result)")
        let items = try await listJSON("--status", "dropped")
        #expect(items.isEmpty)
    }
}
