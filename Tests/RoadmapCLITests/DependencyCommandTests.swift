import Foundation
import RoadmapCore
import Testing

/// Leads and finish-to-start dependencies: `set --lead/--depends…`, `add`,
/// `list --lead`, the off-track flags of `list`, `show` and `validate`.
@Suite("leads and dependencies")
struct DependencyCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        // The built-in without its own leads, links, start dates and baseline: each test sets what it checks.
        file = sandbox.file("roadmap.json")
        var roadmap = BuiltInRoadmap.load()
        roadmap.baselines = []
        for w in roadmap.workstreams.indices {
            for m in roadmap.workstreams[w].milestones.indices {
                roadmap.workstreams[w].milestones[m].lead = nil
                roadmap.workstreams[w].milestones[m].depends = []
                roadmap.workstreams[w].milestones[m].start = nil
            }
        }
        try Fixtures.write(roadmap, to: file)
    }

    private func depends(_ id: String) throws -> [String] {
        let roadmap = try Fixtures.load(file)
        return roadmap[try #require(roadmap.locate(id))].depends
    }

    private func set(_ arguments: String...) async throws {
        let result = try await sandbox.roadmap(["set"] + arguments + ["--file", file.path])
        try #require(result.exitCode == 0, "\(result)")
    }

    @Test("--depends replaces (ids spelled as in the file), --depends-add appends, --depends-remove takes out")
    func setDepends() async throws {
        try await set("SC3", "--depends", "sc2, SME1")
        #expect(try depends("SC3") == ["SC2", "SME1"])
        try await set("SC3", "--depends-add", "CE1,sc2")
        #expect(try depends("SC3") == ["SC2", "SME1", "CE1"])
        try await set("SC3", "--depends-remove", "SC2")
        #expect(try depends("SC3") == ["SME1", "CE1"])
        let roadmap = try Fixtures.load(file)
        #expect(roadmap[try #require(roadmap.locate("SC3"))].history.map { $0.to } == ["SC2,SME1", "SC2,SME1,CE1", "SME1,CE1"])
        let missing = try await sandbox.roadmap("set", "SC3", "--depends-remove", "SC7", "--file", file.path)
        #expect(missing.exitCode == 65 && missing.stderr.contains("does not wait for"), "\(missing)")
    }

    @Test("an unknown id or a cycle is refused (65), naming them, and the file is unchanged", arguments: [
        (["SC3", "--depends", "SC2,ZZ9"], "\"ZZ9\" is not a milestone"),
        (["SC2", "--depends", "SC3"], "a cycle: SC2 → SC3 → SC2"),
        (["SC2", "--depends-add", "sc2"], "SC2 cannot wait for itself"),
    ])
    func refused(arguments: [String], message: String) async throws {
        try await set("SC3", "--depends", "SC2")
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap(["set"] + arguments + ["--file", file.path])
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("remove refuses a milestone others wait for, naming them")
    func removeRefused() async throws {
        try await set("SC3", "--depends", "SC2")
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap("remove", "SC2", "--file", file.path)
        #expect(result.exitCode == 65 && result.stderr.contains("SC3 waits for it"), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("--lead sets and removes the lead; list --lead filters and shows a LEAD column; add takes --lead and --depends")
    func lead() async throws {
        try await set("SC3", "--lead", "JP")
        try await set("SME1", "--lead", "th")
        let jp = try await sandbox.roadmap("list", "--lead", "jp", "--file", file.path)
        #expect(ListOutput.ids(jp.stdout) == ["SC3"], "\(jp)")
        #expect(jp.stdout.split(separator: "\n").first?.split(separator: " ") == ["ID", "WORKSTREAM", "STATUS", "DUE", "LEAD", "OWNER", "TITLE"])
        #expect(ListOutput.words(ListOutput.rows(jp.stdout)[0])[4] == "jp")
        try await set("SC3", "--lead", "")
        let none = try await sandbox.roadmap("list", "--lead", "jp", "--json", "--file", file.path)
        #expect(String(decoding: none.stdoutBytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "\(none)")
        let bad = try await sandbox.roadmap("set", "SC3", "--lead", "us", "--file", file.path)
        #expect(bad.exitCode == 65 && bad.stderr.contains("th, jp, joint"), "\(bad)")

        let added = try await sandbox.roadmap("add", "circular-economy", "ร่วมกัน", "--lead", "joint", "--depends", "sc2", "--author", "Aoi", "--file", file.path)
        #expect(added.exitCode == 0, "\(added)")
        let roadmap = try Fixtures.load(file)
        let milestone = roadmap[try #require(roadmap.locate("CE8"))]
        #expect(milestone.lead == .joint && milestone.depends == ["SC2"] && milestone.history.first?.by == "Aoi")
        let json = try await sandbox.roadmap("show", "CE8", "--json", "--file", file.path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any])
        #expect(object["lead"] as? String == "joint" && object["depends"] as? [String] == ["SC2"])
    }

    @Test("off-track links are flagged in list (plain text), shown by show, and warned by validate with exit 0")
    func offTrack() async throws {
        try await set("SC3", "--depends", "CE3,SC2", "--reason", "CE3 ต้องเสร็จก่อน")  // CE3 is blocked, in another workstream
        try await set("SC6", "--depends", "SC5")  // SC5 is due after SC6
        try await set("SC2", "--depends", "SC1")
        let environment = ["NO_COLOR": "1", "ROADMAP_TODAY": "2026-11-26"]

        let list = try await sandbox.roadmap("list", "--workstream", "supply-chain", "--file", file.path, environment: environment)
        #expect(list.exitCode == 0, "\(list)")
        let lines = list.stdout.split(separator: "\n").map(String.init)
        let sc3 = try #require(lines.firstIndex { $0.contains("SC3") && $0.hasPrefix("⚠") }, "\(list.stdout)")
        #expect(lines[sc3 + 1].trimmingCharacters(in: .whitespaces) == "⚠ late dependency: waits for CE3, blocked (other workstream)")
        #expect(lines[sc3 + 2].trimmingCharacters(in: .whitespaces).hasPrefix("why: CE3 ต้องเสร็จก่อน — "), "\(list.stdout)")
        let sc6 = try #require(lines.firstIndex { $0.contains("SC6") && $0.hasPrefix("⚠") }, "\(list.stdout)")
        #expect(lines[sc6 + 1].trimmingCharacters(in: .whitespaces) == "⚠ late dependency: waits for SC5, due 2027-09-30, after 2027-03-31")
        #expect(list.stdout.contains("2 waiting on a late dependency (⚠)"), "\(list.stdout)")

        let show = try await sandbox.roadmap("show", "SC3", "--file", file.path, environment: environment)
        let shown = show.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(shown.contains("waits for"), "\(show.stdout)")
        #expect(shown.contains("CE3 blocked 2027-06-30 (other workstream) ⚠ off track: blocked"), "\(show.stdout)")
        #expect(shown.contains("SC2 in-progress 2027-06-30"), "\(show.stdout)")
        #expect(shown.contains("upstream CE3, SC2, SC1 (nearest first)"), "\(show.stdout)")
        #expect(shown.contains { $0.hasPrefix("why CE3 ต้องเสร็จก่อน — ") }, "waiting on a late link: the reason is shown\n\(show.stdout)")
        let ce3 = try await sandbox.roadmap("show", "CE3", "--file", file.path, environment: environment)
        #expect(ce3.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }.contains("holds up"), "\(ce3.stdout)")

        let validate = try await sandbox.roadmap("validate", "--file", file.path, environment: environment)
        #expect(validate.exitCode == 0, "\(validate)")
        #expect(validate.stderr.contains("warning: SC3 waits for CE3, which is blocked (other workstream)."), "\(validate)")
        #expect(validate.stderr.contains("warning: SC6 waits for SC5, which is due 2027-09-30, after 2027-03-31."), "\(validate)")
        #expect(validate.stdout.contains("valid roadmap"), "\(validate)")

        // Scripts see the same: each off-track link with why, in list --json and show --json.
        let json = try await sandbox.roadmap("list", "--workstream", "supply-chain", "--json", "--file", file.path, environment: environment)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [[String: Any]], "\(json)")
        func offTrack(_ item: [String: Any]?) -> [String] {
            (item?["offTrack"] as? [[String: Any]] ?? []).map { "\($0["waitsFor"] ?? ""): \($0["why"] ?? "") \($0["otherWorkstream"] as? Bool == true ? "(other)" : "")" }
        }
        let byID = Dictionary(uniqueKeysWithValues: items.compactMap { item in (item["id"] as? String).map { ($0, item) } })
        #expect(offTrack(byID["SC3"]) == ["CE3: blocked (other)"], "SC2 is on track for SC3: \(json.stdout)")
        #expect(offTrack(byID["SC6"]) == ["SC5: due 2027-09-30, after 2027-03-31 "])
        #expect(offTrack(byID["SC2"]).isEmpty && byID["SC2"]?["offTrack"] is [Any], "an empty list where none is off track")
        let shownJSON = try await sandbox.roadmap("show", "SC3", "--json", "--file", file.path, environment: environment)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shownJSON.stdoutBytes)) as? [String: Any], "\(shownJSON)")
        #expect(offTrack(object) == ["CE3: blocked (other)"])
    }
}
