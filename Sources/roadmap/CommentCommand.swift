import ArgumentParser
import RoadmapCore

struct CommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Add a status update to a milestone's history (one line; recorded with --author).",
        discussion: "The latest update or reason is shown beside a milestone that needs attention in `list` and `show`."
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The milestone's id (any case).")
    var id: String

    @Argument(help: "The update, in one line; one that begins with - goes after --.")
    var text: String

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            guard let line = try SetCommand.oneLine(text, option: "an update") else {
                throw RoadmapError.badInput("an update needs some text.")
            }
            let author = global.author(for: context.store)
            let time = Timestamp.now()
            let milestoneID = try context.store.modify { roadmap -> String in
                guard let location = roadmap.locate(id) else { throw RoadmapError.unknownMilestone(id) }
                try roadmap[location].comment(line, at: time, by: author)
                return roadmap[location].id
            }
            print(TerminalSafe.escape("\(milestoneID): update \(time)" + (author.map { " by \($0)" } ?? "") + ": \(line)"))
        }
    }
}
