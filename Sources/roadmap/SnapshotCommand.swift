import ArgumentParser
import Foundation
import RoadmapCore

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print the weekly snapshot: progress, what moved this week, what needs attention, what is due next.",
        discussion: """
            The week is the ISO week (Monday to Sunday) holding --date, default today. The report shows the \
            roadmap as it was at the end of that week (or of today, while the week runs), rebuilt from the \
            history in the file: milestones added later are left out, statuses, dates and titles are put \
            back. Days, weeks and today are counted in the programme's time zone: --tz, else the zone the \
            file names (`roadmap time-zone`), else the machine's; the report names it. A past week is \
            counted in the zone in force when it ended, and the report says when the zone changed since. \
            The same file, week and zone give the same bytes on any machine.

            text fits --width columns (Thai and Japanese measured as the terminal draws them, Thai \
            broken only between words) and ends every page with a footer: the week and page x of y. \
            When longer than a --page-length page, a section that would not fit on the page starts a \
            new page after a form feed, and one longer than a page starts where it is and repeats its \
            heading and table header after each break. The default page (53 lines) \
            is A4 printed with `paps --paper a4 --font "Monospace 10" | lpr`, which draws Thai and \
            Japanese (plain `lpr` prints them as boxes); use --page-length 49 for US Letter. Dates are \
            in the Buddhist Era with --lang th unless --calendar says otherwise. --date and --week read a \
            year from 2400 as B.E. with --calendar buddhist; a week more than 50 years from today is \
            refused (65) unless --calendar gregorian is given.
            """
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: ArgumentHelp("The ISO week, e.g. 2026-W48 (2569-W48 with --calendar buddhist).", valueName: "YYYY-Www"))
    var week: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Any day of the week (\(DateInput.formsHelp)).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("text, markdown, json or html.", valueName: "format"))
    var format = SnapshotFormat.text.rawValue

    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Columns of the text format, \(SnapshotStyle.minimumWidth) to \(TimelineCommand.maximumWidth).", valueName: "n"))
    var width = SnapshotStyle.defaultWidth

    @Option(help: ArgumentHelp("The time zone days and weeks are counted in, e.g. Asia/Bangkok (default the file's, else the machine's).", valueName: "zone"))
    var tz: String?

    @Option(help: ArgumentHelp("Lines on a printed page of the text format, \(SnapshotStyle.minimumPageLength) or more (default \(SnapshotStyle.defaultPageLength): A4 through paps).", valueName: "n"))
    var pageLength = SnapshotStyle.defaultPageLength

    @OptionGroup var calendar: CalendarOptions

    @Flag(help: "Print page one alone: health, progress, done this week, slip, what needs attention, due next, off-track dependencies and moves.")
    var summary = false

    @Flag(help: "End the text and Markdown formats with the timeline (as `roadmap timeline` draws it, --width wide).")
    var timeline = false

    @OptionGroup var fiscal: FiscalOptions

    @Flag(help: "Text format: the report's symbols, glyphs and rules in ASCII, for printers without Unicode fonts (for the English report; Thai and Japanese letters are kept).")
    var ascii = false

    func validate() throws { try request.validate() }

    func run() throws { try request.run() }

    /// What the command line asks for; `snapshot` runs from it.
    var request: Request {
        Request(
            global: global.plain, display: display.plain, week: week, date: date, format: format, output: output, width: width,
            tz: tz, pageLength: pageLength, calendar: calendar.plain, summary: summary, timeline: timeline, fiscal: fiscal.plain,
            ascii: ascii)
    }

    /// `snapshot`'s options as plain values, made by ArgumentParser or by ``FastCommandLine``.
    struct Request: CommandRequest {
        var global: PlainGlobalOptions
        var display: PlainDisplayOptions
        var week: String?
        var date: String?
        var format = SnapshotFormat.text.rawValue
        var output: String?
        var width = SnapshotStyle.defaultWidth
        var tz: String?
        var pageLength = SnapshotStyle.defaultPageLength
        var calendar: PlainCalendarOptions
        var summary: Bool
        var timeline: Bool
        var fiscal: PlainFiscalOptions
        var ascii: Bool

        func validate() throws {
            try display.check()
            try calendar.check()
            try fiscal.check()
            if week != nil && date != nil { throw ValidationError("give --week or --date, not both.") }
            if let week, TypedDate.week(week, calendar: calendar.inputCalendar).map({ DateInput.supported.contains($0.monday) && DateInput.supported.contains($0.sunday) }) != true {
                throw ValidationError("--week \"\(TerminalSafe.escape(week))\" is not an ISO week from \(DateInput.supportedHelp); use YYYY-Www, e.g. 2026-W48.")
            }
            if SnapshotFormat(rawValue: format.lowercased()) == nil {
                throw ValidationError("--format must be text, markdown, json or html.")
            }
            if timeline, ![SnapshotFormat.text, .markdown].contains(SnapshotFormat(rawValue: format.lowercased())) {
                throw ValidationError("--timeline goes with --format text or markdown.")
            }
            if fiscal.fiscal != nil, SnapshotFormat(rawValue: format.lowercased()) != .html {
                throw ValidationError("--fiscal goes with --format html (it names the quarters on the timeline picture's axis).")
            }
            if ascii, SnapshotFormat(rawValue: format.lowercased()) != .text {
                throw ValidationError("--ascii goes with --format text.")
            }
            if pageLength < SnapshotStyle.minimumPageLength || pageLength > 10_000 {
                throw ValidationError("--page-length must be from \(SnapshotStyle.minimumPageLength) to 10000.")
            }
            if let tz, TimeZone(identifier: tz) == nil {
                throw ValidationError("--tz \"\(TerminalSafe.escape(tz))\" is not a time zone; use a name such as Asia/Bangkok or Asia/Tokyo.")
            }
            if !(SnapshotStyle.minimumWidth...TimelineCommand.maximumWidth).contains(width) {
                throw ValidationError("--width must be from \(SnapshotStyle.minimumWidth) to \(TimelineCommand.maximumWidth).")
            }
        }
    }
}

