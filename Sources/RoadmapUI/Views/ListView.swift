import RoadmapCore

extension AppState {
    /// The milestone table of the current workstream (rows 2 … height-3).
    func drawList(into grid: inout Grid) {
        let milestones = currentMilestones
        let top = selection.isEmpty ? 0 : scroll[workstream]
        let visible = top..<min(rowCount, top + listHeight)
        let shown = visible.map { milestones[milestoneIndex(row: $0)] }

        let idWidth = max(DisplayWidth.of(FieldWord.id.column(in: language)), shown.map { DisplayWidth.of($0.id) }.max() ?? 0)
        let statusWidth = 2 + (Status.allCases.map { DisplayWidth.of(StatusText.word($0, language)) }.max() ?? 0)
        let dueWidth = max(DisplayWidth.of(FieldWord.due.column(in: language)), dateColumnWidth)
        // The owner as wide as it needs, up to 12 columns below 120 and a fifth of the screen from there; the title gets the rest.
        let ownerWidth = min(width < 120 ? 12 : width / 5, max(DisplayWidth.of(FieldWord.owner.column(in: language)),
                                                     shown.map { DisplayWidth.of(TerminalSafe.escape($0.owner ?? "")) }.max() ?? 0))
        // Lead when any milestone names one; slip when there is a baseline to measure against.
        var columns: [(label: FieldWord, width: Int)] = [(.id, idWidth), (.status, statusWidth), (.due, dueWidth)]
        if attention.anyLead {
            columns.append((.lead, (Lead.allCases.map { UIText.leadShort($0).text(language) } + [FieldWord.lead.column(in: language)]).map(DisplayWidth.of).max()!))
        }
        if roadmap.currentBaseline != nil {
            columns.append((.slip, max(DisplayWidth.of(FieldWord.slip.column(in: language)), shown.map { DisplayWidth.of(slipText($0) ?? "") }.max() ?? 0)))
        }
        // The title keeps 16 columns at least: the owner gives them up, down to 6.
        let titleRoom = width - 2 - columns.reduce(0) { $0 + $1.width + 2 }
        columns.append((.owner, max(min(ownerWidth, 6), min(ownerWidth, titleRoom - 2 - 16))))
        var xs: [FieldWord: Int] = [:]
        var x = 2  // after the mark and off-track glyphs
        for column in columns {
            xs[column.label] = x
            x += column.width + 2
        }
        let titleWidth = max(0, width - x)

        let header = CellStyle(bold: true, underline: true)
        grid.fill(x: 0, y: 2, width: width, style: header)
        for column in columns + [(.title, titleWidth)] {
            grid.put(column.label.column(in: language), x: xs[column.label] ?? x, y: 2, style: header, cutTo: column.width)
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
            if selected {
                base = CellStyle(bold: true, reverse: true)
                grid.cursor = Grid.Cursor(x: 0, y: y, visible: false)
            }
            grid.fill(x: 0, y: y, width: width, style: base)
            if marked.contains(milestone.id.lowercased()) {
                grid.put(glyphs == .unicode ? "●" : "*", x: 0, y: y, style: base)
            }
            let location = Roadmap.Location(workstream: workstream, milestone: milestoneIndex(row: row))
            if attention.waitsOnOffTrack(location) {
                grid.put(Self.offTrackGlyph, x: 1, y: y, style: selected ? base : CellStyle(foreground: .red, bold: true))
            }
            // A milestone just changed from outside shows its id reversed for a few seconds.
            let idStyle = !selected && highlighted.contains(milestone.id.lowercased()) ? CellStyle(foreground: .cyan, bold: true, reverse: true) : base
            grid.put(milestone.id, x: xs[.id]!, y: y, style: idStyle, maxWidth: idWidth)
            var statusStyle = base
            if !selected && !milestone.status.isClosed { statusStyle.foreground = StatusText.color(milestone.status) }
            grid.put("\(StatusText.glyph(milestone.status, glyphs)) \(StatusText.word(milestone.status, language))",
                     x: xs[.status]!, y: y, style: statusStyle, maxWidth: statusWidth)
            var dueStyle = dueStyle(milestone)
            if selected { dueStyle.reverse = true; dueStyle.bold = true } else if milestone.status.isClosed { dueStyle.dim = true }
            grid.put(milestone.due.map(formatDate) ?? "–", x: xs[.due]!, y: y, style: dueStyle, maxWidth: dueWidth)
            if let leadX = xs[.lead], let lead = milestone.lead {
                grid.put(UIText.leadShort(lead).text(language), x: leadX, y: y, style: base)
            }
            if let slipX = xs[.slip], let slip = slipText(milestone) {
                var slipStyle = base
                if !selected && attention.slipMeter?.slip(of: milestone).isLate == true { slipStyle.foreground = .yellow }
                let slipWidth = columns.first { $0.label == .slip }!.width
                grid.put(DisplayWidth.padLeft(slip, to: slipWidth), x: slipX, y: y, style: slipStyle)
            }
            grid.put(TerminalSafe.escape(milestone.owner ?? ""), x: xs[.owner]!, y: y, style: base, cutTo: columns.last!.width)
            grid.put(DisplayWidth.truncate(TerminalSafe.escape(title(milestone.title)), to: titleWidth, ellipsis: true),
                     x: x, y: y, style: base, maxWidth: titleWidth)
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
