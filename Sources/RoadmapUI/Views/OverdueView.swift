import RoadmapCore

extension AppState {
    /// Every overdue milestone of every workstream (rows 2 … height-3):
    /// id, workstream, status, due date, days late, title.
    func drawOverdue(into grid: inout Grid) {
        let rows = overdueLocations
        let header = CellStyle(bold: true, underline: true)
        grid.fill(x: 0, y: 1, width: width, style: header)
        guard !rows.isEmpty else {
            grid.put(UIText.noOverdue.text(language), x: 2, y: 2, style: .dim)
            return
        }
        let ids = rows.map { roadmap[$0].id }
        let idWidth = max(DisplayWidth.of(FieldWord.id.column(in: language)), ids.map(DisplayWidth.of).max()!)
        let statusWidth = 2 + Status.allCases.map { DisplayWidth.of(StatusText.word($0, language)) }.max()!
        let lateWidth = rows.map { DisplayWidth.of(dueNote(roadmap[$0]) ?? "") }.max()!
        let columns: [(String, Int)] = [
            (FieldWord.id.column(in: language), idWidth),
            (FieldWord.workstream.column(in: language), min(10, DisplayWidth.of(FieldWord.workstream.column(in: language)))),
            (FieldWord.status.column(in: language), statusWidth), (FieldWord.due.column(in: language), dateColumnWidth),
            ("", lateWidth),
        ]
        var xs: [Int] = []
        var x = 1
        for (label, columnWidth) in columns {
            xs.append(x)
            grid.put(DisplayWidth.truncate(label, to: columnWidth, ellipsis: true), x: x, y: 1, style: header)
            x += columnWidth + 2
        }
        grid.put(FieldWord.title.column(in: language), x: x, y: 1, style: header)
        let selected = min(overdueRow, rows.count - 1), top = overdueTop
        for (offset, location) in rows.dropFirst(top).prefix(overdueHeight).enumerated() {
            let milestone = roadmap[location], y = 2 + offset
            let isSelected = top + offset == selected
            let base: CellStyle = isSelected ? CellStyle(bold: true, reverse: true) : .plain
            grid.fill(x: 0, y: y, width: width, style: base)
            if isSelected { grid.cursor = Grid.Cursor(x: 0, y: y, visible: false) }
            grid.put(milestone.id, x: xs[0], y: y, style: base)
            grid.put("\(location.workstream + 1)", x: xs[1], y: y, style: base)
            grid.put("\(StatusText.glyph(milestone.status, glyphs)) \(StatusText.word(milestone.status, language))", x: xs[2], y: y, style: base)
            var late = dueStyle(milestone)
            if isSelected { late.reverse = true }
            grid.put(milestone.due.map(formatDate) ?? "", x: xs[3], y: y, style: late)
            grid.put(dueNote(milestone) ?? "", x: xs[4], y: y, style: late)
            grid.put(DisplayWidth.truncate(TerminalSafe.escape(title(milestone.title)), to: max(0, width - x - 1), ellipsis: true), x: x, y: y, style: base)
        }
    }
}
