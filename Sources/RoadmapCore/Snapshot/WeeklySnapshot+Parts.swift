extension WeeklySnapshot {
    /// One milestone as the report lists it.
    public struct MilestoneRow: Equatable, Sendable {
        public var id: String
        /// The id of its workstream.
        public var workstream: String
        public var title: LocalizedText
        public var status: Status
        public var due: CalendarDay?
        public var owner: String?
        /// The side that leads it.
        public var lead: Lead?

        public init(_ milestone: Milestone, workstream: String) {
            self = withUnsafePointer(to: milestone) { MilestoneRow($0, workstream: workstream) }
        }

        /// The row of the milestone at `milestone`, its fields read where it
        /// is kept (a milestone handed over whole is copied: every string and
        /// list it holds retained).
        init(_ milestone: UnsafePointer<Milestone>, workstream: String) {
            id = milestone.pointee.id
            self.workstream = workstream
            title = milestone.pointee.title
            status = milestone.pointee.status
            due = milestone.pointee.due
            owner = milestone.pointee.owner
            lead = milestone.pointee.lead
        }
    }

    /// How far a set of milestones has come.
    public struct Progress: Equatable, Sendable {
        /// The number of milestones in each status, in ``Status/allCases`` order.
        public var counts: [Int]

        public init(_ milestones: [MilestoneRow]) {
            self.init(statuses: milestones.lazy.map(\.status))
        }

        /// The progress of milestones in these statuses.
        public init(statuses: some Sequence<Status>) {
            var counts = Array(repeating: 0, count: Status.allCases.count)
            for status in statuses { counts[Status.allCases.firstIndex(of: status)!] += 1 }
            self.counts = counts
        }

        /// The progress of all the parts together.
        init(adding parts: [Progress]) {
            counts = parts.reduce(Array(repeating: 0, count: Status.allCases.count)) { zip($0, $1.counts).map(+) }
        }

        public func count(_ status: Status) -> Int { counts[Status.allCases.firstIndex(of: status)!] }

        public var done: Int { count(.done) }
        /// Milestones that count towards completion: all but dropped ones.
        public var total: Int { counts.reduce(0, +) - count(.dropped) }
        /// `done` of `total` in whole percent, rounded half up (2 of 7 is 29),
        /// except that only all done is 100 and only none done is 0; 0 when there are none.
        public var percent: Int {
            guard total > 0 else { return 0 }
            let rounded = (done * 200 + total) / (2 * total)
            return done == total ? 100 : done == 0 ? 0 : min(99, max(1, rounded))
        }
    }

    /// One workstream: its progress and milestones in file order.
    public struct WorkstreamPart: Equatable, Sendable {
        public var id: String
        public var title: LocalizedText
        public var progress: Progress
        public var milestones: [MilestoneRow]
    }

    /// A milestone that needs attention: overdue (with days late), blocked or at risk.
    public struct Attention: Equatable, Sendable {
        public var milestone: MilestoneRow
        /// Days past its due date, when overdue.
        public var daysLate: Int?
        /// The latest reason or status update recorded for it.
        public var reason: HistoryEntry?
    }

    /// An open milestone due soon.
    public struct Upcoming: Equatable, Sendable {
        public var milestone: MilestoneRow
        /// 0 when due today.
        public var daysLeft: Int
    }
}
