import ArgumentParser
import RoadmapCore

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change a milestone's status, start or due date, title, owner or notes (recorded in its history).",
        discussion: """
            Dates: \(DateInput.formsHelp); --start none and --due none remove the date. A start after the due \
            date is refused. An empty --owner or --notes removes it.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The milestone's id (any case).")
    var id: String

    @Option(help: ArgumentHelp("New status: \(Status.allWords).", valueName: "status"))
    var status: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("New start date (the timeline draws a bar from it to the due date).", valueName: "date"))
    var start: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("New due date.", valueName: "date"))
    var due: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("New title (in --lang when given).", valueName: "text"))
    var title: String?

    /// `--lang`, the title's language. The root command declares `--lang` too and
    /// claims it wherever it appears, so it is read through the same option group.
    @OptionGroup var display: DisplayOptions
    var lang: String? { display.lang }

    @Option(parsing: .unconditional, help: ArgumentHelp("New owner.", valueName: "text"))
    var owner: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("New notes.", valueName: "text"))
    var notes: String?

    func validate() throws {
        if [status, start, due, title, owner, notes].allSatisfy({ $0 == nil }) {
            throw ValidationError("Nothing to change: give --status, --start, --due, --title, --owner or --notes.")
        }
        if lang != nil && title == nil { throw ValidationError("--lang goes with --title.") }
    }

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            var changes: [(MilestoneField, String?)] = []
            if let status { changes.append((.status, status)) }
            if let start { changes.append((.start, try Self.day(start, option: "--start", today: context.today)?.description)) }
            if let due { changes.append((.due, try Self.day(due, option: "--due", today: context.today)?.description)) }
            if let title { changes.append((.title(language: lang?.lowercased()), title)) }
            if let owner { changes.append((.owner, owner)) }
            if let notes { changes.append((.notes, notes)) }
            let time = Timestamp.now()
            let (milestoneID, recorded) = try context.store.modify { roadmap -> (String, [HistoryEntry]) in
                guard let location = roadmap.locate(id) else { throw RoadmapError.unknownMilestone(id) }
                let before = roadmap[location].history.count
                for (field, value) in changes { try roadmap[location].set(field, to: value, at: time) }
                if start != nil || due != nil { try roadmap[location].checkDates() }
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

    /// The day a date option names; `none` is nil.
    static func day(_ text: String, option: String, today: CalendarDay) throws(RoadmapError) -> CalendarDay? {
        if text.lowercased() == "none" { return nil }
        guard let day = DateInput.parse(text, today: today) else {
            throw RoadmapError.badInput("\(option) \"\(TerminalSafe.escape(text))\" is not a date from \(DateInput.supportedHelp); use \(DateInput.formsHelp).")
        }
        return day
    }
}
