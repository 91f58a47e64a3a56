import Foundation
import RoadmapCore

/// The git repository a roadmap file is in, as the sync sees it: its
/// state, its upstream, and the roadmap file's versions in its commits.
struct Repository {
    let git: Git
    /// The roadmap file's path from the top of the work tree.
    let file: String

    /// The repository the roadmap file of `store` is in.
    static func of(_ store: RoadmapStore) throws(SyncError) -> Repository {
        guard let executable = Git.find() else { throw .noGit }
        let url = URL(fileURLWithPath: store.resolvedPath)
        let git = Git(executable: executable, folder: url.deletingLastPathComponent().path)
        guard git.succeeds(["rev-parse", "--is-inside-work-tree"]) else { throw .notAWorkTree(path: store.path) }
        return Repository(git: git, file: git.run(["rev-parse", "--show-prefix"]).line + url.lastPathComponent)
    }

    /// Runs a git command that must succeed.
    func check(_ arguments: [String]) throws(SyncError) {
        let output = git.run(arguments)
        guard output.succeeded else { throw .gitFailed(command: arguments[0], git: output.complaint) }
    }

    /// Refuses while a rebase, merge, cherry-pick or revert is under way.
    func checkNothingInProgress() throws(SyncError) {
        let states = [
            ("rebase-merge", "rebase", "git rebase --continue"), ("rebase-apply", "rebase", "git rebase --continue"),
            ("MERGE_HEAD", "merge", "resolve and git commit"), ("CHERRY_PICK_HEAD", "cherry-pick", "git cherry-pick --continue"),
            ("REVERT_HEAD", "revert", "git revert --continue"),
        ]
        for (name, operation, next) in states {
            let path = git.run(["rev-parse", "--git-path", name]).line
            let full = path.hasPrefix("/") ? path : (git.folder as NSString).appendingPathComponent(path)
            if !path.isEmpty && FileManager.default.fileExists(atPath: full) {
                throw .inProgress(operation: operation, continueWith: next)
            }
        }
    }

    /// The remote and branch to sync with: the options, else the current branch's upstream.
    func upstream(remote: String?, branch: String?) throws(SyncError) -> (remote: String, branch: String) {
        let current = git.run(["symbolic-ref", "--quiet", "--short", "HEAD"])
        guard current.succeeded else { throw .detachedHead }
        let name = current.line
        let configuredRemote = git.run(["config", "branch.\(name).remote"]).line
        let configuredBranch = git.run(["config", "branch.\(name).merge"]).line.replacingOccurrences(of: "refs/heads/", with: "")
        guard let remote = remote ?? (configuredRemote.isEmpty ? nil : configuredRemote) else {
            throw .noUpstream(branch: name)
        }
        guard git.succeeds(["remote", "get-url", remote]) else {
            throw .unknownRemote(remote)
        }
        let sameRemote = remote == configuredRemote && !configuredBranch.isEmpty
        return (remote, branch ?? (sameRemote ? configuredBranch : name))
    }

    /// Refuses when tracked files other than the roadmap have uncommitted changes.
    func checkClean() throws(SyncError) {
        let status = git.run(["status", "--porcelain", "-z", "--untracked-files=no"])
        guard status.succeeded else { throw .gitFailed(command: "status", git: status.complaint) }
        var others: [String] = []
        var fields = status.stdout.split(separator: "\0", omittingEmptySubsequences: true).makeIterator()
        while let field = fields.next() {
            let code = field.prefix(2)
            let path = String(field.dropFirst(3))
            if code.contains("R") || code.contains("C") { _ = fields.next() }
            if path != file { others.append(path) }
        }
        if !others.isEmpty { throw .dirtyTree(others) }
    }

    /// Fetches `branch` from `remote`: the commit it is at, nil when the
    /// remote has no such branch yet (the first push creates it).
    func fetch(_ remote: String, _ branch: String) throws(SyncError) -> String? {
        let fetch = git.run(["fetch", "--quiet", remote, "refs/heads/\(branch)"])
        if !fetch.succeeded {
            if fetch.stderr.contains("couldn't find remote ref") { return nil }
            throw .unreachable(remote: remote, git: fetch.firstComplaint)
        }
        let head = git.run(["rev-parse", "--verify", "--quiet", "FETCH_HEAD^{commit}"])
        guard head.succeeded else { throw .gitFailed(command: "rev-parse FETCH_HEAD", git: head.complaint) }
        return head.line
    }

    /// Whether HEAD already holds `revision`.
    func contains(_ revision: String) -> Bool {
        git.succeeds(["merge-base", "--is-ancestor", revision, "HEAD"])
    }

    /// The roadmap file as committed at `revision`; nil when it is not there.
    func roadmap(at revision: String) throws(SyncError) -> Roadmap? {
        let shown = git.run(["cat-file", "blob", "\(revision):\(file)"])
        guard shown.succeeded else { return nil }
        do {
            return try RoadmapStore.decode(Array(shown.stdout.utf8), path: "\(revision):\(file)")
        } catch {
            throw .roadmap(error)
        }
    }

    /// The per-milestone merge of the roadmap file at `theirs` (a revision)
    /// into `ours` (the version at `oursRevision`, or about to be committed
    /// there) from their merge base, each conflict kept to our side as the
    /// merge driver keeps it; nil when `theirs` has no roadmap file.
    func merge(ours: Roadmap, at oursRevision: String = "HEAD", theirs revision: String, time: Timestamp) throws(SyncError) -> GitMergeDriver.Outcome? {
        guard let theirs = try roadmap(at: revision) else { return nil }
        let base = git.run(["merge-base", oursRevision, revision])
        let baseRoadmap = base.succeeded ? try roadmap(at: base.line) : nil
        return GitMergeDriver.merge(base: baseRoadmap, ours: ours, theirs: theirs, at: time)
    }

    /// A temporary attributes file (for `core.attributesFile`) holding the
    /// user's own global attributes and a line giving `path` the roadmap
    /// merge driver. The caller removes it.
    func attributesFile(marking path: String) throws(SyncError) -> String {
        var text = ""
        let configured = git.run(["config", "--path", "core.attributesFile"]).line
        let environment = ProcessEnvironment.current
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.config")
        let global = configured.isEmpty ? configHome + "/git/attributes" : configured
        if let own = try? String(contentsOfFile: global, encoding: .utf8) { text = own + "\n" }
        let needsQuotes = path.contains { " \t\"\\".contains($0) }
        let pattern = needsQuotes ? "\"/" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" : "/" + path
        text += "\(pattern) merge=roadmap\n"
        let name = NSTemporaryDirectory() + "roadmap-sync-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).attributes"
        guard FileManager.default.createFile(atPath: name, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw .gitFailed(command: "merge", git: "cannot write \(name)")
        }
        return name
    }
}
