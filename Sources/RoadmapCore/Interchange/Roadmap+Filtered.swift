extension Roadmap {
    /// The roadmap holding only the milestones the query matches; with a
    /// workstream in the query, only that workstream. For exports.
    public func filtered(by query: MilestoneQuery, today: CalendarDay) -> Roadmap {
        var result = self
        if let wanted = query.workstream?.lowercased() {
            result.workstreams.removeAll { $0.id.lowercased() != wanted }
        }
        for w in result.workstreams.indices {
            result.workstreams[w].milestones.removeAll { !query.matches($0, today: today) }
        }
        return result
    }
}
