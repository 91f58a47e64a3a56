import ArgumentParser
import Foundation
import RoadmapCore
import Testing
@testable import roadmap

/// Start-up costs that were measured away (Benchmarks/NOTES.md) and must not come back.
@Suite("start-up work")
struct StartupWorkTests {
    /// Every command below `command`, itself included, with its configured name.
    static func names(_ command: ParsableCommand.Type) -> [(type: String, name: String?)] {
        let configuration = command.configuration
        var result = [(String(describing: command), configuration.commandName)]
        for subcommand in configuration.subcommands { result += names(subcommand) }
        return result
    }

    @Test("every command names itself; the baseline's subcommands keep the names ArgumentParser gave them")
    func commandsAreNamed() {
        // Without a name ArgumentParser works one out from the type's name by
        // reflection at every start: 10 % of `roadmap list`'s work.
        let commands = Self.names(RoadmapCommand.self)
        #expect(commands.count == 21)
        #expect(commands.filter { ($0.name ?? "").isEmpty }.map(\.type) == [])
        #expect(Self.names(BaselineCommand.self).map { $0.name ?? "" } == ["baseline", "save", "list", "show"])
    }

    @Test("the environment is read once and holds the process's variables")
    func environmentIsTheProcesses() {
        #expect(ProcessEnvironment.current == ProcessInfo.processInfo.environment)
        #expect(ProcessEnvironment.current["PATH"] == ProcessInfo.processInfo.environment["PATH"])
    }
}
