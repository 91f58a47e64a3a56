extension Roadmap {
    /// Adds a milestone to a workstream with a fresh id and a `created` history entry.
    /// Returns its location.
    @discardableResult
    public mutating func addMilestone(
        to workstream: Int, title: LocalizedText, status: Status = .planned, start: CalendarDay? = nil, due: CalendarDay? = nil,
        owner: String? = nil, notes: String? = nil, at time: Timestamp
    ) -> Location {
        let id = nextMilestoneID(in: workstream)
        let milestone = Milestone(
            id: id, title: title, status: status, start: start, due: due, owner: owner, notes: notes,
            history: [HistoryEntry(at: time, field: "created", from: nil, to: status.rawValue)]
        )
        workstreams[workstream].milestones.append(milestone)
        return Location(workstream: workstream, milestone: workstreams[workstream].milestones.count - 1)
    }

    /// An unused id for a new milestone in a workstream: the prefix its
    /// milestones share (or the initials of its id) and the next number.
    public func nextMilestoneID(in workstream: Int) -> String {
        let existing = workstreams[workstream].milestones.map(\.id)
        var prefix = existing.first.map { String($0.prefix { !$0.isNumber }) } ?? ""
        if prefix.isEmpty || !existing.allSatisfy({ $0.hasPrefix(prefix) }) {
            prefix = workstreams[workstream].id.split(whereSeparator: { !$0.isLetter })
                .compactMap(\.first).map { String($0).uppercased() }.joined()
            if prefix.isEmpty { prefix = "M" }
        }
        let used = Set(allMilestones.map { $0.milestone.id.lowercased() })
        var number = existing.compactMap { Int($0.dropFirst(prefix.count)) }.max().map { $0 + 1 } ?? 1
        while used.contains("\(prefix)\(number)".lowercased()) { number += 1 }
        return "\(prefix)\(number)"
    }

    /// Removes and returns a milestone.
    @discardableResult
    public mutating func removeMilestone(at location: Location) -> Milestone {
        workstreams[location.workstream].milestones.remove(at: location.milestone)
    }
}
