import Foundation
import RoadmapCore

/// What `set` and `comment` answer once they have recorded changes. On a
/// terminal (or, for `comment`, with `--lang`) the changes as `roadmap log`
/// prints them: a row each (when, who, milestone, field, from → to, why) in
/// the language and calendar `log` would use, then log's closing line, which
/// names the clock. Piped, the plain lines scripts have always read:
/// `SC3: status planned → in-progress`, `CE5: update 2026-12-04T02:00:00Z by …: …`.
enum ChangeEcho {
    /// The lines for `entries` recorded on `milestoneID`; `plain` gives the piped line of each.
    static func lines(_ entries: [HistoryEntry], milestoneID: String, clock: HistoryClock, display: some DisplayOptionFields,
                      calendar: some CalendarOptionFields, plain: (HistoryEntry) -> String) -> [String] {
        guard display.lang != nil || isatty(STDOUT_FILENO) == 1 else { return entries.map { TerminalSafe.escape(plain($0)) } }
        let language = display.valueLanguage
        // As `log`: English keeps the file's words and ISO dates.
        let values = ValueWording(language: language, calendar: language == .en ? .gregorian : calendar.system(for: language))
        var table = TextTable(columns: Array(repeating: .init(""), count: 6))
        // Newest first, as the log lists them.
        for entry in entries.reversed() {
            let change = LoggedChange(milestoneID: milestoneID, workstreamID: "", entry: entry)
            table.append(LogCommand.cells(change, changeWidth: nil, clock: clock, values: values))
        }
        return table.render().dropFirst() + [CLIText.logFooter(count: entries.count, since: nil, in: language) + " · " + clock.note(in: language)]
    }
}
