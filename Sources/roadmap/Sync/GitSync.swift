import Foundation
import RoadmapCore

/// `roadmap sync`: shares the roadmap file through the git repository it is
/// in. It commits the file when it changed (the message summarises its new
/// history, with authors), fetches the upstream branch, merges it with the
/// roadmap's per-milestone merge driver (given on git's command line, so no
/// clone needs setting up), and pushes, merging again when another office
/// pushed first.
///
/// The roadmap's lock is held while git commits and merges, so no other
/// `roadmap` process writes the file meanwhile. Same-field conflicts keep
/// our value with theirs in the milestone's history (the merge driver's
/// rule), are committed, and are reported in ``Outcome/conflicts``.
struct GitSync {
    struct Options {
        var remote: String?
        var branch: String?
        var push = true
        var dryRun = false
        /// How many times a push that raced another office's is merged and tried again.
        var attempts = 5
    }

    /// What the sync did (or, with --dry-run, would do).
    struct Outcome {
        var remote = ""
        var branch = ""
        /// The subject of the commit made of the roadmap file, if one was.
        var committed: String?
        /// The subjects of the upstream commits merged in.
        var merged: [String] = []
        /// Same-field conflicts, resolved to our side (their value in the history).
        var conflicts: [MergeConflict] = []
        var pushed = false
        /// Pushes that lost a race and were retried.
        var retries = 0
    }

    let store: RoadmapStore
    let options: Options
    /// The shell command git runs as the merge driver (`roadmap merge %O %A %B %P`).
    let driver: String
    /// When conflicts are resolved (their value recorded in history at this time).
    let now: () -> Timestamp

    /// Runs the sync, calling `progress` with a line for each step done.
    func run(progress: (String) -> Void = { _ in }) throws(SyncError) -> Outcome {
        let repo = try Repository.of(store)
        try repo.checkNothingInProgress()
        var outcome = Outcome()
        (outcome.remote, outcome.branch) = try repo.upstream(remote: options.remote, branch: options.branch)
        try repo.checkClean()

        var upstream = try repo.fetch(outcome.remote, outcome.branch)
        // A branch the remote does not have is most likely a typo (--branch mian): sync creates a
        // branch only in an empty repository (the first office's first sync).
        let remoteBranches = upstream == nil ? repo.git.run(["ls-remote", "--heads", outcome.remote]) : nil
        if let remoteBranches, remoteBranches.succeeded, !remoteBranches.stdout.isEmpty {
            throw .noRemoteBranch(remote: outcome.remote, branch: outcome.branch)
        }
        for attempt in 1...max(1, options.attempts) {
            try commitAndMerge(repo, upstream: upstream, into: &outcome, progress: progress)
            guard options.push && !options.dryRun else { return outcome }
            // HEAD is the remote's branch (a fast-forward, or nothing new): nothing to push.
            if let upstream, repo.git.run(["rev-parse", "HEAD"]).line == upstream { return outcome }
            let push = repo.git.run(["push", "--quiet", outcome.remote, "HEAD:refs/heads/\(outcome.branch)"])
            if push.succeeded {
                outcome.pushed = true
                progress("pushed to \(outcome.remote)/\(outcome.branch)")
                return outcome
            }
            // Refused: when the branch moved on meanwhile, another office pushed first.
            let moved = try repo.fetch(outcome.remote, outcome.branch)
            guard let moved, moved != upstream, !repo.contains(moved) else {
                throw .gitFailed(command: "push", git: push.complaint)
            }
            upstream = moved
            outcome.retries = attempt
            progress("another office pushed first: merging their change and pushing again")
        }
        throw .raceLost(attempts: options.attempts)
    }

