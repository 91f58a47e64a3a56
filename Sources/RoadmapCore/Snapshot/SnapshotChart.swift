/// What the HTML report's timeline picture shows, before it is drawn: the
/// quarter around the week (13 weeks, the report's week in the middle),
/// today, and each milestone whose bar (start to due) or baseline due date
/// falls in it, by workstream, as the roadmap was that week.
public struct SnapshotChart: Equatable, Sendable {
    /// Rows drawn at most; the rest are counted in ``leftOut``.
    public static let maximumRows = 60

    public struct Row: Equatable, Sendable {
        public var id: String
        public var title: LocalizedText
        public var status: Status
        public var start: CalendarDay?
        public var due: CalendarDay?
        /// The due date the current baseline holds, when it has one.
        public var baselineDue: CalendarDay?
    }

    public struct Group: Equatable, Sendable {
        public var title: LocalizedText
        public var rows: [Row]
    }

    /// The first and last day drawn: Monday six weeks before the week, Sunday six weeks after.
    public var first: CalendarDay
    public var last: CalendarDay
    public var today: CalendarDay
    /// The baseline the ghosts come from (its name).
    public var baseline: String?
    /// Workstreams with a milestone in the window, in file order.
    public var groups: [Group]
    /// Milestones in the window beyond ``maximumRows``.
    public var leftOut: Int

    /// The chart of `roadmap` (as it was that week) around `week`.
    public init(roadmap: Roadmap, week: IsoWeek, today: CalendarDay) {
        first = week.monday.adding(days: -42)
        last = week.sunday.adding(days: 42)
        self.today = today
        let baseline = roadmap.currentBaseline
        self.baseline = baseline?.name
        var dues: [String: CalendarDay] = [:]
        for entry in baseline?.milestones ?? [] { if let due = entry.due { dues[entry.id.lowercased()] = due } }
        var groups: [Group] = []
        var count = 0, leftOut = 0
        let (first, last) = (self.first, self.last)
        for workstream in roadmap.workstreams {
            var rows: [Row] = []
            // Read where they are kept: a copy of each milestone would touch every string and list it holds.
            workstream.milestones.withUnsafeBufferPointer { milestones in
                for m in milestones.indices {
                    guard let due = milestones[m].due else { continue }
                    let ghost = dues.isEmpty ? nil : dues[milestones[m].id.lowercased()], start = milestones[m].start
                    let begin = min(start ?? due, ghost ?? due), end = max(due, ghost ?? due)
                    guard begin <= last && end >= first else { continue }
                    guard count < Self.maximumRows else { leftOut += 1; continue }
                    count += 1
                    rows.append(Row(id: milestones[m].id, title: milestones[m].title, status: milestones[m].status, start: start,
                                    due: due, baselineDue: ghost))
                }
            }
            if !rows.isEmpty { groups.append(Group(title: workstream.title, rows: rows)) }
        }
        self.groups = groups
        self.leftOut = leftOut
    }
}
