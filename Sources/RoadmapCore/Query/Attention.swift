/// What the office looks at first: slip against a baseline, links that are
/// off track, and milestones that need attention, as `list` and `show` print them.
extension Roadmap.OffTrack {
    /// Why, in a few words: `blocked`, `overdue since 2026-10-30`, `due 2027-03-01, after 2027-02-01`.
    public var explanation: String {
        switch self {
        case .status(let status): status.rawValue
        case .overdue(let due): "overdue since \(due)"
        case .dueTooLate(let due, let date): "due \(due), after \(date)"
        }
    }
}

extension Roadmap {
    /// A dependency with why it is off track (nil when on track).
    public struct LinkState: Sendable {
        public var link: Link
        public var offTrack: OffTrack?
    }

    /// The links into `location` (what it waits for), in the order of its `depends`.
    public func waitsFor(_ location: Location, today: CalendarDay) -> [LinkState] {
        links().filter { $0.successor == location }.map { LinkState(link: $0, offTrack: offTrack($0, today: today)) }
    }

    /// The links out of `location` (what waits for it), in file order.
    public func holdsUp(_ location: Location, today: CalendarDay) -> [LinkState] {
        links().filter { $0.predecessor == location }.map { LinkState(link: $0, offTrack: offTrack($0, today: today)) }
    }

    /// Every off-track link, in file order of the successors.
    public func offTrackLinks(today: CalendarDay) -> [LinkState] {
        links().compactMap { link in offTrack(link, today: today).map { LinkState(link: link, offTrack: $0) } }
    }

    /// Whether a milestone needs attention: overdue, at risk or blocked.
    /// (A milestone waiting on an off-track link needs it too; see ``offTrackLinks(today:)``.)
    public func needsAttention(_ location: Location, today: CalendarDay) -> Bool {
        let milestone = self[location]
        return milestone.isOverdue(today: today) || milestone.status == .atRisk || milestone.status == .blocked
    }
}

/// A baseline's due dates by folded id, for measuring the slip of many milestones.
public struct SlipMeter: Sendable {
    public let baseline: Baseline
    private let dues: [String: CalendarDay?]

    public init(_ baseline: Baseline) {
        self.baseline = baseline
        dues = Dictionary(baseline.milestones.map { ($0.id.lowercased(), $0.due) }) { first, _ in first }
    }

    /// The milestone's due date in the baseline (nil when it had none or was not in it).
    public func baselineDue(of id: String) -> CalendarDay? { dues[id.lowercased()] ?? nil }

    /// The same as ``Milestone/slip(against:)``, found in constant time.
    public func slip(of milestone: Milestone) -> Slip { slip(id: milestone.id, due: milestone.due) }

    /// The slip of the milestone with this id and due date (for a loop that
    /// reads milestones in place: handing one whole over copies it).
    public func slip(id: String, due: CalendarDay?) -> Slip {
        guard let entry = dues[id.lowercased()] else { return .new }
        guard let then = entry, let now = due else { return .undated }
        return .days(now.daysSinceEpoch - then.daysSinceEpoch)
    }
}
