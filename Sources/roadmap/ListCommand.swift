import ArgumentParser
import Foundation
import RoadmapCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List milestones in an aligned table ('!' marks overdue ones, '⚠' a late dependency).",
        discussion: """
            SLIP (against the latest baseline, or --baseline) appears once a baseline is saved; LEAD once a \
            milestone has a lead. Under a milestone that needs attention (overdue, at risk, blocked, or \
            waiting on an off-track dependency) an indented line gives the off-track links and the latest \
            reason or update. With --lang th or ja (or a Thai or Japanese $LANG, on a terminal) statuses, dates, slip, lead sides and \
            those lines are in that language, dates in B.E. for Thai unless --calendar gregorian; in \
            English they are the file's words and ISO dates, and --json is the same in every language.
            """
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var calendar: CalendarOptions

    @Option(help: ArgumentHelp("Only this workstream.", valueName: "id"))
    var workstream: String?

    @Option(help: ArgumentHelp("Only this status: \(Status.allWords).", valueName: "status"))
    var status: String?

    @Flag(help: "Only open milestones whose due date has passed.")
    var overdue = false

    @Flag(help: "Only milestones due later than in the baseline.")
    var slipped = false

    @Option(help: ArgumentHelp("Only milestones this side leads: \(Lead.allWords).", valueName: "lead"))
    var lead: String?

    @Option(help: ArgumentHelp("Measure slip against this baseline (default: the latest saved).", valueName: "name"))
    var baseline: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func validate() throws { try request.validate() }

    func run() throws { try request.run() }

    /// What the command line asks for; `list` runs from it.
    var request: Request {
        Request(
            global: global.plain, display: display.plain, calendar: calendar.plain, workstream: workstream, status: status, overdue: overdue,
            slipped: slipped, lead: lead, baseline: baseline, json: json)
    }

    /// `list`'s options as plain values, made by ArgumentParser or by ``FastCommandLine``.
    struct Request: CommandRequest {
        var global: PlainGlobalOptions
        var display: PlainDisplayOptions
        var calendar: PlainCalendarOptions
        var workstream: String?
        var status: String?
        var overdue: Bool
        var slipped: Bool
        var lead: String?
        var baseline: String?
        var json: Bool

        func validate() throws {
            try display.check()
            try calendar.check()
            try display.requireOne()
        }
    }
}

extension ListCommand.Request {
    func run() throws {
        try reportingErrors {
            var query = MilestoneQuery(overdueOnly: overdue)
            let parsedLead = try lead.map { text throws(RoadmapError) -> Lead in
                guard let value = Lead(parsing: text) else {
                    throw RoadmapError.badInput("\"\(TerminalSafe.escape(text))\" is not a lead; use one of \(Lead.allWords).")
                }
                return value
            }
            if let status {
                guard let parsed = Status(parsing: status) else {
                    throw RoadmapError.badInput("\"\(TerminalSafe.escape(status))\" is not a status; use one of \(Status.allWords).")
                }
                query.status = parsed
            }
            query.workstream = workstream
            try ListCommand.printList(
                context: try global.context(), display: display, calendar: calendar, query: query,
                filter: ListCommand.Filter(lead: parsedLead, slipped: slipped, baseline: baseline), json: json)
        }
    }
}

extension ListCommand {
    /// What `list` filters on beyond ``MilestoneQuery``, and the baseline of SLIP.
    struct Filter {
        var lead: Lead?
        var slipped = false
        var baseline: String?
    }

