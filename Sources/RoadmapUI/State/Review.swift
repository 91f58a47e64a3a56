import RoadmapCore

/// The weekly review: a pass over every open milestone that is overdue, due
/// within 14 days, at risk, blocked or waiting on a milestone that is off
/// track, one at a time.
public struct Review: Equatable, Sendable {
    /// The milestones to review, by id, in roadmap order.
    public internal(set) var queue: [String]
    public internal(set) var position = 0
    /// Ids changed during the review.
    public internal(set) var changed: Set<String> = []
    /// Ids shown so far.
    public internal(set) var seen: Set<String> = []
    /// Ids (lower-cased) in the queue because a merge outside met a conflict in them.
    public internal(set) var conflicted: Set<String> = []

    /// Whether an open milestone needs review on `today`.
    static func needsReview(_ milestone: Milestone, waitsOnOffTrack: Bool, today: CalendarDay) -> Bool {
        needsReview(status: milestone.status, due: milestone.due, waitsOnOffTrack: waitsOnOffTrack, today: today)
    }

    /// The same rule from the two fields it reads (no milestone copied).
    static func needsReview(status: Status, due: CalendarDay?, waitsOnOffTrack: Bool, today: CalendarDay) -> Bool {
        guard !status.isClosed else { return false }
        let dueSoon = due.map { today.days(until: $0) <= 14 } ?? false
        return dueSoon || status == .atRisk || status == .blocked || waitsOnOffTrack
    }

    /// The milestones that need review on `today`.
    static func queue(for roadmap: Roadmap, today: CalendarDay, attention: Attention) -> [String] {
        roadmap.workstreams.enumerated().flatMap { w, workstream in
            workstream.milestones.enumerated().compactMap { m, milestone in
                let waits = attention.waitsOnOffTrack(Roadmap.Location(workstream: w, milestone: m))
                return needsReview(milestone, waitsOnOffTrack: waits, today: today) ? milestone.id : nil
            }
        }
    }

    var currentID: String? { position < queue.count ? queue[position] : nil }
}
