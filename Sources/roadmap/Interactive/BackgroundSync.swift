import Foundation
import RoadmapCore
import RoadmapUI

/// Runs `roadmap sync` for the UI (`Y`) on a thread of its own, so the
/// screen stays live while git talks to the other office. What the sync
/// merges reaches the screen as an outside change of the file.
final class BackgroundSync: @unchecked Sendable {
    private let sync: GitSync
    private let queue = DispatchQueue(label: "roadmap.sync")
    private let lock = NSLock()
    private var finished: SyncReport?

    init(store: RoadmapStore) {
        sync = GitSync(store: store, options: .init(), driver: SyncCommand.driverCommand(), now: { Timestamp.now() })
    }

    /// Starts a sync; the UI starts one only when none is running.
    func start() {
        queue.async { [self] in
            let result: SyncReport
            do throws(SyncError) {
                result = Self.report(try sync.run())
            } catch {
                result = .failed(Self.failure(error))
            }
            lock.withLock { finished = result }
        }
    }

    /// What the sync did, once it has ended (and only once).
    func takeFinished() -> SyncReport? {
        lock.withLock {
            defer { finished = nil }
            return finished
        }
    }

    /// What a sync that ran through did, for the UI to word.
    static func report(_ outcome: GitSync.Outcome) -> SyncReport {
        SyncReport(remote: outcome.remote, branch: outcome.branch, committed: outcome.committed != nil,
                   merged: outcome.merged.count, pushed: outcome.pushed, conflicts: outcome.conflicts)
    }

    /// Why a sync stopped, for the UI to word.
    static func failure(_ error: SyncError) -> SyncReport.Failure {
        switch error {
        case .noGit: .noGit
        case .notAWorkTree: .notAWorkTree
        case .detachedHead: .detachedHead
        case .noUpstream(let branch): .noUpstream(branch: branch)
        case .unknownRemote(let remote): .unknownRemote(remote)
        case .noRemoteBranch(let remote, let branch): .noRemoteBranch(remote: remote, branch: branch)
        case .dirtyTree(let files): .dirtyTree(files)
        case .inProgress(let operation, _): .inProgress(operation)
        case .unreachable(let remote, _): .unreachable(remote: remote)
        case .otherConflicts(let files): .otherConflicts(files)
        case .raceLost: .raceLost
        case .unknownRevision, .gitFailed, .roadmap: .failed(error.description)
        }
    }
}
