import RoadmapCore

extension AppState {
    /// The log screen: a header, one row per change (day, who, milestone
    /// or "Roadmap" for a change of the time zone,
    /// field, from → to, why), lined up by ``TextTable`` in terminal cells,
    /// and the clock the days are on (``HistoryClock``).
    func drawLog(into grid: inout Grid) {
        let changes = logChanges
        guard !changes.isEmpty else {
            grid.put(UIText.noHistory.text(language), x: 2, y: 2, style: .dim)
            return
        }
        let shown = changes.dropFirst(logScroll).prefix(logHeight)
        // Who gives way first on a narrow screen, so the reasons keep some room (TextTable).
        var table = TextTable(columns: [UIText.logWhen, .logWho, .id, .logField, .logChange, .logWhy].map {
            TextTable.Column($0.text(language), shrinksTo: $0 == .logWho ? 10 : nil)
        })
        // A third of the width, and never less than a date's move in the calendar shown.
        let changeWidth = max(LoggedChange.changeWidth(inTable: width - 1), 2 * dateColumnWidth + 3)
        // Each day on the clock in force when the change was made (the report's rule); the row above
        // the hint names today's clock and those of the days marked `*`.
        let clock = HistoryClock(roadmap), words = ValueWording(language: language, calendar: calendar)
        let earlier = shown.compactMap { clock.label(of: $0.entry) }.uniqued()
        // One earlier clock is marked `*`; several are told apart, `*1`, `*2`, in the order the note names them.
        func mark(_ label: String?) -> String {
            guard let label else { return "" }
            return earlier.count == 1 ? "*" : "*\(earlier.firstIndex(of: label)! + 1)"
        }
        func cells(_ change: LoggedChange) -> [String] {
            let entry = change.entry
            let author = entry.by ?? UIText.unknownAuthor.text(language)
            let subject = change.isWholeRoadmap ? FieldWord.wholeRoadmap.label(in: language) : change.milestoneID
            // A day on another clock is marked (the row above the hint names that clock), to keep the column narrow.
            return [words.date(clock.day(of: entry)) + mark(clock.label(of: entry)), author, subject, historyFieldText(entry.field),
                    historyChangeText(entry, width: changeWidth), entry.reason ?? ""]
        }
        // Columns as wide as the rows on screen need, so scrolling costs only those rows.
        for change in shown { table.measure(cells(change)) }
        let widths = table.widths(maxWidth: width - 1)
        grid.put(table.headerLine(widths: widths), x: 1, y: 1, style: CellStyle(bold: true, underline: true), maxWidth: width - 1)
        for (offset, change) in shown.enumerated() {
            let style: CellStyle = highlighted.contains(change.milestoneID.lowercased()) ? .bold : .plain
            // Still too wide (the fixed columns alone fill a narrow screen): cut with …, never mid-date unmarked.
            let line = DisplayWidth.truncate(table.line(cells(change), widths: widths), to: width - 1, ellipsis: true)
            grid.put(line, x: 1, y: 2 + offset, style: style, maxWidth: width - 1)
        }
        let marked = earlier.count == 1 ? earlier : earlier.enumerated().map { "*\($0.offset + 1) \($0.element)" }
        let note = clock.note(in: language) + (earlier.isEmpty ? "" : " · " + UIText.earlierClock.text(language, marked.joined(separator: ", ")))
        grid.put(note, x: 1, y: height - 3, style: .dim, maxWidth: width - 2)
        if changes.count > logHeight {
            let text = " \(logScroll + 1)–\(logScroll + shown.count)/\(changes.count) "
            grid.put(text, x: max(0, width - DisplayWidth.of(text)), y: height - 3, style: .dim)
        }
    }
}
