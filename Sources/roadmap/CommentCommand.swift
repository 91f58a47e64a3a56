import ArgumentParser
import RoadmapCore

struct CommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Add a status update to a milestone's history (one line; recorded with --author).",
        discussion: """
            The latest update is shown beside a milestone that needs attention: in `list` and `show` as why it is in \
            its state unless its latest status change came with a reason (then `show` gives the update as latest). \
            On a terminal, or with --lang, the update is echoed as `roadmap log` prints it (on the programme's clock, \
            which the last line names, in that language and calendar); piped, as one line: ID: update TIME by AUTHOR: TEXT, \
            TIME in UTC (ISO 8601).
            """
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The milestone's id (any case).")
    var id: String

    @Argument(help: "The update, in one line; one that begins with - goes after --.")
    var text: String

    /// `--lang`: the echo's language (as `log`'s), also when piped.
    @OptionGroup var display: DisplayOptions

    /// `--calendar`: the calendar of the echo's time.
    @OptionGroup var calendar: CalendarOptions

    func validate() throws {
        try display.requireOne()
    }

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            guard let line = try SetCommand.oneLine(text, option: "an update") else {
                throw RoadmapError.badInput("an update needs some text.")
            }
            let author = global.author(for: context.store)
            let time = Timestamp.now()
            let (milestoneID, entry, clock) = try context.store.modify { roadmap -> (String, HistoryEntry, HistoryClock) in
                guard let location = roadmap.locate(id) else { throw RoadmapError.unknownMilestone(id) }
                try roadmap[location].comment(line, at: time, by: author)
                return (roadmap[location].id, roadmap[location].history.last!, HistoryClock(roadmap))
            }
            let echo = ChangeEcho.lines([entry], milestoneID: milestoneID, clock: clock, display: display, calendar: calendar) { _ in
                "\(milestoneID): update \(time)" + (author.map { " by \($0)" } ?? "") + ": \(line)"
            }
            for text in echo { print(text) }
        }
    }
}
