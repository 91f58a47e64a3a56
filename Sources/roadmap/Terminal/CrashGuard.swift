import Foundation

/// What the crash handler needs, kept where a signal handler can reach it
/// without the Swift runtime: the terminal's modes from before curses, and
/// the bytes that leave full-screen mode.
private struct CrashState {
    var armed: Int32 = 0
    var modes = termios()
    var resetLength = 0
}

// Written only on the main thread while the UI starts, stops or resumes;
// read by the crash handler. Allocated once and never freed.
nonisolated(unsafe) private let crashState = UnsafeMutablePointer<CrashState>.allocate(capacity: 1)
private let resetCapacity = 256
nonisolated(unsafe) private let resetBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: resetCapacity)
nonisolated(unsafe) private let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

/// If the program crashes while the UI is on screen, gives the terminal back
/// first (its modes, the normal screen, the cursor), then lets the crash go
/// on as before (the Swift runtime's backtrace, or the default action). The
/// handler only restores saved bytes with `tcsetattr` and `write`, which are
/// safe in a signal handler; curses is never called.
enum CrashGuard {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    /// Saves the terminal's modes (call before curses starts) and installs the handlers once.
    static func prepare() {
        crashState.initialize(to: CrashState())
        guard tcgetattr(STDIN_FILENO, &crashState.pointee.modes) == 0 else { return }
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = handler
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigaction(signal, &action, previousActions + Int(signal))
        }
    }

    /// While armed, a crash restores the terminal; `reset` leaves full-screen mode.
    static func arm(reset: [UInt8]) {
        let count = min(reset.count, resetCapacity)
        reset.withUnsafeBufferPointer { resetBytes.update(from: $0.baseAddress!, count: count) }
        crashState.pointee.resetLength = count
        crashState.pointee.armed = 1
    }

    /// The terminal is back to normal (after endwin): nothing to restore.
    static func disarm() {
        crashState.pointee.armed = 0
    }

    private static let handler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
        signal, info, context in
        if crashState.pointee.armed != 0 {
            crashState.pointee.armed = 0
            tcsetattr(STDIN_FILENO, TCSANOW, &crashState.pointee.modes)
            _ = write(STDOUT_FILENO, resetBytes, crashState.pointee.resetLength)
        }
        // Hand over to whoever handled the signal before us (the Swift
        // runtime's backtracer), or to the default action.
        let previous = previousActions[Int(signal)]
        let raw = unsafeBitCast(previous.__sigaction_handler, to: Int.self)
        if raw != 0 && raw != 1 {  // neither SIG_DFL nor SIG_IGN
            if previous.sa_flags & SA_SIGINFO != 0 {
                previous.__sigaction_handler.sa_sigaction?(signal, info, context)
            } else {
                previous.__sigaction_handler.sa_handler?(signal)
            }
            return
        }
        var fallback = sigaction()
        fallback.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&fallback.sa_mask)
        sigaction(signal, &fallback, nil)
        // Pending until the handler returns, then fatal (a fault would also recur on return).
        raise(signal)
    }
}