    static func printList(
        context: CommandContext, display: PlainDisplayOptions, calendar: PlainCalendarOptions, query: MilestoneQuery, filter: Filter, json: Bool
    ) throws {
        let roadmap = try context.store.load()
        let today = context.today(for: roadmap)
        if let id = query.workstream, roadmap.workstreamIndex(id) == nil {
            throw RoadmapError.unknownWorkstream(id, known: roadmap.workstreams.map(\.id))
        }
        let meter = try filter.baseline.map { try BaselineCommand.named($0, in: roadmap) }.map(SlipMeter.init)
            ?? roadmap.currentBaseline.map(SlipMeter.init)
        if filter.slipped && meter == nil {
            throw RoadmapError.badInput("--slipped needs a baseline, and none is saved; save one with: roadmap baseline save NAME")
        }
        // Milestones are read in place through roadmap[location], never bound to a copy: this runs per row.
        let matches = query.locations(in: roadmap, today: today).filter { location in
            (filter.lead == nil || roadmap[location].lead == filter.lead) && (!filter.slipped || meter?.slip(of: roadmap[location]).isLate == true)
        }
        // The off-track links each milestone waits on, by [workstream][milestone]: arrays, where a
        // dictionary keyed by location would cost a search of the runtime's conformance records (5 % of
        // `list` on the built-in roadmap).
        let lateLinks = {
            var links = roadmap.workstreams.map { Array(repeating: [Roadmap.LinkState](), count: $0.milestones.count) }
            for state in roadmap.offTrackLinks(today: today) {
                links[state.link.successor.workstream][state.link.successor.milestone].append(state)
            }
            return links
        }()
        func late(_ location: Roadmap.Location) -> [Roadmap.LinkState] { lateLinks[location.workstream][location.milestone] }
        if json {
            let items = matches.map { location in
                MilestoneJSON.summary(roadmap[location], workstream: roadmap.workstreams[location.workstream].id, today: today,
                                      slip: meter.map { $0.slip(of: roadmap[location]) },
                                      offTrack: late(location).map { (roadmap[$0.link.predecessor].id, $0) })
            }
            print(JSONValue.array(items).serialized(), terminator: "")
            return
        }
        let showsLead = filter.lead != nil || roadmap.workstreams.contains { $0.milestones.contains { $0.lead != nil } }
        let language = display.language
        // Headers in the interface language; values in it too when asked for or shown on a terminal (valueLanguage).
        let words = InterfaceLanguage(rawValue: language) ?? .en
        let values = ValueWording(language: display.valueLanguage, calendar: calendar.system(for: display.valueLanguage))
        func column(_ word: FieldWord, _ alignment: TextTable.Alignment = .left, shrinksTo: Int? = nil) -> TextTable.Column {
            .init(word.column(in: words), alignment: alignment, shrinksTo: shrinksTo)
        }
        var columns: [TextTable.Column] = [.init(" "), column(.id), column(.workstream, shrinksTo: 6), column(.status), column(.due)]
        if meter != nil { columns.append(column(.slip, .right)) }
        if showsLead { columns.append(column(.lead)) }
        var table = TextTable(columns: columns + [column(.owner, shrinksTo: 8), column(.title)])
        func cells(_ location: Roadmap.Location) -> [String] {
            let mark = (roadmap[location].isOverdue(today: today) ? "!" : "") + (late(location).isEmpty ? "" : "⚠")
            var cells = [mark, roadmap[location].id, roadmap.workstreams[location.workstream].id, values.status(roadmap[location].status),
                         roadmap[location].due.map(values.date) ?? "-"]
            if let meter { cells.append(values.slip(meter.slip(of: roadmap[location]))) }
            if showsLead { cells.append(roadmap[location].lead.map(values.lead) ?? "-") }
            return cells + [roadmap[location].owner ?? "-", roadmap[location].title.text(in: language)]
        }
        // Measure every row first, then write each one as it is made: no row is kept.
        for location in matches { table.measure(cells(location)) }
        let maxWidth = isatty(STDOUT_FILENO) == 1 ? terminalColumns() : nil
        let widths = table.widths(maxWidth: maxWidth)
        let indent = String(repeating: " ", count: widths[0] + table.separator.count)
        var output = BufferedStandardOutput()
        try output.writeLine(table.headerLine(widths: widths))
        var overdueCount = 0, lateCount = 0
        for location in matches {
            if roadmap[location].isOverdue(today: today) { overdueCount += 1 }
            try output.writeLine(table.line(cells(location), widths: widths))
            let lateOnes = late(location)
            if !lateOnes.isEmpty { lateCount += 1 }
            for line in attentionLines(roadmap, location, late: lateOnes, today: today, slipped: filter.slipped, values: values) {
                let text = indent + TerminalSafe.escape(line)
                try output.writeLine(maxWidth.map { DisplayWidth.truncate(text, to: $0, ellipsis: true) } ?? text)
            }
        }
        try output.flush()
        print(CLIText.listFooter(count: matches.count, overdue: overdueCount, late: lateCount, asOf: values.date(today), in: words))
        exitSkippingTeardown()
    }

    /// The indented lines under a milestone that needs attention (or, with
    /// `--slipped`, under every one listed: each has slipped): each off-track
    /// link it waits on, then the latest reason or update, in the words of `values`.
    static func attentionLines(
        _ roadmap: Roadmap, _ location: Roadmap.Location, late: [Roadmap.LinkState], today: CalendarDay, slipped: Bool = false,
        values: ValueWording
    ) -> [String] {
        guard slipped || !late.isEmpty || roadmap.needsAttention(location, today: today) else { return [] }
        var lines = late.map { state in
            CLIText.lateDependency(
                roadmap[state.link.predecessor].id, why: values.offTrack(state.offTrack!), otherWorkstream: state.link.crossesWorkstreams,
                in: values.language)
        }
        if let why = roadmap[location].stateExplanation {
            lines.append("\(FieldWord.why.name(in: values.language)): " + ShowCommand.explanation(why, clock: HistoryClock(roadmap), values: values))
        }
        return lines
    }
}

/// The terminal's width in columns, when standard output is a terminal.
func terminalColumns() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}
