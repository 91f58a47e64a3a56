import ArgumentParser
import Foundation
import RoadmapCore

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the roadmap on a calendar axis: a row per milestone, its due date marked with its status.",
        discussion: """
            The same picture as the UI's timeline screen (t), as plain text: a marker at each due date, \
            a bar from the start date to the due date, a line for today and ! after an overdue milestone. \
            Where a milestone's due date has moved since the baseline (--baseline; default the latest saved), \
            ┆ (: with --ascii) marks the due date the baseline holds; the legend names the baseline. \
            The axis starts with the week, month or quarter holding --from (default: the one before today's) \
            and runs to the right edge, or to --to. Month names and years follow --lang and --calendar \
            (Buddhist Era by default in Thai). With --zoom quarter, --fiscal th counts quarters and years \
            by the Thai fiscal year (Q1 from October, FY2570 = B.E. year it ends) and --fiscal jp by the \
            Japanese 年度 (Q1 from April, 2026年度 = the year it starts). --from and --to read a year from \
            2400 as B.E. with --calendar buddhist; a date more than 50 years from today is refused (65) \
            unless --calendar gregorian is given.
            """
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: DisplayOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("First day shown (\(DateInput.formsHelp)).", valueName: "date"))
    var from: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Last day shown.", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Columns of the picture, \(Self.minimumWidth) to \(Self.maximumWidth) (default: the terminal's, else 80).", valueName: "n"))
    var width: Int?

    @Option(help: ArgumentHelp("week, month or quarter.", valueName: "zoom"))
    var zoom = TimelineZoom.month.rawValue

    @OptionGroup var calendar: CalendarOptions

    @Option(help: ArgumentHelp("The baseline whose due dates are drawn as ┆ (default: the latest saved).", valueName: "name"))
    var baseline: String?

    @Flag(help: "Draw the marks and lines with ASCII characters only.")
    var ascii = false

    @OptionGroup var fiscal: FiscalOptions

    static let minimumWidth = 40
    /// The widest picture drawn (snapshot's --width too): wider than any terminal, small enough to make quickly.
    static let maximumWidth = 1000

    func validate() throws {
        try display.requireOne()
        if let width, !(Self.minimumWidth...Self.maximumWidth).contains(width) {
            throw ValidationError("--width must be from \(Self.minimumWidth) to \(Self.maximumWidth).")
        }
        if TimelineZoom(rawValue: zoom.lowercased()) == nil { throw ValidationError("--zoom must be week, month or quarter.") }
        if fiscal.fiscal != nil && TimelineZoom(rawValue: zoom.lowercased()) != .quarter {
            throw ValidationError("--fiscal goes with --zoom quarter.")
        }
    }

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            let roadmap = try context.store.load()
            let today = context.today(for: roadmap)
            let zoom = TimelineZoom(rawValue: self.zoom.lowercased()) ?? .month
            let start = try from.flatMap { try TypedDate.day($0, option: "--from", today: today, calendar: calendar) }
            let end = try to.flatMap { try TypedDate.day($0, option: "--to", today: today, calendar: calendar) }
            let scale = start.map { TimelineScale(zoom: zoom, startingAt: $0) } ?? .around(today, zoom: zoom)
            if let end, end < scale.origin {
                throw RoadmapError.badInput("--to \(end) is before the start of the timeline (\(scale.origin)).")
            }
            let language = InterfaceLanguage(rawValue: display.language) ?? .en
            var ghost = roadmap.currentBaseline
            if let baseline {
                ghost = roadmap.baseline(named: baseline)
                guard ghost != nil else {
                    let known = roadmap.baselines.isEmpty ? "it has none" : "it has " + roadmap.baselines.map { "\"\(TerminalSafe.escape($0.name))\"" }.joined(separator: ", ")
                    throw RoadmapError.badInput("--baseline: the roadmap has no baseline named \"\(TerminalSafe.escape(baseline))\"; \(known).")
                }
            }
            var renderer = TimelineTextRenderer(
                roadmap: roadmap, today: today, scale: scale,
                width: width ?? (isatty(STDOUT_FILENO) == 1 ? terminalColumns() : nil).map { min(max(Self.minimumWidth, $0), Self.maximumWidth) } ?? 80,
                end: end, language: language,
                calendar: calendar.system(for: language),
                ascii: ascii, baseline: ghost)
            renderer.fiscal = fiscal.kind
            var output = BufferedStandardOutput()
            try renderer.write { try output.writeLine($0) }
            try output.flush()
        }
    }
}
