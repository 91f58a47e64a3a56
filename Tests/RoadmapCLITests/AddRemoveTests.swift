import Foundation
import RoadmapCore
import Testing

/// `roadmap add` and `roadmap remove`.
@Suite("roadmap add and remove")
struct AddRemoveTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    @Test("add prints a new unique id and records a created history entry")
    func add() async throws {
        let start = Int64(Date().timeIntervalSince1970) - 1
        let first = try await sandbox.roadmap(
            "add", "supply-chain", "Hydrogen pilot", "--due", "2027-05-01", "--owner", "NEDO", "--notes", "from the EID",
            "--status", "in-progress", "--file", file.path
        )
        #expect(first.exitCode == 0, "\(first)")
        let id = first.stdout.trimmingCharacters(in: .newlines)
        #expect(first.stdout == "\(id)\n", "only the id, for scripts")

        let second = try await sandbox.roadmap("add", "Supply-Chain", "Second one", "--file", file.path)
        #expect(second.exitCode == 0, "\(second)")
        let secondID = second.stdout.trimmingCharacters(in: .newlines)
        let third = try await sandbox.roadmap("add", "smes-startups", "ผู้ประกอบการใหม่", "--lang", "th", "--file", file.path)
        #expect(third.exitCode == 0, "\(third)")
        let thirdID = third.stdout.trimmingCharacters(in: .newlines)

        let roadmap = try Fixtures.load(file)
        let ids = roadmap.allMilestones.map { $0.milestone.id.lowercased() }
        #expect(Set(ids).count == ids.count, "ids stay unique: \(ids)")
        #expect(roadmap.milestoneCount == BuiltInRoadmap.load().milestoneCount + 3)

        let location = try #require(roadmap.locate(id), "\(id) is not in the file")
        #expect(location.workstream == 0)
        let added = roadmap[location]
        #expect(added.title.text(in: "en") == "Hydrogen pilot")
        #expect(added.status == .inProgress)
        #expect(added.due?.description == "2027-05-01")
        #expect(added.owner == "NEDO")
        #expect(added.notes == "from the EID")
        try #require(added.history.count == 1)
        #expect(added.history[0].field == "created")
        #expect(added.history[0].from == nil)
        #expect(added.history[0].to == "in-progress")
        #expect(added.history[0].at.secondsSinceEpoch >= start && added.history[0].at.secondsSinceEpoch <= Int64(Date().timeIntervalSince1970) + 1)

        let secondMilestone = roadmap[try #require(roadmap.locate(secondID))]
        #expect(secondMilestone.status == .planned && secondMilestone.due == nil && secondMilestone.owner == nil)
        #expect(secondMilestone.history.map(\.field) == ["created"])
        let thirdLocation = try #require(roadmap.locate(thirdID))
        #expect(thirdLocation.workstream == 1)
        #expect(roadmap[thirdLocation].title.translations == [.init(language: "th", text: "ผู้ประกอบการใหม่")])

        // Everything that was there before is untouched.
        var rest = roadmap
        for new in [id, secondID, thirdID] { rest.removeMilestone(at: rest.locate(new)!) }
        #expect(rest == BuiltInRoadmap.load())
    }

    @Test("add next to a 32-character id or one ending in Int.max: a valid new id, and the file validates", arguments: [
        String(repeating: "L", count: 32), "SC9223372036854775807",
    ])
    func addNextToEdgeIDs(existing: String) async throws {
        var roadmap = BuiltInRoadmap.load()
        roadmap.workstreams[0].milestones = [Milestone(id: existing, title: LocalizedText("edge"))]
        // The other workstreams' links into the replaced ones would not validate.
        let kept = Set(roadmap.allMilestones.map(\.milestone.id))
        for w in roadmap.workstreams.indices {
            for m in roadmap.workstreams[w].milestones.indices {
                roadmap.workstreams[w].milestones[m].depends.removeAll { !kept.contains($0) }
            }
        }
        try Fixtures.write(roadmap, to: file)
        for title in ["one", "two"] {
            let run = try await sandbox.roadmap("add", "supply-chain", title, "--file", file.path)
            #expect(run.exitCode == 0, "\(run)")
            #expect(RoadmapDecoder.isValidID(run.stdout.trimmingCharacters(in: .newlines)), "\(run.stdout)")
        }
        let validate = try await sandbox.roadmap("validate", file.path)
        #expect(validate.exitCode == 0, "\(validate)")
        #expect(try Fixtures.load(file).workstreams[0].milestones.count == 3)
    }

    @Test("add accepts relative due dates against a pinned --today", arguments: [
        ("+2w", "2026-03-06"), ("-1w", "2026-02-13"), ("tomorrow", "2026-02-21"),
    ])
    func addRelativeDue(input: String, expected: String) async throws {
        let result = try await sandbox.roadmap("add", "circular-economy", "Dated", "--due", input, "--today", "2026-02-20", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        let roadmap = try Fixtures.load(file)
        let id = result.stdout.trimmingCharacters(in: .newlines)
        #expect(roadmap[try #require(roadmap.locate(id))].due?.description == expected)
    }

    @Test("add refuses an unknown workstream, an empty title, a bad status or date with 65 and changes nothing", arguments: [
        ["add", "energy", "Title"], ["add", "supply-chain", "  "], ["add", "supply-chain", "T", "--status", "finished"],
        ["add", "supply-chain", "T", "--due", "2026-02-30"],
    ])
    func addRefused(arguments: [String]) async throws {
        let result = try await sandbox.roadmap(arguments + ["--file", file.path])
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(try Fixtures.bytes(file) == Fixtures.builtInBytes)
    }

    @Test("an unknown workstream names the known ones")
    func unknownWorkstreamMessage() async throws {
        let result = try await sandbox.roadmap("add", "energy", "Title", "--file", file.path)
        #expect(result.stderr.contains("energy"), "\(result)")
        for known in ["supply-chain", "smes-startups", "circular-economy"] {
            #expect(result.stderr.contains(known), "\(result)")
        }
    }

    @Test("remove takes the milestone (any case) out of the file and nothing else")
    func remove() async throws {
        let result = try await sandbox.roadmap("remove", "sme3", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("SME3"), "\(result)")
        let roadmap = try Fixtures.load(file)
        #expect(roadmap.locate("SME3") == nil)
        var expected = BuiltInRoadmap.load()
        expected.removeMilestone(at: expected.locate("SME3")!)
        #expect(roadmap == expected)

        let show = try await sandbox.roadmap("show", "SME3", "--file", file.path)
        #expect(show.exitCode == 65, "\(show)")
        let again = try await sandbox.roadmap("remove", "SME3", "--file", file.path)
        #expect(again.exitCode == 65, "\(again)")
        #expect(try Fixtures.load(file) == expected)
    }
}
