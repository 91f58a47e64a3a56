import RoadmapCore

/// The weekly review: a pass over every open milestone that is overdue, due
/// within 14 days, at risk or blocked, one at a time.
public struct Review: Equatable, Sendable {
    /// The milestones to review, by id, in roadmap order.
    public internal(set) var queue: [String]
    public internal(set) var position = 0
    /// Ids changed during the review.
    public internal(set) var changed: Set<String> = []
    /// Ids shown so far.
    public internal(set) var seen: Set<String> = []

    /// The milestones that need review on `today`.
    static func queue(for roadmap: Roadmap, today: CalendarDay) -> [String] {
        roadmap.allMilestones.compactMap { _, milestone in
            guard !milestone.status.isClosed else { return nil }
            let dueSoon = milestone.due.map { today.days(until: $0) <= 14 } ?? false
            return dueSoon || milestone.status == .atRisk || milestone.status == .blocked ? milestone.id : nil
        }
    }

    var currentID: String? { position < queue.count ? queue[position] : nil }
}
