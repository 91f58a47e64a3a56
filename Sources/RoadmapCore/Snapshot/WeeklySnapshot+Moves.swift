import Foundation

extension WeeklySnapshot {
    /// What happened to one milestone in the week, net: a field that ended
    /// the week where it began did not move, and all of a milestone's changes
    /// make one move.
    public struct Move: Equatable, Sendable {
        public enum Change: Equatable, Sendable {
            /// The milestone was added, with this status.
            case added(status: String?)
            /// The status went along `path` (oldest first; `nil` for an absent
            /// value); its first and last steps differ.
            case status(path: [String?])
            /// The due date went from `from` to `to` (which differ) over `times` changes.
            case due(from: CalendarDay?, to: CalendarDay?, times: Int)

            /// Whether the status ended the week as done, having not been done before it.
            public var isCompletion: Bool {
                guard case .status(let path) = self else { return false }
                return path.last == Status.done.rawValue && path.first != Status.done.rawValue
            }

            /// For a due-date move between two dates, the net days it moved (positive: later).
            public var netDays: Int? {
                guard case .due(let from?, let to?, _) = self else { return nil }
                return from.days(until: to)
            }
        }

        public var milestone: MilestoneRow
        /// Addition, status, due date: each at most once, in this order; never empty.
        public var changes: [Change]

        /// Whether the milestone was completed in the week.
        public var isCompletion: Bool { changes.contains(where: \.isCompletion) }

        /// The move in the week from `start` to `end` (its first moments and
        /// the next week's) of the milestone with this `history` and `row`,
        /// nil when nothing moved net.
        static func move(history: [HistoryEntry], row: MilestoneRow, from start: Timestamp, to end: Timestamp) -> Move? {
            // History is oldest first: only its tail can fall in the week.
            var first = history.count
            while first > 0, history[first - 1].at >= start { first -= 1 }
            let entries = history[first...].filter { $0.at < end }
            guard !entries.isEmpty else { return nil }
            var changes: [Change] = []
            let created = entries.first { $0.field == "created" }
            if let created { changes.append(.added(status: created.to)) }
            let statuses = entries.filter { $0.field == "status" }
            if let first = statuses.first, let last = statuses.last {
                // An addition this week starts the path from the status it was added with.
                let origin = created?.to ?? first.from
                if origin != last.to { changes.append(.status(path: [origin] + statuses.map(\.to))) }
            }
            let dues = entries.filter { $0.field == "due" }
            if let first = dues.first, let last = dues.last {
                let from = first.from.flatMap(CalendarDay.init(iso:)), to = last.to.flatMap(CalendarDay.init(iso:))
                if from != to { changes.append(.due(from: from, to: to, times: dues.count)) }
            }
            return changes.isEmpty ? nil : Move(milestone: row, changes: changes)
        }
    }
}
