import ArgumentParser
import RoadmapCore

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change a milestone's status, due date, title, owner or notes (recorded in its history).",
        discussion: "Dates: \(DateInput.formsHelp); --due none removes the due date. An empty --owner or --notes removes it."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The milestone's id (any case).")
    var id: String

    @Option(help: ArgumentHelp("New status: \(Status.allWords).", valueName: "status"))
    var status: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("New due date.", valueName: "date"))
    var due: String?

    @Option(help: ArgumentHelp("New title (in --lang when given).", valueName: "text"))
    var title: String?

    /// `--lang`, the title's language. The root command declares `--lang` too and
    /// claims it wherever it appears, so it is read through the same option group.
    @OptionGroup var display: DisplayOptions
    var lang: String? { display.lang }

    @Option(help: ArgumentHelp("New owner.", valueName: "text"))
    var owner: String?

    @Option(help: ArgumentHelp("New notes.", valueName: "text"))
    var notes: String?

    func validate() throws {
        if [status, due, title, owner, notes].allSatisfy({ $0 == nil }) {
            throw ValidationError("Nothing to change: give --status, --due, --title, --owner or --notes.")
        }
        if lang != nil && title == nil { throw ValidationError("--lang goes with --title.") }
    }

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            var changes: [(MilestoneField, String?)] = []
            if let status { changes.append((.status, status)) }
            if let due {
                if due.lowercased() == "none" {
                    changes.append((.due, nil))
                } else {
                    guard let day = DateInput.parse(due, today: context.today) else {
                        throw RoadmapError.badInput("--due \"\(TerminalSafe.escape(due))\" is not a date; use \(DateInput.formsHelp).")
                    }
                    changes.append((.due, day.description))
                }
            }
            if let title { changes.append((.title(language: lang?.lowercased()), title)) }
            if let owner { changes.append((.owner, owner)) }
            if let notes { changes.append((.notes, notes)) }
            let time = Timestamp.now()
            let (milestoneID, recorded) = try context.store.modify { roadmap -> (String, [HistoryEntry]) in
                guard let location = roadmap.locate(id) else { throw RoadmapError.unknownMilestone(id) }
                let before = roadmap[location].history.count
                for (field, value) in changes { try roadmap[location].set(field, to: value, at: time) }
                return (roadmap[location].id, Array(roadmap[location].history[before...]))
            }
            if recorded.isEmpty {
                print("\(milestoneID): nothing changed")
            }
            for entry in recorded {
                print(TerminalSafe.escape("\(milestoneID): \(entry.field) \(entry.from ?? "∅") → \(entry.to ?? "∅")"))
            }
        }
    }
}
