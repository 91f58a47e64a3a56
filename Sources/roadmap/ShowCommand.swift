import ArgumentParser
import Foundation
import RoadmapCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one milestone: titles, owner, lead, slip, dependencies, notes and history.",
        discussion: """
            The title, labels and values (status, lead side, slip, dates, history times, dependencies) \
            follow --lang and --calendar (Buddhist Era by default in Thai); in English values are the \
            file's words; --json does not change. History is newest first, each time on the programme's clock in force \
            when the change was made (its zone named beside it when that is not today's clock, which the history's \
            heading names). On a terminal (or with --width) long lines wrap at spaces and between Thai words, \
            never inside a date, under the value column. \
            Slip is measured against every saved baseline (or --baseline NAME). "waits for" lists what must \
            finish first, flagging links that are off track; "holds up" lists what waits for it; "upstream" \
            is everything it waits for, directly or through others.
            """
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The milestone's id (any case).")
    var id: String

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @Option(help: ArgumentHelp("Measure slip against this baseline only (JSON: default the latest).", valueName: "name"))
    var baseline: String?

    @Option(help: ArgumentHelp("Wrap long lines to this many columns (default: the terminal's when the output is one, else no wrapping).",
                               valueName: "n"))
    var width: Int?

    @OptionGroup var display: DisplayOptions
    @OptionGroup var calendar: CalendarOptions

    func validate() throws { try request.validate() }

    func run() throws { try request.run() }

    /// What the command line asks for; `show` runs from it.
    var request: Request {
        Request(global: global.plain, id: id, json: json, baseline: baseline, width: width, display: display.plain, calendar: calendar.plain)
    }

    /// `show`'s arguments as plain values, made by ArgumentParser or by ``FastCommandLine``.
    struct Request: CommandRequest {
        var global: PlainGlobalOptions
        var id: String
        var json: Bool
        var baseline: String?
        /// `--width`: the columns to wrap to; nil: the terminal's, or none when the output is not one.
        var width: Int?
        var display: PlainDisplayOptions
        var calendar: PlainCalendarOptions

        func validate() throws {
            if let width, !(ShowCommand.minimumWidth...TimelineCommand.maximumWidth).contains(width) {
                throw ValidationError("--width must be from \(ShowCommand.minimumWidth) to \(TimelineCommand.maximumWidth).")
            }
            try display.check()
            try calendar.check()
            try display.requireOne()
        }
    }
}

extension ShowCommand.Request {
    func run() throws {
        try reportingErrors {
            let context = try global.context()
            let roadmap = try context.store.load()
            let today = context.today(for: roadmap)
            guard let location = roadmap.locate(id) else { throw RoadmapError.unknownMilestone(id) }
            let milestone = roadmap[location]
            let workstream = roadmap.workstreams[location.workstream]
            let chosen = try baseline.map { name throws(RoadmapError) in try BaselineCommand.named(name, in: roadmap) }
            if json {
                let slip = (chosen ?? roadmap.currentBaseline).map { milestone.slip(against: $0) }
                let offTrack = roadmap.waitsFor(location, today: today).filter { $0.offTrack != nil }.map { (roadmap[$0.link.predecessor].id, $0) }
                print(MilestoneJSON.detail(milestone, workstream: workstream.id, today: today, slip: slip, offTrack: offTrack).serialized(),
                      terminator: "")
                return
            }
            let baselines = chosen.map { [$0] } ?? roadmap.baselines
            let language = display.valueLanguage
            let values = ValueWording(language: language, calendar: calendar.system(for: language))
            let columns = width ?? (isatty(STDOUT_FILENO) == 1 ? terminalColumns() : nil)
            for line in ShowCommand.lines(roadmap, location, baselines: baselines, today: today, values: values, width: columns) { print(line) }
        }
    }
}

extension ShowCommand {
    /// The narrowest `--width`, as the snapshot's.
    static let minimumWidth = SnapshotStyle.minimumWidth

