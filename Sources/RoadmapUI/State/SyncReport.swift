import RoadmapCore

/// What `roadmap sync` run from the UI (`Y`) did, as facts; the UI words
/// it on the status line in its own language (``AppState/syncLine(_:)``).
public struct SyncReport: Equatable, Sendable {
    /// Why a sync stopped, each with what the status line needs to say what to do.
    public enum Failure: Equatable, Sendable {
        case noGit
        case notAWorkTree
        case detachedHead
        case noUpstream(branch: String)
        case unknownRemote(String)
        case noRemoteBranch(remote: String, branch: String)
        case dirtyTree([String])
        /// A git operation under way, by git's command name (`rebase`, `merge`, …).
        case inProgress(String)
        case unreachable(remote: String)
        /// Files other than the roadmap that conflicted; the merge was undone.
        case otherConflicts([String])
        case raceLost
        /// Anything else, in git's (or the file check's) own words.
        case failed(String)
    }

    public var remote: String
    public var branch: String
    /// Whether the roadmap file was committed.
    public var committed: Bool
    /// How many upstream commits were merged in.
    public var merged: Int
    public var pushed: Bool
    /// Same-field conflicts, kept to our side with theirs in the history.
    public var conflicts: [MergeConflict]
    /// Why the sync stopped; nil when it ran through.
    public var failure: Failure?

    public init(remote: String = "", branch: String = "", committed: Bool = false, merged: Int = 0, pushed: Bool = false,
                conflicts: [MergeConflict] = [], failure: Failure? = nil) {
        (self.remote, self.branch, self.committed, self.merged, self.pushed) = (remote, branch, committed, merged, pushed)
        (self.conflicts, self.failure) = (conflicts, failure)
    }

    /// A sync that stopped.
    public static func failed(_ failure: Failure) -> SyncReport { SyncReport(failure: failure) }

    /// Whether it ran through without a conflict.
    public var succeeded: Bool { failure == nil && conflicts.isEmpty }
}

extension AppState {
    /// The status line after a sync, in the UI's language: what it did, or
    /// why it stopped; conflicts named by milestone and field (`SC2 状態`).
    func syncLine(_ report: SyncReport) -> String {
        if let failure = report.failure { return syncFailureLine(failure) }
        let separator = UIText.listSeparator.text(language)
        guard report.conflicts.isEmpty else {
            let fields = report.conflicts.map { "\(conflictSubjectText($0)) \(conflictFieldText($0))" }
            return UIText.syncConflicts.text(language, fields.joined(separator: separator))
        }
        var parts: [String] = []
        if report.committed { parts.append(UIText.syncCommitted.text(language)) }
        if report.merged == 1 { parts.append(UIText.syncMergedOne.text(language)) }
        if report.merged > 1 { parts.append(UIText.syncMerged.text(language, "\(report.merged)")) }
        if report.pushed { parts.append(UIText.syncPushed.text(language)) }
        let done = parts.isEmpty ? UIText.syncUpToDate.text(language) : parts.joined(separator: separator)
        return UIText.syncDone.text(language, "\(report.remote)/\(report.branch)", done)
    }

    private func syncFailureLine(_ failure: SyncReport.Failure) -> String {
        func names(_ files: [String]) -> String {
            files.prefix(3).joined(separator: UIText.listSeparator.text(language)) + (files.count > 3 ? "…" : "")
        }
        let line = switch failure {
        case .noGit: UIText.syncNoGit.text(language)
        case .notAWorkTree: UIText.syncNotWorkTree.text(language)
        case .detachedHead: UIText.syncDetached.text(language)
        case .noUpstream(let branch): UIText.syncNoUpstream.text(language, branch, branch)
        case .unknownRemote(let remote): UIText.syncUnknownRemote.text(language, remote)
        case .noRemoteBranch(let remote, let branch): UIText.syncNoRemoteBranch.text(language, remote, branch)
        case .dirtyTree(let files): UIText.syncDirty.text(language, names(files))
        case .inProgress(let operation): UIText.syncInProgress.text(language, operation)
        case .unreachable(let remote): UIText.syncUnreachable.text(language, remote)
        case .otherConflicts(let files): UIText.syncOtherConflicts.text(language, names(files))
        case .raceLost: UIText.syncRaceLost.text(language)
        case .failed(let why): UIText.syncFailed.text(language, why)
        }
        return TerminalSafe.escape(line)
    }
}
