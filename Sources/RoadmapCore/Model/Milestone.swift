/// A dated deliverable of one workstream.
public struct Milestone: Equatable, Hashable, Sendable, Identifiable {
    /// Short id, unique across the roadmap (compared without case).
    public var id: String
    public var title: LocalizedText
    public var status: Status
    public var due: CalendarDay?
    public var owner: String?
    public var notes: String?
    /// Every change, oldest first.
    public var history: [HistoryEntry]

    public init(
        id: String, title: LocalizedText, status: Status = .planned, due: CalendarDay? = nil,
        owner: String? = nil, notes: String? = nil, history: [HistoryEntry] = []
    ) {
        self.id = id
        self.title = title
        self.status = status
        self.due = due
        self.owner = owner
        self.notes = notes
        self.history = history
    }

    /// Open and due before `today`.
    public func isOverdue(today: CalendarDay) -> Bool {
        guard let due, !status.isClosed else { return false }
        return due < today
    }
}
