import Foundation

/// A real terminal for end-to-end tests of the built program: a private tmux
/// server (its own socket, inside the sandbox) running one program in a
/// detached window of a fixed size. Every tmux test drives the program
/// through this one type.
///
/// What the program did is read from tmux and the files the pane leaves,
/// never from text on the screen:
/// - how it ended: the window keeps its dead pane (`remain-on-exit`), and
///   tmux tells whether it is dead and its exit status (`#{pane_dead}`,
///   `#{pane_dead_status}`, `#{pane_dead_signal}`);
/// - the terminal's modes after it: the pane runs the program under a small
///   `sh` wrapper that, when the program ends, writes `stty -a` of the pane's
///   terminal to a file and then exits with the program's status (the
///   terminal itself goes away with the pane's last process, so nothing can
///   read it later);
/// - its pid: the wrapper records it in a file before starting it.
///
/// The wrapper can run the program under `ulimit -f`. The server starts with
/// an empty signal mask and every signal at its default action (tests run on
/// threads that block most signals; a blocked SIGXFSZ would hide what a file
/// size limit does). It is killed by ``kill()`` and, whatever happens, when
/// the object goes away.
final class TmuxTerminal: Sendable {
    /// The tmux executable, or nil when tmux is not installed.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("tmux")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    static var isAvailable: Bool { executable != nil }

