import ArgumentParser
import Foundation
import RoadmapCore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Every change in the roadmap, newest first: when, who, milestone, field, from → to, why.",
        discussion: """
            Read from the milestones' history and the time zone's (changes of the programme's time zone \
            are listed with the id "roadmap", and left out by --workstream and milestone ids), so it \
            answers "what changed since Monday, and who did it" for changes made in any office. --author NAME shows only the changes by authors whose \
            name holds NAME (any part, ignoring case, as git log --author: 田中 finds 田中 花子); a change recorded without an author shows as unknown (--author unknown picks \
            those). Times are on the programme's clock (the time zone the file names, else this machine's); --since takes a date (\(DateInput.formsHelp)) or a weekday name \
            (the latest one up to today); with --calendar buddhist a year from 2400 is B.E., and a date more \
            than 50 years from today is refused (65) unless --calendar gregorian is given.
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

    /// `--lang`: the headers, field names and closing line (values stay the file's words).
    @OptionGroup var display: DisplayOptions

    /// `--calendar buddhist`: a `--since` year from 2400 is B.E.
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
            // Days and times on the programme's clock: the file's zone, else the machine's.
            let zone = roadmap.clock()
            let changes = RoadmapLog.changes(
                in: roadmap, filter: .init(since: day, author: global.author, workstream: workstream, milestones: Set(ids)), day: { $0.day(in: zone) })
            if json {
                print(JSONValue.array(changes.map(Self.json)).serialized(), terminator: "")
                return
            }
            let language = InterfaceLanguage(rawValue: display.language) ?? .en
            var table = TextTable(columns: [FieldWord.when, .who, .id, .field, .change, .why].map { .init($0.column(in: language)) })
            let maxWidth = isatty(STDOUT_FILENO) == 1 ? terminalColumns() : nil
            for change in changes {
                table.append(Self.cells(change, changeWidth: maxWidth.map(LoggedChange.changeWidth(inTable:)), zone: zone, language: language))
            }
            var output = BufferedStandardOutput()
            for line in table.render(maxWidth: maxWidth) { try output.writeLine(line) }
            try output.flush()
            print(CLIText.logFooter(count: changes.count, since: day.map { "\($0)" }, in: language))
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

    /// The table's cells: when (on the clock of `zone`), who, milestone (or
    /// "roadmap" for a change of the time zone), field
    /// (named in `language`), what changed (the file's words, cut to
    /// `changeWidth` on a terminal), why.
    static func cells(_ change: LoggedChange, changeWidth: Int?, zone: TimeZone, language: InterfaceLanguage) -> [String] {
        let entry = change.entry
        let subject = change.isWholeRoadmap ? FieldWord.wholeRoadmap.name(in: language) : change.milestoneID
        return [entry.at.minute(in: zone), change.author, subject, FieldWord.historyField(entry.field, in: language),
                change.change(width: changeWidth), entry.reason ?? ""]
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
