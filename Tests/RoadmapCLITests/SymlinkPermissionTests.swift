import Foundation
import RoadmapCore
import Testing

/// Saves write through a symlink to its target and keep the file's permissions.
@Suite("symlinks and permissions")
struct SymlinkPermissionTests {
    let sandbox: RoadmapSandbox
    init() throws { sandbox = try RoadmapSandbox() }

    @Test("set through a symlink updates the target; the link stays a link to the same target")
    func symlink() async throws {
        let target = try Fixtures.builtInFile(at: sandbox.file("shared/real.json"))
        let link = try sandbox.directory.makeDirectory("mine").appendingPathComponent("roadmap.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "../shared/real.json")

        let result = try await sandbox.roadmap("set", "SC3", "--status", "done", "--file", link.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "../shared/real.json", "still the same link")
        let saved = try Fixtures.load(target)
        #expect(saved[try #require(saved.locate("SC3"))].status == .done, "the target holds the change")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.file("mine").path) == ["roadmap.json"],
                "nothing else (no temporary or lock file) next to the link")
        #expect(Fixtures.temporaries(besides: target).isEmpty)

        let shown = try await sandbox.roadmap("show", "SC3", "--file", link.path)
        #expect(shown.stdout.contains("done"))
    }

    @Test("a dangling symlink is a missing file (66) and is left as it is")
    func danglingSymlink() async throws {
        let link = sandbox.file("roadmap.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "gone.json")
        let result = try await sandbox.roadmap("set", "SC3", "--status", "done", "--file", link.path)
        #expect(result.exitCode == 66, "\(result)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "gone.json")
        #expect(!FileManager.default.fileExists(atPath: sandbox.file("gone.json").path))
    }

    @Test("the file's permissions are kept by a save", arguments: [0o600, 0o640, 0o664])
    func permissions(mode: Int) async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        #expect(chmod(file.path, mode_t(mode)) == 0)
        let result = try await sandbox.roadmap("set", "SC3", "--notes", "private", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(try Fixtures.mode(file) == mode)
        let roadmap = try Fixtures.load(file)
        #expect(roadmap[try #require(roadmap.locate("SC3"))].notes == "private")
    }

    @Test("the target's permissions are kept when saving through a symlink")
    func permissionsThroughSymlink() async throws {
        let target = try Fixtures.builtInFile(at: sandbox.file("real.json"))
        #expect(chmod(target.path, 0o600) == 0)
        let link = sandbox.file("link.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        let result = try await sandbox.roadmap("add", "supply-chain", "Through the link", "--file", link.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(try Fixtures.mode(target) == 0o600)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
    }
}
