/// One of the roadmap's lines of work, holding its milestones in order.
public struct Workstream: Equatable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var milestones: [Milestone]

    public init(id: String, title: LocalizedText, milestones: [Milestone] = []) {
        self.id = id
        self.title = title
        self.milestones = milestones
    }

    /// Milestones whose status is done.
    public var doneCount: Int { milestones.lazy.filter { $0.status == .done }.count }
}
