import RoadmapCore

/// The log screen (`H`): every change in the roadmap, newest first, or the
/// changes of one milestone (`H` on its detail, Tab switches).
extension AppState {
    /// `H`: opens the log of the whole roadmap, or from a milestone's detail, of that milestone.
    mutating func openLog() {
        logReturn = screen
        logScope = screen == .detail ? focusedMilestone?.id : nil
        logScroll = 0
        screen = .log
        listLog()
    }

    /// The changes the log screen lists (listed when it opened, its scope switched or the roadmap changed).
    var logChanges: [LoggedChange] { logListing?.changes ?? [] }

    /// Lists the log's changes again when the roadmap or the scope changed since they were listed.
    mutating func listLog() {
        if let listing = logListing, listing.scope == logScope, listing.source.isIdentical(to: roadmap) { return }
        logListing = (roadmap, logScope, RoadmapLog.changes(in: roadmap, filter: .init(milestones: logScope.map { [$0] } ?? [])))
    }

    /// Lines the log screen has room for.
    var logHeight: Int { max(1, height - 5) }

    /// A page of the log screen: the header and the lines of each change shown.
    struct LogPage {
        var header: String
        /// The lines of the changes shown, in order from the first; each change whole
        /// (only a change taller than the screen is cut, to its first lines).
        var lines: [[String]]
        /// The earlier clocks of the days marked on the page, in the order of their marks.
        var earlier: [String] = []
    }

    /// The page that starts at change `start`: as many changes as fit, laid
    /// out by ``LogLayout`` with the columns the rows on it need (so a long
    /// log costs only those rows).
    func logPage(from start: Int) -> LogPage {
        let changes = logChanges
        let window = changes[min(start, changes.count)..<min(changes.count, start + logHeight)]
        let clock = HistoryClock(roadmap), words = ValueWording(language: language, calendar: calendar)
        let headers = [UIText.logWhen, .logWho, .id, .logField, .logChange, .logWhy].map { $0.text(language) }
        // A third of the width, and never less than a date's move in the calendar shown.
        let layout = LogLayout(headers: headers, maxWidth: width - 1,
                               changeWidth: max(LoggedChange.changeWidth(inTable: width - 1), 2 * dateColumnWidth + 3))
        /// The rows of `changes`, a day on another clock than today's marked: `*` when the page has
        /// one such clock, else `*1`, `*2`… in the order of `earlier` (the row above the hint names them).
        func rows(_ changes: some Collection<LoggedChange>, earlier: [String]) -> [LogRow] {
            changes.map { change in
                let entry = change.entry
                let subject = change.isWholeRoadmap ? FieldWord.wholeRoadmap.label(in: language) : change.milestoneID
                // Each day on the clock in force when the change was made (the report's rule; a change of zone on the one it set).
                let mark = clock.label(of: entry).map { earlier.count == 1 ? "*" : "*\(earlier.firstIndex(of: $0).map { $0 + 1 } ?? 0)" } ?? ""
                return LogRow(columns: [words.date(clock.day(of: entry)) + mark,
                                        entry.by ?? UIText.unknownAuthor.text(language), subject, historyFieldText(entry.field)],
                              change: historyChangeText(entry), why: entry.reason ?? "")
            }
        }
        func earlier(_ changes: some Collection<LoggedChange>) -> [String] { changes.compactMap { clock.label(of: $0.entry) }.uniqued() }
        // Measured on the rows that may fit, then again on those that do, so that a column is
        // only as wide as the rows shown need (unless that leaves them fewer lines than they fit in).
        let all = earlier(window)
        let first = page(rows(window, earlier: all), layout: layout, earlier: all)
        let shown = first.lines.count
        guard shown < window.count else { return first }
        let onPage = earlier(window.prefix(shown))
        let second = page(rows(window.prefix(shown), earlier: onPage), layout: layout, earlier: onPage)
        return second.lines.count == shown ? second : first
    }

    /// As many of `rows` as fit on the screen, laid out after `blank` measures them.
    private func page(_ rows: [LogRow], layout blank: LogLayout, earlier: [String]) -> LogPage {
        var layout = blank
        for row in rows { layout.measure(row) }
        var page = LogPage(header: layout.header, lines: [], earlier: earlier)
        var used = 0
        for lines in layout.lines(rows) {
            if used + lines.count > logHeight {
                if page.lines.isEmpty { page.lines.append(Array(lines.prefix(logHeight))) }
                break
            }
            page.lines.append(lines)
            used += lines.count
        }
        return page
    }

    /// The first change of the last page: the one from which the rest of the log fits.
    var lastLogStart: Int {
        let count = logChanges.count
        var start = max(0, count - 1)
        while start > 0 && start - 1 + logPage(from: start - 1).lines.count == count { start -= 1 }
        return start
    }

    /// The first change of the page that ends just before change `end`.
    func logPageStart(endingBefore end: Int) -> Int {
        var start = max(0, end - 1)
        while start > 0 && start - 1 + logPage(from: start - 1).lines.count >= end { start -= 1 }
        return start
    }

    mutating func handleLog(_ key: Key) -> [Effect] {
        let count = logChanges.count
        switch key {
        case .escape, .character("H"), .enter, .backspace, .left, .character("h"): screen = logReturn
        case .down, .character("j"):
            if logScroll + logPage(from: logScroll).lines.count < count { logScroll += 1 }
        case .up, .character("k"): logScroll = max(0, logScroll - 1)
        case .pageDown, .control("f"), .character(" "):
            logScroll = min(lastLogStart, logScroll + max(1, logPage(from: logScroll).lines.count))
        case .pageUp, .control("b"): logScroll = logPageStart(endingBefore: logScroll)
        case .home, .character("g"): logScroll = 0
        case .end, .character("G"): logScroll = lastLogStart
        case .tab:
            logScope = logScope == nil ? focusedMilestone?.id : nil
            logScroll = 0
            listLog()
        default: break
        }
        return []
    }
}
