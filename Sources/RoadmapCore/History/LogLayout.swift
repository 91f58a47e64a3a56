/// One change of the log as a table shows it: the four columns before what
/// changed (when, who, milestone, field), what changed and why.
public struct LogRow: Sendable {
    /// When (without the zone), who, milestone (or the whole roadmap), field.
    public var columns: [String]
    /// The zone of a time on another clock than today's (``HistoryClock/label(at:)``):
    /// beside the time when the reasons have room, else first on the reason's line.
    public var zone: String?
    /// `from → to` in the table's words, or an update's text: whole.
    public var change: String
    /// The reason recorded with the change; empty for none.
    public var why: String

    public init(columns: [String], zone: String? = nil, change: String, why: String) {
        self.columns = columns
        self.zone = zone
        self.change = change
        self.why = why
    }
}

/// The log's rows laid out for a terminal, as `roadmap log`, the echo of
/// `set` and `comment` and the UI's log screen show them: no line wider than
/// the terminal, no value cut.
///
/// When the reasons have room beside the changes (at least
/// ``TextTable/lastColumnRoom`` cells), a row is one table line, its reason
/// wrapped under its column. Else (Thai or Japanese at 80 columns) the reason
/// goes on lines of its own, indented, after the zone of a time on another
/// clock, and what changed is the last column. Either way a change wider than
/// its column (a long update or title) goes on lines of its own below its
/// row, as a reason does. Text is wrapped by ``DisplayWidth/wrap(_:to:)``:
/// at spaces and between Thai words, never inside one. With no width (piped
/// output) each row is one line, nothing cut.
///
/// ``measure(_:)`` every row shown, then write ``header`` and the rows'
/// ``lines(_:)``.
public struct LogLayout {
    /// How far lines of their own are indented.
    public static let indent = 4

    public let maxWidth: Int?
    /// The widest a change is shown beside its row (``LoggedChange/changeWidth(inTable:)``, or more).
    public let changeWidth: Int
    private var wide: TextTable
    private var narrow: TextTable

    /// `headers`: the six columns (when, who, milestone, field, change, why);
    /// who is cut to 10 cells, and (when the reasons have their own lines) the
    /// field's name to 8, before what changed is.
    public init(headers: [String], maxWidth: Int?, changeWidth: Int) {
        precondition(headers.count == 6, "when, who, milestone, field, change, why")
        self.maxWidth = maxWidth
        self.changeWidth = changeWidth
        wide = TextTable(columns: headers.enumerated().map { .init($1, shrinksTo: $0 == 1 ? 10 : nil) })
        narrow = TextTable(columns: headers.dropLast().enumerated().map { .init($1, shrinksTo: $0 == 1 ? 10 : $0 == 3 ? 8 : nil) })
    }

    /// Widens the columns for `row`.
    public mutating func measure(_ row: LogRow) {
        wide.measure(wideCells(row))
        narrow.measure(row.columns + [fitsBeside(row) ? row.change : ""])
    }

    /// Whether the reasons go on lines of their own: a terminal too narrow for them beside the changes.
    public var reasonsOnTheirOwnLines: Bool {
        guard let maxWidth else { return false }
        return wide.widths(maxWidth: maxWidth)[5] < min(wide.widths()[5], TextTable.lastColumnRoom)
    }

    /// The header line.
    public var header: String {
        reasonsOnTheirOwnLines ? narrow.headerLine(widths: narrowWidths) : wide.headerLine(widths: wideWidths)
    }

    /// The lines of each of `rows` (measured), each line at most ``maxWidth`` cells.
    public func lines(_ rows: [LogRow]) -> [[String]] {
        guard let maxWidth else {
            let widths = wideWidths
            return rows.map { [wide.line(wideCells($0), widths: widths)] }
        }
        let narrowly = reasonsOnTheirOwnLines
        let widths = narrowly ? narrowWidths : wideWidths
        // What the line leaves the change when the reasons have their own lines.
        let room = maxWidth - widths.dropLast().reduce(0, +) - narrow.separator.count * (widths.count - 1)
        return rows.map { row in
            var lines: [String]
            var below: [String] = []
            if narrowly {
                let beside = DisplayWidth.of(TerminalSafe.escape(row.change)) <= room
                let line = narrow.line(row.columns + [beside ? row.change : ""], widths: widths)
                // The columns before the change pass the edge only on a terminal too narrow for them alone:
                // cut there, not back to a word break (DisplayWidth.truncate's rule for one Thai text).
                lines = [DisplayWidth.of(line) <= maxWidth ? line : DisplayWidth.truncate(line, to: maxWidth - 1) + "…"]
                if !beside { below.append(row.change) }
                below.append([row.zone, row.why].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · "))
            } else {
                let beside = fitsBeside(row)
                var cells = wideCells(row)
                if !beside { cells[4] = "" }
                lines = wide.wrappedLines(cells, widths: widths, hangFrom: 5, maxWidth: maxWidth, fallbackIndent: Self.indent)
                if !beside { below.append(row.change) }
            }
            for text in below where !text.isEmpty {
                lines += DisplayWidth.wrap(TerminalSafe.escape(text), to: max(1, maxWidth - Self.indent))
                    .map { String(repeating: " ", count: Self.indent) + $0 }
            }
            return lines
        }
    }

    private func wideCells(_ row: LogRow) -> [String] {
        var cells = row.columns + [maxWidth == nil || fitsBeside(row) ? row.change : "", row.why]
        if let zone = row.zone { cells[0] += " " + zone }
        return cells
    }

    /// Whether the change is shown beside its row when the reasons have room.
    private func fitsBeside(_ row: LogRow) -> Bool {
        DisplayWidth.of(TerminalSafe.escape(row.change)) <= changeWidth
    }

    /// The wide table's widths; the reasons' column as wide as its widest, for wrapping under it.
    private var wideWidths: [Int] {
        var widths = wide.widths(maxWidth: maxWidth)
        if maxWidth != nil { widths[5] = wide.widths()[5] }
        return widths
    }

    /// The narrow table's widths, what changed taking what the line leaves.
    private var narrowWidths: [Int] {
        guard let maxWidth else { return narrow.widths() }
        var widths = narrow.widths(maxWidth: maxWidth, lastColumnRoom: changeWidth)
        let before = widths.dropLast().reduce(0, +) + narrow.separator.count * (widths.count - 1)
        widths[widths.count - 1] = max(1, maxWidth - before)
        return widths
    }
}
