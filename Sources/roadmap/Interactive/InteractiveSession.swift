import Foundation
import RoadmapCore
import RoadmapUI

/// The interactive loop: reads a key, lets ``AppState`` update, runs the
/// effects it asks for (saving through a ``RoadmapSession``), draws the frame.
@MainActor
final class InteractiveSession {
    /// How the loop ended.
    enum Ending: Equatable {
        /// `q` or Ctrl-C.
        case quit
        /// SIGTERM, SIGHUP or SIGINT from outside.
        case signal(Int32)
    }

    private let session: RoadmapSession
    private let screen: TerminalScreen
    private(set) var state: AppState
    private var quitting = false
    private var suspending = false
    /// Whether the state changed since the frame was last drawn.
    private var dirty = true

    init(session: RoadmapSession, state: AppState, screen: TerminalScreen) {
        self.session = session
        self.state = state
        self.screen = screen
    }

    /// Runs until the user quits or a signal ends it. The caller restores the terminal.
    func run() -> Ending {
        while true {
            let pending = SignalHandling.take()
            if let signal = pending.terminate { return .signal(signal) }
            if pending.suspend { suspend() }
            if pending.resumed { repaint() }
            if dirty {
                screen.draw(state.render())
                dirty = false
            }
            switch screen.readKey() {
            case .key(let key)?: send(.key(key))
            case .resize(let width, let height)?: send(.resize(width: width, height: height))
            case .interrupt?:
                // Ctrl-C leaves at once, unless the last change is not on disk:
                // then the UI warns first (a second Ctrl-C leaves).
                guard state.unsaved else { return .quit }
                send(.key(.control("c")))
            case .suspend?: suspending = true
            case nil: break
            }
            if quitting { return .quit }
            if suspending {
                suspending = false
                suspend()
            }
        }
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
                    queue.append(Self.message(for: session.save(state.roadmap)))
                case .saveResolved(let theirs):
                    session.adopt(theirs: theirs)
                    queue.append(Self.message(for: session.save(state.roadmap)))
                case .forceSave:
                    queue.append(Self.message(for: session.save(state.roadmap, force: true)))
                case .quit:
                    quitting = true
                case .suspend:
                    suspending = true
                case .writeSnapshot:
                    queue.append(.snapshotWritten(writeSnapshot()))
                }
            }
        }
    }

    /// Writes this week's text snapshot into the current folder and says where (or why not).
    private func writeSnapshot() -> String {
        let folder = FileManager.default.currentDirectoryPath
        do {
            let path = try WeeklySnapshot.writeTextFile(
                roadmap: state.roadmap, today: state.today, language: state.language, calendar: state.calendar, folder: folder)
            return "snapshot written to \(path)"
        } catch {
            return "snapshot not written: \(error.description)"
        }
    }

    /// What the UI hears about a save.
    static func message(for outcome: RoadmapSession.SaveOutcome) -> Message {
        switch outcome {
        case .saved(let roadmap): .saved(roadmap)
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
