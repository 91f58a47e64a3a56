/// What one cell of a milestone's row on the time axis shows.
public enum TimelineMark: Equatable, Sendable {
    case empty
    /// The line down the column of today.
    case today
    /// Between the start and the due date.
    case bar
    /// The due date, drawn with the status glyph.
    case due(Status, overdue: Bool)
    /// The due date in the baseline, when it differs: a ghost, `┆` (`:`).
    case baseline
    /// Next to an overdue milestone's marker: `!`.
    case overdueFlag
    /// At the left edge: the due date is before the window.
    case earlier
    /// At the right edge: the due date is after the window.
    case later
    /// From the start of a milestone with no due date on: `┄` (`.`).
    case openEnded
}

/// The picture of a timeline, shared by the UI screen and `roadmap timeline`:
/// a label column, then ``columns`` cells of time on ``scale``.
public struct TimelineChart: Sendable {
    public var scale: TimelineScale
    /// Columns of the time axis.
    public var columns: Int
    public var today: CalendarDay

    public init(scale: TimelineScale, columns: Int, today: CalendarDay) {
        self.scale = scale
        self.columns = max(0, columns)
        self.today = today
    }

    /// The label column's width for a picture `width` columns wide: the rest
    /// (after one column of space) is the time axis.
    public static func labelWidth(forWidth width: Int) -> Int {
        min(40, max(16, width * 3 / 10))
    }

    /// The column of today, when it is in the window.
    public var todayColumn: Int? {
        let column = scale.column(of: today)
        return (0..<columns).contains(column) ? column : nil
    }

    /// What each column of a milestone's row shows: the today line, a bar
    /// from start to due, the ghost of `baselineDue` (the due date in a
    /// baseline; only inside the window), the due marker (or an arrow at the
    /// edge when the due date is outside the window) and `!` after an overdue
    /// one. The due marker and `!` are drawn over the ghost.
    public func marks(for milestone: Milestone, baselineDue: CalendarDay? = nil) -> [TimelineMark] {
        var marks = [TimelineMark](repeating: .empty, count: columns)
        guard columns > 0 else { return marks }
        if let start = milestone.start, let due = milestone.due, start <= due {
            let from = max(0, scale.column(of: start)), to = min(columns - 1, scale.column(of: due))
            if from <= to { for column in from...to { marks[column] = .bar } }
        } else if let start = milestone.start, milestone.due == nil {
            // Started, no due date yet: open-ended from the start (an arrow when it starts after the window).
            let from = scale.column(of: start)
            if from >= columns {
                marks[columns - 1] = .later
            } else {
                for column in max(0, from)..<columns { marks[column] = .openEnded }
            }
        }
        if let column = todayColumn { marks[column] = .today }
        if let baselineDue {
            let column = scale.column(of: baselineDue)
            if (0..<columns).contains(column) { marks[column] = .baseline }
        }
        guard let due = milestone.due else { return marks }
        let overdue = milestone.isOverdue(today: today)
        var column = scale.column(of: due)
        if column < 0 {
            marks[0] = .earlier
            column = 0
        } else if column >= columns {
            marks[columns - 1] = .later
            return marks
        } else {
            marks[column] = .due(milestone.status, overdue: overdue)
        }
        if overdue && column + 1 < columns { marks[column + 1] = .overdueFlag }
        return marks
    }

    /// The glyph of a mark: Unicode, or plain ASCII for terminals without it.
    public static func glyph(_ mark: TimelineMark, ascii: Bool) -> String {
        switch mark {
        case .empty: " "
        case .today: ascii ? "|" : "│"
        case .bar: ascii ? "=" : "━"
        case .due(let status, _): status.glyph(ascii: ascii)
        case .baseline: ascii ? ":" : "┆"
        case .overdueFlag: "!"
        case .earlier: ascii ? "<" : "◂"
        case .later: ascii ? ">" : "▸"
        case .openEnded: ascii ? "." : "┄"
        }
    }

    /// The rule under the labels: a tick where each unit starts and a
    /// pointer at today.
    public func rule(ascii: Bool) -> String {
        var cells = [String](repeating: ascii ? "-" : "─", count: columns)
        for column in stride(from: 0, to: columns, by: scale.columnsPerUnit) { cells[column] = ascii ? "+" : "┬" }
        if let column = todayColumn { cells[column] = ascii ? "v" : "▼" }
        return cells.joined()
    }

    /// A milestone's label, exactly `width` columns: its id padded to
    /// `idWidth`, then its title (terminal-safe) cut by display width.
    public static func label(_ milestone: Milestone, idWidth: Int, width: Int, language: InterfaceLanguage) -> String {
        let text = DisplayWidth.pad(milestone.id, to: idWidth, ellipsis: true) + " " + TerminalSafe.escape(milestone.title.text(in: language.rawValue))
        return DisplayWidth.pad(text, to: width, ellipsis: true)
    }
}
