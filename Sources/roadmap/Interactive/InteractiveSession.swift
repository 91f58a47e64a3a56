import Foundation
import RoadmapCore
import RoadmapUI

/// The interactive loop: reads a key, lets ``AppState`` update, runs the
/// effects it asks for (saving in the background through a
/// ``BackgroundSaver``), draws the frame.
@MainActor
final class InteractiveSession {
    /// How the loop ended.
    enum Ending: Equatable {
        /// `q` or Ctrl-C.
        case quit
        /// SIGTERM, SIGHUP or SIGINT from outside.
        case signal(Int32)
    }

    private let saver: BackgroundSaver
    /// The save to start when the running one ends (the latest request wins).
    private var nextSave: BackgroundSaver.Request?
    /// What the most recently started save writes.
    private var lastStarted: Roadmap?
    private let screen: TerminalScreen
    private(set) var state: AppState
    private var quitting = false
    private var suspending = false
    /// Whether the state changed since the frame was last drawn.
    private var dirty = true
    /// Watches the file for changes made by other processes.
    private let watcher: FileWatcher
    /// Whether an outside change waits to be merged in (a save was running when it was seen).
    private var refreshPending = false
    private let syncer: BackgroundSync
    /// When the rows now marked as changed from outside were marked.
    private var highlightedSince: (ids: Set<String>, at: Date)?
    /// How long rows changed from outside stay marked.
    static let highlightSeconds = 3.0

    init(session: RoadmapSession, state: AppState, screen: TerminalScreen) {
        saver = BackgroundSaver(session: session)
        watcher = FileWatcher(path: session.store.path)
        syncer = BackgroundSync(store: session.store)
        self.state = state
        self.screen = screen
    }

    /// Runs until the user quits or a signal ends it, and every save is on
    /// disk. The caller restores the terminal.
    func run() -> Ending {
        while true {
            let pending = SignalHandling.take()
            if let signal = pending.terminate {
                finishSaves()
                return .signal(signal)
            }
            if pending.suspend { suspend() }
            if pending.resumed { repaint() }
            collectSaves()
            watchOutside()
            if dirty {
                screen.draw(state.render())
                dirty = false
            }
            switch screen.readKey() {
            // Ctrl-L repaints the whole screen, as in most terminal programs.
            case .key(.control("l"))?: repaint()
            case .key(let key)?: send(.key(key))
            case .mouse(let event)?: send(.mouse(event))
            case .resize(let width, let height)?: send(.resize(width: width, height: height))
            case .interrupt?:
                // Ctrl-C leaves at once, unless the last save failed:
                // then the UI warns first (a second Ctrl-C leaves).
                if state.saveProblem { send(.key(.control("c"))) } else { quitting = true }
            case .suspend?: suspending = true
            case nil: break
            }
            if quitting {
                quitting = false
                // Every change goes to disk before the program ends; a save
                // that fails or conflicts now keeps the UI open to say so.
                let problemBefore = state.saveProblem
                finishSaves()
                if problemBefore || !state.saveProblem { return .quit }
                dirty = true
            }
            if suspending {
                suspending = false
                suspend()
            }
        }
    }

    /// Feeds the outcomes of finished saves to the state and starts the next save.
    private func collectSaves() {
        for completion in saver.takeFinished() {
            // The save's own write is no change from outside (nor is what it merged in under the lock).
            if let stamp = completion.stamp, watcher.accept(stamp) { refreshPending = false }
            if let message = Self.message(for: completion) { send(message) }
        }
        if !saver.isBusy { startNext() }
    }

    /// Merges in what another process wrote to the file, without a key:
    /// looks at the file's stamp, and when it changed asks the saver to
    /// merge the file's version in (after any running save, and not while
    /// the user settles a conflict). Also ends the marks of rows changed
    /// from outside, and reports a finished sync.
    private func watchOutside() {
        if watcher.changed() { refreshPending = true }
        if refreshPending && !saver.isBusy && nextSave == nil && !state.saveProblem {
            refreshPending = false
            requestSave(.refresh(state.roadmap))
        }
        if let finished = syncer.takeFinished() {
            send(.syncFinished(finished))
        }
        if state.highlighted.isEmpty {
            highlightedSince = nil
        } else if highlightedSince?.ids != state.highlighted {
            highlightedSince = (state.highlighted, Date())
        } else if let since = highlightedSince, Date().timeIntervalSince(since.at) >= Self.highlightSeconds {
            send(.highlightsExpired)
        }
    }

    /// Waits until no save is running or waiting, feeding each outcome to the state.
    private func finishSaves() {
        while saver.isBusy || nextSave != nil {
            collectSaves()
            usleep(5_000)
        }
        collectSaves()
    }

    /// Queues a save; it starts at once when no other save is running. A
    /// plain save of what the running save is already writing is dropped.
    private func requestSave(_ request: BackgroundSaver.Request) {
        if saver.isBusy, case .save(let roadmap) = request, roadmap == lastStarted {
            return
        }
        nextSave = request
        if !saver.isBusy { startNext() }
    }

    /// Starts the queued save.
    private func startNext() {
        guard let request = nextSave else { return }
        nextSave = nil
        lastStarted = request.roadmap
        saver.start(request)
    }

    /// Feeds a message to the state, then the outcomes of the effects it asks for, until none are left.
    func send(_ message: Message) {
        dirty = true
        var queue = [message]
        var rounds = 0
        while !queue.isEmpty && rounds < 100 {
            rounds += 1
            for effect in state.update(queue.removeFirst()) {
                switch effect {
                case .save:
                    requestSave(.save(state.roadmap))
                case .saveResolved(let theirs):
                    requestSave(.resolved(state.roadmap, theirs: theirs))
                case .forceSave:
                    requestSave(.force(state.roadmap))
                case .quit:
                    quitting = true
                case .suspend:
                    suspending = true
                case .writeSnapshot(let path, let replacing):
                    queue.append(SnapshotWriter.write(state, to: path, replacing: replacing, folder: state.snapshotFolder))
                case .sync:
                    syncer.start()
                }
            }
        }
    }

    /// What the UI hears about a save; a refresh that failed says nothing
    /// (the file may be half written by git: the next change of it is looked at again).
    static func message(for completion: BackgroundSaver.Completion) -> Message? {
        guard completion.refresh else { return message(for: completion.outcome, sent: completion.sent) }
        switch completion.outcome {
        case .saved(let roadmap): return .reloaded(roadmap, sent: completion.sent)
        case .conflict(let result, let theirs): return .conflict(result, theirs: theirs)
        case .fileMissing, .failed: return nil
        }
    }

    /// What the UI hears about a save.
    static func message(for outcome: RoadmapSession.SaveOutcome, sent: Roadmap) -> Message {
        switch outcome {
        case .saved(let roadmap): .saved(roadmap, sent: sent)
        case .conflict(let result, let theirs): .conflict(result, theirs: theirs)
        case .fileMissing(let error): .fileMissing(error.description)
        case .failed(let error): .saveFailed(error.description)
        }
    }

    /// Ctrl-Z: gives the terminal back to the shell, stops, and redraws when continued.
    private func suspend() {
        screen.pause()
        SignalHandling.stopProcess()
        repaint()
    }

    /// Repaints the whole screen, catching up with a size change made meanwhile.
    private func repaint() {
        if let size = screen.resume() {
            send(.resize(width: size.width, height: size.height))
        }
        dirty = true
    }
}
