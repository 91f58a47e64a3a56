import Foundation
import RoadmapCore
import Testing

/// `roadmap baseline save|list|show`, and slip in `list` and `show`.
@Suite("roadmap baseline")
struct BaselineCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL
    let name = "Agreed at EID meeting 2025-12-09"

    init() throws {
        sandbox = try RoadmapSandbox()
        // The built-in without its own baseline: these tests save the first one.
        file = sandbox.file("roadmap.json")
        var roadmap = BuiltInRoadmap.load()
        roadmap.baselines = []
        try Fixtures.write(roadmap, to: file)
    }

    /// Saves the baseline, then moves SC3's due date 45 days later.
    private func saveAndSlip() async throws {
        let save = try await sandbox.roadmap("baseline", "save", name, "--notes", "ประชุม EID", "--author", "Somchai", "--file", file.path)
        try #require(save.exitCode == 0, "\(save)")
        #expect(save.stdout == "saved baseline \"\(name)\": 21 milestones\n", "\(save)")
        let set = try await sandbox.roadmap("set", "SC3", "--due", "2028-05-15", "--file", file.path)
        try #require(set.exitCode == 0, "\(set)")
    }

    @Test("save stores every milestone's dates with who saved it; list shows name, date, by and count")
    func saveAndList() async throws {
        try await saveAndSlip()
        let baseline = try #require(try Fixtures.load(file).baseline(named: name))
        #expect(baseline.by == "Somchai" && baseline.notes == "ประชุม EID" && baseline.milestones.count == 21)
        #expect(baseline.entry(for: "SC3")?.due?.description == "2028-03-31")

        let list = try await sandbox.roadmap("baseline", "list", "--file", file.path)
        #expect(list.exitCode == 0, "\(list)")
        let row = try #require(list.stdout.split(separator: "\n").dropFirst().first).split(separator: " ").joined(separator: " ")
        #expect(row.hasPrefix("\(name) \(baseline.at) Somchai 21 ประชุม EID"), "\(list.stdout)")
    }

    @Test("a name already used is refused (65), saying so, and the file is unchanged")
    func duplicateRefused() async throws {
        try await saveAndSlip()
        let before = try Fixtures.bytes(file)
        let again = try await sandbox.roadmap("baseline", "save", name, "--file", file.path)
        #expect(again.exitCode == 65, "\(again)")
        #expect(again.stderr.contains("exists already"), "\(again)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("show lists the baseline due, the current due and the slip of each milestone")
    func show() async throws {
        try await saveAndSlip()
        let show = try await sandbox.roadmap("baseline", "show", name, "--file", file.path)
        #expect(show.exitCode == 0, "\(show)")
        let lines = show.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains { $0.hasPrefix("SC3 2028-03-31 2028-05-15 +45d ") }, "\(show.stdout)")
        #expect(lines.contains { $0.hasPrefix("SC2 2027-06-30 2027-06-30 0d ") }, "\(show.stdout)")
        let unknown = try await sandbox.roadmap("baseline", "show", "nope", "--file", file.path)
        #expect(unknown.exitCode == 65 && unknown.stderr.contains(name), "\(unknown)")
    }

    @Test("list shows SLIP once a baseline is saved; --slipped keeps the late ones; a new milestone is new")
    func slipInList() async throws {
        let plain = try await sandbox.roadmap("list", "--file", file.path)
        #expect(!plain.stdout.contains("SLIP"), "no SLIP column without a baseline")
        try await saveAndSlip()
        let added = try await sandbox.roadmap("add", "supply-chain", "New one", "--due", "2028-01-01", "--file", file.path)
        #expect(added.exitCode == 0, "\(added)")

        let list = try await sandbox.roadmap("list", "--file", file.path, environment: ["NO_COLOR": "1"])
        #expect(list.exitCode == 0, "\(list)")
        let header = try #require(list.stdout.split(separator: "\n").first)
        #expect(header.split(separator: " ") == ["ID", "WORKSTREAM", "STATUS", "DUE", "SLIP", "LEAD", "OWNER", "TITLE"], "\(header)")
        let rows = ListOutput.rows(list.stdout)
        #expect(rows.contains { ListOutput.words($0).prefix(5) == ["SC3", "supply-chain", "planned", "2028-05-15", "+45d"] }, "\(list.stdout)")
        #expect(rows.contains { ListOutput.words($0).prefix(5) == ["SC8", "supply-chain", "planned", "2028-01-01", "new"] }, "\(list.stdout)")

        let slipped = try await sandbox.roadmap("list", "--slipped", "--file", file.path)
        #expect(ListOutput.ids(slipped.stdout) == ["SC3"], "\(slipped)")
        let json = try await sandbox.roadmap("list", "--slipped", "--json", "--file", file.path)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [[String: Any]])
        let slip = try #require(items.first?["slip"] as? [String: Any], "\(json)")
        #expect(slip["text"] as? String == "+45d" && slip["days"] as? Int == 45)

        let show = try await sandbox.roadmap("show", "SC3", "--file", file.path)
        #expect(show.stdout.contains("+45d against \"\(name)\" (due 2028-03-31 then)"), "\(show.stdout)")
    }

    @Test("the built-in's own baseline: --slipped lists SC7, CE2 and CE3; its name cannot be saved again")
    func builtInBaseline() async throws {
        let builtIn = try Fixtures.builtInFile(at: sandbox.file("builtin.json"))
        let slipped = try await sandbox.roadmap("list", "--slipped", "--file", builtIn.path)
        #expect(ListOutput.ids(slipped.stdout) == ["SC7", "CE2", "CE3"], "\(slipped)")
        let before = try Fixtures.bytes(builtIn)
        let again = try await sandbox.roadmap("baseline", "save", name, "--file", builtIn.path)
        #expect(again.exitCode == 65 && again.stderr.contains("exists already"), "\(again)")
        #expect(try Fixtures.bytes(builtIn) == before)
    }

    @Test("--baseline names an unknown baseline, or --slipped without any: exit 65", arguments: [
        ["--baseline", "nope"], ["--slipped"],
    ])
    func unknownBaseline(arguments: [String]) async throws {
        let result = try await sandbox.roadmap(["list", "--file", file.path] + arguments)
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stdout.isEmpty)
    }
}
