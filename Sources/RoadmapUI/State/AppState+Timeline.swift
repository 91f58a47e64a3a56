import RoadmapCore

/// The timeline screen's keys and geometry: time scrolls with ← → PgUp PgDn
/// and `.`, zooms with z and Z, follows a fiscal year's quarters with f; ↑ ↓
/// move the shared selection; the status and due keys work as in the list.
extension AppState {
    /// The label column: id and title.
    var timelineLabelWidth: Int { TimelineChart.labelWidth(forWidth: width) }

    /// The time axis right of the label column.
    var timelineChart: TimelineChart {
        TimelineChart(scale: timeline.scale, columns: width - timelineLabelWidth - 1, today: today)
    }

    /// Rows of milestones shown at once: all but the title, tabs, three axis rows, the legend, status and hint lines.
    var timelineBodyHeight: Int { max(1, height - 8) }

    var timelineRows: TimelineRows { TimelineRows(roadmap: roadmap, filter: filter, today: today) }

    /// The row the selection is on: the selected milestone, else the heading of the current workstream.
    func timelineSelectedRow(in rows: TimelineRows) -> Int? {
        if rowCount > 0, let row = rows.index(of: Roadmap.Location(workstream: workstream, milestone: milestoneIndex(row: min(selectedRow, rowCount - 1)))) {
            return row
        }
        return rows.heading(of: workstream)
    }

    /// The first row to draw: the stored one, moved just enough to show the selection.
    func timelineTop(in rows: TimelineRows) -> Int {
        var top = timeline.top
        if let row = timelineSelectedRow(in: rows) {
            if row < top { top = row }
            // Keep the workstream's heading in view with its first milestone.
            if row == top, row > 0, case .workstream = rows.row(row - 1) { top = row - 1 }
            if row >= top + timelineBodyHeight { top = row - timelineBodyHeight + 1 }
        }
        return max(0, min(top, rows.count - timelineBodyHeight))
    }

    mutating func openTimeline() {
        timeline.returnTo = screen
        screen = .timeline
        timeline.top = timelineTop(in: timelineRows)
    }

    mutating func handleTimeline(_ key: Key) -> [Effect] {
        if let effects = handleMilestoneKey(key) {
            showFocusedDue()
            return effects
        }
        let page = timeline.scale.units(in: timelineChart.columns)
        switch key {
        case .escape, .character("t"): screen = timeline.returnTo
        case .down, .character("j"): moveTimelineSelection(step: 1)
        case .up, .character("k"): moveTimelineSelection(step: -1)
        case .home, .character("g"): moveTimelineSelection(from: -1, step: 1)
        case .end, .character("G"): moveTimelineSelection(from: timelineRows.count, step: -1)
        case .tab: switchTimelineWorkstream(to: workstream + 1)
        case .backTab: switchTimelineWorkstream(to: workstream - 1)
        case .character(let c) where c.isASCII && c.isNumber:
            if let n = c.wholeNumberValue, n >= 1, n <= roadmap.workstreams.count { switchTimelineWorkstream(to: n - 1) }
        case .left, .character("h"): timeline.scale = timeline.scale.shifted(byUnits: -1)
        case .right, .character("l"): timeline.scale = timeline.scale.shifted(byUnits: 1)
        case .pageUp, .control("b"): timeline.scale = timeline.scale.shifted(byUnits: -page)
        case .pageDown, .control("f"): timeline.scale = timeline.scale.shifted(byUnits: page)
        case .character("."): timeline.scale = .around(today, zoom: timeline.scale.zoom)
        case .character("z"): zoomTimeline(to: timeline.scale.zoom.zoomedIn)
        case .character("Z"): zoomTimeline(to: timeline.scale.zoom.zoomedOut)
        case .character("f"): cycleFiscalYear()
        case .enter:
            if selectedMilestone != nil {
                detailReturn = .timeline
                screen = .detail
                detailScroll = 0
            }
        default: break
        }
        return []
    }

    /// Selects the next or previous milestone across workstreams, skipping
    /// headings; from a given row (-1: the first, the row count: the last).
    private mutating func moveTimelineSelection(from start: Int? = nil, step: Int) {
        let rows = timelineRows
        guard let row = start ?? timelineSelectedRow(in: rows), let location = rows.milestone(from: row, step: step) else { return }
        select(id: roadmap[location].id)
        timeline.top = timelineTop(in: rows)
    }

    /// Tab, S-Tab, 1–3: the selection goes to that workstream's rows.
    private mutating func switchTimelineWorkstream(to index: Int) {
        switchWorkstream(to: index)
        timeline.top = timelineTop(in: timelineRows)
    }

    /// Whose fiscal year the timeline's quarter zoom follows (nil: the calendar year's).
    public var timelineFiscal: FiscalYear.Kind? {
        get { timeline.fiscal }
        set { timeline.fiscal = newValue }
    }

    /// `f`: quarters of the calendar year, then the Thai fiscal year, then the
    /// Japanese 年度, and round again; zooms to quarters to show them.
    private mutating func cycleFiscalYear() {
        switch timeline.fiscal {
        case nil: timeline.fiscal = .th
        case .th: timeline.fiscal = .jp
        case .jp: timeline.fiscal = nil
        }
        zoomTimeline(to: .quarter)
        message = StatusMessage(text: UIText.fiscalQuarters(timeline.fiscal).text(language), kind: .info)
    }

    /// A new zoom that keeps the first day shown (or today, when it is in view) on screen.
    private mutating func zoomTimeline(to zoom: TimelineZoom) {
        guard zoom != timeline.scale.zoom else { return }
        let anchor = timelineChart.todayColumn != nil ? today : timeline.scale.origin
        timeline.scale = TimelineScale(zoom: zoom, startingAt: anchor)
        if anchor == today { timeline.scale = .around(today, zoom: zoom) }
    }

    /// After the due keys: scrolls in time, by whole units, until the focused milestone's marker is in view.
    mutating func showFocusedDue() {
        guard let due = focusedMilestone?.due else { return }
        let columns = timelineChart.columns, perUnit = timeline.scale.columnsPerUnit
        let column = timeline.scale.column(of: due)
        if column < 0 {
            timeline.scale = timeline.scale.shifted(byUnits: -((-column + perUnit - 1) / perUnit))
        } else if column >= columns {
            timeline.scale = timeline.scale.shifted(byUnits: (column - columns) / perUnit + 1)
        }
    }
}
