import ArgumentParser
import Foundation
import RoadmapCore

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print the weekly snapshot: progress, what moved this week, what needs attention, what is due next.",
        discussion: """
            The week is the ISO week (Monday to Sunday) holding --date, default today; a change belongs \
            to it by its local time. Statuses are as of today. The same file and week give the same bytes.

            text fits --width columns (Thai and Japanese measured as the terminal draws them) and, \
            when longer than a 66-line page, starts a section that would not fit on the page on a new \
            page after a form feed: `roadmap snapshot | lpr` prints it. Dates are in the Buddhist Era \
            with --lang th unless --calendar says otherwise.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: ArgumentHelp("The ISO week, e.g. 2026-W48.", valueName: "YYYY-Www"))
    var week: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Any day of the week (\(DateInput.formsHelp)).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("text, markdown, json or html.", valueName: "format"))
    var format = SnapshotFormat.text.rawValue

    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Columns of the text format, \(SnapshotStyle.minimumWidth) to \(TimelineCommand.maximumWidth).", valueName: "n"))
    var width = SnapshotStyle.defaultWidth

    @OptionGroup var calendar: CalendarOptions

    @Flag(help: "End the text and Markdown formats with the timeline (as `roadmap timeline` draws it, --width wide).")
    var timeline = false

    func validate() throws {
        if week != nil && date != nil { throw ValidationError("give --week or --date, not both.") }
        if let week, IsoWeek(parsing: week).map({ DateInput.supported.contains($0.monday) && DateInput.supported.contains($0.sunday) }) != true {
            throw ValidationError("--week \"\(TerminalSafe.escape(week))\" is not an ISO week from \(DateInput.supportedHelp); use YYYY-Www, e.g. 2026-W48.")
        }
        if SnapshotFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("--format must be text, markdown, json or html.")
        }
        if timeline, ![SnapshotFormat.text, .markdown].contains(SnapshotFormat(rawValue: format.lowercased())) {
            throw ValidationError("--timeline goes with --format text or markdown.")
        }
        if !(SnapshotStyle.minimumWidth...TimelineCommand.maximumWidth).contains(width) {
            throw ValidationError("--width must be from \(SnapshotStyle.minimumWidth) to \(TimelineCommand.maximumWidth).")
        }
    }

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            let day = try date.map { text in
                guard let day = DateInput.parse(text, today: context.today, calendar: calendar.inputCalendar) else {
                    throw ValidationError("--date \"\(TerminalSafe.escape(text))\" is not a date from \(DateInput.supportedHelp); use \(DateInput.formsHelp).")
                }
                return day
            } ?? context.today
            let roadmap = try context.store.load()
            let language = InterfaceLanguage(rawValue: display.language) ?? .en
            let style = SnapshotStyle(
                language: language,
                calendar: calendar.system(for: language),
                width: width)
            var snapshot = WeeklySnapshot(
                roadmap: roadmap, week: week.flatMap(IsoWeek.init(parsing:)) ?? IsoWeek(containing: day), today: context.today)
            if timeline {
                snapshot.timeline = TimelineTextRenderer(
                    roadmap: roadmap, today: context.today, scale: .around(context.today, zoom: .month), width: width,
                    language: language, calendar: style.calendar, baseline: roadmap.currentBaseline).lines()
            }
            let format = SnapshotFormat(rawValue: format.lowercased()) ?? .text
            if let output, output != "-" {
                try OutputFile.write(Array(snapshot.render(format, style: style).utf8), to: output, roadmap: context.store)
            } else {
                try snapshot.write(format, style: style) { try OutputFile.writeStandardOutput($0) }
            }
            exitSkippingTeardown()
        }
    }
}
