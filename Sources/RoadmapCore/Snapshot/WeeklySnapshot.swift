import Foundation

/// What the weekly snapshot report says about a roadmap for one ISO week,
/// before it is put into words: progress, what moved in the week, what needs
/// attention, what is due next, and every workstream's milestones.
///
/// Statuses, dates, titles and which milestones exist are as they were at
/// the end of `asOf` (the week's last day, or today while the week runs),
/// rebuilt from the file's history with ``Roadmap/asOf(endOf:in:)``: a past
/// week prints the report it printed then. Build one with
/// ``init(roadmap:week:today:timeZone:)`` and turn it into text, Markdown,
/// JSON or HTML with ``render(_:style:)``.
public struct WeeklySnapshot: Equatable, Sendable {
    /// How many days ahead "due next" looks (today included).
    public static let dueNextDays = 14

    public var title: LocalizedText
    /// The roadmap's notes, printed under the title: where it comes from,
    /// and whether its contents are illustrative.
    public var notes: String?
    public var week: IsoWeek
    /// The day the statuses are read on, at its end: the week's Sunday, or
    /// today when the week has not ended.
    public var asOf: CalendarDay
    /// The time zone identifier days and weeks are counted in (`Asia/Bangkok`).
    public var timeZone: String
    /// The clock ``timeZone`` names (the machine's when this system knows no such zone).
    var clock: TimeZone { TimeZone(identifier: timeZone) ?? .current }
    /// The programme's zone named now and the day of its latest recorded
    /// change, when it was changed after the week and differs from
    /// ``timeZone`` (`zone` nil: none named now); nil otherwise.
    public var zoneChangedSince: ZoneNow?
    /// The local day of the earliest recorded change in the file (not only
    /// up to the week), nil when nothing has been recorded: changes before it
    /// are not known, and a week before it is not a record of that week.
    public var changesKnownFrom: CalendarDay?
    public var overall: Progress
    public var workstreams: [WorkstreamPart]
    /// The week's status changes, completions, additions and due-date moves, in file order.
    public var moves: [Move]
    /// Overdue (most days late first), then blocked, then at-risk milestones.
    public var attention: [Attention]
    /// Open milestones due from today to ``dueNextDays`` days on, soonest first.
    public var dueNext: [Upcoming]
    /// Page one's health, completions, counts of the week before, slip and off-track links.
    public var highlights: Highlights
    /// The quarter around the week, for the HTML report's picture: made when
    /// asked for, so that the other reports never pay for it.
    public var chart: SnapshotChart { SnapshotChart(roadmap: roadmap, week: week, today: asOf) }
    /// The roadmap as it was at the end of ``asOf``.
    private let roadmap: Roadmap
    /// The timeline picture (``TimelineTextRenderer/lines()``) when the text
    /// and Markdown reports are to end with it; nil leaves it out.
    public var timeline: [String]?

    /// The programme's zone now (nil: none named) and the day it was last changed.
    public struct ZoneNow: Equatable, Sendable {
        public var zone: String?
        public var since: CalendarDay
    }

