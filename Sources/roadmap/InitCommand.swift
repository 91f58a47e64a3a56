import ArgumentParser
import Foundation
import RoadmapCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a roadmap file from the built-in EID roadmap."
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Where to create the file (default: --file or the default roadmap file).")
    var path: String?

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func run() throws {
        try reportingErrors {
            let store = RoadmapStore(path: path ?? global.file ?? GlobalOptions.defaultPath(ProcessEnvironment.current))
            try store.create(BuiltInRoadmap.load(), overwrite: force)
            print("created \(TerminalSafe.escape(store.path)) from the built-in EID roadmap")
        }
    }
}
