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

    init(session: RoadmapSession, state: AppState, screen: TerminalScreen) {
        saver = BackgroundSaver(session: session)
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
            if dirty {
                screen.draw(state.render())
                dirty = false
            }
            switch screen.readKey() {
            // Ctrl-L repaints the whole screen, as in most terminal programs.
            case .key(.control("l"))?: repaint()
            case .key(let key)?: send(.key(key))
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
            send(Self.message(for: completion.outcome, sent: completion.sent))
        }
        if !saver.isBusy { startNext() }
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
                }
            }
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
