import Foundation

extension WeeklySnapshot {
    /// What happened to one milestone in the week, net of repeated changes.
    public struct Move: Equatable, Sendable {
        public enum Change: Equatable, Sendable {
            /// The milestone was added, with this status.
            case added(status: String?)
            /// The status went along `path` (oldest first; `nil` for an absent value).
            case status(path: [String?])
            /// The due date went from `from` to `to` over `times` changes.
            case due(from: CalendarDay?, to: CalendarDay?, times: Int)
        }

        public var milestone: MilestoneRow
        public var change: Change

        /// Whether the status ended the week as done, having not been done before it.
        public var isCompletion: Bool {
            guard case .status(let path) = change else { return false }
            return path.last == Status.done.rawValue && path.first != Status.done.rawValue
        }

        /// For a due-date move between two dates, the net days it moved (positive: later).
        public var netDays: Int? {
            guard case .due(let from?, let to?, _) = change else { return nil }
            return from.days(until: to)
        }

        /// The week's moves of one milestone: its addition, its status path and its net due-date move.
        static func moves(of milestone: Milestone, row: MilestoneRow, in week: IsoWeek, timeZone: TimeZone) -> [Move] {
            let entries = milestone.history.filter { week.contains($0.at.day(in: timeZone)) }
            guard !entries.isEmpty else { return [] }
            var moves: [Move] = []
            if let created = entries.first(where: { $0.field == "created" }) {
                moves.append(Move(milestone: row, change: .added(status: created.to)))
            }
            let statuses = entries.filter { $0.field == "status" }
            if let first = statuses.first {
                moves.append(Move(milestone: row, change: .status(path: [first.from] + statuses.map(\.to))))
            }
            let dues = entries.filter { $0.field == "due" }
            if let first = dues.first, let last = dues.last {
                let from = first.from.flatMap(CalendarDay.init(iso:)), to = last.to.flatMap(CalendarDay.init(iso:))
                moves.append(Move(milestone: row, change: .due(from: from, to: to, times: dues.count)))
            }
            return moves
        }
    }
}
