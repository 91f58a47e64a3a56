import RoadmapCore

extension AppState {
    /// Draws the whole frame. Its cost depends on the rows shown, not on the
    /// size of the roadmap.
    public func render() -> Grid {
        var grid = Grid(width: width, height: height)
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
            drawTooSmall(into: &grid)
            return grid
        }
        drawHeader(into: &grid)
        if showsTabs { drawTabs(into: &grid) }
        switch screen {
        case .list: drawList(into: &grid)
        case .detail: drawDetail(into: &grid)
        case .overview: drawOverview(into: &grid)
        case .help: drawHelp(into: &grid)
        case .review: drawReview(into: &grid)
        case .timeline: drawTimeline(into: &grid)
        case .log: drawLog(into: &grid)
        case .overdue: drawOverdue(into: &grid)
        }
        if case .conflict(let result, _) = mode { drawConflict(result, into: &grid) }
        // Screens without a selected row park the cursor at their first body row (the milestone on detail and review).
        if grid.cursor == nil { grid.cursor = Grid.Cursor(x: 0, y: screen == .detail || screen == .review ? 2 : 0, visible: false) }
        drawFooter(into: &grid)
        return grid
    }

    private func drawTooSmall(into grid: inout Grid) {
        let text = UIText.tooSmall.text(language, "\(Self.minimumWidth)×\(Self.minimumHeight)", "\(width)×\(height)")
        let lines = DisplayWidth.wrap(text, to: max(1, width))
        for (i, line) in lines.enumerated() {
            let x = max(0, (width - DisplayWidth.of(line)) / 2)
            grid.put(line, x: x, y: max(0, height / 2 - lines.count / 2) + i, style: .bold)
        }
    }
}
