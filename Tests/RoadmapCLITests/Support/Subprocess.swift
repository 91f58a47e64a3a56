import Foundation
import Synchronization

/// What a finished child process left behind.
struct ProcessOutput: Sendable, CustomStringConvertible {
    /// The command line, for messages.
    var command: [String]
    /// The exit status, or the signal number when ``signalled``.
    var status: Int32
    /// Whether the process was ended by a signal rather than exiting.
    var signalled: Bool
    /// Whether the run hit its timeout (and the child was killed).
    var timedOut: Bool
    var stdoutBytes: [UInt8]
    var stderrBytes: [UInt8]
    /// Wall-clock seconds from launch to exit.
    var seconds: Double

    /// The exit code, or `nil` when the process was killed by a signal.
    var exitCode: Int32? { signalled ? nil : status }
    var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }
    var stderr: String { String(decoding: stderrBytes, as: UTF8.self) }

    /// A summary for test failure messages: command, how it ended, and its output.
    var description: String {
        let ending = timedOut ? "timed out" : signalled ? "killed by signal \(status)" : "exit \(status)"
        return "`\(command.joined(separator: " "))` → \(ending) after \(String(format: "%.2f", seconds)) s\n"
            + "stdout:\n\(stdout.debugDescription)\nstderr:\n\(stderr.debugDescription)"
    }
}

/// How to start a child process.
struct Command: Sendable {
    var executable: URL
    var arguments: [String] = []
    /// The child's whole environment (nothing is inherited unless put here).
    var environment: [String: String] = [:]
    /// Bytes for standard input; `nil` connects it to `/dev/null`.
    var stdin: [UInt8]?
    var currentDirectory: URL?
    /// Seconds after which the child (and its process group) is killed with
    /// SIGKILL and the run counts as timed out.
    var timeout: Double = 60
}

/// Runs child processes and captures their stdout and stderr completely.
///
/// Children are started with `posix_spawn` rather than `Foundation.Process`,
/// which on Linux has two traps for tests: the child inherits the spawning
/// thread's signal mask (Dispatch and Swift Concurrency threads block almost
/// every signal, so SIGINT, SIGTERM, SIGWINCH, SIGXFSZ… would not work in
/// the child), and it learns of the child's exit from a socket the child
/// inherits, so a child that leaves a daemon behind (`tmux new-session -d`)
/// never counts as finished. Here every child gets an empty signal mask and
/// default signal actions, its own process group, `/dev/null` or a pipe as
/// stdin, and no file descriptor of the test runner but 0, 1 and 2.
///
/// The output pipes are drained while the child runs, so a child that writes
/// a lot never blocks; output still open a second after the child exited
/// (held by a daemon it left) is not waited for. Blocking waits run on
/// threads of their own, never on Swift Concurrency or Dispatch threads.
enum Subprocess {
    /// Runs `command` to completion (or until its timeout).
    static func run(_ command: Command) async throws -> ProcessOutput {
        try await offCooperativePool { try runBlocking(command) }
    }

    /// Runs `command` to completion, blocking the calling thread.
    static func runBlocking(_ command: Command) throws -> ProcessOutput {
        try start(command).wait()
    }

