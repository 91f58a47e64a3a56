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

    /// Where the matching milestones are, in file order. Only locations are
    /// returned, so that a query over a large roadmap copies no milestone.
    public func locations(in roadmap: Roadmap, today: CalendarDay) -> [Roadmap.Location] {
        var result: [Roadmap.Location] = []
        for (w, ws) in roadmap.workstreams.enumerated() {
            if let workstream, ws.id.lowercased() != workstream.lowercased() { continue }
            // Read in place: enumerating would copy each milestone.
            ws.milestones.withUnsafeBufferPointer { milestones in
                for m in milestones.indices where matches(milestones[m], today: today) {
                    result.append(Roadmap.Location(workstream: w, milestone: m))
                }
            }
        }
        return result
    }
}
