import ArgumentParser
import RoadmapCore

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a milestone (and its history) from the file."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The milestone's id (any case).")
    var id: String

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            let removed = try context.store.modify { roadmap -> Milestone in
                guard let location = roadmap.locate(id) else { throw RoadmapError.unknownMilestone(id) }
                return roadmap.removeMilestone(at: location)
            }
            print(TerminalSafe.escape("removed \(removed.id): \(removed.title.text(in: "en"))"))
        }
    }
}
