import Foundation
import Synchronization

/// Signals that arrived and were not handled yet, one bit per signal number.
/// The handlers only set a bit (an atomic, lock-free operation, safe in a
/// signal handler); the interactive loop reads and clears them between keys.
private let pendingSignals = Atomic<UInt64>(0)

/// The signals the interactive UI handles, and what it does with them.
enum SignalHandling {
    /// Leave the UI: the terminal is restored and the program ends.
    static let terminating: [Int32] = [SIGTERM, SIGHUP, SIGINT]
    /// Suspend (an outside SIGTSTP; Ctrl-Z itself arrives as a key in raw mode).
    static let suspending: Int32 = SIGTSTP
    /// Resumed after a stop the program did not ask for: repaint.
    static let continuing: Int32 = SIGCONT

    /// What the signals that arrived since the last call ask for.
    struct Pending {
        var terminate: Int32?
        var suspend = false
        var resumed = false
    }

    /// Installs the handlers. Call before curses starts, so that curses
    /// leaves these signals to us (it keeps its own SIGWINCH handler).
    static func install() {
        _ = pendingSignals.load(ordering: .relaxed)  // initialise the global outside any handler
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in terminating + [suspending, continuing, SIGWINCH] {
            if signal != SIGWINCH { setHandler(signal, handler: record) }
            sigaddset(&unblock, signal)
        }
        // A parent may have started us with these blocked (a thread that blocks
        // signals, spawning): then no resize and no SIGTERM would ever arrive.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        // Past a file-size limit (`ulimit -f`) a write then fails with EFBIG, which
        // the save reports, instead of SIGXFSZ killing the UI and its unsaved change.
        signal(SIGXFSZ, SIG_IGN)
    }

    /// Puts back the default actions.
    static func uninstall() {
        for signal in terminating + [suspending, continuing] {
            setHandler(signal, handler: SIG_DFL)
        }
    }

    /// Takes the signals that arrived since the last call.
    static func take() -> Pending {
        let bits = pendingSignals.exchange(0, ordering: .acquiringAndReleasing)
        var pending = Pending()
        pending.terminate = terminating.first { bits & (1 << UInt64($0)) != 0 }
        pending.suspend = bits & (1 << UInt64(suspending)) != 0
        pending.resumed = bits & (1 << UInt64(continuing)) != 0
        return pending
    }

    /// Stops the process as the default SIGTSTP action would (the shell
    /// takes over) and returns once it is continued. The terminal must be
    /// restored before. A process whose group has no shell to return to is
    /// not stopped by the kernel, and this returns at once.
    static func stopProcess() {
        setHandler(suspending, handler: SIG_DFL)
        kill(getpid(), suspending)
        setHandler(suspending, handler: record)
        // The SIGCONT that woke us is the resume the caller handles; keep any other signal.
        pendingSignals.bitwiseAnd(~(1 << UInt64(continuing) | 1 << UInt64(suspending)), ordering: .acquiringAndReleasing)
    }

    /// Ends the program the way `signal` would have without our handler, so
    /// the parent sees which signal it was; the terminal must be restored before.
    static func terminate(by signal: Int32) -> Never {
        uninstall()
        kill(getpid(), signal)
        exit(128 + signal)
    }

    private static let record: @convention(c) (Int32) -> Void = { signal in
        guard signal > 0, signal < 64 else { return }
        pendingSignals.bitwiseOr(1 << UInt64(signal), ordering: .acquiringAndReleasing)
    }

    private static func setHandler(_ signal: Int32, handler: (@convention(c) (Int32) -> Void)?) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a signal wakes the key read at once.
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }
}
