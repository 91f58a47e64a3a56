import ArgumentParser
import Foundation
import RoadmapCore
import Testing
@testable import roadmap

/// Start-up costs that were measured away (Benchmarks/NOTES.md) and must not come back.
@Suite("start-up work")
struct StartupWorkTests {
    /// Every command below `command`, itself included, with its configured name.
    static func names(_ command: ParsableCommand.Type) -> [(type: String, name: String?)] {
        let configuration = command.configuration
        var result = [(String(describing: command), configuration.commandName)]
        for subcommand in configuration.subcommands { result += names(subcommand) }
        return result
    }

    @Test("every command names itself; the baseline's subcommands keep the names ArgumentParser gave them")
    func commandsAreNamed() {
        // Without a name ArgumentParser works one out from the type's name by
        // reflection at every start: 10 % of `roadmap list`'s work.
        let commands = Self.names(RoadmapCommand.self)
        #expect(commands.count == 21)
        #expect(commands.filter { ($0.name ?? "").isEmpty }.map(\.type) == [])
        #expect(Self.names(BaselineCommand.self).map { $0.name ?? "" } == ["baseline", "save", "list", "show"])
    }

    @Test("the environment is read once and holds the process's variables")
    func environmentIsTheProcesses() {
        #expect(ProcessEnvironment.current == ProcessInfo.processInfo.environment)
        #expect(ProcessEnvironment.current["PATH"] == ProcessInfo.processInfo.environment["PATH"])
    }
}

/// The check that spares `roadmap set` two git processes outside a repository.
@Suite("git work tree pre-check")
struct GitWorkTreeCheckTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-gitcheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("plain/deep"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("repo/.git"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("repo/sub/deeper"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("linked"), withIntermediateDirectories: true)
        try Data("gitdir: /elsewhere\n".utf8).write(to: root.appendingPathComponent("linked/.git"))
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("plain/into-repo"), withDestinationURL: root.appendingPathComponent("repo/sub"))
    }

    func check(_ folder: String, _ environment: [String: String] = [:]) -> Bool {
        Author.mayBeInGitWorkTree(root.appendingPathComponent(folder).path, environment: environment)
    }

    @Test("no .git above a folder: git is not asked; any .git above, or $GIT_DIR, and it is")
    func preCheck() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        // The test's own temporary folder must not be inside a repository for the first answers to mean anything.
        try #require(!Author.mayBeInGitWorkTree(FileManager.default.temporaryDirectory.path, environment: [:]))
        #expect(!check("plain"))
        #expect(!check("plain/deep"))
        #expect(check("repo"))
        #expect(check("repo/sub/deeper"))
        #expect(check("linked"), "a linked work tree's .git is a file")
        #expect(check("plain/into-repo"), "a symlink into a repository is followed, as git does")
        #expect(check("plain", ["GIT_DIR": "/somewhere/.git"]))
        #expect(check("plain", ["GIT_WORK_TREE": "/somewhere"]))
        #expect(check("missing/folder"), "a folder that cannot be resolved is left to git")
    }
}
