import Foundation
import RoadmapCore
import Testing

/// Two offices sharing a roadmap through git, in one sandbox: a bare
/// repository `remote.git` and two clones, `bangkok` (Somchai) and `tokyo`
/// (Yuki), both holding the built-in roadmap as committed and pushed. No
/// network, no global git config, no merge driver set up in either clone.
struct SyncTestOffices {
    let sandbox: RoadmapSandbox

    /// The environment of every script: no system or global git config.
    static let gitEnvironment = ["GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null"]

    init() async throws {
        sandbox = try RoadmapSandbox()
        try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let setup = try await run("""
            git init -q --bare -b main remote.git
            git clone -q remote.git bangkok 2>/dev/null && cd bangkok
            git config user.name Somchai && git config user.email somchai@example.com
            cp ../roadmap.json . && git add roadmap.json && git commit -q -m "the EID roadmap"
            git push -q -u origin main && cd ..
            git clone -q remote.git tokyo && cd tokyo
            git config user.name Yuki && git config user.email yuki@example.com
            """)
        try #require(setup.exitCode == 0, "\(setup)")
    }

    /// Runs a script in the sandbox (with `set -e`); `$ROADMAP` is the binary.
    func run(_ script: String, environment: [String: String] = [:]) async throws -> ProcessOutput {
        try await sandbox.bash("set -e\n" + script, environment: Self.gitEnvironment.merging(environment) { $1 })
    }

    /// `roadmap ARGS --file roadmap.json` in one office's clone.
    func roadmap(in office: String, _ arguments: String...) async throws -> ProcessOutput {
        try await run("cd \(office) && \"$ROADMAP\" " + arguments.map { "'\($0)'" }.joined(separator: " ") + " --file roadmap.json")
    }

    /// `roadmap sync` in one office's clone.
    func sync(_ office: String, _ options: String...) async throws -> ProcessOutput {
        try await sandbox.bash("cd \(office) && \"$ROADMAP\" sync --file roadmap.json " + options.joined(separator: " "),
                               environment: Self.gitEnvironment)
    }

    /// An office's roadmap file as it is now.
    func file(_ office: String) throws -> Roadmap { try Fixtures.load(sandbox.file("\(office)/roadmap.json")) }

    /// The roadmap file as the remote's main branch holds it.
    func remoteFile() async throws -> String {
        try await run("git --git-dir=remote.git show main:roadmap.json").stdout
    }

    /// A milestone of a roadmap.
    func milestone(_ id: String, in roadmap: Roadmap) throws -> Milestone { roadmap[try #require(roadmap.locate(id))] }

    /// The subjects of an office's commits, newest first.
    func subjects(_ office: String) async throws -> [String] {
        try await run("cd \(office) && git log --format=%s").stdout.split(separator: "\n").map(String.init)
    }
}