    /// Starts `command` and returns at once; the caller must eventually call
    /// ``Running/wait()``. For tests that signal the child while it runs.
    static func start(_ command: Command) throws -> Running {
        let output = try Pipe2(), errors = try Pipe2()
        let input = try command.stdin.map { _ in try Pipe2() }
        defer {
            output.closeWriteEnd()
            errors.closeWriteEnd()
            input?.closeReadEnd()
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let input {
            posix_spawn_file_actions_adddup2(&actions, input.read, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, errors.write, 2)
        if let closeFrom = GNU.addCloseFrom { _ = closeFrom(&actions, 3) }
        if let directory = command.currentDirectory {
            guard let addChdir = GNU.addChdir else { throw SpawnError(executable: "posix_spawn_file_actions_addchdir_np", code: ENOSYS) }
            _ = addChdir(&actions, directory.path)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        sigdelset(&allSignals, SIGKILL)
        sigdelset(&allSignals, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        let argv = [command.executable.path] + command.arguments
        let envp = command.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let started = ContinuousClock.now
        let code = withCStrings(argv) { argv in
            withCStrings(envp) { envp in posix_spawn(&pid, command.executable.path, &actions, &attributes, argv, envp) }
        }
        guard code == 0 else { throw SpawnError(executable: command.executable.path, code: code) }

        let running = Running(pid: pid, command: command, started: started)
        running.collect(output: output.takeReadEnd(), errors: errors.takeReadEnd())
        if let input, let bytes = command.stdin {
            let fd = input.takeWriteEnd()
            onNewThread {
                // A child that exits without reading gives EPIPE here; that is fine.
                withoutSIGPIPE { writeAll(bytes, to: fd) }
                close(fd)
            }
        }
        return running
    }

    /// A child process that was started and not yet waited for.
    final class Running: Sendable {
        let pid: pid_t
        let command: Command
        let started: ContinuousClock.Instant
        private let done = DispatchGroup()
        private let state = Mutex(State())

        private struct State {
            var stdout: [UInt8] = []
            var stderr: [UInt8] = []
            var status: Int32?
            var exited: ContinuousClock.Instant?
        }

        fileprivate init(pid: pid_t, command: Command, started: ContinuousClock.Instant) {
            self.pid = pid
            self.command = command
            self.started = started
        }

        /// Sends a signal to the child.
        func signal(_ number: Int32) {
            kill(pid, number)
        }

        /// Sends a signal to the child's whole process group (the child and
        /// whatever it started, unless those made groups of their own).
        func signalGroup(_ number: Int32) {
            kill(-pid, number)
        }

        /// Waits for the child to exit (killing its process group at the
        /// command's timeout) and for its output.
        func wait() throws -> ProcessOutput {
            var timedOut = false
            if done.wait(timeout: .now() + command.timeout) == .timedOut {
                timedOut = true
                signalGroup(SIGKILL)
                signal(SIGKILL)
                done.wait()
            }
            let state = state.withLock { $0 }
            let status = state.status ?? 0
            let elapsed = (state.exited ?? .now) - started
            let signalled = status & 0x7F != 0
            return ProcessOutput(
                command: [command.executable.path] + command.arguments,
                status: signalled ? status & 0x7F : (status >> 8) & 0xFF,
                signalled: signalled,
                timedOut: timedOut,
                stdoutBytes: state.stdout,
                stderrBytes: state.stderr,
                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            )
        }

        /// Starts the threads that reap the child and drain its output.
        fileprivate func collect(output: Int32, errors: Int32) {
            onNewThread(group: done) { [self] in
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                let exited = ContinuousClock.now
                state.withLock {
                    $0.status = status
                    $0.exited = exited
                }
            }
            onNewThread(group: done) { [self] in
                drain(output, errors)
            }
        }

        /// Reads both pipes until both end, or until a second after the child
        /// exited (a daemon it started may hold them open for ever).
        private func drain(_ output: Int32, _ errors: Int32) {
            var open = [output, errors]
            var buffers: [Int32: [UInt8]] = [output: [], errors: []]
            let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536, alignment: 1)
            defer {
                chunk.deallocate()
                close(output)
                close(errors)
            }
            while !open.isEmpty {
                if let exited = state.withLock({ $0.exited }), ContinuousClock.now - exited > .seconds(1) { break }
                var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
                let ready = poll(&fds, nfds_t(fds.count), 100)
                if ready < 0 && errno != EINTR { break }
                for entry in fds where entry.revents != 0 {
                    let n = read(entry.fd, chunk.baseAddress, chunk.count)
                    if n > 0 {
                        buffers[entry.fd]!.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
                    } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                        open.removeAll { $0 == entry.fd }
                    }
                }
            }
            state.withLock {
                $0.stdout = buffers[output]!
                $0.stderr = buffers[errors]!
            }
        }
    }

    struct SpawnError: Error, CustomStringConvertible {
        var executable: String
        var code: Int32
        var description: String { "could not start \(executable): \(String(cString: strerror(code)))" }
    }

    /// A pipe whose two ends are close-on-exec in this process.
    private final class Pipe2 {
        private(set) var read: Int32
        private(set) var write: Int32

        init() throws {
            var fds: [Int32] = [-1, -1]
            if let pipe2 = GNU.pipe2 {
                guard pipe2(&fds, O_CLOEXEC) == 0 else { throw SpawnError(executable: "pipe", code: errno) }
            } else {
                guard pipe(&fds) == 0 else { throw SpawnError(executable: "pipe", code: errno) }
                for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            }
            read = fds[0]
            write = fds[1]
        }

        deinit {
            closeReadEnd()
            closeWriteEnd()
        }

        func closeReadEnd() {
            if read >= 0 { close(read) }
            read = -1
        }

        func closeWriteEnd() {
            if write >= 0 { close(write) }
            write = -1
        }

        /// The read end, which the caller now owns.
        func takeReadEnd() -> Int32 {
            defer { read = -1 }
            return read
        }

        /// The write end, which the caller now owns.
        func takeWriteEnd() -> Int32 {
            defer { write = -1 }
            return write
        }
    }

    /// GNU extensions of glibc that Swift does not import, looked up at run
    /// time; nil where the C library lacks them.
    private enum GNU {
        typealias Actions = UnsafeMutablePointer<posix_spawn_file_actions_t>
        /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34).
        static let addCloseFrom = symbol("posix_spawn_file_actions_addclosefrom_np", as: (@convention(c) (Actions, Int32) -> Int32).self)
        /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29).
        static let addChdir = symbol("posix_spawn_file_actions_addchdir_np", as: (@convention(c) (Actions, UnsafePointer<CChar>) -> Int32).self)
        /// `pipe2`.
        static let pipe2 = symbol("pipe2", as: (@convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32).self)

        private static func symbol<F>(_ name: String, as type: F.Type) -> F? {
            guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
            return unsafeBitCast(address, to: type)
        }
    }