    /// What `show` prints of the milestone at `location`, in the language and
    /// calendar of `values`. With `width` (a terminal's, or `--width`) long
    /// lines wrap at spaces and between Thai words, never inside a date,
    /// continuation lines under the value column; without, each is one line.
    static func lines(_ roadmap: Roadmap, _ location: Roadmap.Location, baselines: [Baseline], today: CalendarDay, values plain: ValueWording,
                      width: Int? = nil) -> [String] {
        let milestone = roadmap[location], workstream = roadmap.workstreams[location.workstream]
        // Dates glued (no-break spaces) while lines are made, so that wrapping never splits one.
        var values = plain
        values.keepTogether = width != nil
        // Each change on the clock in force when it was made, as `roadmap log` and the UI show them.
        let clock = HistoryClock(roadmap)
        var table = TextTable(columns: [.init(""), .init("")])
        // Labels in the language shown (`--lang th`): the one table of field names.
        let language = values.language
        let name = { (word: FieldWord) in word.name(in: language) }
        table.append([name(.workstream), "\(workstream.id) — \(workstream.title.text(in: language.rawValue))"])
        table.append([name(.status), values.status(milestone.status)])
        if let start = milestone.start { table.append([name(.start), values.date(start)]) }
        if let due = milestone.due {
            let days = today.days(until: due)
            let note = milestone.status.isClosed ? "" : CLIText.dueNote(days: days, in: language)
            table.append([name(.due), values.date(due) + note])
        } else {
            table.append([name(.due), "-"])
        }
        table.append([name(.owner), milestone.owner ?? "-"])
        table.append([name(.lead), milestone.lead.map(values.lead) ?? "-"])
        for baseline in baselines {
            let then = baseline.entry(for: milestone.id)?.due.map(values.date) ?? "-"
            table.append([name(.slip), CLIText.slipAgainst(values.slip(milestone.slip(against: baseline)), baseline: baseline.name, dueThen: then, in: language)])
        }
        let waitsOnLate = roadmap.waitsFor(location, today: today).contains { $0.offTrack != nil }
        if roadmap.needsAttention(location, today: today) || waitsOnLate, let why = milestone.stateExplanation {
            table.append([name(.why), Self.explanation(why, clock: clock, values: values)])
            // A later update says how it goes since: beside the why, not instead of it (try-23 10).
            if let update = milestone.history.lastIndex(where: \.isComment), let given = milestone.history.lastIndex(of: why), update > given {
                table.append([name(.latest), Self.explanation(milestone.history[update], clock: clock, values: values)])
            }
        }
        if let translations = milestone.title.translations {
            for translation in translations { table.append(["\(name(.title)).\(translation.language)", translation.text]) }
        } else {
            table.append([name(.title), milestone.title.text(in: "")])
        }
        let head = [TerminalSafe.escape(milestone.id), TerminalSafe.escape(milestone.title.text(in: language.rawValue))]
        var out = Self.fitted([head], columns: 2, hangFrom: 1, indent: "", width: width)
        out += Self.fitted(table.rows, columns: 2, hangFrom: 1, indent: "  ", width: width)
        if let notes = milestone.notes {
            out.append("  " + name(.notes))
            out += Self.fitted(TerminalSafe.escapedLines(notes).map { ["", $0] }, columns: 2, hangFrom: 1, indent: "  ", width: width)
        }
        out += dependencyLines(roadmap, location, today: today, values: values, width: width)
        // The clock named once, on the history's heading (newest first, as `log` and the UI's detail list it).
        out.append("  " + name(.history) + (milestone.history.isEmpty ? "  " + CLIText.noHistory(in: language) : " · " + clock.note(in: language)))
        let rows = milestone.history.reversed().map { entry in
            let value = { (text: String?) in text.map { values.recorded($0, field: entry.field) } ?? "∅" }
            // An update's text alone: the field's column already names it (รายงานความคืบหน้า, 状況報告).
            let change = entry.isComment ? entry.to ?? "" : "\(value(entry.from)) → \(value(entry.to))"
            return [clock.time(entry.at, values: values), entry.by ?? "-", FieldWord.historyField(entry.field, in: language), change,
                    entry.reason.map { "(\($0))" } ?? ""]
        }
        out += Self.fitted(rows, columns: 5, hangFrom: 3, indent: "    ", width: width)
        return out
    }

    /// `rows` laid out as a table of `columns` columns under `indent`: each
    /// row one line without `width`, else wrapped to it from column
    /// `hangFrom` on (``TextTable/wrappedLines(_:widths:hangFrom:maxWidth:fallbackIndent:)``).
    static func fitted(_ rows: [[String]], columns: Int, hangFrom: Int, indent: String, width: Int?) -> [String] {
        var table = TextTable(columns: Array(repeating: .init(""), count: columns))
        for row in rows { table.append(row) }
        // The first column is as wide as its cells, not its (empty) header: a table of no rows prints nothing.
        let widths = table.widths()
        return table.rows.flatMap { row in
            let lines = width.map { table.wrappedLines(row, widths: widths, hangFrom: hangFrom, maxWidth: max(1, $0 - indent.count)) }
                ?? [table.line(row, widths: widths)]
            return lines.map { indent + $0 }
        }
    }

    /// A reason or update as shown beside a milestone that needs attention: `text — by, date`.
    /// The day is on the clock in force when it was written (``HistoryClock``),
    /// in the language and calendar of `values`.
    static func explanation(_ entry: HistoryEntry, clock: HistoryClock, values: ValueWording) -> String {
        let text = entry.explanationText ?? ""
        return "\(text) — \(entry.by.map { "\($0), " } ?? "")\(clock.date(entry.at, values: values))"
    }

    /// "waits for", "holds up" and "upstream", when the milestone has any.
    static func dependencyLines(_ roadmap: Roadmap, _ location: Roadmap.Location, today: CalendarDay, values: ValueWording,
                                width: Int? = nil) -> [String] {
        let language = values.language
        func describe(_ state: Roadmap.LinkState, other: Roadmap.Location) -> [String] {
            let milestone = roadmap[other]
            let flag = state.offTrack.map { CLIText.offTrack(values.offTrack($0), in: language) } ?? ""
            let cross = state.link.crossesWorkstreams ? CLIText.otherWorkstream(in: language) : ""
            return [milestone.id, values.status(milestone.status), milestone.due.map(values.date) ?? "-", cross, flag]
        }
        var out: [String] = []
        for (label, states, end) in [(FieldWord.waitsFor.name(in: language), roadmap.waitsFor(location, today: today), \Roadmap.Link.predecessor),
                                     (FieldWord.holdsUp.name(in: language), roadmap.holdsUp(location, today: today), \Roadmap.Link.successor)] where !states.isEmpty {
            out.append("  \(label)")
            out += fitted(states.map { describe($0, other: $0.link[keyPath: end]) }, columns: 5, hangFrom: 3, indent: "    ", width: width)
        }
        let upstream = roadmap.upstream(of: location)
        if upstream.count > roadmap[location].depends.count {
            let ids = TerminalSafe.escape(upstream.map { roadmap[$0].id }.joined(separator: ", ")) + "  " + CLIText.nearestFirst(in: language)
            out += fitted([[FieldWord.upstream.name(in: language), ids]], columns: 2, hangFrom: 1, indent: "  ", width: width)
        }
        return out
    }
}
