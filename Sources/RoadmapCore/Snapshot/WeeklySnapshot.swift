import Foundation

/// What the weekly snapshot report says about a roadmap for one ISO week,
/// before it is put into words: progress, what moved in the week, what needs
/// attention, what is due next, and every workstream's milestones.
///
/// Statuses and due dates are the file's as they stand (as of `asOf`); only
/// "moved this week" reads the history. Build one with
/// ``init(roadmap:week:today:timeZone:)`` and turn it into text, Markdown,
/// JSON or HTML with ``render(_:style:)``.
public struct WeeklySnapshot: Equatable, Sendable {
    /// How many days ahead "due next" looks (today included).
    public static let dueNextDays = 14

    public var title: LocalizedText
    public var week: IsoWeek
    /// The day the statuses are read on: today.
    public var asOf: CalendarDay
    /// The local day of the earliest recorded change in the file, nil when
    /// nothing has been recorded: changes before it are not known.
    public var changesKnownFrom: CalendarDay?
    public var overall: Progress
    public var workstreams: [WorkstreamPart]
    /// The week's status changes, completions, additions and due-date moves, in file order.
    public var moves: [Move]
    /// Overdue (most days late first), then blocked, then at-risk milestones.
    public var attention: [Attention]
    /// Open milestones due from today to ``dueNextDays`` days on, soonest first.
    public var dueNext: [Upcoming]
    /// The timeline picture (``TimelineTextRenderer/lines()``) when the text
    /// and Markdown reports are to end with it; nil leaves it out.
    public var timeline: [String]?

    /// Computes the snapshot of `roadmap` for `week`, as of `today`. A change
    /// belongs to the week when its time falls in the week in `timeZone`.
    public init(roadmap: Roadmap, week: IsoWeek, today: CalendarDay, timeZone: TimeZone = .current) {
        title = roadmap.title
        self.week = week
        asOf = today
        var earliest: Timestamp?
        var parts: [WorkstreamPart] = []
        var moves: [Move] = []
        var overdue: [(days: Int, item: Attention)] = [], blocked: [Attention] = [], atRisk: [Attention] = []
        var upcoming: [Upcoming] = []
        let horizon = today.adding(days: Self.dueNextDays)
        for workstream in roadmap.workstreams {
            var rows: [MilestoneRow] = []
            for milestone in workstream.milestones {
                let row = MilestoneRow(milestone, workstream: workstream.id)
                rows.append(row)
                if let first = milestone.history.lazy.map(\.at).min(), earliest.map({ first < $0 }) ?? true { earliest = first }
                moves += Move.moves(of: milestone, row: row, in: week, timeZone: timeZone)
                let late = milestone.isOverdue(today: today) ? milestone.due.map { $0.days(until: today) } : nil
                if let late {
                    overdue.append((late, Attention(milestone: row, daysLate: late)))
                } else if milestone.status == .blocked {
                    blocked.append(Attention(milestone: row, daysLate: nil))
                } else if milestone.status == .atRisk {
                    atRisk.append(Attention(milestone: row, daysLate: nil))
                }
                if let due = milestone.due, !milestone.status.isClosed, today <= due, due <= horizon {
                    upcoming.append(Upcoming(milestone: row, daysLeft: today.days(until: due)))
                }
            }
            parts.append(WorkstreamPart(id: workstream.id, title: workstream.title, progress: Progress(rows), milestones: rows))
        }
        changesKnownFrom = earliest?.day(in: timeZone)
        overall = Progress(adding: parts.map(\.progress))
        workstreams = parts
        self.moves = moves
        // Ties keep file order.
        attention = overdue.enumerated().sorted { (-$0.element.days, $0.offset) < (-$1.element.days, $1.offset) }.map(\.element.item)
            + blocked + atRisk
        dueNext = upcoming.enumerated().sorted { ($0.element.daysLeft, $0.offset) < ($1.element.daysLeft, $1.offset) }.map(\.element)
    }
}
