import Foundation
import RoadmapCore
import Testing

/// Which file `roadmap` uses, and the first run that creates it.
@Suite("the default roadmap file")
struct DefaultFileTests {
    let sandbox: RoadmapSandbox
    init() throws { sandbox = try RoadmapSandbox() }

    @Test("with an empty $HOME, list creates ~/.local/share/roadmap/roadmap.json from the built-in roadmap")
    func firstRunCreatesDefaultFile() async throws {
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultFile.path))
        let result = try await sandbox.roadmap("list", "--today", "2026-11-26")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr.contains("created \(sandbox.defaultFile.path)"), "\(result)")
        #expect(!result.stdout.contains("created"), "the notice belongs on stderr")

        let created = try Fixtures.load(sandbox.defaultFile)
        #expect(created == BuiltInRoadmap.load())
        #expect(try Fixtures.bytes(sandbox.defaultFile) == Fixtures.builtInBytes)

        let rows = ListOutput.rows(result.stdout)
        #expect(rows.count >= 18, "\(result.stdout)")
        #expect(rows.count == created.milestoneCount)
        #expect(Set(rows.map { ListOutput.words($0)[1] }) == ["supply-chain", "smes-startups", "circular-economy"])
        #expect(Set(ListOutput.ids(result.stdout)).count == rows.count, "every row has its own id")
        #expect(result.stdout.contains("\(created.milestoneCount) milestones"))
    }

    @Test("the second run uses the file it created and says nothing about creating it")
    func secondRunIsQuiet() async throws {
        let first = try await sandbox.roadmap("list")
        #expect(first.exitCode == 0, "\(first)")
        let second = try await sandbox.roadmap("set", "SC3", "--notes", "kept")
        #expect(second.exitCode == 0, "\(second)")
        #expect(second.stderr.isEmpty, "\(second)")
        let third = try await sandbox.roadmap("show", "SC3")
        #expect(third.exitCode == 0, "\(third)")
        #expect(third.stdout.contains("kept"))
        #expect(third.stderr.isEmpty, "\(third)")
    }

    @Test("$XDG_DATA_HOME puts the default file in $XDG_DATA_HOME/roadmap/roadmap.json")
    func xdgDataHome() async throws {
        let xdg = sandbox.file("xdg")
        let result = try await sandbox.roadmap("list", environment: ["XDG_DATA_HOME": xdg.path])
        #expect(result.exitCode == 0, "\(result)")
        let expected = xdg.appendingPathComponent("roadmap/roadmap.json")
        #expect(result.stderr.contains(expected.path), "\(result)")
        #expect(try Fixtures.load(expected) == BuiltInRoadmap.load())
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultFile.path))
    }

    @Test("$ROADMAP_FILE wins over $XDG_DATA_HOME and $HOME")
    func roadmapFileVariable() async throws {
        let chosen = try Fixtures.builtInFile(at: sandbox.file("shared/team.json"))
        let xdg = sandbox.file("xdg")
        let result = try await sandbox.roadmap(
            "set", "sc3", "--status", "at-risk", environment: ["ROADMAP_FILE": chosen.path, "XDG_DATA_HOME": xdg.path]
        )
        #expect(result.exitCode == 0, "\(result)")
        let roadmap = try Fixtures.load(chosen)
        #expect(roadmap[try #require(roadmap.locate("SC3"))].status == .atRisk)
        #expect(!FileManager.default.fileExists(atPath: xdg.path))
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultFile.path))
    }

    @Test("a $ROADMAP_FILE that does not exist (a typo, an unmounted share) is 66 and creates nothing, like --file")
    func missingRoadmapFileVariable() async throws {
        let typo = sandbox.file("shared/roadmp.json")
        let before = sandbox.directory.contents()
        let result = try await sandbox.roadmap("set", "SC3", "--status", "at-risk", environment: ["ROADMAP_FILE": typo.path])
        #expect(result.exitCode == 66, "\(result)")
        #expect(result.stderr.contains(typo.path), "\(result)")
        #expect(sandbox.directory.contents() == before)
    }

    @Test("an explicit --file that does not exist is exit 66 and creates nothing", arguments: [
        ["list"], ["show", "SC1"], ["set", "SC1", "--status", "done"], ["add", "supply-chain", "New"], ["remove", "SC1"],
        ["validate"],
    ])
    func missingExplicitFile(command: [String]) async throws {
        let before = sandbox.directory.contents()
        for missing in [sandbox.file("missing.json"), sandbox.file("no-such-folder/missing.json")] {
            let result = try await sandbox.roadmap(command + ["--file", missing.path])
            #expect(result.exitCode == 66, "\(result)")
            #expect(result.stderr.contains(missing.path), "\(result)")
            #expect(result.stdout.isEmpty, "\(result)")
            #expect(sandbox.directory.contents() == before, "\(command) must not create anything")
        }
    }
}