    /// Computes the snapshot of `roadmap` for `week`, as of the end of
    /// `today` or of the week's Sunday, whichever is earlier. A change
    /// belongs to the day and week its time falls in, in `timeZone`. The
    /// week starts where the week before it ended: its Monday on the clock
    /// of `startZone` (the zone that week was counted in; `timeZone` when
    /// nil), so that when the programme's zone changed between the two, no
    /// change is counted in both weeks or in neither. The report names
    /// `timeZone` as `timeZoneName` (a `--tz` as typed), else as the file
    /// spells it (``Roadmap/zoneName(_:)``).
    public init(
        roadmap file: Roadmap, week: IsoWeek, today reportDay: CalendarDay, timeZone: TimeZone = .current, startZone: TimeZone? = nil,
        timeZoneName: String? = nil
    ) {
        let today = min(reportDay, week.sunday)
        let roadmap = file.asOf(endOf: today, in: timeZone)
        title = roadmap.title
        notes = roadmap.notes
        self.week = week
        asOf = today
        self.timeZone = timeZoneName ?? file.zoneName(timeZone)
        self.roadmap = roadmap
        // The dependencies off track need only the roadmap: found beside the rest for a large one.
        let large = roadmap.milestoneCount >= ParallelWork.milestonesWorthIt
        let beside = Concurrently(parallel: large) { roadmap.offTrackLinks(today: today) }
        var earliest: Timestamp?
        var parts: [WorkstreamPart] = []
        var moves: [Move] = []
        // Where the milestones that need attention or are due next are (workstream, milestone):
        // their rows are copied once, into arrays of the right size, when all are known.
        var overdue: [(days: Int, w: Int, m: Int)] = [], blocked: [(w: Int, m: Int)] = [], atRisk: [(w: Int, m: Int)] = []
        var upcoming: [(days: Int, w: Int, m: Int)] = []
        let horizon = today.adding(days: Self.dueNextDays)
        let weekStart = Timestamp.start(of: week.monday, in: startZone ?? timeZone), weekEnd = Timestamp.start(of: week.sunday.adding(days: 1), in: timeZone)
        if let last = file.zoneChanges.last, last.at >= weekEnd, file.timeZone != self.timeZone {
            zoneChangedSince = ZoneNow(zone: file.timeZone, since: last.at.day(in: file.clock(fallback: timeZone)))
        }
        for (w, workstream) in roadmap.workstreams.enumerated() {
            var rows: [MilestoneRow] = []
            rows.reserveCapacity(workstream.milestones.count)
            // Read where they are kept: a copy of each milestone would touch every string and list it holds.
            workstream.milestones.withUnsafeBufferPointer { milestones in
                for m in milestones.indices {
                    let row = MilestoneRow(milestones.baseAddress! + m, workstream: workstream.id)
                    rows.append(row)
                    if let first = milestones[m].history.lazy.map(\.at).min(), earliest.map({ first < $0 }) ?? true { earliest = first }
                    if let move = Move.move(history: milestones[m].history, row: row, from: weekStart, to: weekEnd) { moves.append(move) }
                    let (status, due) = (milestones[m].status, milestones[m].due)
                    // From the fields: a method call on the milestone copied it.
                    if Milestone.isOverdue(due: due, status: status, today: today), let due {
                        overdue.append((due.days(until: today), w, m))
                    } else if status == .blocked {
                        blocked.append((w, m))
                    } else if status == .atRisk {
                        atRisk.append((w, m))
                    }
                    if let due, !status.isClosed, today <= due, due <= horizon {
                        upcoming.append((today.days(until: due), w, m))
                    }
                }
            }
            parts.append(WorkstreamPart(id: workstream.id, title: workstream.title, progress: Progress(rows), milestones: rows))
        }
        // Most days late first, soonest first; ties keep file order.
        overdue.sort { (-$0.days, $0.w, $0.m) < (-$1.days, $1.w, $1.m) }
        upcoming.sort { ($0.days, $0.w, $0.m) < ($1.days, $1.w, $1.m) }
        // The highlights beside the rest, once the dependencies off track are found (for a large roadmap).
        let offTrackLinks = beside.value
        let highlights = Concurrently(parallel: large, readingOnly: {
            Highlights(roadmap: roadmap, file: file, parts: parts, moves: moves, offTrackLinks: offTrackLinks, weekStart: weekStart, today: today)
        })
        var attention: [Attention] = []
        attention.reserveCapacity(overdue.count + blocked.count + atRisk.count)
        let reason = { (w: Int, m: Int) in roadmap.latestExplanation(workstream: w, milestone: m) }
        attention += overdue.lazy.map { Attention(milestone: parts[$0.w].milestones[$0.m], daysLate: $0.days, reason: reason($0.w, $0.m)) }
        attention += (blocked + atRisk).lazy.map { Attention(milestone: parts[$0.w].milestones[$0.m], daysLate: nil, reason: reason($0.w, $0.m)) }
        self.attention = attention
        dueNext = upcoming.map { Upcoming(milestone: parts[$0.w].milestones[$0.m], daysLeft: $0.days) }
        // A change before the report's day is the file's earliest (the past drops only later ones); else look at the file.
        changesKnownFrom = (earliest ?? file.earliestChange)?.day(in: timeZone)
        overall = Progress(adding: parts.map(\.progress))
        workstreams = parts
        self.moves = moves
        self.highlights = highlights.value
    }
}

extension Roadmap {
    /// The latest reason or status update of the milestone at these
    /// positions, read where it is kept (`workstreams[w].milestones[m]`
    /// would copy the milestone, touching every string and list it holds).
    func latestExplanation(workstream w: Int, milestone m: Int) -> HistoryEntry? {
        workstreams[w].milestones.withUnsafeBufferPointer { $0[m].latestExplanation }
    }
}
