import Foundation
import RoadmapCore

/// Runs the UI's saves one at a time on a background thread, so a large file
/// never holds the keyboard. The UI loop asks for saves and collects their
/// outcomes between keys; it waits for the last one before it exits.
final class BackgroundSaver: @unchecked Sendable {
    /// What to save, and how.
    enum Request: Sendable {
        /// Save, merging outside changes.
        case save(Roadmap)
        /// Take `theirs` as the new base (a resolved conflict), then save.
        case resolved(Roadmap, theirs: Roadmap)
        /// Write the roadmap back even though the file is gone or unreadable.
        case force(Roadmap)
        /// The file changed outside: merge it in (writing only when the roadmap holds changes of its own).
        case refresh(Roadmap)

        var roadmap: Roadmap {
            switch self {
            case .save(let roadmap), .resolved(let roadmap, _), .force(let roadmap), .refresh(let roadmap): roadmap
            }
        }

        var isRefresh: Bool { if case .refresh = self { true } else { false } }
    }

    /// A finished save: its outcome and the roadmap it was asked to save.
    struct Completion: Sendable {
        var outcome: RoadmapSession.SaveOutcome
        var sent: Roadmap
        /// Whether it was a ``Request/refresh(_:)``.
        var refresh = false
        /// The file's stamp as the save left it, taken under the file's lock
        /// (nil unless saved): the watcher takes it as seen, so the UI's own
        /// write is not read back as another process's change.
        var stamp: FileWatcher.Stamp?
    }

    // The session is only touched on `queue`; `lock` guards the fields below it.
    private let session: RoadmapSession
    private let queue = DispatchQueue(label: "roadmap.save")
    private let lock = NSLock()
    private var running = false
    private var finished: [Completion] = []

    init(session: RoadmapSession) {
        self.session = session
    }

    /// Whether a save is running, or one finished that the UI has not taken
    /// yet: the next save must start from the roadmap that outcome gives the
    /// UI, or it would not descend from the session's new base.
    var isBusy: Bool { lock.withLock { running || !finished.isEmpty } }

    /// Starts a save. The caller starts one only when none is running.
    func start(_ request: Request) {
        lock.withLock { running = true }
        queue.async { [self] in
            let outcome: RoadmapSession.SaveOutcome
            var stamp: FileWatcher.Stamp?
            let path = session.store.path
            switch request {
            case .save(let roadmap), .refresh(let roadmap): outcome = session.save(roadmap) { stamp = FileWatcher.stamp(path) }
            case .resolved(let roadmap, let theirs):
                session.adopt(theirs: theirs)
                outcome = session.save(roadmap) { stamp = FileWatcher.stamp(path) }
            case .force(let roadmap): outcome = session.save(roadmap, force: true) { stamp = FileWatcher.stamp(path) }
            }
            if case .saved = outcome {} else { stamp = nil }
            lock.withLock {
                finished.append(Completion(outcome: outcome, sent: request.roadmap, refresh: request.isRefresh, stamp: stamp))
                running = false
            }
        }
    }

    /// The saves finished since the last call.
    func takeFinished() -> [Completion] {
        lock.withLock {
            defer { finished.removeAll() }
            return finished
        }
    }
}
