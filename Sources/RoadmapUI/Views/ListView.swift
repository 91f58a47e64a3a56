import RoadmapCore

extension AppState {
    /// The milestone table of the current workstream (rows 2 … height-3).
    func drawList(into grid: inout Grid) {
        let milestones = currentMilestones
        let top = selection.isEmpty ? 0 : scroll[workstream]
        let visible = top..<min(rowCount, top + listHeight)
        let shown = visible.map { milestones[milestoneIndex(row: $0)] }

        let idWidth = max(DisplayWidth.of(UIText.id.text(language)), shown.map { DisplayWidth.of($0.id) }.max() ?? 0)
        let statusWidth = 2 + (Status.allCases.map { DisplayWidth.of(StatusText.word($0, language)) }.max() ?? 0)
        let dueWidth = max(DisplayWidth.of(UIText.due.text(language)), dateColumnWidth)
        let ownerWidth = min(width >= 120 ? 20 : 12, max(DisplayWidth.of(UIText.owner.text(language)),
                                                        shown.map { DisplayWidth.of($0.owner ?? "") }.max() ?? 0))
        let columns = [2, idWidth, statusWidth, dueWidth, ownerWidth]
        var xs: [Int] = []
        var x = 0
        for w in columns {
            xs.append(x)
            x += w + (xs.count == 1 ? 0 : 2)
        }
        xs.append(x)  // title
        let titleWidth = max(0, width - x)

        let header = CellStyle(bold: true, underline: true)
        grid.fill(x: 0, y: 2, width: width, style: header)
        for (i, label) in [UIText.id, .status, .due, .owner, .title].enumerated() {
            grid.put(label.text(language), x: xs[i + 1], y: 2, style: header, maxWidth: i < 4 ? columns[i + 1] : titleWidth)
        }

        if rowCount == 0 {
            let empty = filter.isEmpty ? UIText.noMilestones : UIText.noMatches
            grid.put(empty.text(language), x: 2, y: 3, style: .dim)
            return
        }
        for (offset, milestone) in shown.enumerated() {
            let row = visible.lowerBound + offset
            let y = 3 + offset
            let selected = row == selectedRow
            var base: CellStyle = milestone.status.isClosed ? .dim : .plain
            if selected { base = CellStyle(bold: true, reverse: true) }
            grid.fill(x: 0, y: y, width: width, style: base)
            if marked.contains(milestone.id.lowercased()) {
                grid.put(glyphs == .unicode ? "●" : "*", x: 0, y: y, style: base)
            }
            grid.put(milestone.id, x: xs[1], y: y, style: base, maxWidth: idWidth)
            var statusStyle = base
            if !selected && !milestone.status.isClosed { statusStyle.foreground = StatusText.color(milestone.status) }
            grid.put("\(StatusText.glyph(milestone.status, glyphs)) \(StatusText.word(milestone.status, language))",
                     x: xs[2], y: y, style: statusStyle, maxWidth: statusWidth)
            var dueStyle = dueStyle(milestone)
            if selected { dueStyle.reverse = true; dueStyle.bold = true } else if milestone.status.isClosed { dueStyle.dim = true }
            grid.put(milestone.due.map(formatDate) ?? "–", x: xs[3], y: y, style: dueStyle, maxWidth: dueWidth)
            grid.put(DisplayWidth.truncate(milestone.owner ?? "", to: ownerWidth, ellipsis: true), x: xs[4], y: y, style: base, maxWidth: ownerWidth)
            grid.put(DisplayWidth.truncate(TerminalSafe.escape(title(milestone.title)), to: titleWidth, ellipsis: true),
                     x: xs[5], y: y, style: base, maxWidth: titleWidth)
        }
        // A scroll position when the list does not fit; a preview of the
        // selected milestone in the room left when it does.
        if rowCount > listHeight {
            let text = " \(selectedRow + 1)/\(rowCount) "
            grid.put(text, x: width - DisplayWidth.of(text), y: 2, style: header)
        } else if let milestone = selectedMilestone, listHeight - rowCount >= 7 {
            let top = 3 + rowCount + 1
            grid.fill(x: 0, y: top - 1, width: width, style: .dim, character: glyphs == .unicode ? "─" : "-")
            drawLines(detailLines(milestone, width: width - 2), from: 0, into: &grid, top: top)
        }
    }
}