extension SnapshotCommand.Request {
    func run() throws {
        try reportingErrors {
            var context = try global.context()
            let roadmap = try context.store.load()
            // Today on the programme's clock: --tz, else the zone the file names, else the machine's.
            let override = tz.flatMap(TimeZone.init(identifier:))
            context.today = context.today(in: roadmap.clock(override: override))
            let day = try date.map { text in
                guard let day = DateInput.parse(text, today: context.today, calendar: calendar.inputCalendar) else {
                    throw ValidationError(TypedDate.refusal("--date", text, forms: DateInput.formsHelp, buddhist: calendar.inputCalendar == .buddhist))
                }
                try TypedDate.checkDay(day, typed: text, option: "--date", today: context.today, calendar: calendar)
                return day
            } ?? context.today
            let typedWeek = week.flatMap { TypedDate.week($0, calendar: calendar.inputCalendar) }
            if let week, let typedWeek { try TypedDate.checkWeek(typedWeek, typed: week, today: context.today, calendar: calendar) }
            let language = InterfaceLanguage(rawValue: display.language) ?? .en
            var style = SnapshotStyle(
                language: language,
                calendar: calendar.system(for: language),
                width: width,
                pageLength: pageLength)
            style.summary = summary
            style.ascii = ascii
            style.secondLanguage = display.secondLanguage
            style.fiscal = fiscal.kind
            // The week on the clock in force when it ended (README), unless --tz names one.
            let week = typedWeek ?? IsoWeek(containing: day)
            let zone = override ?? roadmap.zone(for: week)
            let startZone = override ?? roadmap.startZone(of: week)
            var snapshot = WeeklySnapshot(
                roadmap: roadmap, week: week, today: context.today, timeZone: zone, startZone: startZone, timeZoneName: override == nil ? nil : tz)
            if timeline {
                let past = roadmap.asOf(endOf: snapshot.asOf, in: zone)
                snapshot.timeline = TimelineTextRenderer(
                    roadmap: past, today: snapshot.asOf, scale: .around(snapshot.asOf, zoom: .month), width: width,
                    language: language, calendar: style.calendar, ascii: ascii, baseline: past.currentBaseline).lines()
            }
            let format = SnapshotFormat(rawValue: format.lowercased()) ?? .text
            if let output, output != "-" {
                try OutputFile.write(Array(snapshot.render(format, style: style).utf8), to: output, roadmap: context.store)
            } else {
                try snapshot.write(format, style: style) { try OutputFile.writeStandardOutput($0) }
            }
            // The roadmap lives to the exit: freeing it piece by piece would only delay it.
            withExtendedLifetime(roadmap) { exitSkippingTeardown() }
        }
    }
}
