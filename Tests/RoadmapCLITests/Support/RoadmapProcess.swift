import Foundation

/// One test's world for running the built `roadmap`: a temporary directory
/// with an empty home folder in it, and a controlled environment.
///
/// Every child gets only: `PATH` (from the test runner), `HOME` (the empty
/// home folder), `LANG=C.UTF-8`, `TZ=UTC`, plus what the test passes. So
/// `ROADMAP_FILE`, `ROADMAP_TODAY`, `ROADMAP_NOW`, `ROADMAP_LOCK_TIMEOUT`,
/// `XDG_DATA_HOME`, `LC_*` and `TERM` are unset unless a test sets them, and
/// nothing in the developer's real home is ever touched.
///
/// Keep one as a stored property of a suite struct (a fresh one per test);
/// its directory is removed when the test ends.
final class RoadmapSandbox: Sendable {
    let directory: TemporaryDirectory
    /// The empty `$HOME` of every child.
    let home: URL

    init() throws {
        directory = try TemporaryDirectory()
        home = try directory.makeDirectory("home")
    }

    /// A path inside the sandbox (nothing is created).
    func file(_ relative: String) -> URL { directory.file(relative) }

    /// `~/.local/share/roadmap/roadmap.json` of the sandbox's home.
    var defaultFile: URL { home.appendingPathComponent(".local/share/roadmap/roadmap.json") }

    /// The environment of a child: the fixed base, then `extra` on top.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": home.path,
            "LANG": "C.UTF-8",
            "TZ": "UTC",
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// The command that runs `roadmap arguments…` in this sandbox (for ``Subprocess/start(_:)``).
    func command(
        _ arguments: [String], environment extra: [String: String] = [:], stdin: [UInt8]? = nil, timeout: Double = 30
    ) throws -> Command {
        Command(
            executable: try BuildProducts.roadmap(), arguments: arguments, environment: environment(extra),
            stdin: stdin, currentDirectory: directory.url, timeout: timeout
        )
    }

    /// Runs `roadmap arguments…` to completion in this sandbox.
    func roadmap(
        _ arguments: String..., environment extra: [String: String] = [:], stdin: [UInt8]? = nil, timeout: Double = 30
    ) async throws -> ProcessOutput {
        try await roadmap(arguments, environment: extra, stdin: stdin, timeout: timeout)
    }

    /// Runs `roadmap` with an argument array to completion in this sandbox.
    func roadmap(
        _ arguments: [String], environment extra: [String: String] = [:], stdin: [UInt8]? = nil, timeout: Double = 30
    ) async throws -> ProcessOutput {
        try await Subprocess.run(command(arguments, environment: extra, stdin: stdin, timeout: timeout))
    }

    /// Runs a shell script with `bash -c` in this sandbox; `$ROADMAP` names the binary.
    func bash(_ script: String, environment extra: [String: String] = [:], timeout: Double = 60) async throws -> ProcessOutput {
        var variables = extra
        variables["ROADMAP"] = try BuildProducts.roadmap().path
        let command = Command(
            executable: URL(fileURLWithPath: "/bin/bash"), arguments: ["-c", script],
            environment: environment(variables), currentDirectory: directory.url, timeout: timeout
        )
        return try await Subprocess.run(command)
    }
}
