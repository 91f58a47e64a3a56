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
        #expect(commands.count == 22)
        #expect(commands.filter { ($0.name ?? "").isEmpty }.map(\.type) == [])
        #expect(Self.names(BaselineCommand.self).map { $0.name ?? "" } == ["baseline", "save", "list", "show"])
    }

    @Test("the environment is read once and holds the process's variables")
    func environmentIsTheProcesses() {
        #expect(ProcessEnvironment.current == ProcessInfo.processInfo.environment)
        #expect(ProcessEnvironment.current["PATH"] == ProcessInfo.processInfo.environment["PATH"])
    }

    @Test("the environment read a variable at a time gives what ProcessInfo gives, and nil for a variable not set")
    func variablesAreTheProcesses() {
        let environment = ProcessInfo.processInfo.environment
        #expect(!environment.isEmpty)
        for (name, value) in environment {
            #expect(ProcessEnvironment.variables[name] == value, "\(name)")
        }
        #expect(ProcessEnvironment.variables["ROADMAP_NOT_SET_\(UUID().uuidString.prefix(8))"] == nil)
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

/// The short way through ArgumentParser (``CommandDispatch``) gives what the
/// whole tree gives: the same command with the same values, or the same
/// message and exit code.
@Suite("command dispatch")
struct CommandDispatchTests {
    static let commandLines: [[String]] = [
        ["list"], ["list", "--json"], ["list", "--lang", "th"], ["list", "--workstream", "sme", "--status", "at-risk"],
        ["list", "--overdue", "--today", "2027-03-10"], ["list", "--calendar", "buddhist"], ["list", "--lang", "th,en"],
        ["set", "SC1", "--status", "done", "--reason", "signed"], ["set", "SC1", "--due", "2570-06-30", "--calendar", "buddhist"],
        ["show", "SC1", "--json"], ["show", "sc1", "--lang", "ja"], ["snapshot", "--format", "html", "--summary"],
        ["snapshot", "--lang", "th,en"], ["snapshot", "--week", "2027-W10"], ["timeline", "--zoom", "quarter", "--fiscal", "th"],
        ["baseline", "save", "q1"], ["baseline", "list"], ["baseline", "show", "q1", "--json"], ["baseline"],
        ["log", "--since", "2026-01-01", "--author", "田中"], ["add", "supply-chain", "A title", "--due", "+2w"],
        ["add", "supply-chain", "--", "-dash title"], ["comment", "SC2", "waiting for the minister"],
        ["--file", "x.json", "list"], ["--lang", "th"], [], ["--version"], ["--help"], ["list", "--help"], ["list", "-h"],
        ["help", "list"], ["baseline", "help", "save"], ["baseline", "save", "--help"], ["list", "--version"],
        ["list", "--bogus"], ["set"], ["set", "SC1", "--status"], ["list", "extra"], ["frobnicate"], ["baseline", "frobnicate"],
        ["list", "--generate-completion-script", "bash"], ["--generate-completion-script", "zsh"],
        ["list", "--lang", "xx"], ["show", "SC1", "--lang", "th,en"], ["list", "--today", "2026-13-01"],
    ]

    /// A parsed command written out with every stored value.
    static func dumped(_ command: ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }

    @Test("the same command and values, or the same message and exit code, as the whole tree", arguments: commandLines)
    func sameAsTheWholeTree(arguments: [String]) {
        let whole = Result { try RoadmapCommand.parseAsRoot(arguments) }
        let short = Result { try CommandDispatch.parse(arguments) }
        switch (whole, short) {
        case (.success(let expected), .success(let got)):
            #expect(type(of: got) == type(of: expected))
            #expect(Self.dumped(got) == Self.dumped(expected))
        case (.failure(let expected), .failure(let got)):
            #expect(RoadmapCommand.fullMessage(for: got) == RoadmapCommand.fullMessage(for: expected))
            #expect(RoadmapCommand.exitCode(for: got) == RoadmapCommand.exitCode(for: expected))
        default:
            Issue.record("\(arguments): the whole tree gave \(whole), the short way \(short)")
        }
    }

    @Test("the everyday commands take the short way", arguments: [
        ["list"], ["show", "SC1"], ["set", "SC1", "--status", "done"], ["snapshot"], ["baseline", "save", "q1"], ["log"],
    ])
    func everydayCommandsAreShort(arguments: [String]) throws {
        let (leaf, depth) = try #require(CommandDispatch.leaf(named: arguments))
        #expect(depth == (arguments.first == "baseline" ? 2 : 1))
        let command = try leaf.parseAsRoot(Array(arguments.dropFirst(depth)))
        #expect(type(of: command) == leaf)
    }

    @Test("every command without subcommands is marked as roadmap's, so parsed alone it skips the completion check")
    func leavesAreMarked() {
        func leaves(_ command: ParsableCommand.Type) -> [ParsableCommand.Type] {
            command.configuration.subcommands.isEmpty ? [command] : command.configuration.subcommands.flatMap(leaves)
        }
        let all = leaves(RoadmapCommand.self)
        #expect(all.count == 20)
        #expect(all.filter { $0.configuration._superCommandName != "roadmap" }.map { "\($0)" } == [])
        #expect(RoadmapCommand.configuration._superCommandName == nil)
        #expect(BaselineCommand.configuration._superCommandName == nil)
    }

    @Test("a command line that does not start with a command's name takes the whole tree")
    func othersTakeTheWholeTree() {
        #expect(CommandDispatch.leaf(named: []) == nil)
        #expect(CommandDispatch.leaf(named: ["--file", "x", "list"]) == nil)
        #expect(CommandDispatch.leaf(named: ["baseline"]) == nil)
        #expect(CommandDispatch.leaf(named: ["baseline", "frobnicate"]) == nil)
        #expect(CommandDispatch.leaf(named: ["help", "list"]) == nil)
    }
}
