import RoadmapCore

extension AppState {
    /// The timeline screen: the axis labels and rule (rows 2–4), then a row
    /// per milestone under its workstream's heading, the selected one
    /// highlighted as in the list, the due dates of the latest baseline as
    /// ghosts, and the rows linked to the selected one by `depends` marked
    /// at the end of their labels (``TimelineDependencies``).
    func drawTimeline(into grid: inout Grid) {
        drawTimelineLegend(into: &grid)
        let chart = timelineChart
        let labelWidth = timelineLabelWidth, x0 = labelWidth + 1
        let ticks = chart.scale.ticks(columns: chart.columns, language: language, calendar: calendar, fiscal: timeline.fiscal)
        grid.put(UIText.zoomName(chart.scale.zoom).text(language), x: 1, y: 2, style: .dim, maxWidth: labelWidth - 1)
        grid.put(TimelineTick.line(ticks.upper, columns: chart.columns), x: x0, y: 2, style: .bold)
        grid.put(TimelineTick.line(ticks.lower, columns: chart.columns), x: x0, y: 3, style: .bold)
        grid.put(chart.rule(ascii: glyphs == .ascii), x: x0, y: 4, style: .dim)
        if let column = chart.todayColumn { grid.restyle(x: x0 + column, y: 4, width: 1) { $0 = CellStyle(foreground: .cyan, bold: true) } }

        let rows = timelineRows
        let top = timelineTop(in: rows)
        let selected = timelineSelectedRow(in: rows)
        let shown = top..<min(rows.count, top + timelineBodyHeight)
        let baseline = roadmap.currentBaseline, ascii = glyphs == .ascii
        var links: TimelineDependencies?
        if let selected, case .milestone(let location) = rows.row(selected) {
            links = TimelineDependencies(roadmap: roadmap, selected: location, today: today)
        }
        // Measured over the rows shown, as the list does: the cost stays with the screen, not the roadmap.
        let idWidth = min(labelWidth / 2, shown.compactMap { index -> Int? in
            guard case .milestone(let location) = rows.row(index) else { return nil }
            return DisplayWidth.of(roadmap[location].id)
        }.max() ?? 0)
        for index in shown {
            let y = 5 + index - top
            switch rows.row(index) {
            case .workstream(let w):
                let heading = "\(w + 1) \(title(roadmap.workstreams[w].title))"
                grid.put(heading, x: 0, y: y, style: CellStyle(bold: true, underline: w == workstream), maxWidth: width)
            case .milestone(let location):
                let milestone = roadmap[location]
                let isSelected = index == selected
                var base: CellStyle = milestone.status.isClosed ? .dim : .plain
                if isSelected {
                    base = CellStyle(bold: true, reverse: true)
                    grid.cursor = Grid.Cursor(x: 0, y: y, visible: false)
                }
                grid.fill(x: 0, y: y, width: width, style: base)
                let link = links?.marks[location]
                grid.put(TimelineChart.label(milestone, idWidth: idWidth, width: labelWidth - (link == nil ? 0 : 2), language: language), x: 0, y: y, style: base)
                if let link {
                    var style = link.offTrack ? CellStyle(foreground: .red, bold: true) : CellStyle(foreground: .cyan, bold: true)
                    if isSelected { style.reverse = true }
                    grid.put(TimelineDependencies.glyph(link, ascii: ascii), x: labelWidth - 2, y: y, style: style)
                }
                // Marked milestones (space in the list) change together: say so between label and axis.
                if marked.contains(milestone.id.lowercased()) { grid.put(glyphs == .unicode ? "●" : "*", x: labelWidth, y: y, style: base) }
                let marks = chart.marks(for: milestone, baselineDue: baseline?.entry(for: milestone.id)?.due)
                for (column, mark) in marks.enumerated() where mark != .empty {
                    var style = timelineStyle(mark, milestone)
                    if isSelected { style.reverse = true }
                    grid.put(TimelineChart.glyph(mark, ascii: ascii), x: x0 + column, y: y, style: style)
                }
            }
        }
    }

    /// The bottom row of the timeline: what each glyph means.
    func drawTimelineLegend(into grid: inout Grid) {
        let g = { (mark: TimelineMark) in TimelineChart.glyph(mark, ascii: self.glyphs == .ascii) }
        let text = UIText.timelineLegend.text(language, g(.due(.inProgress, overdue: false)), g(.bar), g(.openEnded), g(.baseline),
                                              g(.today), g(.earlier) + g(.later))
        grid.put(DisplayWidth.truncate(text, to: width - 2, ellipsis: true), x: 1, y: height - 3, style: .dim)
    }

    /// The colour of a mark: the status colour for markers and bars, red for
    /// anything overdue, dim for the today line, baseline ghosts and closed milestones.
    private func timelineStyle(_ mark: TimelineMark, _ milestone: Milestone) -> CellStyle {
        let overdue = milestone.isOverdue(today: today)
        switch mark {
        case .empty, .today, .baseline: return .dim
        case .bar: return CellStyle(foreground: StatusText.color(milestone.status), dim: milestone.status.isClosed)
        case .openEnded: return CellStyle(foreground: StatusText.color(milestone.status), dim: true)
        case .due: return overdue ? CellStyle(foreground: .red, bold: true, reverse: true) : CellStyle(foreground: StatusText.color(milestone.status), bold: true)
        case .overdueFlag: return CellStyle(foreground: .red, bold: true)
        case .earlier, .later: return overdue ? CellStyle(foreground: .red, bold: true) : .dim
        }
    }

    /// The status line on the timeline: the selected milestone's id, status, start and due.
    func timelineSummary(_ milestone: Milestone) -> String {
        var parts = [milestone.id, "\(StatusText.glyph(milestone.status, glyphs)) \(StatusText.word(milestone.status, language))"]
        if let start = milestone.start { parts.append("\(FieldWord.start.label(in: language)) \(formatDate(start))") }
        let due = milestone.due.map { formatDate($0) + (dueNote(milestone).map { " (\($0))" } ?? "") } ?? "–"
        parts.append("\(FieldWord.due.label(in: language)) \(due)")
        return parts.joined(separator: " · ")
    }
}
