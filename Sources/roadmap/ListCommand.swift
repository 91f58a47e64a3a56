import ArgumentParser
import Foundation
import RoadmapCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List milestones in an aligned table ('!' marks overdue ones)."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: ArgumentHelp("Only this workstream.", valueName: "id"))
    var workstream: String?

    @Option(help: ArgumentHelp("Only this status: \(Status.allWords).", valueName: "status"))
    var status: String?

    @Flag(help: "Only open milestones whose due date has passed.")
    var overdue = false

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        try reportingErrors {
            var query = MilestoneQuery(overdueOnly: overdue)
            if let status {
                guard let parsed = Status(parsing: status) else {
                    throw RoadmapError.badInput("\"\(TerminalSafe.escape(status))\" is not a status; use one of \(Status.allWords).")
                }
                query.status = parsed
            }
            query.workstream = workstream
            try Self.printList(context: try global.context(), display: display, query: query, json: json)
        }
    }

    static func printList(context: CommandContext, display: DisplayOptions, query: MilestoneQuery, json: Bool) throws {
        let roadmap = try context.store.load()
        if let id = query.workstream, roadmap.workstreamIndex(id) == nil {
            throw RoadmapError.unknownWorkstream(id, known: roadmap.workstreams.map(\.id))
        }
        let matches = query.locations(in: roadmap, today: context.today)
        if json {
            let items = matches.map { location in
                MilestoneJSON.summary(roadmap[location], workstream: roadmap.workstreams[location.workstream].id, today: context.today)
            }
            print(JSONValue.array(items).serialized(), terminator: "")
            return
        }
        var table = TextTable(columns: [
            .init(" "), .init("ID"), .init("WORKSTREAM"), .init("STATUS"), .init("DUE"), .init("OWNER"), .init("TITLE"),
        ])
        let language = display.language
        func cells(_ location: Roadmap.Location) -> [String] {
            let milestone = roadmap[location]
            return [
                milestone.isOverdue(today: context.today) ? "!" : "", milestone.id, roadmap.workstreams[location.workstream].id,
                milestone.status.rawValue, milestone.due?.description ?? "-", milestone.owner ?? "-", milestone.title.text(in: language),
            ]
        }
        // Measure every row first, then write each one as it is made: no row is kept.
        for location in matches { table.measure(cells(location)) }
        let widths = table.widths(maxWidth: isatty(STDOUT_FILENO) == 1 ? terminalColumns() : nil)
        var output = BufferedStandardOutput()
        try output.writeLine(table.headerLine(widths: widths))
        var overdueCount = 0
        for location in matches {
            if roadmap[location].isOverdue(today: context.today) { overdueCount += 1 }
            try output.writeLine(table.line(cells(location), widths: widths))
        }
        try output.flush()
        let noun = matches.count == 1 ? "milestone" : "milestones"
        print("\(matches.count) \(noun)" + (overdueCount > 0 ? ", \(overdueCount) overdue (!)" : "") + " as of \(context.today)")
        exitSkippingTeardown()
    }
}

/// The terminal's width in columns, when standard output is a terminal.
func terminalColumns() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}
