import ArgumentParser
import RoadmapCore

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a milestone to a workstream; prints its new id.",
        discussion: """
            Its `created` history entry is recorded as --author. Dependencies on unknown milestones are refused (65). \
            Dates: \(DateInput.formsHelp), counted from today; with --calendar buddhist a year from 2400 is B.E. \
            A date more than 50 years from today is refused (65) unless --calendar gregorian is given.
            """
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The workstream's id: supply-chain, smes-startups, circular-economy, …")
    var workstream: String

    @Argument(help: "The milestone's title; one that begins with - goes after --.")
    var title: String

    @Option(parsing: .unconditional, help: ArgumentHelp("Start date (not after the due date).", valueName: "date"))
    var start: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Due date.", valueName: "date"))
    var due: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Owner.", valueName: "text"))
    var owner: String?

    @Option(help: ArgumentHelp("Status (default planned).", valueName: "status"))
    var status: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Notes.", valueName: "text"))
    var notes: String?

    @Option(help: ArgumentHelp("Which side leads: \(Lead.allWords).", valueName: "lead"))
    var lead: String?

    @Option(help: ArgumentHelp("The milestones it waits for (finish-to-start): SC2,SME1.", valueName: "ids"))
    var depends: String?

    /// `--lang`, the title's language. The root command declares `--lang` too and
    /// claims it wherever it appears, so it is read through the same option group.
    @OptionGroup var display: DisplayOptions
    var lang: String? { display.lang }

    /// `--calendar`: how typed years are read.
    @OptionGroup var calendar: CalendarOptions

    func validate() throws {
        try display.requireOne()
    }

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw RoadmapError.badInput("a title cannot be empty.") }
            var parsedStatus = Status.planned
            if let status {
                guard let value = Status(parsing: status) else {
                    throw RoadmapError.badInput("\"\(TerminalSafe.escape(status))\" is not a status; use one of \(Status.allWords).")
                }
                parsedStatus = value
            }
            let parsedLead = try lead.flatMap { text throws(RoadmapError) -> Lead? in
                guard !text.isEmpty else { return nil }
                guard let value = Lead(parsing: text) else {
                    throw RoadmapError.badInput("\"\(TerminalSafe.escape(text))\" is not a lead; use one of \(Lead.allWords).")
                }
                return value
            }
            let author = global.author(for: context.store)
            let text = lang.map { LocalizedText(translations: [.init(language: $0.lowercased(), text: title)]) } ?? LocalizedText(title)
            let time = Timestamp.now()
            let id = try context.store.modify { roadmap -> String in
                // A new milestone has no dates yet: +2w counts from today on the roadmap's clock.
                let today = context.today(for: roadmap)
                let parsedStart = try start.flatMap { try TypedDate.day($0, option: "--start", today: today, calendar: calendar) }
                let parsedDue = try due.flatMap { try TypedDate.day($0, option: "--due", today: today, calendar: calendar) }
                if let parsedStart, let parsedDue, parsedStart > parsedDue {
                    throw RoadmapError.badInput("--start \(parsedStart) is after --due \(parsedDue); a milestone cannot start after it is due.")
                }
                guard let index = roadmap.workstreamIndex(workstream) else {
                    throw RoadmapError.unknownWorkstream(workstream, known: roadmap.workstreams.map(\.id))
                }
                let location = roadmap.addMilestone(
                    to: index, title: text, status: parsedStatus, start: parsedStart, due: parsedDue,
                    owner: owner.flatMap { $0.isEmpty ? nil : $0 }, notes: notes.flatMap { $0.isEmpty ? nil : $0 }, at: time, by: author
                )
                roadmap[location].lead = parsedLead
                roadmap[location].depends = DependencyInput.canonical(DependencyInput.ids(depends ?? ""), in: roadmap)
                try DependencyInput.check(roadmap, changing: roadmap[location].id)
                return roadmap[location].id
            }
            print(id)
        }
    }
}
