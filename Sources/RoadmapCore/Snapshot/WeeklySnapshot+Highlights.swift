import Foundation

extension WeeklySnapshot {
    /// Page one, the highlight report a programme office circulates: health
    /// per workstream and overall, what was finished this week, how the
    /// counts changed since last week, what slipped and which dependencies
    /// are off track.
    public struct Highlights: Equatable, Sendable {
        /// A workstream's health, in words and a glyph that survive black-and-white printing.
        public enum Health: Int, Comparable, Sendable, CaseIterable {
            /// Nothing overdue, blocked, at risk, slipped or waiting on an off-track link.
            case onTrack
            /// Something at risk, slipped or waiting on an off-track link, but nothing overdue or blocked.
            case needsAttention
            /// Something overdue or blocked.
            case offTrack

            public static func < (a: Health, b: Health) -> Bool { a.rawValue < b.rawValue }
        }

        /// One workstream's health and what it comes from.
        public struct WorkstreamHealth: Equatable, Sendable {
            public var id: String
            public var title: LocalizedText
            public var health: Health
            public var overdue: Int
            public var blocked: Int
            public var atRisk: Int
            public var slipped: Int
            /// Links into its milestones that are off track.
            public var offTrackLinks: Int
        }

        /// An open milestone due later than agreed.
        public struct Slipped: Equatable, Sendable {
            public var milestone: MilestoneRow
            /// Days later than the baseline (or, without one, than at the week's start).
            public var days: Int
            /// The latest reason or status update recorded for it.
            public var reason: HistoryEntry?
        }

        /// A milestone waiting for one that is off track.
        public struct Dependency: Equatable, Sendable {
            public var waiting: MilestoneRow
            public var waitsFor: MilestoneRow
            public var why: Roadmap.OffTrack
        }

        /// The worst of the workstreams' health.
        public var overall: Health
        public var workstreams: [WorkstreamHealth]
        /// Milestones completed in the week, in file order.
        public var completed: [MilestoneRow]
        /// The counts at the end of the week before.
        public var previous: Progress
        /// The baseline slip is measured against; nil when the roadmap has
        /// none then, and slip is this week's due-date moves.
        public var baseline: String?
        /// Most days first; ties in file order.
        public var slipped: [Slipped]
        /// In file order of the waiting milestones.
        public var offTrackLinks: [Dependency]

        /// The highlights of `roadmap` (as it stood at the end of `today`),
        /// whose rows are `parts`, whose week's moves are `moves` and whose
        /// dependencies off track are `states`; `file` is the whole file, for
        /// the counts as the week began, at `weekStart`.
        init(roadmap: Roadmap, file: Roadmap, parts: [WorkstreamPart], moves: [Move], offTrackLinks states: [Roadmap.LinkState],
             weekStart: Timestamp, today: CalendarDay) {
            let meter = roadmap.currentBaseline.map(SlipMeter.init)
            baseline = meter?.baseline.name
            var slipped: [(days: Int, w: Int, m: Int)] = []
            if let meter {
                for (w, workstream) in roadmap.workstreams.enumerated() {
                    // Read where they are kept, as in WeeklySnapshot.init.
                    workstream.milestones.withUnsafeBufferPointer { milestones in
                        for m in milestones.indices where !milestones[m].status.isClosed {
                            if case .days(let days) = meter.slip(id: milestones[m].id, due: milestones[m].due), days > 0 { slipped.append((days, w, m)) }
                        }
                    }
                }
            } else {
                let places = Dictionary(parts.enumerated().flatMap { w, part in part.milestones.indices.map { (part.milestones[$0].id, (w, $0)) } }) { a, _ in a }
                for move in moves where !move.milestone.status.isClosed {
                    if let days = move.changes.lazy.compactMap(\.netDays).first, days > 0, let (w, m) = places[move.milestone.id] {
                        slipped.append((days, w, m))
                    }
                }
            }
            slipped.sort { (-$0.days, $0.w, $0.m) < (-$1.days, $1.w, $1.m) }
            self.slipped = slipped.map {
                Slipped(milestone: parts[$0.w].milestones[$0.m], days: $0.days,
                        reason: roadmap.latestExplanation(workstream: $0.w, milestone: $0.m))
            }
            offTrackLinks = states.map { state in
                let (to, from) = (state.link.successor, state.link.predecessor)
                return Dependency(waiting: parts[to.workstream].milestones[to.milestone],
                                  waitsFor: parts[from.workstream].milestones[from.milestone], why: state.offTrack!)
            }
            workstreams = parts.enumerated().map { w, part in
                let rows = part.milestones
                // Counted where the rows are kept, without copying each.
                var overdue = 0, blocked = 0, atRisk = 0
                rows.withUnsafeBufferPointer { rows in
                    for r in rows.indices {
                        if Milestone.isOverdue(due: rows[r].due, status: rows[r].status, today: today) { overdue += 1 }
                        if rows[r].status == .blocked { blocked += 1 } else if rows[r].status == .atRisk { atRisk += 1 }
                    }
                }
                let late = slipped.lazy.filter { $0.w == w }.count
                let links = states.lazy.filter { $0.link.successor.workstream == w }.count
                let health: Health = overdue + blocked > 0 ? .offTrack : atRisk + late + links > 0 ? .needsAttention : .onTrack
                return WorkstreamHealth(id: part.id, title: part.title, health: health, overdue: overdue, blocked: blocked,
                                        atRisk: atRisk, slipped: late, offTrackLinks: links)
            }
            overall = workstreams.map(\.health).max() ?? .onTrack
            completed = moves.filter(\.isCompletion).map(\.milestone)
            // Gathered in a plain array: handed a nest of lazy sequences, Progress(statuses:) ran unspecialized and
            // built their types at run time, each check of their conformances a scan of the runtime's records
            // (a tenth of `snapshot` on the built-in roadmap).
            var before: [Status] = []
            for workstream in file.workstreams {
                workstream.milestones.withUnsafeBufferPointer { milestones in
                    for m in milestones.indices {
                        if let status = Milestone.status(milestones[m].status, history: milestones[m].history, before: weekStart) { before.append(status) }
                    }
                }
            }
            previous = Progress(statuses: before)
        }
    }
}
