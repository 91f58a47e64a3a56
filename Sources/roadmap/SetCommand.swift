import ArgumentParser
import RoadmapCore

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change a milestone's status, dates, title, owner, notes, lead or dependencies (recorded in its history).",
        discussion: """
            Dates: \(DateInput.formsHelp). +2w, -1m and the like count from the milestone's \
            current date (--due +6w slips the due date by six weeks), from today when it has none; \
            today, tomorrow and yesterday count from today. With --calendar buddhist a year from 2400 \
            is B.E. (2570-06-30 is 2027-06-30). A date more than 50 years from today (a B.E. year typed \
            without --calendar buddhist, most likely) is refused (65) unless --calendar gregorian is given. \
            --start none and --due none remove the date. A start after the due \
            date is refused. An empty --owner, --notes, --lead or --depends removes it. Each change is recorded \
            with who made it (--author) and why (--reason). Dependencies on unknown milestones, on itself, \
            or that make a cycle are refused (65), naming them. On a terminal the changes are echoed as \
            `roadmap log` prints them there (in $LANG's language and calendar, on the programme's clock, which the \
            last line names; each reason on lines of its own where the terminal is too narrow for it beside the change); piped, one line each: ID: FIELD FROM → TO, \
            in the file's words. Nothing to change: ID: nothing changed (on a terminal in $LANG's language).
            """
    ).leafOfRoadmap()

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

    /// `--calendar`: how typed years are read.
    @OptionGroup var calendar: CalendarOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("New owner.", valueName: "text"))
    var owner: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("New notes.", valueName: "text"))
    var notes: String?

    @Option(help: ArgumentHelp("Which side leads: \(Lead.allWords).", valueName: "lead"))
    var lead: String?

    @Option(help: ArgumentHelp("The milestones it waits for (finish-to-start), replacing the list: SC2,SME1.", valueName: "ids"))
    var depends: String?

    @Option(help: ArgumentHelp("Also wait for these milestones.", valueName: "ids"))
    var dependsAdd: String?

    @Option(help: ArgumentHelp("No longer wait for these milestones.", valueName: "ids"))
    var dependsRemove: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Why, in one line; stored with every change made.", valueName: "text"))
    var reason: String?

    /// Whether ``validate()`` refuses a line with nothing to change; off while
    /// ``CommandDispatch`` parses a refused line again to find an unknown option.
    @TaskLocal static var checksForChange = true

    func validate() throws {
        try request.checkOptions()
        if Self.checksForChange { try request.requireChange() }
    }

    func run() throws { try request.run() }

    /// What the command line asks for; `set` runs from it.
    var request: Request {
        Request(
            global: global.plain, id: id, status: status, start: start, due: due, title: title, display: display.plain,
            calendar: calendar.plain, owner: owner, notes: notes, lead: lead, depends: depends, dependsAdd: dependsAdd,
            dependsRemove: dependsRemove, reason: reason)
    }

    /// `set`'s arguments as plain values, made by ArgumentParser or by ``FastCommandLine``.
    struct Request: CommandRequest {
        var global: PlainGlobalOptions
        var id: String
        var status: String?
        var start: String?
        var due: String?
        var title: String?
        var display: PlainDisplayOptions
        var calendar: PlainCalendarOptions
        var owner: String?
        var notes: String?
        var lead: String?
        var depends: String?
        var dependsAdd: String?
        var dependsRemove: String?
        var reason: String?
        /// `--lang`, the title's language.
        var lang: String? { display.lang }

        func validate() throws {
            try checkOptions()
            try requireChange()
        }

        /// Something to change is given.
        func requireChange() throws {
            if [status, start, due, title, owner, notes, lead, depends, dependsAdd, dependsRemove].allSatisfy({ $0 == nil }) {
                throw ValidationError("Nothing to change: give --status, --start, --due, --title, --owner, --notes, --lead or --depends.")
            }
        }

        /// The options given go together.
        func checkOptions() throws {
            try display.check()
            try calendar.check()
            try display.requireOne()
            if lang != nil && title == nil { throw ValidationError("--lang goes with --title.") }
            if depends != nil && (dependsAdd != nil || dependsRemove != nil) {
                throw ValidationError("--depends replaces the list: give it alone, or --depends-add and --depends-remove.")
            }
        }
    }

    /// `--reason` trimmed, nil when blank; refused when it is not one line.
    static func oneLine(_ text: String?, option: String) throws(RoadmapError) -> String? {
        guard let text else { return nil }
        guard !text.contains(where: \.isNewline) else { throw .badInput("\(option) must be one line.") }
        let trimmed = text.trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension SetCommand.Request {
    func run() throws {
        try reportingErrors {
            let context = try global.context()
            let why = try SetCommand.oneLine(reason, option: "--reason")
            let author = global.author(for: context.store)
            let time = Timestamp.now()
            let (milestoneID, recorded, clock) = try context.store.modify { roadmap -> (String, [HistoryEntry], HistoryClock) in
                guard let location = roadmap.locate(id) else { throw RoadmapError.unknownMilestone(id) }
                // As in the UI, +2w counts from the date being changed (from today, on
                // the roadmap's clock, when it has none); today and tomorrow from today.
                let today = context.today(for: roadmap), milestone = roadmap[location]
                var changes: [(MilestoneField, String?)] = []
                if let status { changes.append((.status, status)) }
                if let start {
                    let day = try TypedDate.day(start, option: "--start", today: today, calendar: calendar, from: milestone.start)
                    changes.append((.start, day?.description))
                }
                if let due {
                    let day = try TypedDate.day(due, option: "--due", today: today, calendar: calendar, from: milestone.due)
                    changes.append((.due, day?.description))
                }
                if let title { changes.append((.title(language: lang?.lowercased()), title)) }
                if let owner { changes.append((.owner, owner)) }
                if let notes { changes.append((.notes, notes)) }
                if let lead { changes.append((.lead, lead)) }
                let before = roadmap[location].history.count
                for (field, value) in changes { try roadmap[location].set(field, to: value, at: time, by: author, reason: why) }
                if start != nil || due != nil { try roadmap[location].checkDates() }
                if depends != nil || dependsAdd != nil || dependsRemove != nil {
                    let ids = try DependencyInput.updated(roadmap[location], replace: depends, add: dependsAdd, remove: dependsRemove)
                    let joined = DependencyInput.canonical(ids, in: roadmap).joined(separator: ",")
                    try roadmap[location].set(.depends, to: joined, at: time, by: author, reason: why)
                    try DependencyInput.check(roadmap, changing: roadmap[location].id)
                }
                return (roadmap[location].id, Array(roadmap[location].history[before...]), HistoryClock(roadmap))
            }
            if recorded.isEmpty {
                // In the interface language on a terminal, as the echo of a change; piped, the English line scripts read.
                print(TerminalSafe.escape(CLIText.nothingChanged(milestoneID, in: PlainDisplayOptions(lang: nil).valueLanguage)))
                return
            }
            // As `log` on a terminal; `--lang` here names a title's language, so it leaves the piped lines alone.
            let echo = ChangeEcho.lines(recorded, milestoneID: milestoneID, clock: clock, display: PlainDisplayOptions(lang: nil),
                                        calendar: calendar) { "\(milestoneID): \($0.field) \($0.from ?? "∅") → \($0.to ?? "∅")" }
            for line in echo { print(line) }
        }
    }
}
