import ArgumentParser
import Foundation
import RoadmapCore
import RoadmapUI

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Every change in the roadmap, newest first: when, who, milestone, field, from → to, why.",
        discussion: """
            Read from the milestones' history and the time zone's (changes of the programme's time zone \
            are listed with the id "roadmap", and left out by --workstream and milestone ids), so it \
            answers "what changed since Monday, and who did it" for changes made in any office. --author NAME shows only the changes by authors whose \
            name holds NAME (any part, ignoring case, as git log --author: 田中 finds 田中 花子); a change recorded without an author shows as unknown (--author unknown picks \
            those). Each time is on the programme's clock in force when the change was made (the weekly report's rule), \
            with its zone beside it when that is not today's clock (a change of zone on the zone it set), which the \
            last line names (the zone the file \
            names, else this machine's); --since takes a date (\(DateInput.formsHelp)) or a weekday name \
            (the latest one up to today) and starts where the weekly report starts that day (a row the report counts \
            in another week than its day's, next to a change of zone, says which); with --calendar buddhist a year from 2400 is B.E., and a date more \
            than 50 years from today is refused (65) unless --calendar gregorian is given. With --lang th \
            or ja (or a Thai or Japanese $LANG, on a terminal) the whole table is in that language: times and dates in its calendar (B.E. \
            for Thai unless --calendar gregorian), statuses, lead sides and field names; in English \
            values are the file's words and ISO dates (--calendar reads --since only), and --json is \
            the same in every language.
            """
    ).leafOfRoadmap()

    /// Its `--author` (the option alone, not $ROADMAP_AUTHOR) picks whose changes to show: log records nothing.
    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Only these milestones.", valueName: "id"))
    var ids: [String] = []

    @Option(help: ArgumentHelp("Only changes made on this day or later.", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only milestones of this workstream.", valueName: "id"))
    var workstream: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    /// `--lang`: the headers, field names, values, times and closing line (English: the file's words).
    @OptionGroup var display: DisplayOptions

    /// `--calendar buddhist`: a `--since` year from 2400 is B.E.; the calendar times and dates are shown in.
    @OptionGroup var calendar: CalendarOptions

    func validate() throws {
        try display.requireOne()
    }

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            let roadmap = try context.store.load()
            let today = context.today(for: roadmap)
            if let workstream, roadmap.workstreamIndex(workstream) == nil {
                throw RoadmapError.unknownWorkstream(workstream, known: roadmap.workstreams.map(\.id))
            }
            for id in ids where roadmap.locate(id) == nil { throw RoadmapError.unknownMilestone(id) }
            let day = try since.map { text throws(RoadmapError) -> CalendarDay in
                guard let day = Self.day(text, today: today, calendar: calendar.inputCalendar) else {
                    throw RoadmapError.badInput("--since \"\(TerminalSafe.escape(text))\" is not a date: use \(DateInput.formsHelp), or a weekday name.")
                }
                try TypedDate.checkDay(day, typed: text, option: "--since", today: today, calendar: calendar)
                return day
            }
            // Each change on the clock in force when it was made (a change of zone on the one it set); the clock
            // now (the file's zone, else the machine's) is named under the table. --since starts where the weekly
            // report starts that day (Roadmap.start(of:)): the two agree on the week of a change made just before
            // a change of zone at a week's end, which the row then names (try-23 4).
            let clock = HistoryClock(roadmap)
            let changes = RoadmapLog.changes(
                in: roadmap, filter: .init(from: day.map { roadmap.start(of: $0) }, author: global.author, workstream: workstream, milestones: Set(ids)))
            let countedIn = { (change: LoggedChange) in roadmap.reportWeek(of: change.entry.at, shownOn: clock.day(of: change.entry)) }
            if json {
                print(JSONValue.array(changes.map(Self.json)).serialized(), terminator: "")
                return
            }
            let language = InterfaceLanguage(rawValue: display.language) ?? .en
            // English keeps ISO dates whatever --calendar says: there it reads --since, and scripts read the table.
            let valueLanguage = display.valueLanguage
            let values = ValueWording(
                language: valueLanguage, calendar: valueLanguage == .en ? .gregorian : calendar.system(for: valueLanguage))
            let fields: [FieldWord] = [.when, .who, .id, .field, .change, .why]
            let maxWidth = isatty(STDOUT_FILENO) == 1 ? terminalColumns() : nil
            // On a terminal, no value cut: reasons and long updates wrapped, on lines of their own when narrow (LogLayout).
            var layout = LogLayout(headers: fields.map { $0.column(in: language) }, maxWidth: maxWidth,
                                   changeWidth: Self.changeWidth(maxWidth ?? 0, values: values, year: today.year))
            let rows = changes.map { Self.row($0, clock: clock, values: values, countedIn: countedIn($0)) }
            for row in rows { layout.measure(row) }
            var output = BufferedStandardOutput()
            try output.writeLine(layout.header)
            for lines in layout.lines(rows) {
                for line in lines { try output.writeLine(line) }
            }
            try output.flush()
            for line in Self.footer(changes, since: day.map(values.date), clock: clock, language: language, maxWidth: maxWidth) { print(line) }
        }
    }

    /// A day typed for --since: a date form, or the latest such weekday up to `today`.
    static func day(_ text: String, today: CalendarDay, calendar: CalendarSystem = .gregorian) -> CalendarDay? {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if word.count >= 3, let index = names.firstIndex(where: { $0.hasPrefix(word) }) {
            return today.adding(days: -((today.isoWeekday - 1 - index + 7) % 7))
        }
        return DateInput.parse(text, today: today, calendar: calendar)
    }

    /// A change as a row of the log in the words of `values`: when (on the
    /// clock in force then, ``HistoryClock``, its zone named when not today's),
    /// who, milestone (or "roadmap" for a change of the time zone), field,
    /// what changed (whole), why, after the week the report counts it in when
    /// that is not the week of the day shown.
    static func row(_ change: LoggedChange, clock: HistoryClock, values: ValueWording, countedIn: IsoWeek? = nil) -> LogRow {
        let entry = change.entry
        let what: String
        if entry.isComment {
            what = change.change()
        } else {
            let value = { (text: String?) in text.map { values.recorded($0, field: entry.field) } ?? "–" }
            what = "\(value(entry.from)) → \(value(entry.to))"
        }
        // `unknown` in English, as `--author unknown` picks it; the UI's log screen's word otherwise.
        let author = entry.by ?? (values.language == .en ? change.author : UIText.unknownAuthor.text(values.language))
        let subject = change.isWholeRoadmap ? FieldWord.wholeRoadmap.name(in: values.language) : change.milestoneID
        let why = [countedIn.map { CLIText.countedIn($0, in: values.language) }, entry.reason].compactMap { $0 }.joined(separator: " · ")
        return LogRow(columns: [clock.time(of: entry, values: values, labelled: false), author, subject,
                                FieldWord.historyField(entry.field, in: values.language)],
                      zone: clock.label(of: entry), change: what, why: why)
    }

    /// The log's closing line for `changes`: how many, since when, and the
    /// clock (rows on several clocks: the others named and the order said,
    /// try-23 6); broken between words at `maxWidth` on a terminal (on mixed
    /// clocks it passes 80 cells).
    static func footer(_ changes: [LoggedChange], since day: String?, clock: HistoryClock, language: InterfaceLanguage, maxWidth: Int?) -> [String] {
        let earlier = changes.compactMap { clock.label(of: $0.entry) }.uniqued()
        let footer = CLIText.logFooter(count: changes.count, since: day, in: language) + " · " + clock.note(in: language, labelled: earlier)
        return maxWidth.map { DisplayWidth.wrap(footer, to: $0) } ?? [footer]
    }

    /// The widest a change is shown beside its row on a terminal `width`
    /// cells wide: a third of it, and never less than a date's move in the
    /// calendar shown (as the UI's log).
    static func changeWidth(_ width: Int, values: ValueWording, year: Int) -> Int {
        max(LoggedChange.changeWidth(inTable: width), 2 * widestDate(values, year: year) + 3)
    }

    /// The widest date of `year` in the language and calendar of `values`.
    static func widestDate(_ values: ValueWording, year: Int) -> Int {
        (1...12).compactMap { CalendarDay(year: year, month: $0, day: 28) }.map { DisplayWidth.of(values.date($0)) }.max() ?? 10
    }

    static func json(_ change: LoggedChange) -> JSONValue {
        let entry = change.entry
        return .object([
            JSONMember(key: "at", value: .string(entry.at.description)),
            JSONMember(key: "by", value: MilestoneJSON.optional(entry.by)),
            // A change of the whole roadmap (the time zone) has neither.
            JSONMember(key: "milestone", value: change.isWholeRoadmap ? .null : .string(change.milestoneID)),
            JSONMember(key: "workstream", value: change.isWholeRoadmap ? .null : .string(change.workstreamID)),
            JSONMember(key: "field", value: .string(entry.field)),
            JSONMember(key: "from", value: MilestoneJSON.optional(entry.from)),
            JSONMember(key: "to", value: MilestoneJSON.optional(entry.to)),
            JSONMember(key: "reason", value: MilestoneJSON.optional(entry.reason)),
        ])
    }
}