    /// Why a wait ended without what it waited for: the last screen, read
    /// after the time was up (or after the program ended), and how the
    /// screen was polled.
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: [String]
        /// Set when the wait ended because the program had ended.
        var exit: Exit?
        var polls: String
        var description: String {
            let why = exit.map { "the program ended (status \($0.status))" } ?? "timed out"
            return "\(why) waiting for \(waitingFor) (\(polls)); the screen was:\n"
                + screen.map { "|\($0)" }.joined(separator: "\n")
        }
    }

    /// How the program ended, and the terminal it left behind.
    struct Exit: Sendable {
        /// The exit status as a shell reports it: the code, or 128+N for signal N (from tmux).
        var status: Int32
        /// The terminal's modes after the program, as `stty -a` names them
        /// (`isig`, `icanon`, `echo`, `opost`, …; a leading `-` marks one that is off).
        var modes: [String]
        /// The screen the dead pane shows (tmux adds a "Pane is dead" line).
        var screen: [String]
    }

    struct CommandFailed: Error, CustomStringConvertible {
        var output: ProcessOutput
        var description: String { "tmux failed: \(output)" }
    }

    let sandbox: RoadmapSandbox
    /// The server's socket, inside the sandbox (removed with it).
    let socket: String
    let target = "ui"
    private let config: URL
    private let pidFile: URL
    private let modesFile: URL

    /// Starts `roadmap arguments…` in a `width`×`height` window, with the
    /// sandbox's environment plus `TERM=xterm-256color` and `environment`;
    /// with `fileSizeBlocks`, under `ulimit -f fileSizeBlocks` (512-byte blocks).
    convenience init(
        sandbox: RoadmapSandbox, roadmap arguments: [String], environment: [String: String] = [:],
        fileSizeBlocks: Int? = nil, width: Int = 80, height: Int = 24
    ) async throws {
        try await self.init(
            sandbox: sandbox, program: [try BuildProducts.roadmap().path] + arguments,
            environment: sandbox.environment(["TERM": "xterm-256color"].merging(environment) { _, new in new }),
            fileSizeBlocks: fileSizeBlocks, width: width, height: height)
    }

    /// Starts `program` with exactly `environment`.
    init(
        sandbox: RoadmapSandbox, program: [String], environment: [String: String], fileSizeBlocks: Int? = nil,
        width: Int, height: Int
    ) async throws {
        self.sandbox = sandbox
        let name = "tmux-\(UInt32.random(in: 0...UInt32.max))"
        socket = sandbox.file(name).path
        config = sandbox.file("\(name).conf")
        pidFile = sandbox.file("\(name).pid")
        modesFile = sandbox.file("\(name).modes")
        try Data("""
            set -g remain-on-exit on
            set -g status off
            set -g history-limit 0

            """.utf8).write(to: config)
        let wrapper = sandbox.file("\(name).sh")
        try Data(#"""
            modes=$1; pidfile=$2; limit=$3; shift 3
            if [ "$limit" != none ]; then ulimit -f "$limit" || exit 99; fi
            /bin/sh -c 'echo $$ > "$0.part" && mv "$0.part" "$0" && exec "$@"' "$pidfile" "$@"
            status=$?
            stty -a > "$modes.part" 2>&1; mv "$modes.part" "$modes"
            exit "$status"
            """#.utf8).write(to: wrapper)
        let words = ["env", "-i"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + ["/bin/sh", wrapper.path, modesFile.path, pidFile.path, fileSizeBlocks.map(String.init) ?? "none"] + program
        try await startServer(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
                               words.map(Self.shellQuoted).joined(separator: " ")])
    }

    deinit { kill() }

    // MARK: - Keys and screen

    /// Presses keys, by tmux's names: `"q"`, `"Enter"`, `"C-u"`, `"Up"`, `"BTab"`, …
    func press(_ keys: String...) async throws {
        try await press(keys)
    }

    func press(_ keys: [String]) async throws {
        try await tmux(["send-keys", "-t", target] + keys)
    }

    /// Types text literally.
    func type(_ text: String) async throws {
        try await tmux(["send-keys", "-t", target, "-l", text])
    }

    /// The visible screen, one string per row, trailing spaces removed.
    func screen() async throws -> [String] {
        try await pane().screen
    }

    /// The visible screen with its colours and attributes as escape sequences.
    func styledScreen() async throws -> [String] {
        try await tmux(["capture-pane", "-p", "-e", "-t", target]).stdout.components(separatedBy: "\n")
    }

    /// Where tmux has the cursor, from the top left (0, 0).
    func cursor() async throws -> (x: Int, y: Int) {
        let words = try await tmux(["display-message", "-p", "-t", target, "#{cursor_x} #{cursor_y}"])
            .stdout.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard words.count == 2 else { throw Self.failure("cursor position", "tmux gave no cursor position") }
        return (words[0], words[1])
    }

    /// Polls the screen until `condition` holds, for up to `seconds`; returns that screen.
    ///
    /// The verdict is always taken on a screen read after the time is up: a
    /// test runner that keeps this task waiting (the whole suite runs at once
    /// on a few cores) gets one more look instead of failing on a screen read
    /// long before. Fails at once when the program has ended.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 30, _ condition: ([String]) -> Bool) async throws -> [String] {
        let started = ContinuousClock.now
        let deadline = started + .milliseconds(Int(seconds * 1000))
        var polls = 0
        var previous = started
        var longestGap = Duration.zero
        while true {
            let late = ContinuousClock.now > deadline
            let pane = try await pane()
            polls += 1
            longestGap = max(longestGap, ContinuousClock.now - previous)
            previous = ContinuousClock.now
            if condition(pane.screen) { return pane.screen }
            if late || pane.exit != nil {
                throw Timeout(
                    waitingFor: what, screen: pane.screen, exit: try pane.exit.map { try exit(from: $0, screen: pane.screen) },
                    polls: "\(polls) reads of the screen in \(Self.seconds(previous - started)) s, at most \(Self.seconds(longestGap)) s apart")
            }
            try await Task.sleep(for: .milliseconds(25))
        }
    }

    /// Waits until some row contains `text`.
    @discardableResult
    func waitFor(text: String, seconds: Double = 30) async throws -> [String] {
        try await waitFor("\"\(text)\"", seconds: seconds) { $0.contains { $0.contains(text) } }
    }

    /// Waits for the program to end; returns its exit status (from tmux) and
    /// the terminal it left (its modes, as the wrapper recorded them).
    func waitForExit(seconds: Double = 30) async throws -> Exit {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while true {
            let late = ContinuousClock.now > deadline
            let pane = try await pane()
            if let ended = pane.exit { return try exit(from: ended, screen: pane.screen) }
            if late { throw Timeout(waitingFor: "the program to end", screen: pane.screen, exit: nil, polls: "still running") }
            try await Task.sleep(for: .milliseconds(25))
        }
    }

    // MARK: - The terminal from outside

    /// Changes the window's size (as a terminal emulator would, with SIGWINCH).
    func resize(width: Int, height: Int) async throws {
        try await tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Tells the program its terminal was resized without changing the size:
    /// SIGWINCH to the terminal's foreground process group, as the kernel
    /// sends it when a terminal emulator sets the window size.
    func signalResizeKeepingSize() async throws {
        let pid = try await programPID()
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        // After "(comm)": state ppid pgrp session tty_nr tpgid …
        let fields = stat.lastIndex(of: ")").map { stat[stat.index(after: $0)...].split(separator: " ") } ?? []
        guard fields.count > 5, let group = pid_t(fields[5]), group > 0 else {
            throw Self.failure("foreground process group", "no foreground process group in /proc/\(pid)/stat: \(stat)")
        }
        guard Glibc.kill(-group, SIGWINCH) == 0 else { throw Self.failure("SIGWINCH", String(cString: strerror(errno))) }
    }

    /// Writes `text` to the pane's terminal as another program on it would
    /// (`printf … > /dev/pts/N`), behind the program's back.
    func writeToTerminal(_ text: String) async throws {
        let tty = try await tmux(["display-message", "-p", "-t", target, "#{pane_tty}"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: tty))
        defer { try? handle.close() }
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// The program's pid, once the wrapper has recorded it.
    func programPID(seconds: Double = 10) async throws -> pid_t {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while true {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            if ContinuousClock.now > deadline { throw Self.failure("the program's pid", "the wrapper recorded no pid") }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Parses `stty -a`: the names of the flags, `-` before those that are off.
    static func modes(fromStty text: String) -> [String] {
        text.split(separator: "\n")
            .filter { !$0.contains("=") && !$0.contains(";") }
            .flatMap { $0.split(separator: " ").map(String.init) }
    }

    // MARK: - The server

    /// Ends the tmux server and everything in it, and waits (up to 5 s) until
    /// it is gone (safe to call twice).
    func kill() {
        _ = try? Subprocess.runBlocking(command(["kill-server"]))
        for _ in 0..<100 where isServerRunning() {
            usleep(50_000)
        }
    }

    /// Whether the tmux server still answers.
    func isServerRunning() -> Bool {
        (try? Subprocess.runBlocking(command(["list-sessions"])))?.exitCode == 0
    }

    /// Runs a tmux command on this server; throws when it fails.
    @discardableResult
    func tmux(_ arguments: [String]) async throws -> ProcessOutput {
        let output = try await Subprocess.run(command(arguments))
        guard output.exitCode == 0 else { throw CommandFailed(output: output) }
        return output
    }

    /// The screen and, once the program has ended, how it ended: one tmux call.
    private func pane() async throws -> (screen: [String], exit: (status: String, signal: String)?) {
        let output = try await tmux([
            "capture-pane", "-p", "-t", target, ";",
            "display-message", "-p", "-t", target, "#{pane_dead}:#{pane_dead_status}:#{pane_dead_signal}",
        ])
        var lines = output.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let state = (lines.popLast() ?? "").split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let screen = lines.map { line in
            var line = line
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        guard state.count == 3 else { throw Self.failure("the pane's state", "unexpected tmux output: \(output)") }
        guard state[0] == "1" else { return (screen, nil) }
        // tmux marks the pane dead when its terminal closes, and knows the
        // status once it has reaped the process, at the SIGCHLD. A tmux
        // built with libutempter can miss that SIGCHLD (libutempter has its
        // own handler while it updates utmp, which tmux does as the terminal
        // closes; https://github.com/tmux/tmux/issues/311): the wrapper is
        // then left a zombie and tmux never learns the status. Tell it again.
        if state[1].isEmpty && state[2].isEmpty {
            if let server = pid_t(try await tmux(["display-message", "-p", "#{pid}"]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)) {
                Glibc.kill(server, SIGCHLD)
            }
            return (screen, nil)
        }
        return (screen, (state[1], state[2]))
    }

    /// The exit of a dead pane: its status from tmux, the modes the wrapper wrote before it ended.
    private func exit(from ended: (status: String, signal: String), screen: [String]) throws -> Exit {
        let status: Int32
        if let code = Int32(ended.status) {
            status = code
        } else if let signal = Int32(ended.signal) {
            status = 128 + signal
        } else {
            throw Self.failure("the exit status", "tmux gave neither a status nor a signal: \(ended)")
        }
        // The wrapper writes the modes before it exits; a wrapper killed from outside writes none.
        let modes = (try? String(contentsOf: modesFile, encoding: .utf8)).map(Self.modes(fromStty:)) ?? []
        return Exit(status: status, modes: modes, screen: screen)
    }

    /// Runs the tmux command that starts the server. The server it forks
    /// keeps every file the client had open for its whole life, so the
    /// client is spawned directly (not with `Process`, whose exit detection
    /// would then wait for the server) with only /dev/null and an error file
    /// open, an empty signal mask and every signal at its default action.
    private func startServer(_ arguments: [String]) async throws {
        let command = command(arguments)
        let errors = sandbox.file("\(URL(fileURLWithPath: socket).lastPathComponent).stderr")
        try Data().write(to: errors)
        let argv = [command.executable.path] + command.arguments
        let environment = command.environment.map { "\($0.key)=\($0.value)" }
        let status = try await offCooperativePool { () throws -> Int32 in
            try Self.spawnAndWait(argv, environment: environment, stderrPath: errors.path)
        }
        guard status == 0 else {
            throw CommandFailed(output: ProcessOutput(
                command: argv, status: status, signalled: false, timedOut: false, stdoutBytes: [],
                stderrBytes: (try? Fixtures.bytes(errors)) ?? [], seconds: 0))
        }
    }

    /// Spawns `argv` with a clean signal state and only /dev/null and the
    /// error file open, and waits for it; returns its exit status.
    private static func spawnAndWait(_ argv: [String], environment: [String], stderrPath: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_APPEND, 0)
        // posix_spawn_file_actions_addclosefrom_np (glibc 2.34) is not in the Glibc module: look it up.
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            throw POSIXError(.ENOSYS)
        }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        // The calling (Dispatch) thread blocks most signals and the test runner
        // ignores SIGPIPE; the server must start with neither, or it could
        // never be told to exit.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = environment.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which do not import into Swift.
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// A tmux command on this server.
    private func command(_ arguments: [String]) -> Command {
        Command(
            executable: Self.executable ?? URL(fileURLWithPath: "/usr/bin/tmux"),
            arguments: ["-u", "-S", socket, "-f", config.path] + arguments,
            environment: sandbox.environment(), timeout: 20)
    }

    private static func seconds(_ duration: Duration) -> String {
        String(format: "%.1f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }

    /// A failure that is not a tmux command's, as ``CommandFailed``.
    private static func failure(_ what: String, _ message: String) -> CommandFailed {
        CommandFailed(output: ProcessOutput(
            command: [what], status: 1, signalled: false, timedOut: false, stdoutBytes: [],
            stderrBytes: Array(message.utf8), seconds: 0))
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
