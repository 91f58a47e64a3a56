import Foundation
import RoadmapCore
import Testing

/// Every case where `roadmap sync` refuses: its exit code, a message that says
/// what to do, and nothing committed, pushed or written.
@Suite("roadmap sync refusals", .enabled(if: ExternalTools.enabled(ExternalTools.git), "git is not installed"))
struct SyncRefusalTests {
    /// Bangkok's HEAD, the remote's main and the file's bytes: what a refusal must leave alone.
    func untouched(_ offices: SyncTestOffices) async throws -> String {
        try await offices.run("cd bangkok && git rev-parse HEAD && git --git-dir=../remote.git rev-parse main && md5sum roadmap.json").stdout
    }

    /// Changes SC1 in Bangkok, runs `setup` there, syncs, and checks the refusal.
    func expectRefusal(_ setup: String, code: Int32, message: String, environment: [String: String] = [:]) async throws {
        let offices = try await SyncTestOffices()
        #expect(try await offices.roadmap(in: "bangkok", "set", "SC1", "--status", "blocked").exitCode == 0)
        let prepared = try await offices.run("cd bangkok\n" + setup)
        try #require(prepared.exitCode == 0, "\(prepared)")
        let before = try await untouched(offices)
        let script = "cd bangkok && \"$ROADMAP\" sync --file roadmap.json"
        let sync = try await offices.sandbox.bash(script, environment: SyncTestOffices.gitEnvironment.merging(environment) { $1 })
        #expect(sync.exitCode == code, "\(sync)")
        #expect(sync.stderr.contains(message), "\(sync.stderr)")
        #expect(sync.stdout.isEmpty, "\(sync)")
        #expect(try await untouched(offices) == before, "nothing committed, pushed or written")
    }

    @Test("git is not installed: 69")
    func noGit() async throws {
        try await expectRefusal("true", code: 69, message: "roadmap: sync: sync needs git, which is not installed", environment: ["PATH": "/nonexistent"])
    }

    @Test("the file is not in a git work tree: 78")
    func notAWorkTree() async throws {
        let sandbox = try RoadmapSandbox()
        try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let sync = try await sandbox.bash("\"$ROADMAP\" sync --file roadmap.json", environment: SyncTestOffices.gitEnvironment)
        #expect(sync.exitCode == 78, "\(sync)")
        #expect(sync.stderr == "roadmap: sync: roadmap.json is not in a git work tree: sync shares a roadmap kept in a git repository (git init, or clone the office's repository, and keep the file there).\n")
    }

    @Test("no upstream and no --remote: 78")
    func noUpstream() async throws {
        try await expectRefusal("git branch -q --unset-upstream", code: 78, message: "branch main has no upstream: push it once with `git push -u origin main`")
    }

    @Test("a --branch the remote does not have (a typo): 78, and no branch is created there")
    func unknownBranch() async throws {
        let offices = try await SyncTestOffices()
        #expect(try await offices.roadmap(in: "bangkok", "set", "SC1", "--status", "blocked").exitCode == 0)
        let before = try await untouched(offices)
        let sync = try await offices.sync("bangkok", "--branch", "mian")
        #expect(sync.exitCode == 78 && sync.stderr.contains("origin has no branch mian"), "\(sync)")
        #expect(sync.stderr.contains("git push -u origin HEAD:mian"), "\(sync)")
        #expect(try await untouched(offices) == before, "nothing committed, pushed or written")
        let branches = try await offices.run("git --git-dir=remote.git branch --list")
        #expect(!branches.stdout.contains("mian"), "\(branches)")
    }

    @Test("an unknown --remote: 78")
    func unknownRemote() async throws {
        let offices = try await SyncTestOffices()
        let sync = try await offices.sync("bangkok", "--remote", "osaka")
        #expect(sync.exitCode == 78 && sync.stderr.contains("there is no remote named osaka"), "\(sync)")
    }

    @Test("uncommitted changes to another tracked file: 75, naming it")
    func dirtyTree() async throws {
        try await expectRefusal("echo notes > minutes.txt && git add minutes.txt && git commit -q -m minutes && echo more >> minutes.txt",
                                code: 75, message: "other files have uncommitted changes (minutes.txt): commit or stash them")
    }

    @Test("a rebase in progress: 75")
    func rebaseInProgress() async throws {
        try await expectRefusal("""
            git stash -q
            echo a > f.txt && git add f.txt && git commit -q -m a
            git switch -q -c side HEAD~1 && echo b > f.txt && git add f.txt && git commit -q -m b
            git rebase main >/dev/null 2>&1 || true
            test -d .git/rebase-merge -o -d .git/rebase-apply
            """, code: 75, message: "a rebase is in progress: finish it (git rebase --continue) or abort it, then sync again.")
    }

    @Test("a merge in progress: 75")
    func mergeInProgress() async throws {
        try await expectRefusal("""
            git stash -q
            echo a > f.txt && git add f.txt && git commit -q -m a
            git switch -q -c side HEAD~1 && echo b > f.txt && git add f.txt && git commit -q -m b
            git switch -q main && git merge side >/dev/null 2>&1 || true
            test -e .git/MERGE_HEAD
            """, code: 75, message: "a merge is in progress")
    }

    @Test("the remote cannot be reached: 69, nothing committed")
    func unreachable() async throws {
        try await expectRefusal("git remote set-url origin /nonexistent/remote.git", code: 69,
                                message: "cannot reach origin (offline?); nothing was pushed, and the roadmap file is as it was")
    }

    /// ssh ends its lines with CR LF: the message has git's first line, no `\r\n`, no doubled full stop.
    @Test("an ssh remote that refuses the connection: 69, ssh's first line in a clean sentence")
    func unreachableOverSSH() async throws {
        let ssh = #"printf 'ssh: connect to host office.invalid port 22: Connection refused\r\nfatal: Could not read from remote repository.\r\n' >&2; exit 255; :"#
        try await expectRefusal("git remote set-url origin ssh://office.invalid/remote.git && git config core.sshCommand \"\(ssh)\"", code: 69,
                                message: "is as it was: ssh: connect to host office.invalid port 22: Connection refused. Sync again when the network is back.\n")
    }

    @Test("upstream changes conflict with ours in another file: 75, the merge undone")
    func otherFileConflicts() async throws {
        let offices = try await SyncTestOffices()
        let setup = try await offices.run("""
            cd tokyo && echo tokyo > minutes.txt && git add minutes.txt && git commit -q -m tokyo && git push -q && cd ..
            cd bangkok && echo bangkok > minutes.txt && git add minutes.txt && git commit -q -m bangkok
            """)
        try #require(setup.exitCode == 0, "\(setup)")
        #expect(try await offices.roadmap(in: "bangkok", "set", "SC1", "--status", "blocked").exitCode == 0)
        let sync = try await offices.sync("bangkok")
        #expect(sync.exitCode == 75, "\(sync)")
        #expect(sync.stderr.contains("the upstream changes conflict with ours in minutes.txt (not the roadmap): the merge was undone"), "\(sync)")
        let state = try await offices.run("cd bangkok && git status --porcelain --untracked-files=no; test ! -e .git/MERGE_HEAD")
        #expect(state.exitCode == 0 && state.stdout.isEmpty, "no merge left half done: \(state)")
        #expect(try offices.milestone("SC1", in: try offices.file("bangkok")).status == .blocked, "our change committed, kept")
    }
}
