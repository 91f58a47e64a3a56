import RoadmapCore

extension AppState {
    /// The milestones of the current workstream.
    var currentMilestones: [Milestone] {
        roadmap.workstreams.isEmpty ? [] : roadmap.workstreams[workstream].milestones
    }

    /// Rows in the current list (milestones passing the filter).
    var rowCount: Int { filtered?.count ?? currentMilestones.count }

    /// The milestone index in the current workstream shown at a row.
    func milestoneIndex(row: Int) -> Int { filtered?[row] ?? row }

    /// The selected row of the current workstream.
    var selectedRow: Int { selection.isEmpty ? 0 : selection[workstream] }

    /// The selected milestone of the current list, if any.
    public var selectedMilestone: Milestone? {
        guard rowCount > 0 else { return nil }
        return currentMilestones[milestoneIndex(row: min(selectedRow, rowCount - 1))]
    }

    /// The milestone the review is on, or the selected one.
    var focusedMilestone: Milestone? {
        if screen == .review, let id = review?.currentID, let location = roadmap.locate(id) { return roadmap[location] }
        if screen == .overdue { return overdueMilestone }
        return selectedMilestone
    }

    /// Rows the list shows at once: all but the title, tabs, header, status and hint lines.
    var listHeight: Int { max(1, height - 5) }

    /// Recomputes the filtered and sorted rows of the current workstream.
    mutating func refilter() {
        filtered = visibleIndices()
        clampSelection()
    }

    /// Keeps the selection and scroll inside the list and the selection on screen.
    mutating func clampSelection() {
        guard !selection.isEmpty else { return }
        let count = rowCount
        var row = min(max(0, selection[workstream]), max(0, count - 1))
        if count == 0 { row = 0 }
        selection[workstream] = row
        var top = scroll[workstream]
        if row < top { top = row }
        if row >= top + listHeight { top = row - listHeight + 1 }
        top = max(0, min(top, max(0, count - listHeight)))
        scroll[workstream] = top
    }

    /// Moves the selection by `delta` rows.
    mutating func moveSelection(by delta: Int) {
        guard !selection.isEmpty else { return }
        selection[workstream] = max(0, min(rowCount - 1, selection[workstream] + delta))
        clampSelection()
    }

    /// Selects a milestone by id, switching workstream if needed.
    mutating func select(id: String) {
        guard let location = roadmap.locate(id) else { return }
        if location.workstream != workstream {
            workstream = location.workstream
            refilter()
        }
        if let row = filtered?.firstIndex(of: location.milestone) ?? (filtered == nil ? location.milestone : nil) {
            selection[workstream] = row
        }
        clampSelection()
    }

    /// Switches to a workstream.
    mutating func switchWorkstream(to index: Int) {
        guard !roadmap.workstreams.isEmpty else { return }
        let count = roadmap.workstreams.count
        workstream = (index % count + count) % count
        refilter()
    }

    /// The ids a status change applies to: the marked ones, else the focused one.
    var targetIDs: [String] {
        if screen != .review && !marked.isEmpty {
            return roadmap.allMilestones.map(\.milestone.id).filter { marked.contains($0.lowercased()) }
        }
        return focusedMilestone.map { [$0.id] } ?? []
    }

    /// Keeps per-workstream arrays in step with the roadmap after outside
    /// changes, or after `edit` was applied.
    mutating func resyncWorkstreams(after edit: Edit? = nil) {
        let count = roadmap.workstreams.count
        if selection.count != count {
            selection = Array(selection.prefix(count)) + Array(repeating: 0, count: max(0, count - selection.count))
            scroll = Array(scroll.prefix(count)) + Array(repeating: 0, count: max(0, count - scroll.count))
        }
        workstream = min(workstream, max(0, count - 1))
        marked = marked.filter { roadmap.locate($0) != nil }
        recount(after: edit)
        refilter()
    }

    /// Counts every workstream again after the roadmap changed; when the
    /// change is `edit` (already applied), the attention is brought up to
    /// date for the milestones it touched alone where that holds.
    mutating func recount(after edit: Edit? = nil) {
        var changes: [(location: Roadmap.Location, before: Milestone)] = []
        for item in edit?.items ?? [] {
            guard let before = item.before, item.after != nil else { break }
            changes.append((Roadmap.Location(workstream: item.workstream, milestone: item.index), before))
        }
        if edit != nil && changes.count == edit?.items.count && attention.update(after: changes, in: roadmap, today: today) {
            // No milestone came, went or moved: only the workstreams the edit touched are counted again.
            for w in Set(changes.map(\.location.workstream)) { tallies[w] = WorkstreamTally(roadmap.workstreams[w], today: today) }
        } else {
            tallies = WorkstreamTally.all(roadmap, today: today)
            attention = Attention(roadmap, today: today, previous: attention)
        }
    }
}
