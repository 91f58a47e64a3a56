import Foundation

/// Everything that can go wrong for a user, each with a message that says what
/// to do and a sysexits exit code.
public enum RoadmapError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file is not valid JSON.
    case syntax(path: String, JSONSyntaxError)
    /// The file is JSON but not a valid roadmap.
    case invalidRoadmap(path: String, SchemaProblems)
    /// Another writer holds the lock.
    case locked(path: String, seconds: Double)
    /// A system call failed.
    case io(path: String, action: String, errno: Int32)
    /// A file or folder could not be created.
    case cannotCreate(path: String, errno: Int32)
    /// `init` would replace an existing file.
    case alreadyExists(path: String)
    /// A bad value on the command line, or a request the data cannot satisfy.
    case badInput(String)
    /// No milestone has this id.
    case unknownMilestone(String)
    /// No workstream has this id.
    case unknownWorkstream(String, known: [String])
    /// The folder a file should be in does not exist.
    case missingFolder(path: String, folder: String)
    /// The path is not one a save can replace safely (a symlink planted by
    /// another user, a hard link, a device, a file swapped mid-save).
    case unsafeFile(path: String, reason: String)
    /// The file may not be written by this user (its mode or ACL).
    case readOnly(path: String)
    /// Standard output could not be written (a full disk, a closed pipe).
    case standardOutput(errno: Int32)
    /// What is about to be written would not load again; nothing was written.
    case refusedToWrite(path: String, SchemaProblems)

    /// The sysexits code for this error.
    public var exitCode: Int32 {
        switch self {
        case .fileNotFound: 66
        case .syntax, .invalidRoadmap, .badInput, .unknownMilestone, .unknownWorkstream: 65
        case .locked: 75
        case .io, .standardOutput: 74
        case .cannotCreate, .alreadyExists, .missingFolder, .unsafeFile, .readOnly: 73
        case .refusedToWrite: 65
        }
    }

    /// The message, made safe to print (``TerminalSafe``) line by line: it
    /// quotes paths, ids and the file's text, any of which may hold escape sequences.
    public var description: String {
        TerminalSafe.escapedLines(message).joined(separator: "\n")
    }

    private var message: String {
        switch self {
        case .fileNotFound(let path):
            return "\(shown(path)): no such file. Create one with `roadmap init \(shown(path))`, or leave out --file to use the default roadmap."
        case .syntax(let path, let e):
            // Named like a located problem (FILE:LINE:COLUMN: PLACE: MESSAGE) when it is inside a milestone or workstream.
            let place = e.place.map { "\(shown($0)): " } ?? ""
            return "\(shown(path)):\(e.line):\(e.column): \(place)not valid JSON: \(e.message). The file was not changed; fix it and try again."
        case .invalidRoadmap(let path, let problems):
            if let newer = problems.newerSchema {
                return "\(shown(path)): written by a newer roadmap (schema \(newer); this build reads schema \(Roadmap.currentSchema)). Upgrade roadmap; the file was not changed."
            }
            let count = problems.problems.count
            // A located problem starts with FILE:LINE:COLUMN, as a compiler's does, so editors can jump to it.
            let lines = problems.problems.map { $0.location == nil ? "  \($0)" : $0.line(in: shown(path)) }.joined(separator: "\n")
            return "\(shown(path)): not a valid roadmap (\(count) problem\(count == 1 ? "" : "s")); the file was not changed:\n\(lines)"
        case .locked(let path, let seconds):
            return "\(shown(path)): another roadmap is writing this file (waited \(String(format: "%.0f", seconds)) s for its lock). Nothing was changed; try again."
        case .io(let path, let action, let code):
            return "\(shown(path)): could not \(action): \(String(cString: strerror(code))). The file was not changed."
        case .cannotCreate(let path, let code):
            return "\(shown(path)): could not create: \(String(cString: strerror(code)))."
        case .alreadyExists(let path):
            return "\(shown(path)) already exists; use --force to replace it."
        case .badInput(let message):
            return message
        case .unknownMilestone(let id):
            return "no milestone has the id \"\(id)\". `roadmap list` shows the ids."
        case .standardOutput(let code):
            return "could not write to standard output: \(String(cString: strerror(code)))."
        case .missingFolder(let path, let folder):
            return "\(shown(path)): the folder \(shown(folder)) does not exist. Create it first (mkdir -p); nothing was written."
        case .unsafeFile(let path, let reason):
            return "\(shown(path)): refused: \(reason). Nothing was changed."
        case .readOnly(let path):
            return "\(shown(path)): the file is read-only for you (its mode or ACL); nothing was changed. Ask its owner, or `chmod u+w` it if it is yours."
        case .refusedToWrite(let path, let problems):
            let lines = problems.problems.map { "  \($0)" }.joined(separator: "\n")
            return "\(shown(path)): not written: the result would not load again (\(problems.problems.count) problem\(problems.problems.count == 1 ? "" : "s")); the file was not changed:\n\(lines)"
        case .unknownWorkstream(let id, let known):
            return "no workstream has the id \"\(id)\" (known: \(known.joined(separator: ", ")))."
        }
    }

    /// A path as the message shows it: on one line, every control made visible.
    private func shown(_ path: String) -> String {
        TerminalSafe.escape(path)
    }
}