    /// Calls `body` with a NULL-terminated C array of the strings.
    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// Writes all of `bytes`, stopping at the first error (EPIPE when the reader has gone).
    private static func writeAll(_ bytes: [UInt8], to fd: Int32) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            written += n
        }
    }

    /// Runs `body` with SIGPIPE blocked on this thread and swallows a SIGPIPE
    /// it raised, so writing to a pipe whose reader has gone gives EPIPE instead
    /// of killing the test runner. (Ignoring SIGPIPE process-wide would also be
    /// inherited by children started with other tools.)
    private static func withoutSIGPIPE(_ body: () -> Void) {
        var pipeOnly = sigset_t(), old = sigset_t()
        sigemptyset(&pipeOnly)
        sigaddset(&pipeOnly, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeOnly, &old)
        body()
        var pending = sigset_t()
        sigpending(&pending)
        if sigismember(&pending, SIGPIPE) == 1 {
            var now = timespec()
            sigtimedwait(&pipeOnly, nil, &now)
        }
        pthread_sigmask(SIG_SETMASK, &old, nil)
    }
}

/// Runs blocking work (process waits, sleeps) on a thread of its own and
/// resumes when it is done, so it never ties up a Swift Concurrency thread.
func offCooperativePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        onNewThread {
            continuation.resume(with: Result { try work() })
        }
    }
}

/// Runs `work` on a new thread, inside `group` when given.
///
/// Blocking work must not go to `DispatchQueue.global()`: on Linux its pool
/// is about as wide as the CPU count, and it adds threads for blocked ones
/// only after a second or more, so a few blocked reads stall every test.
func onNewThread(group: DispatchGroup? = nil, _ work: @escaping @Sendable () -> Void) {
    group?.enter()
    let thread = Thread {
        work()
        group?.leave()
    }
    thread.stackSize = 1 << 20
    thread.start()
}
