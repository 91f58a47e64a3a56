import ArgumentParser

/// Parses the command line with ArgumentParser, the short way when it can.
///
/// `RoadmapCommand.parseAsRoot` builds and reflects the whole tree of
/// commands at every start, most of a small command's start-up
/// (Benchmarks/NOTES.md). When the first arguments name a command with no
/// subcommands of its own (`list`, `baseline save`), that command alone is
/// parsed first, as its own root, and taken only when it parses cleanly.
/// Anything else (help, `--version`, completion scripts, any error, an
/// option only the root knows) is parsed again by the whole tree, so every
/// message, help text and exit code stays the one ArgumentParser gives for
/// `roadmap`.
enum CommandDispatch {
    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        // A request for help parses cleanly too, as ArgumentParser's own help
        // command for the leaf alone: only the leaf itself is taken.
        if let (leaf, depth) = leaf(named: arguments), let command = try? leaf.parseAsRoot(Array(arguments.dropFirst(depth))),
           type(of: command) == leaf {
            return command
        }
        do {
            return try RoadmapCommand.parseAsRoot(arguments)
        } catch {
            // ArgumentParser runs validate() before it looks for unknown options, so
            // `set SC3 --stauts done` would be told there is nothing to change. Parsed
            // again without that check, the line fails only if something else is wrong
            // (`Unknown option '--stauts'. Did you mean '--status'?`), and that is said.
            if leaf(named: arguments)?.0 == SetCommand.self,
               case .failure(let other) = Result(catching: {
                   try SetCommand.$checksForChange.withValue(false) { try RoadmapCommand.parseAsRoot(arguments) }
               }) {
                throw other
            }
            throw error
        }
    }

    /// The command the leading arguments name, down to one without
    /// subcommands, and how many arguments named it; nil when they name none.
    static func leaf(named arguments: [String]) -> (ParsableCommand.Type, Int)? {
        var node: ParsableCommand.Type = RoadmapCommand.self
        var depth = 0
        while !node.configuration.subcommands.isEmpty {
            guard depth < arguments.count,
                  let child = node.configuration.subcommands.first(where: { $0.configuration.commandName == arguments[depth] })
            else { return nil }
            node = child
            depth += 1
        }
        return depth == 0 ? nil : (node, depth)
    }
}

extension CommandConfiguration {
    /// The configuration of a command with no subcommands: named as a command
    /// of `roadmap` (`_superCommandName`, ArgumentParser's own way for a
    /// command parsed apart from its root), so that when ``CommandDispatch``
    /// parses it alone, ArgumentParser skips its check for a request of a
    /// completion script (a third of a small command's start-up). Inside the
    /// whole tree, where such requests are answered, the name is not used.
    func leafOfRoadmap() -> CommandConfiguration {
        var configuration = self
        configuration._superCommandName = "roadmap"
        return configuration
    }
}
