import Foundation

/// A real terminal for end-to-end tests of the interactive UI: a private tmux
/// server (its own socket, `tmux -L roadmap-test-<random>`) running one
/// program in a detached window of a fixed size.
///
/// The program runs under a small `sh` wrapper that, when the program ends,
/// prints `[exited N]` and the terminal's modes (`[modes isig icanon echo …]`)
/// and then waits, so a test can see how the program left the terminal.
/// The server is killed by ``kill()`` and, whatever happens, when the object goes away.
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

    /// Why a wait ended without what it waited for; shows the last screen.
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: [String]
        var description: String {
            "timed out waiting for \(waitingFor); the screen was:\n" + screen.map { "|\($0)" }.joined(separator: "\n")
        }
    }

    /// How the program ended, and the terminal it left behind.
    struct Exit {
        var status: Int32
        /// The terminal modes after the program, e.g. `isig icanon echo ixon opost onlcr` (a `-` marks one that is off).
        var modes: [String]
        var screen: [String]
    }

    let sandbox: RoadmapSandbox
    let socket: String
    let target = "ui"
    private let config: URL

    /// Starts `roadmap arguments…` in a `width`×`height` window, with the
    /// sandbox's environment plus `TERM=xterm-256color` and `environment`.
    convenience init(
        sandbox: RoadmapSandbox, roadmap arguments: [String], environment: [String: String] = [:],
        width: Int = 80, height: Int = 24
    ) async throws {
        try await self.init(
            sandbox: sandbox, program: [try BuildProducts.roadmap().path] + arguments,
            environment: sandbox.environment(["TERM": "xterm-256color"].merging(environment) { _, new in new }),
            width: width, height: height)
    }

    /// Starts `program` with exactly `environment`.
    init(sandbox: RoadmapSandbox, program: [String], environment: [String: String], width: Int, height: Int) async throws {
        self.sandbox = sandbox
        socket = "roadmap-test-\(UInt64.random(in: 0...UInt64.max))"
        config = sandbox.file("tmux-\(socket).conf")
        try Data("""
            set -g remain-on-exit on
            set -g status off
            set -g history-limit 0

            """.utf8).write(to: config)
        let wrapper = sandbox.file("tmux-wrapper.sh")
        try Data(#"""
            "$@"
            status=$?
            printf '\n[exited %s]\n' "$status"
            printf '[modes %s]\n' "$(stty -a | tr ' ;' '\n\n' | grep -E '^-?(isig|icanon|echo|ixon|opost|onlcr)$' | tr '\n' ' ')"
            exec sleep 3600
            """#.utf8).write(to: wrapper)
        let words = ["env", "-i"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + ["/bin/sh", wrapper.path] + program
        try await startServer(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
                               words.map(Self.shellQuoted).joined(separator: " ")])
    }

    /// Runs the tmux command that starts the server. The server it forks
    /// keeps every file the client had open for its whole life, so the
    /// client is spawned directly (not with `Process`, whose exit detection
    /// would then wait for the server) with only /dev/null and an error file open.
    private func startServer(_ arguments: [String]) async throws {
        let command = command(arguments)
        let errors = sandbox.file("tmux-\(socket).stderr")
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

    /// Runs a tmux client that starts a server (this one's and ``FaultTerminal``'s):
    /// a clean signal state, only /dev/null and the error file open; returns its exit status.
    static func spawnAndWait(_ argv: [String], environment: [String], stderrPath: String) throws -> Int32 {
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

    deinit { kill() }

    /// Runs a tmux command on this server; throws when it fails.
    @discardableResult
    func tmux(_ arguments: [String]) async throws -> ProcessOutput {
        let output = try await Subprocess.run(command(arguments))
        guard output.exitCode == 0 else { throw CommandFailed(output: output) }
        return output
    }

    struct CommandFailed: Error, CustomStringConvertible {
        var output: ProcessOutput
        var description: String { "tmux failed: \(output)" }
    }

    /// Presses keys, by tmux's names: `"q"`, `"Enter"`, `"C-u"`, `"Up"`, `"BTab"`, …
    func press(_ keys: String...) async throws {
        try await tmux(["send-keys", "-t", target] + keys)
    }

    /// Types text literally.
    func type(_ text: String) async throws {
        try await tmux(["send-keys", "-t", target, "-l", text])
    }

    /// The visible screen, one string per row, trailing spaces removed.
    func screen() async throws -> [String] {
        let output = try await tmux(["capture-pane", "-p", "-t", target])
        var lines = output.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { line in
            var line = line
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// The visible screen with its colours and attributes as escape sequences.
    func styledScreen() async throws -> [String] {
        try await tmux(["capture-pane", "-p", "-e", "-t", target]).stdout.components(separatedBy: "\n")
    }

    /// Polls the screen every 50 ms until `condition` holds, for up to `seconds`; returns that screen.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 30, _ condition: ([String]) -> Bool) async throws -> [String] {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        var last: [String] = []
        while true {
            last = try await screen()
            if condition(last) { return last }
            if ContinuousClock.now > deadline { throw Timeout(waitingFor: what, screen: last) }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Waits until some row contains `text`.
    @discardableResult
    func waitFor(text: String, seconds: Double = 30) async throws -> [String] {
        try await waitFor("\"\(text)\"", seconds: seconds) { $0.contains { $0.contains(text) } }
    }

    /// Waits for the program to end; returns its exit status and the terminal it left.
    func waitForExit(seconds: Double = 30) async throws -> Exit {
        let screen = try await waitFor("the program to end", seconds: seconds) { lines in
            lines.contains { $0.hasPrefix("[modes ") && $0.hasSuffix("]") }
        }
        let statusLine = screen.first { $0.hasPrefix("[exited ") } ?? ""
        let modesLine = screen.first { $0.hasPrefix("[modes ") } ?? ""
        return Exit(
            status: Int32(statusLine.dropFirst("[exited ".count).dropLast()) ?? -1,
            modes: modesLine.dropFirst("[modes ".count).dropLast().split(separator: " ").map(String.init),
            screen: screen)
    }

    /// Changes the window's size (as a terminal emulator would, with SIGWINCH).
    func resize(width: Int, height: Int) async throws {
        try await tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the program (the child of the wrapper shell), once it runs.
    func programPID() async throws -> Int32 {
        let shell = try await tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        guard let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
            throw CommandFailed(output: ProcessOutput(
                command: ["children of \(shell)"], status: 1, signalled: false, timedOut: false,
                stdoutBytes: [], stderrBytes: Array("no child process".utf8), seconds: 0))
        }
        return pid
    }

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

    /// A tmux command on this server. Its socket lives in the sandbox
    /// (`TMUX_TMPDIR`), so it goes away with the sandbox.
    private func command(_ arguments: [String]) -> Command {
        Command(
            executable: Self.executable ?? URL(fileURLWithPath: "/usr/bin/tmux"),
            arguments: ["-u", "-L", socket, "-f", config.path] + arguments,
            environment: sandbox.environment(["TMUX_TMPDIR": sandbox.directory.path]), timeout: 20)
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