    /// Under the roadmap's lock: commits the file if it changed, then merges `upstream` when HEAD lacks it.
    private func commitAndMerge(_ repo: Repository, upstream: String?, into outcome: inout Outcome, progress: (String) -> Void) throws(SyncError) {
        do {
            try store.withLock {
                if let subject = try commit(repo) {
                    outcome.committed = subject
                    progress((options.dryRun ? "would commit: " : "committed: ") + subject)
                }
                guard let upstream, !repo.contains(upstream) else {
                    if outcome.merged.isEmpty { progress("up to date with \(outcome.remote)/\(outcome.branch)") }
                    return
                }
                let incoming = repo.git.run(["log", "--format=%s", "HEAD..\(upstream)"]).stdout.split(separator: "\n").map(String.init)
                outcome.merged += incoming
                if options.dryRun {
                    outcome.conflicts = try repo.merge(ours: try load(), theirs: upstream, time: now())?.conflicts ?? []
                } else {
                    outcome.conflicts = try merge(repo, upstream, from: "\(outcome.remote)/\(outcome.branch)")
                }
                let count = incoming.count
                progress((options.dryRun ? "would merge " : "merged ") + "\(count) commit\(count == 1 ? "" : "s") from \(outcome.remote)/\(outcome.branch)")
            }
        } catch let error as SyncError {
            throw error
        } catch let error as RoadmapError {
            throw .roadmap(error)
        } catch {
            throw .gitFailed(command: "merge", git: String(describing: error))
        }
    }

    /// Commits the roadmap file when it differs from HEAD; the commit's subject, nil when there was nothing to commit.
    private func commit(_ repo: Repository) throws(SyncError) -> String? {
        let status = repo.git.run(["status", "--porcelain", "--untracked-files=all", "--", ":(top,literal)\(repo.file)"])
        guard status.succeeded else { throw .gitFailed(command: "status", git: status.complaint) }
        guard !status.stdout.isEmpty else { return nil }
        let current = try load()
        let before = try repo.roadmap(at: "HEAD")
        let message = ChangeSummary.commitMessage(from: before, to: current)
        let subject = String(message.prefix { $0 != "\n" })
        if options.dryRun { return subject }
        try repo.check(["add", "--", ":(top,literal)\(repo.file)"])
        try repo.check(["commit", "--quiet", "--no-verify", "-m", message, "--", ":(top,literal)\(repo.file)"])
        return subject
    }

    /// Merges `upstream` with the roadmap driver; same-field conflicts are
    /// committed with our side kept and returned.
    private func merge(_ repo: Repository, _ upstream: String, from name: String) throws(SyncError) -> [MergeConflict] {
        let attributes = try repo.attributesFile(marking: repo.file)
        defer { try? FileManager.default.removeItem(atPath: attributes) }
        let merge = repo.git.run(["merge", "--no-edit", "--quiet", "-m", "roadmap: merge \(name)", upstream], configuration: [
            "core.attributesFile=\(attributes)",
            "merge.roadmap.name=roadmap per-milestone merge",
            "merge.roadmap.driver=\(driver)",
        ])
        if merge.succeeded { return [] }
        let unmerged = repo.git.run(["diff", "--name-only", "--diff-filter=U"]).stdout.split(separator: "\n").map(String.init)
        guard !unmerged.isEmpty else { throw .gitFailed(command: "merge", git: merge.complaint) }
        guard unmerged == [repo.file], (try? store.load()) != nil else {
            _ = repo.git.run(["merge", "--abort"])
            throw .otherConflicts(unmerged)
        }
        // Only the roadmap: the driver kept our side of each conflict, with theirs in history.
        var conflicts: [MergeConflict] = []
        if let ours = try repo.roadmap(at: "HEAD") { conflicts = try repo.merge(ours: ours, theirs: "MERGE_HEAD", time: now())?.conflicts ?? [] }
        try repo.check(["add", "--", ":(top,literal)\(repo.file)"])
        let kept = conflicts.map { $0.field == .timeZone ? "the time zone" : "\($0.milestoneID) \($0.fieldName)" }.joined(separator: ", ")
        try repo.check(["commit", "--quiet", "--no-verify", "-m", "roadmap: merge \(name); both changed \(kept): ours kept, theirs in history"])
        return conflicts
    }

    private func load() throws(SyncError) -> Roadmap {
        do { return try store.load() } catch { throw .roadmap(error) }
    }
}
