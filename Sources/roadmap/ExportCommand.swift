import ArgumentParser
import Foundation
import RoadmapCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the milestones as a calendar (ics), a spreadsheet (csv), JSON or Markdown.",
        discussion: """
            ics: one all-day event per milestone with a due date, with a UID that stays the same across \
            exports (so a calendar updates its events); DTSTAMP is $ROADMAP_NOW, else --today, else now. \
            csv: RFC 4180 with a header row, every field and translation, readable by `roadmap import`; \
            --bom starts it with a UTF-8 byte order mark for spreadsheet programs. \
            json: the milestones with notes and history. markdown: a table per workstream.
            """
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: ArgumentHelp("ics, csv, json or markdown.", valueName: "format"))
    var format: String

    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Only this workstream.", valueName: "id"))
    var workstream: String?

    @Option(help: ArgumentHelp("Only this status: \(Status.allWords).", valueName: "status"))
    var status: String?

    @Flag(help: "Start the CSV with a UTF-8 byte order mark (spreadsheet programs need it to show Thai).")
    var bom = false

    enum Format: String { case ics, csv, json, markdown }

    func validate() throws {
        try display.requireOne()
        guard let chosen = Format(rawValue: format.lowercased()) else { throw ValidationError("--format must be ics, csv, json or markdown.") }
        if bom && chosen != .csv { throw ValidationError("--bom goes with --format csv.") }
    }

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            var query = MilestoneQuery(workstream: workstream)
            if let status {
                guard let parsed = Status(parsing: status) else {
                    throw RoadmapError.badInput("\"\(TerminalSafe.escape(status))\" is not a status; use one of \(Status.allWords).")
                }
                query.status = parsed
            }
            let roadmap = try context.store.load()
            let today = context.today(for: roadmap)
            if let workstream, roadmap.workstreamIndex(workstream) == nil {
                throw RoadmapError.unknownWorkstream(workstream, known: roadmap.workstreams.map(\.id))
            }
            let selected = roadmap.filtered(by: query, today: today)
            let bytes: [UInt8]
            switch Format(rawValue: format.lowercased()) ?? .json {
            case .ics:
                bytes = Array(ICalendarExport(roadmap: selected, language: display.language, stamp: stamp(today: today)).render().utf8)
            case .csv:
                bytes = try MilestoneCSV.export(selected, byteOrderMark: bom)
            case .json:
                let items = selected.workstreams.flatMap { ws in
                    ws.milestones.map { MilestoneJSON.detail($0, workstream: ws.id, today: today) }
                }
                bytes = Array(JSONValue.array(items).serialized().utf8)
            case .markdown:
                bytes = Array(MarkdownExport(roadmap: selected, language: display.language).render().utf8)
            }
            if let output, output != "-" {
                try OutputFile.write(bytes, to: output, roadmap: context.store)
            } else {
                try OutputFile.writeStandardOutput(bytes)
            }
        }
    }

    /// When the calendar was made: `$ROADMAP_NOW`, else midnight UTC of a
    /// pinned today (--today, `$ROADMAP_TODAY`), else now; pinned, the same
    /// file gives the same bytes.
    private func stamp(today: CalendarDay) -> Timestamp {
        let environment = ProcessEnvironment.current
        if environment["ROADMAP_NOW"] == nil && global.todayPinned(environment) {
            return Timestamp(secondsSinceEpoch: Int64(today.daysSinceEpoch) * 86_400)
        }
        return Timestamp.now(environment: environment)
    }
}
