import Foundation
import RoadmapCore

/// Runs `roadmap sync` for the UI (`Y`) on a thread of its own, so the
/// screen stays live while git talks to the other office. What the sync
/// merges reaches the screen as an outside change of the file.
final class BackgroundSync: @unchecked Sendable {
    private let sync: GitSync
    private let queue = DispatchQueue(label: "roadmap.sync")
    private let lock = NSLock()
    private var finished: Finished?

    /// A sync's end: its line for the status bar, and the milestones with conflicts.
    struct Finished {
        var text: String
        var succeeded: Bool
        var conflicts: [String] = []
    }

    init(store: RoadmapStore) {
        sync = GitSync(store: store, options: .init(), driver: SyncCommand.driverCommand(), now: { Timestamp.now() })
    }

    /// Starts a sync; the UI starts one only when none is running.
    func start() {
        queue.async { [self] in
            let result: Finished
            do {
                result = Self.summary(try sync.run())
            } catch {
                result = Finished(text: "sync: \(String(describing: error))", succeeded: false)
            }
            lock.withLock { finished = result }
        }
    }

    /// The sync's line for the status bar, once it has ended (and only once).
    func takeFinished() -> Finished? {
        lock.withLock {
            defer { finished = nil }
            return finished
        }
    }

    /// One line for the status bar.
    static func summary(_ outcome: GitSync.Outcome) -> Finished {
        var parts: [String] = []
        if outcome.committed != nil { parts.append("committed") }
        if !outcome.merged.isEmpty { parts.append("merged \(outcome.merged.count) commit\(outcome.merged.count == 1 ? "" : "s")") }
        if outcome.pushed { parts.append("pushed") }
        let done = "synced with \(outcome.remote)/\(outcome.branch): " + (parts.isEmpty ? "up to date" : parts.joined(separator: ", "))
        guard outcome.conflicts.isEmpty else {
            let fields = outcome.conflicts.map { "\($0.milestoneID) \($0.fieldName)" }.joined(separator: ", ")
            var ids: [String] = []
            for id in outcome.conflicts.map(\.milestoneID) where !ids.contains(id) { ids.append(id) }
            let count = outcome.conflicts.count
            return Finished(text: "synced, ours kept in \(count) conflict\(count == 1 ? "" : "s"): \(fields) (theirs in history)",
                            succeeded: false, conflicts: ids)
        }
        return Finished(text: done, succeeded: true)
    }
}
