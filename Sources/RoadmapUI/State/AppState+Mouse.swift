import RoadmapCore

/// The mouse: a click selects a row or a tab, a double click opens the row
/// (as Enter does), the wheel scrolls (as ↑ and ↓ do, three rows a notch).
/// Nothing acts behind a prompt, a question or "terminal too small".
extension AppState {
    /// Rows one notch of the wheel moves.
    static let wheelStep = 3

    mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        guard mode == .normal, width >= Self.minimumWidth, height >= Self.minimumHeight else { return [] }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let key: Key = event.kind == .wheelUp ? .up : .down
            return (0..<Self.wheelStep).flatMap { _ in update(.key(key)) }
        case .click(let clicks):
            if event.y == 1, showsTabs, !roadmap.workstreams.isEmpty {
                let tab = event.x / max(1, width / roadmap.workstreams.count)
                if tab < roadmap.workstreams.count { switchWorkstream(to: tab) }
                return []
            }
            guard select(atRow: event.y) else { return [] }
            return clicks >= 2 ? update(.key(.enter)) : []
        }
    }

    /// Whether the screen shows the workstream tabs (row 1).
    var showsTabs: Bool { screen != .help && screen != .log && screen != .overdue }

    /// Selects what screen row `y` shows, on the screens with rows; false when it shows none.
    private mutating func select(atRow y: Int) -> Bool {
        switch screen {
        case .list:
            let row = (selection.isEmpty ? 0 : scroll[workstream]) + y - 3
            guard y >= 3, y < 3 + listHeight, row < rowCount else { return false }
            selection[workstream] = row
            clampSelection()
            return true
        case .timeline:
            let rows = timelineRows
            let index = timelineTop(in: rows) + y - 5
            guard y >= 5, y < 5 + timelineBodyHeight, index < rows.count, case .milestone(let location) = rows.row(index) else { return false }
            select(id: roadmap[location].id)
            return true
        case .overdue:
            let index = overdueTop + y - 2
            guard y >= 2, y < 2 + overdueHeight, index < overdueLocations.count else { return false }
            overdueRow = index
            return true
        default: return false
        }
    }
}
