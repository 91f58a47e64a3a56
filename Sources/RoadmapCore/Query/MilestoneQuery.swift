/// A filter over milestones, as `roadmap list` and the UI's `/` use it.
public struct MilestoneQuery: Sendable {
    public var workstream: String?
    public var status: Status?
    public var overdueOnly = false
    /// Matched case-insensitively against id, titles in every language, owner and notes.
    public var text: String?

    public init(workstream: String? = nil, status: Status? = nil, overdueOnly: Bool = false, text: String? = nil) {
        self.workstream = workstream
        self.status = status
        self.overdueOnly = overdueOnly
        self.text = text
    }

    /// Whether a milestone matches everything but the workstream.
    public func matches(_ milestone: Milestone, today: CalendarDay) -> Bool {
        if let status, milestone.status != status { return false }
        if overdueOnly && !milestone.isOverdue(today: today) { return false }
        if let text, !text.isEmpty {
            let needle = text.lowercased()
            let haystacks = [milestone.id, milestone.owner ?? "", milestone.notes ?? ""] + milestone.title.allTexts
            if !haystacks.contains(where: { $0.lowercased().contains(needle) }) { return false }
        }
        return true
    }

    /// The matching milestones with their locations, in file order.
    public func run(on roadmap: Roadmap, today: CalendarDay) -> [(location: Roadmap.Location, milestone: Milestone)] {
        var result: [(Roadmap.Location, Milestone)] = []
        for (w, ws) in roadmap.workstreams.enumerated() {
            if let workstream, ws.id.lowercased() != workstream.lowercased() { continue }
            for (m, milestone) in ws.milestones.enumerated() where matches(milestone, today: today) {
                result.append((Roadmap.Location(workstream: w, milestone: m), milestone))
            }
        }
        return result
    }
}
