import Foundation
import RoadmapCore

/// Runs `git` in one folder and captures what it says: the only way the
/// sync talks to git (no library, so it works with whatever git the office has).
struct Git {
    /// The `git` executable.
    let executable: URL
    /// The folder every command runs in (`git -C`).
    let folder: String

    /// What a finished git command left.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var succeeded: Bool { status == 0 }
        /// The first line of standard output, trimmed.
        var line: String { Self.firstLine(stdout) }
        /// What git said on stderr, trimmed, for messages.
        var complaint: String { stderr.trimmingCharacters(in: .whitespacesAndNewlines) }
        /// The first line git (or ssh, which ends lines with CR LF) said on
        /// stderr, without a closing full stop: a message's sentence goes on after it.
        var firstComplaint: String {
            let line = Self.firstLine(stderr)
            return line.hasSuffix(".") ? String(line.dropLast()) : line
        }

        private static func firstLine(_ text: String) -> String {
            text.split(whereSeparator: \.isNewline).first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
        }
    }

    /// `git` found on `$PATH`; nil when it is not installed.
    static func find(environment: some EnvironmentVariables = ProcessEnvironment.variables) -> URL? {
        (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/git" }.first { path in
                // A folder named git is executable too, and is no git.
                var folder: ObjCBool = false
                return FileManager.default.isExecutableFile(atPath: path) && FileManager.default.fileExists(atPath: path, isDirectory: &folder) && !folder.boolValue
            }
            .map { URL(fileURLWithPath: $0) }
    }

    /// Runs `git -C folder arguments…` to its end. Git never asks for a
    /// password or an editor here: the sync runs from scripts and the UI.
    func run(_ arguments: [String], configuration: [String] = []) -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = configuration.flatMap { ["-c", $0] } + ["-C", folder] + arguments
        var environment = ProcessEnvironment.current
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_MERGE_AUTOEDIT"] = "no"
        environment["GIT_EDITOR"] = "true"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return Output(status: 127, stdout: "", stderr: "cannot run \(executable.path): \(error.localizedDescription)")
        }
        // Both pipes are drained at once, so a chatty command never blocks on a full one.
        let errorData = Locked<Data>(Data())
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.set(errors.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
                      stderr: String(decoding: errorData.get(), as: UTF8.self))
    }

    /// Whether `git arguments…` exits 0.
    func succeeds(_ arguments: [String]) -> Bool { run(arguments).succeeded }
}

/// A value shared between two threads.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func get() -> Value { lock.withLock { value } }
    func set(_ new: Value) { lock.withLock { value = new } }
}
