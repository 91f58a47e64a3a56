import RoadmapCore

/// Why `roadmap sync` did nothing (or stopped): each says what to do, and
/// has its own exit code.
enum SyncError: Error, CustomStringConvertible {
    /// `git` is not on `$PATH`.
    case noGit
    /// The roadmap file is not in a git work tree.
    case notAWorkTree(path: String)
    /// HEAD is not on a branch.
    case detachedHead
    /// The branch has no upstream and no --remote was given.
    case noUpstream(branch: String)
    /// No remote has this name.
    case unknownRemote(String)
    /// The remote has branches, but not this one (most likely a typo).
    case noRemoteBranch(remote: String, branch: String)
    /// A revision (merge-check's BASE or HEAD) this repository does not have.
    case unknownRevision(String)
    /// Tracked files other than the roadmap have uncommitted changes.
    case dirtyTree([String])
    /// A rebase, merge, cherry-pick or revert (git's command name) is under way.
    case inProgress(operation: String, continueWith: String)
    /// The remote could not be reached.
    case unreachable(remote: String, git: String)
    /// The upstream changes conflict in files other than the roadmap; the merge was undone.
    case otherConflicts([String])
    /// Another office pushed first every time.
    case raceLost(attempts: Int)
    /// A git command failed for a reason of its own.
    case gitFailed(command: String, git: String)
    /// The roadmap file itself could not be read or checked.
    case roadmap(RoadmapError)

    /// sysexits: 69 unavailable (git, network), 75 try again once the tree
    /// is ready, 78 configuration, 70 git failed otherwise.
    var exitCode: Int32 {
        switch self {
        case .noGit, .unreachable: 69
        case .dirtyTree, .inProgress, .otherConflicts, .raceLost: 75
        case .notAWorkTree, .detachedHead, .noUpstream, .unknownRemote, .noRemoteBranch, .unknownRevision: 78
        case .gitFailed: 70
        case .roadmap(let error): error.exitCode
        }
    }

    var description: String {
        switch self {
        case .noGit:
            "sync needs git, which is not installed (or not on PATH)."
        case .notAWorkTree(let path):
            "\(path) is not in a git work tree: sync shares a roadmap kept in a git repository (git init, or clone the office's repository, and keep the file there)."
        case .detachedHead:
            "HEAD is not on a branch: check out the branch to sync (git switch main), then sync again."
        case .noUpstream(let branch):
            "branch \(branch) has no upstream: push it once with `git push -u origin \(branch)`, or name one with --remote (and --branch)."
        case .unknownRemote(let remote):
            "there is no remote named \(remote) (git remote -v lists them; git remote add \(remote) URL adds one)."
        case .noRemoteBranch(let remote, let branch):
            "\(remote) has no branch \(branch); sync merges with a branch the other office pushed and never creates one. To share this branch, push it once with `git push -u \(remote) HEAD:\(branch)`."
        case .unknownRevision(let revision):
            "\(revision) is not a revision of this repository (fetch it first: git fetch origin)."
        case .dirtyTree(let files):
            "other files have uncommitted changes (\(files.prefix(5).joined(separator: ", "))\(files.count > 5 ? ", …" : "")): commit or stash them, then sync again (sync commits only the roadmap file)."
        case .inProgress(let operation, let next):
            "a \(operation) is in progress: finish it (\(next)) or abort it, then sync again."
        case .unreachable(let remote, let git):
            "cannot reach \(remote) (offline?); nothing was pushed, and the roadmap file is as it was\(git.isEmpty ? "" : ": \(git)"). Sync again when the network is back."
        case .otherConflicts(let files):
            "the upstream changes conflict with ours in \(files.joined(separator: ", ")) (not the roadmap): the merge was undone; merge by hand with git, then sync again."
        case .raceLost(let attempts):
            "another office pushed first \(attempts) times running; sync again."
        case .gitFailed(let command, let git):
            "git \(command) failed\(git.isEmpty ? "" : ": \(git)")"
        case .roadmap(let error):
            error.description
        }
    }
}
