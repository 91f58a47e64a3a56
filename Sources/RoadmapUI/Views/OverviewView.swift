import RoadmapCore

extension AppState {
    /// All workstreams side by side: progress, counts by status, overdue, next
    /// due; below them, the open milestones needing attention per lead side.
    func drawOverview(into grid: inout Grid) {
        let count = roadmap.workstreams.count
        guard count > 0 else { return }
        var sides = Lead.allCases.map { "\(UIText.leadSide($0).text(language)): \(attention.byLead[$0] ?? 0)" }
        if let unset = attention.byLead[nil] { sides.append("\(UIText.noLead.text(language)): \(unset)") }
        grid.put(UIText.needsAttention.text(language) + sides.joined(separator: " · "), x: 1, y: height - 3, style: .bold, cutTo: width - 2)
        let columnWidth = (width - 1) / count
        for (i, ws) in roadmap.workstreams.enumerated() {
            let x = 1 + i * columnWidth
            let w = columnWidth - 2
            var y = 3
            let heading = i == workstream ? CellStyle(bold: true, underline: true) : .bold
            grid.put("\(i + 1)", x: x, y: y, style: heading)
            for line in Grid.clipped(DisplayWidth.wrap(TerminalSafe.escape(title(ws.title)), to: w - 2), to: 2, width: w - 2) {
                grid.put(line, x: x + 2, y: y, style: heading, maxWidth: w - 2)
                y += 1
            }
            y = 6
            let tally = tallies[i]
            let total = tally.total, done = tally.done
            let percent = total == 0 ? 0 : done * 100 / total
            let summary = " \(done)/\(total) \(percent)%"
            grid.put(bar(done: done, total: total, width: max(1, w - DisplayWidth.of(summary))) + summary, x: x, y: y, maxWidth: w)
            y += 2
            for status in Status.allCases {
                let n = tally.count(status)
                let label = "\(StatusText.glyph(status, glyphs)) \(StatusText.word(status, language))"
                grid.put(DisplayWidth.pad(label, to: max(1, w - 4), ellipsis: true) + DisplayWidth.padLeft("\(n)", to: 4),
                         x: x, y: y, style: n == 0 ? .dim : CellStyle(foreground: StatusText.color(status)), maxWidth: w)
                y += 1
            }
            y += 1
            let overdue = tally.overdue
            let overdueLabel = DisplayWidth.pad(UIText.overdue.text(language), to: max(1, w - 4), ellipsis: true)
            grid.put(overdueLabel + DisplayWidth.padLeft("\(overdue)", to: 4), x: x, y: y,
                     style: overdue == 0 ? .dim : CellStyle(foreground: .red, bold: true), maxWidth: w)
            y += 2
            // The attention line (height - 3) is the bottom: on a short screen the next due gives way.
            guard y < height - 4 else { continue }
            grid.put(UIText.nextDue.text(language), x: x, y: y, style: .bold, cutTo: w)
            y += 1
            if let next = tally.nextDue, let due = next.due {
                grid.put("\(next.id) \(formatDate(due))", x: x, y: y, style: dueStyle(next), cutTo: w)
                y += 1
                for line in Grid.clipped(DisplayWidth.wrap(TerminalSafe.escape(title(next.title)), to: w), to: max(0, height - 3 - y), width: w) {
                    grid.put(line, x: x, y: y, maxWidth: w)
                    y += 1
                }
            } else {
                grid.put(UIText.none.text(language), x: x, y: y, style: .dim, maxWidth: w)
            }
        }
    }
}
