import RoadmapCore

extension AppState {
    /// The log screen: a header, one row per change (day, who, milestone
    /// or "Roadmap" for a change of the time zone,
    /// field, from → to, why), laid out by ``LogLayout`` as `roadmap log`
    /// lays them out on a terminal this wide (nothing cut: on a narrow screen
    /// reasons and long updates on lines of their own), and the clock the
    /// days are on (``HistoryClock``).
    func drawLog(into grid: inout Grid) {
        let changes = logChanges
        guard !changes.isEmpty else {
            grid.put(UIText.noHistory.text(language), x: 2, y: 2, style: .dim)
            return
        }
        let page = logPage(from: logScroll)
        grid.put(page.header, x: 1, y: 1, style: CellStyle(bold: true, underline: true), maxWidth: width - 1)
        var y = 2
        for (change, lines) in zip(changes.dropFirst(logScroll), page.lines) {
            let style: CellStyle = highlighted.contains(change.milestoneID.lowercased()) ? .bold : .plain
            for line in lines {
                grid.put(line, x: 1, y: y, style: style, maxWidth: width - 1)
                y += 1
            }
        }
        // The row above the hint names today's clock and those of the days marked `*` (or `*1`, `*2`… for several).
        let clock = HistoryClock(roadmap)
        let shown = changes.dropFirst(logScroll).prefix(page.lines.count)
        let marked = page.earlier.count == 1 ? page.earlier : page.earlier.enumerated().map { "*\($0.offset + 1) \($0.element)" }
        let note = clock.note(in: language) + (page.earlier.isEmpty ? "" : " · " + UIText.earlierClock.text(language, marked.joined(separator: ", ")))
        grid.put(note, x: 1, y: height - 3, style: .dim, maxWidth: width - 2)
        if shown.count < changes.count {
            let text = " \(logScroll + 1)–\(logScroll + shown.count)/\(changes.count) "
            grid.put(text, x: max(0, width - DisplayWidth.of(text)), y: height - 3, style: .dim)
        }
    }
}
