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
        /// Each cell's ``DisplayWidth``, measured once when the row is made.
        var widths: [Int]
        var notes: [String]
        /// A second line for the flexible column, under its cell (a title in the second language); empty for none.
        var under: String
        /// The ``DisplayWidth`` of ``under``.
        var underWidth: Int

        /// A row of `cells` (in column order) with optional notes under it, made terminal-safe.
        init(_ cells: [String], notes: [String] = [], under: String = "") {
            // Printable ASCII (most cells) is safe and a column a byte: looked at once.
            var safe = cells, widths: [Int] = []
            widths.reserveCapacity(cells.count)
            for i in safe.indices {
                if DisplayWidth.isPrintableASCII(safe[i]) {
                    widths.append(safe[i].utf8.count)
                } else {
                    safe[i] = TerminalSafe.escape(safe[i])
                    widths.append(DisplayWidth.of(safe[i]))
                }
            }
            self.cells = safe
            self.widths = widths
            self.notes = notes.isEmpty ? notes : notes.map(TerminalSafe.escape)
            self.under = under.isEmpty ? under : TerminalSafe.escape(under)
            underWidth = under.isEmpty ? 0 : DisplayWidth.of(self.under)
        }
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
    /// The rule of dashes under the header (when it is shown).
    var showsRule = true
    /// Where notes start; nil lines them up with ``noteColumn``, else with the flexible column.
    var noteIndent: Int?
    /// The column notes line up with when it is shown on the row's line.
    var noteColumn: Int?
    /// Each row on one line: a longer flexible cell is cut at a word
    /// boundary (Thai words as ``LineBreaks`` finds them) and ends with `…`
    /// (page one of the report).
    var oneLine = false
    /// At most this many lines for each note, the last cut as ``oneLine``
    /// cuts the flexible cell; nil for no limit.
    var noteLines: Int?

    init(columns: [Column], showsHeader: Bool = true, noteIndent: Int? = nil) {
        self.columns = columns
        self.showsHeader = showsHeader
        self.noteIndent = noteIndent
    }

    /// Adds a row (cells in column order) with optional notes under it, and
    /// optionally a second line for the flexible column (``Row/under``).
    mutating func append(_ cells: [String], notes: [String] = [], under: String = "") {
        rows.append(Row(cells, notes: notes, under: under))
    }

    /// Widens `widths` (one per column) to fit `cells` as ``Row`` stores
    /// them, for rows measured first and made again when they are written.
    static func widen(_ widths: inout [Int], toFit cells: [String]) {
        for (c, cell) in cells.enumerated() where c < widths.count {
            let width = DisplayWidth.isPrintableASCII(cell) ? cell.utf8.count : DisplayWidth.of(TerminalSafe.escape(cell))
            widths[c] = max(widths[c], width)
        }
    }

    /// The widths the header and cells take, column by column (at least ``minimumWidths``).
    func naturalWidths() -> [Int] {
        var widths = columns.indices.map { c in
            max(c < minimumWidths.count ? minimumWidths[c] : 0, showsHeader ? DisplayWidth.of(columns[c].header) : 0)
        }
        let flexible = columns.firstIndex { $0.role == .flexible }
        for row in rows {
            for c in widths.indices where c < row.widths.count { widths[c] = max(widths[c], row.widths[c]) }
            if let flexible, flexible < widths.count { widths[flexible] = max(widths[flexible], row.underWidth) }
        }
        return widths
    }

    /// The table's lines, none wider than `width` columns.
    func render(width: Int) -> [String] {
        var lines: [String] = []
        lines.reserveCapacity(rows.count + 2)
        render(width: width, rows: rows) { line, _ in lines.append(String(decoding: line, as: UTF8.self)) }
        return lines
    }

    /// Passes the lines of the table with `rows` instead of its own to
    /// `emit` as UTF-8 (without line breaks), one at a time, none wider than
    /// `width` columns, each saying whether it starts a row (a page may break
    /// there; the header's lines start none). The columns
    /// are as wide as the table's own rows and ``minimumWidths`` make them:
    /// measure `rows` into ``minimumWidths`` first (``widen(_:toFit:)``).
    /// Returns whether a text was cut (``oneLine``).
    @discardableResult
    func render<Failure: Error>(
        width: Int, rows: some Sequence<Row>, line emit: (_ line: [UInt8], _ startsRow: Bool) throws(Failure) -> Void
    ) throws(Failure) -> Bool {
        var cut = false
        let layout = Layout(self, width: width)
        var bytes: [UInt8] = []  // one line at a time, its storage reused
        bytes.reserveCapacity(4 * width)
        if showsHeader {
            let rule = layout.shown.map { String(repeatingASCII: "-", count: layout.widths[$0]) }
            for cells in [layout.shown.map { columns[$0].header }] + (showsRule ? [rule] : []) {
                let cut = cells.indices.map { DisplayWidth.truncate(cells[$0], to: layout.widths[layout.shown[$0]], ellipsis: true) }
                layout.line(cut.map { SnapshotCell($0) }, width: width, into: &bytes)
                try emit(bytes, false)
            }
        }
        let room = max(1, width - layout.noteStart)
        let indent = [UInt8](repeating: UInt8(ascii: " "), count: layout.noteStart)
        // The cells of the row's line, one per shown column, each set in turn.
        var cells = [SnapshotCell](repeating: .empty, count: layout.shown.count)
        for row in rows {
            var wrapped: ArraySlice<SnapshotCell> = []  // the flexible cell's lines after its first
            for (i, c) in layout.shown.enumerated() {
                let cell = SnapshotCell(row, c)
                if c == layout.flexible && oneLine && cell.width > layout.widths[c] {
                    let (line, wasCut) = Self.firstLine(String(cell.text), width: layout.widths[c])
                    cells[i] = SnapshotCell(line)
                    cut = cut || wasCut
                } else if c == layout.flexible && !(cell.width <= layout.widths[c] && SnapshotWrap.staysOneLine(cell.text)) {
                    let lines = SnapshotWrap.wrapSlices(String(cell.text), to: layout.widths[c]).map { SnapshotCell($0) }
                    cells[i] = lines.first ?? SnapshotCell.empty
                    wrapped = lines.dropFirst()
                } else if c == layout.flexible || cell.width <= layout.widths[c] {
                    cells[i] = cell
                } else {
                    cells[i] = SnapshotCell(DisplayWidth.truncate(String(cell.text), to: layout.widths[c], ellipsis: true))
                }
            }
            var startsRow = true
            if !layout.shown.isEmpty {
                layout.line(cells, width: width, into: &bytes)
                try emit(bytes, startsRow)
                startsRow = false
            }
            if !row.under.isEmpty, let flexible = layout.flexible, layout.shown.contains(flexible) {
                let room = layout.widths[flexible]
                var under = SnapshotWrap.wrap(row.under, to: room)
                if oneLine && under.count > 1 {
                    under = [Self.firstLine(row.under, width: room).line]
                    cut = true
                }
                wrapped += under.map { SnapshotCell($0) }
            }
            if !wrapped.isEmpty, let at = layout.shown.firstIndex(where: { $0 == layout.flexible }) {
                for i in cells.indices where i != at { cells[i] = .empty }
                for extra in wrapped {
                    cells[at] = extra
                    layout.line(cells, width: width, into: &bytes)
                    try emit(bytes, false)
                }
            }
            var notes: [String] = []
            for c in layout.moved where c < row.cells.count && row.cells[c] != "" && row.cells[c] != Self.placeholder {
                notes.append(columns[c].role == .movable(labelled: true) ? "\(columns[c].header): \(row.cells[c])" : row.cells[c])
                if c == layout.flexible && !row.under.isEmpty { notes.append(row.under) }
            }
            notes += row.notes
            for note in notes {
                var lines = SnapshotWrap.wrap(note, to: room)
                if let limit = noteLines, lines.count > limit {
                    lines = Self.leadingLines(note, count: limit, width: room)
                    cut = true
                }
                for line in lines {
                    Self.noteLine(line, indent: indent, width: width, into: &bytes)
                    try emit(bytes, startsRow)
                    startsRow = false
                }
            }
        }
        return cut
    }

    /// A note's line after `indent` (spaces), without trailing spaces, cut
    /// to `width` with `…`, as UTF-8 in `bytes`.
    private static func noteLine(_ line: String, indent: [UInt8], width: Int, into bytes: inout [UInt8]) {
        var line = line
        bytes.removeAll(keepingCapacity: true)
        guard indent.count + DisplayWidth.of(line) <= width else {
            let fitted = SnapshotCell.fitted(String(decoding: indent, as: UTF8.self) + line, to: width)
            return bytes.append(contentsOf: fitted.utf8)
        }
        line.withUTF8 { utf8 in
            var end = utf8.count
            while end > 0 && utf8[end - 1] == UInt8(ascii: " ") { end -= 1 }
            guard end > 0 else { return }
            bytes.append(contentsOf: indent)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<end]))
        }
    }

    /// The first line `text` wraps to in `width` columns, ending with `…`
    /// when the text goes on, and whether it did.
    static func firstLine(_ text: String, width: Int) -> (line: String, cut: Bool) {
        let lines = SnapshotWrap.wrap(text, to: width)
        guard lines.count > 1 else { return (lines.first ?? "", false) }
        let room = max(1, width - 1)
        var line = SnapshotWrap.wrap(text, to: room).first ?? ""
        // A run without spaces that wrapping moved whole to the next line (a Thai phrase)
        // fills this one up to the last break it allows there.
        if text.hasPrefix(line) {
            let next = text.dropFirst(line.count).drop { $0 == " " }.prefix { $0 != " " }
            let used = DisplayWidth.of(line) + (line.isEmpty ? 0 : 1)
            if used < room, let count = LineBreaks.opportunities(in: next).last(where: { DisplayWidth.of(next.prefix($0)) <= room - used }) {
                line += (line.isEmpty ? "" : " ") + next.prefix(count)
            }
        }
        return (line + "…", true)
    }

    /// The first `count` lines `text` wraps to in `width` columns, the last
    /// ending with `…` (as ``firstLine(_:width:)`` cuts) when the text goes on.
    static func leadingLines(_ text: String, count: Int, width: Int) -> [String] {
        let lines = SnapshotWrap.wrap(text, to: width)
        guard lines.count > count else { return lines }
        var rest = Substring(text), kept: [String] = []
        // The text after each kept line (wrapping drops the spaces it breaks at).
        for line in lines.prefix(max(0, count - 1)) {
            guard rest.hasPrefix(line) else { return [firstLine(text, width: width).line] }
            rest = rest.dropFirst(line.count).drop { $0 == " " }
            kept.append(line)
        }
        return kept + [firstLine(String(rest), width: width).line]
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
            if let column = table.noteColumn, table.noteIndent == nil, let i = shown.firstIndex(of: column) {
                noteStart = starts[i]
            } else if !moved.isEmpty {
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

        /// One line of cells, each padded (or right-aligned) to its column,
        /// without trailing spaces and cut to `width`, as UTF-8 in `bytes`.
        /// Written in one pass into a buffer of the line's size, then copied
        /// to `bytes` (whose storage is reused): appending each cell and each
        /// run of spaces to an array cost a tenth of the whole report at
        /// 10,000 milestones.
        func line(_ cells: [SnapshotCell], width: Int, into bytes: inout [UInt8]) {
            var cells = cells
            var size = SnapshotTable.separator * max(0, shown.count - 1), used = size
            for (i, c) in shown.enumerated() {
                let room = widths[c]
                // A left-aligned cell too wide for its column is cut to it (a right-aligned one overflows).
                if cells[i].width > room && columns[c].alignment != .right {
                    cells[i] = SnapshotCell(DisplayWidth.pad(String(cells[i].text), to: room))
                }
                size += cells[i].text.utf8.count + max(0, room - cells[i].width)
                used += max(room, cells[i].width)
            }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { buffer in
                let base = buffer.baseAddress!
                var at = 0
                func spaces(_ n: Int) {
                    guard n > 0 else { return }
                    (base + at).initialize(repeating: UInt8(ascii: " "), count: n)
                    at += n
                }
                for (i, c) in shown.enumerated() {
                    if i > 0 { spaces(SnapshotTable.separator) }
                    var text = cells[i].text
                    let padding = widths[c] - cells[i].width, right = columns[c].alignment == .right
                    if right { spaces(padding) }
                    text.withUTF8 { utf8 in
                        guard let source = utf8.baseAddress, !utf8.isEmpty else { return }
                        (base + at).initialize(from: source, count: utf8.count)
                        at += utf8.count
                    }
                    if !right { spaces(padding) }
                }
                // Without trailing spaces.
                while at > 0 && base[at - 1] == UInt8(ascii: " ") {
                    at -= 1
                    used -= 1
                }
                bytes.removeAll(keepingCapacity: true)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<at]))
            }
            if used > width {
                bytes = Array(DisplayWidth.truncate(String(decoding: bytes, as: UTF8.self), to: width, ellipsis: true).utf8)
            }
        }
    }
}
