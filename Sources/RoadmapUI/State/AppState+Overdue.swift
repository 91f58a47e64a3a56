import RoadmapCore

/// The overdue screen (`!`): every open milestone past its due date, in
/// every workstream, the longest overdue first.
extension AppState {
    /// Where the overdue milestones are, the longest overdue first (file order on ties).
    var overdueLocations: [Roadmap.Location] {
        var found: [(Roadmap.Location, CalendarDay)] = []
        for (w, ws) in roadmap.workstreams.enumerated() {
            for (m, milestone) in ws.milestones.enumerated() where milestone.isOverdue(today: today) {
                found.append((Roadmap.Location(workstream: w, milestone: m), milestone.due!))
            }
        }
        return found.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element.0)
    }

    /// The milestone on the overdue screen's selected row.
    var overdueMilestone: Milestone? {
        let rows = overdueLocations
        guard !rows.isEmpty else { return nil }
        return roadmap[rows[min(overdueRow, rows.count - 1)]]
    }

    /// Rows the overdue screen has room for, and the first one shown (the selected one in view).
    var overdueHeight: Int { max(1, height - 4) }
    var overdueTop: Int {
        let count = overdueLocations.count
        return max(0, min(min(overdueRow, count - 1) - overdueHeight + 1, count - overdueHeight))
    }

    mutating func openOverdue() {
        overdueRow = 0
        screen = .overdue
        message = overdueLocations.isEmpty ? StatusMessage(text: UIText.noOverdue.text(language), kind: .info) : nil
    }

    mutating func handleOverdue(_ key: Key) -> [Effect] {
        let count = overdueLocations.count
        if let effects = handleMilestoneKey(key) {
            overdueRow = min(overdueRow, max(0, overdueLocations.count - 1))
            return effects
        }
        switch key {
        case .down, .character("j"): overdueRow = min(max(0, count - 1), overdueRow + 1)
        case .up, .character("k"): overdueRow = max(0, overdueRow - 1)
        case .home, .character("g"): overdueRow = 0
        case .end, .character("G"): overdueRow = max(0, count - 1)
        case .enter:
            guard let milestone = overdueMilestone else { return [] }
            clearFiltersHiding(milestone)
            select(id: milestone.id)
            detailReturn = .overdue
            detailScroll = 0
            screen = .detail
        case .escape, .character("!"): screen = .list
        default: break
        }
        return []
    }

    /// Clears the text and lead filters when they hide `milestone`, so that selecting it shows it.
    mutating func clearFiltersHiding(_ milestone: Milestone) {
        guard !passesFilters(milestone) else { return }
        filter = ""
        leadFilter = nil
        refilter()
    }
}
