import Foundation
import RoadmapCore

/// What `set` and `comment` answer once they have recorded changes. On a
/// terminal (or, for `comment`, with `--lang`) the changes as `roadmap log`
/// prints them: a row each (when, who, milestone, field, from → to, why) in
/// the language and calendar `log` would use, laid out for the terminal as
/// `log` lays them out there (``LogLayout``: reasons on lines of their own
/// when narrow, wrapped between words; one line each with `--lang` piped),
/// then log's closing line, which names the clock. Piped, the plain lines scripts have always read:
/// `SC3: status planned → in-progress`, `CE5: update 2026-12-04T02:00:00Z by …: …`.
enum ChangeEcho {
    /// The lines for `entries` recorded on `milestoneID`; `plain` gives the piped line of each.
    static func lines(_ entries: [HistoryEntry], milestoneID: String, clock: HistoryClock, display: some DisplayOptionFields,
                      calendar: some CalendarOptionFields, plain: (HistoryEntry) -> String) -> [String] {
        guard display.lang != nil || isatty(STDOUT_FILENO) == 1 else { return entries.map { TerminalSafe.escape(plain($0)) } }
        let language = display.valueLanguage
        // As `log`: English keeps the file's words and ISO dates.
        let values = ValueWording(language: language, calendar: language == .en ? .gregorian : calendar.system(for: language))
        let maxWidth = isatty(STDOUT_FILENO) == 1 ? terminalColumns() : nil
        let year = entries.last.map { clock.day($0.at).year } ?? 2000
        var layout = LogLayout(headers: Array(repeating: "", count: 6), maxWidth: maxWidth,
                               changeWidth: LogCommand.changeWidth(maxWidth ?? 0, values: values, year: year))
        // Newest first, as the log lists them.
        let changes = entries.reversed().map { LoggedChange(milestoneID: milestoneID, workstreamID: "", entry: $0) }
        let rows = changes.map { LogCommand.row($0, clock: clock, values: values) }
        for row in rows { layout.measure(row) }
        return layout.lines(rows).flatMap { $0 } + LogCommand.footer(changes, since: nil, clock: clock, language: language, maxWidth: maxWidth)
    }
}
