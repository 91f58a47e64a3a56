import RoadmapCore

/// One workstream's numbers for the tabs and the overview, counted once per
/// change rather than once per frame, so drawing costs only the rows shown.
struct WorkstreamTally: Equatable, Sendable {
    /// Milestones in each status, in `Status.allCases` order.
    var counts: [Int]
    var total: Int
    var overdue: Int
    /// The open milestone due soonest from today on.
    var nextDue: Milestone?

    var done: Int { count(.done) }

    func count(_ status: Status) -> Int { counts[Status.allCases.firstIndex(of: status)!] }

    init(_ workstream: Workstream, today: CalendarDay) {
        var counts = Array(repeating: 0, count: Status.allCases.count)
        var overdue = 0
        var next: Int?
        let milestones = workstream.milestones
        // Read fields in place: copying each milestone would retain all its strings.
        for i in milestones.indices {
            let status = milestones[i].status
            counts[Status.allCases.firstIndex(of: status)!] += 1
            guard !status.isClosed, let due = milestones[i].due else { continue }
            if due < today {
                overdue += 1
            } else if next == nil || (due, milestones[i].id) < (milestones[next!].due!, milestones[next!].id) {
                next = i
            }
        }
        self.counts = counts
        total = workstream.milestones.count
        self.overdue = overdue
        nextDue = next.map { milestones[$0] }
    }

    static func all(_ roadmap: Roadmap, today: CalendarDay) -> [WorkstreamTally] {
        roadmap.workstreams.map { WorkstreamTally($0, today: today) }
    }
}
