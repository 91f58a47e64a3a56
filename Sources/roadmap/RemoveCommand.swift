import ArgumentParser
import RoadmapCore

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a milestone (and its history) from the file.",
        discussion: "A milestone others wait for is refused (65): take it out of their --depends first."
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The milestone's id (any case).")
    var id: String

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            let removed = try context.store.modify { roadmap -> Milestone in
                guard let location = roadmap.locate(id) else { throw RoadmapError.unknownMilestone(id) }
                let waiting = roadmap.holdsUp(location, today: context.today(for: roadmap)).map { roadmap[$0.link.successor].id }
                if let first = waiting.first {
                    throw RoadmapError.badInput("""
                        \(roadmap[location].id) cannot be removed: \(waiting.joined(separator: ", ")) \(waiting.count == 1 ? "waits" : "wait") for it; \
                        first run roadmap set \(first) --depends-remove \(roadmap[location].id)
                        """)
                }
                return roadmap.removeMilestone(at: location)
            }
            print(TerminalSafe.escape("removed \(removed.id): \(removed.title.text(in: "en"))"))
        }
    }
}
