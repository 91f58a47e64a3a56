/// A plain-text table that always fits a given width, for the text snapshot.
///
/// Widths are measured with ``DisplayWidth`` and every cell is made
/// ``TerminalSafe``. One flexible column (the title) takes the room the
/// others leave and wraps with a hanging indent. When the page is too narrow
/// for that, the flexible text moves onto its own lines under the row, and
/// then, if still needed, the movable columns (owner, days late) do too.
/// Only when what is left is still wider than the page are columns cut with
/// `…`, widest first. Each row can carry notes: paragraphs wrapped under it.
struct SnapshotTable {
    enum Role: Equatable {
        case fixed
        /// Moves under the row when the page is too narrow, after its header and `: ` when `labelled`.
        case movable(labelled: Bool)
        case flexible
    }

    struct Column {
        var header: String
        var alignment: TextTable.Alignment = .left
        var role: Role = .fixed
        /// The narrowest a flexible column may get before it moves under its row.
        var minimum = 16
    }

    struct Row {
        var cells: [String]
        var notes: [String]
    }

    static let separator = 2
    /// What an empty cell shows; a moved column shows nothing for it.
    static let placeholder = "-"
    /// The narrowest a cut column gets.
    static let narrowest = 4

    var columns: [Column]
    private(set) var rows: [Row] = []
    /// Widths the columns get at least, so that tables of the same kind line up.
    var minimumWidths: [Int] = []
    var showsHeader = true
    /// Where notes start; nil lines them up with the flexible column.
    var noteIndent: Int?

    init(columns: [Column], showsHeader: Bool = true, noteIndent: Int? = nil) {
        self.columns = columns
        self.showsHeader = showsHeader
        self.noteIndent = noteIndent
    }

    /// Adds a row (cells in column order) with optional notes under it.
    mutating func append(_ cells: [String], notes: [String] = []) {
        rows.append(Row(cells: cells.map(TerminalSafe.escape), notes: notes.map(TerminalSafe.escape)))
    }

    /// The widths the header and cells take, column by column (at least ``minimumWidths``).
    func naturalWidths() -> [Int] {
        let all = (showsHeader ? [columns.map(\.header)] : []) + rows.map(\.cells)
        return columns.indices.map { c in
            all.reduce(c < minimumWidths.count ? minimumWidths[c] : 0) { max($0, c < $1.count ? DisplayWidth.of($1[c]) : 0) }
        }
    }

    /// The table's lines, none wider than `width` columns.
    func render(width: Int) -> [String] {
        let layout = Layout(self, width: width)
        var lines: [String] = []
        if showsHeader {
            lines.append(layout.line(layout.shown.map { columns[$0].header }, truncating: true))
            lines.append(layout.line(layout.shown.map { String(repeating: "-", count: layout.widths[$0]) }, truncating: true))
        }
        for row in rows {
            let cellLines = layout.shown.map { c -> [String] in
                let cell = c < row.cells.count ? row.cells[c] : ""
                return c == layout.flexible ? SnapshotWrap.wrap(cell, to: layout.widths[c])
                    : [DisplayWidth.truncate(cell, to: layout.widths[c], ellipsis: true)]
            }
            for i in 0..<(cellLines.map(\.count).max() ?? 0) {
                lines.append(layout.line(cellLines.map { i < $0.count ? $0[i] : "" }, truncating: false))
            }
            var notes: [String] = []
            for c in layout.moved where c < row.cells.count && !["", Self.placeholder].contains(row.cells[c]) {
                notes.append(columns[c].role == .movable(labelled: true) ? "\(columns[c].header): \(row.cells[c])" : row.cells[c])
            }
            notes += row.notes
            let room = max(1, width - layout.noteStart)
            for note in notes {
                lines += SnapshotWrap.wrap(note, to: room).map { String(repeating: " ", count: layout.noteStart) + $0 }
            }
        }
        return lines.map { line in
            let trimmed = Self.trimmingTrailingSpaces(line)
            return DisplayWidth.of(trimmed) > width ? DisplayWidth.truncate(trimmed, to: width, ellipsis: true) : trimmed
        }
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        return String(line[..<end])
    }

    /// Column widths and placement for one width.
    private struct Layout {
        let columns: [Column]
        var widths: [Int]
        /// The columns drawn on the row's line, in order.
        var shown: [Int]
        var flexible: Int?
        /// Columns drawn under the row instead, in the order their notes appear.
        var moved: [Int] = []
        var noteStart = 0

        init(_ table: SnapshotTable, width: Int) {
            columns = table.columns
            widths = table.naturalWidths()
            flexible = table.columns.firstIndex { $0.role == .flexible }
            shown = Array(table.columns.indices)
            if let flexible {
                let others = shown.filter { $0 != flexible }
                let room = width - others.reduce(0) { $0 + widths[$1] } - SnapshotTable.separator * others.count
                if room >= min(widths[flexible], table.columns[flexible].minimum) {
                    widths[flexible] = min(widths[flexible], room)
                } else {
                    moved = [flexible]
                    shown = others
                }
            }
            while lineWidth > width, let c = shown.last(where: { if case .movable = table.columns[$0].role { true } else { false } }) {
                moved.append(c)
                shown.removeAll { $0 == c }
            }
            shrink(to: width)
            let starts = shown.indices.map { i in shown[..<i].reduce(0) { $0 + widths[$1] + SnapshotTable.separator } }
            if !moved.isEmpty {
                noteStart = table.noteIndent ?? (shown.count > 1 ? starts[1] : 0)
            } else {
                noteStart = table.noteIndent ?? flexible.flatMap { shown.firstIndex(of: $0) }.map { starts[$0] } ?? 0
            }
            noteStart = min(noteStart, max(0, width / 2))
        }

        /// The width of a line of the shown columns.
        private var lineWidth: Int { shown.reduce(0) { $0 + widths[$1] } + SnapshotTable.separator * max(0, shown.count - 1) }

        /// Cuts the widest shown columns until they fit.
        private mutating func shrink(to width: Int) {
            var excess = lineWidth - width
            while excess > 0 {
                let candidates = shown.filter { $0 != flexible && widths[$0] > SnapshotTable.narrowest }
                guard let column = candidates.max(by: { widths[$0] < widths[$1] }) else { return }
                let cut = min(excess, widths[column] - SnapshotTable.narrowest)
                widths[column] -= cut
                excess -= cut
            }
        }

        /// One line of cells, each padded (or right-aligned) to its column.
        func line(_ cells: [String], truncating: Bool) -> String {
            var line = ""
            for (i, c) in shown.enumerated() {
                if i > 0 { line += String(repeating: " ", count: SnapshotTable.separator) }
                let cell = truncating ? DisplayWidth.truncate(cells[i], to: widths[c], ellipsis: true) : cells[i]
                line += columns[c].alignment == .right
                    ? DisplayWidth.padLeft(cell, to: widths[c]) : DisplayWidth.pad(cell, to: widths[c])
            }
            return line
        }
    }
}
