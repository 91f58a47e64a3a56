import RoadmapCore

/// The order the list shows a workstream's milestones in (`O` cycles).
public enum SortOrder: CaseIterable, Sendable {
    case file, due, status, owner
}

/// Finding things across the whole roadmap: `/` matches in every workstream
/// and jumps to one that has them, `n`/`N` go from match to match across
/// tabs, `:` jumps to an id, `O` sorts, `!` lists what is overdue everywhere.
extension AppState {
    /// How many milestones of workstream `index` pass the text and lead filters.
    func matchCount(in index: Int) -> Int {
        roadmap.workstreams[index].milestones.reduce(0) { $0 + (passesFilters($1) ? 1 : 0) }
    }

    /// Whether a milestone passes the text filter (`/`) and the lead filter (`w`).
    func passesFilters(_ milestone: Milestone) -> Bool {
        (filter.isEmpty || MilestoneQuery(text: filter).matches(milestone, today: today)) && (leadFilter == nil || milestone.lead == leadFilter)
    }

    /// The milestone indices of the current workstream in the list's order:
    /// those passing the filters, sorted by ``sortOrder``; nil when that is all of them in file order.
    func visibleIndices() -> [Int]? {
        guard !filter.isEmpty || leadFilter != nil || sortOrder != .file else { return nil }
        let milestones = currentMilestones
        let shown = milestones.indices.filter { passesFilters(milestones[$0]) }
        switch sortOrder {
        case .file: return shown
        case .due: return shown.sorted { Self.before(milestones[$0].due, milestones[$1].due, $0, $1) }
        case .status:
            let rank = { (status: Status) in Status.allCases.firstIndex(of: status)! }
            return shown.sorted { Self.before(rank(milestones[$0].status), rank(milestones[$1].status), $0, $1) }
        case .owner:
            return shown.sorted { Self.before(milestones[$0].owner?.lowercased(), milestones[$1].owner?.lowercased(), $0, $1) }
        }
    }

    /// A stable order on optional keys: missing keys last, ties in file order.
    private static func before<T: Comparable>(_ a: T?, _ b: T?, _ i: Int, _ j: Int) -> Bool {
        switch (a, b) {
        case let (a?, b?): a != b ? a < b : i < j
        case (_?, nil): true
        case (nil, _?): false
        case (nil, nil): i < j
        }
    }

    /// While `/` is typed: when the current tab has no match and another
    /// has, shows the first such tab after it.
    mutating func showTabWithMatches() {
        guard !filter.isEmpty, rowCount == 0 else { return }
        let count = roadmap.workstreams.count
        if let next = (1..<max(1, count)).map({ (workstream + $0) % count }).first(where: { matchCount(in: $0) > 0 }) {
            switchWorkstream(to: next)
        }
    }

    /// `n` / `N`: the next (previous) milestone that passes the filters, in
    /// the list's order, going on into the next (previous) workstream.
    mutating func nextMatch(forward: Bool) {
        guard !filter.isEmpty || leadFilter != nil else {
            message = StatusMessage(text: UIText.noSearch.text(language), kind: .info)
            return
        }
        if rowCount > 0, forward ? selectedRow + 1 < rowCount : selectedRow > 0 {
            moveSelection(by: forward ? 1 : -1)
            return
        }
        let count = roadmap.workstreams.count
        for step in 1...count {
            let index = ((workstream + (forward ? step : -step)) % count + count) % count
            guard matchCount(in: index) > 0 else { continue }
            switchWorkstream(to: index)
            selection[workstream] = forward ? 0 : rowCount - 1
            clampSelection()
            return
        }
    }

    /// `:` then an id: selects that milestone in whatever workstream holds
    /// it, clearing a filter that hides it.
    mutating func jump(to typed: String) {
        let id = typed.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty else { return }
        guard let location = roadmap.locate(id) else {
            message = StatusMessage(text: UIText.unknownID.text(language, TerminalSafe.escape(id)), kind: .error)
            return
        }
        clearFiltersHiding(roadmap[location])
        select(id: id)
        if screen != .list && screen != .timeline { screen = .list }
        message = nil
    }

    /// `O`: file order, then by due date, status and owner.
    mutating func cycleSort() {
        let all = SortOrder.allCases
        sortOrder = all[(all.firstIndex(of: sortOrder)! + 1) % all.count]
        let focus = selectedMilestone?.id
        refilter()
        if let focus { select(id: focus) }
        message = StatusMessage(text: UIText.sortedBy.text(language, sortName(sortOrder)), kind: .info)
    }

    /// The name of a sort order in the UI's language.
    func sortName(_ order: SortOrder) -> String {
        switch order {
        case .file: UIText.fileOrder.text(language)
        case .due: FieldWord.due.name(in: language)
        case .status: FieldWord.status.name(in: language)
        case .owner: FieldWord.owner.name(in: language)
        }
    }
}
