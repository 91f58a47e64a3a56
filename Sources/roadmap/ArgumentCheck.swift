import ArgumentParser
import Foundation
import RoadmapCore

/// Checks of the raw command line and environment, made before
/// ArgumentParser reads the arguments and so before anything is written.
enum ArgumentCheck {
    /// Options whose value is a file path.
    static let pathOptions = ["--file", "--output"]
    /// Commands whose positional arguments are all file paths.
    static let pathCommands: Set<String> = ["import", "init", "merge", "validate"]

    /// Exits with a message unless the command line is fit to parse:
    ///
    /// - Every argument must be UTF-8: Swift turns other bytes into U+FFFD,
    ///   which would be stored in the file, or open another file than the one
    ///   named. Exit 65, saying whether it was a file name.
    /// - A word such as `-dash title` where a positional value was expected
    ///   is read by ArgumentParser as the short flags `-d -a -s -h …`, the
    ///   `-h` a request for help (exit 0, nothing done). When that is the
    ///   only help asked for, it is a usage error instead. Exit 64.
    /// - `$ROADMAP_LOCK_TIMEOUT` outside 0...3600 seconds (or not a number)
    ///   is ignored by the store; say so.
    static func run() {
        let arguments = CommandLine.arguments
        if let (index, isPath) = firstNonUTF8(arguments) {
            printError(isPath
                ? "argument \(index) is a file name that is not UTF-8; roadmap reads and writes UTF-8 names only (Swift would open another name). Rename the file, or link to it under a UTF-8 name."
                : "argument \(index) is not UTF-8 text; set your terminal to UTF-8.")
            exit(65)
        }
        if let timeout = ProcessEnvironment.variables["ROADMAP_LOCK_TIMEOUT"], !timeout.isEmpty, Double(timeout).map({ (0...3600).contains($0) }) != true {
            printError("ignoring $ROADMAP_LOCK_TIMEOUT \"\(TerminalSafe.escape(timeout))\": it must be seconds from 0 to 3600; waiting up to 5 s for the lock.")
        }
        if let stray = strayHelp(valuesMovedAfterDashes(Array(arguments.dropFirst()))) {
            printError("\"\(TerminalSafe.escape(stray))\" is not an option; a value that begins with '-' goes after -- (roadmap add supply-chain -- '-title').")
            exit(64)
        }
    }

    /// The index in argv of the first argument that is not UTF-8, and
    /// whether it is a file path.
    static func firstNonUTF8(_ arguments: [String]) -> (index: Int, isPath: Bool)? {
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index], String(validatingCString: raw) == nil else { continue }
            let command = arguments.dropFirst().first { name in
                RoadmapCommand.configuration.subcommands.contains { $0.configuration.commandName == name }
            }
            let argument = arguments[index], previous = arguments[index - 1]
            let isPathOption = pathOptions.contains(previous) || pathOptions.contains { argument.hasPrefix("\($0)=") }
            let isPositionalPath = command.map(pathCommands.contains) == true && !argument.hasPrefix("-")
            return (index, isPathOption || isPositionalPath)
        }
        return nil
    }

    /// The arguments with every word that begins with `-` but cannot be an
    /// option (its name holds a space or a non-ASCII letter: `-ทดสอบ`, `-dash title`)
    /// and does not follow an option moved after a `--` at the end, so that
    /// ArgumentParser takes it as the positional value it is. Unchanged when
    /// the line already has a `--`.
    static func valuesMovedAfterDashes(_ arguments: [String]) -> [String] {
        guard !arguments.contains("--") else { return arguments }
        var kept: [String] = [], moved: [String] = []
        for (i, argument) in arguments.enumerated() {
            // An option's name is what comes before any `=` (`--output=ไฟล์.csv` is one).
            let name = argument.prefix { $0 != "=" }
            let cannotBeOption = argument.hasPrefix("-") && argument.count > 1
                && name.unicodeScalars.contains { $0.value > 0x7F || $0 == " " }
            let followsOption = i > 0 && arguments[i - 1].hasPrefix("-")
            if cannotBeOption && !followsOption { moved.append(argument) } else { kept.append(argument) }
        }
        return moved.isEmpty ? arguments : kept + ["--"] + moved
    }

    /// The argument that alone made ArgumentParser ask for help, if any.
    static func strayHelp(_ arguments: [String]) -> String? {
        let groups = arguments.filter { $0.hasPrefix("-") && !$0.hasPrefix("--") && $0.count > 2 && $0.contains("h") }
        guard let first = groups.first, !arguments.contains(where: ["-h", "-help", "--help"].contains) else { return nil }
        // Help comes back as ArgumentParser's own command, not one of ours.
        guard let parsed = try? RoadmapCommand.parseAsRoot(arguments) else { return nil }
        let ours = [RoadmapCommand.self] + RoadmapCommand.configuration.subcommands
        return ours.contains { ObjectIdentifier($0) == ObjectIdentifier(type(of: parsed)) } ? nil : first
    }
}
