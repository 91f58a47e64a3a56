/// A dated deliverable of one workstream.
public struct Milestone: Equatable, Hashable, Sendable, Identifiable {
    /// Short id, unique across the roadmap (compared without case).
    public var id: String
    public var title: LocalizedText
    public var status: Status
    /// When work begins, if planned: the timeline draws a bar from here to ``due``.
    public var start: CalendarDay?
    public var due: CalendarDay?
    public var owner: String?
    /// The side that leads it (schema 2; nil when not said).
    public var lead: Lead?
    public var notes: String?
    /// The ids of the milestones that must finish before this one can
    /// (finish-to-start), in the order given (schema 2).
    public var depends: [String]
    /// Every change, oldest first.
    public var history: [HistoryEntry]

    public init(
        id: String, title: LocalizedText, status: Status = .planned, start: CalendarDay? = nil, due: CalendarDay? = nil,
        owner: String? = nil, lead: Lead? = nil, notes: String? = nil, depends: [String] = [], history: [HistoryEntry] = []
    ) {
        self.id = id
        self.title = title
        self.status = status
        self.start = start
        self.due = due
        self.owner = owner
        self.lead = lead
        self.notes = notes
        self.depends = depends
        self.history = history
    }

    /// Open and due before `today`.
    public func isOverdue(today: CalendarDay) -> Bool {
        Self.isOverdue(due: due, status: status, today: today)
    }

    /// Whether a milestone of `status` due `due` is open and due before
    /// `today`: the rule for loops that read the fields where the milestone
    /// (or its row) is kept, as a copy of it would retain every string it holds.
    public static func isOverdue(due: CalendarDay?, status: Status, today: CalendarDay) -> Bool {
        guard let due, !status.isClosed else { return false }
        return due < today
    }

    /// Whether the start date falls after the due date (both set).
    public var startsAfterDue: Bool {
        guard let start, let due else { return false }
        return start > due
    }

    /// Throws when the start date falls after the due date: the check a
    /// change of either date must pass.
    public func checkDates() throws(RoadmapError) {
        guard startsAfterDue, let start, let due else { return }
        throw .badInput("\(id): start \(start) is after due \(due); a milestone cannot start after it is due.")
    }
}
