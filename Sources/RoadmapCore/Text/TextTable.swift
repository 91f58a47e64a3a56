/// A plain-text table whose columns line up in a terminal for any script:
/// widths are measured with ``DisplayWidth``, and every cell is made
/// ``TerminalSafe`` before it is measured.
///
/// A long table need not be kept: ``measure(_:)`` every row, then write
/// ``headerLine(widths:)`` and each row's ``line(_:widths:)`` with the
/// ``widths(maxWidth:)`` measured.
public struct TextTable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var header: String
        public var alignment: Alignment
        /// How narrow the column may be cut (with `…`, its header too) so
        /// that the last one keeps ``TextTable/lastColumnRoom`` on a narrow
        /// terminal; nil: never cut.
        public var shrinksTo: Int?
        public init(_ header: String, alignment: Alignment = .left, shrinksTo: Int? = nil) {
            self.header = header
            self.alignment = alignment
            self.shrinksTo = shrinksTo
        }
    }

    /// Columns the last one keeps, when shrinkable columns can give them up.
    public static let lastColumnRoom = 20

    public var columns: [Column] {
        didSet {
            measured = columns.map { DisplayWidth.of($0.header) }
            for row in rows { measureSafe(row) }
        }
    }
    public private(set) var rows: [[String]] = []
    /// Text between columns.
    public var separator = "  "
    /// The widest header or cell of each column so far.
    private var measured: [Int]

    public init(columns: [Column]) {
        self.columns = columns
        measured = columns.map { DisplayWidth.of($0.header) }
    }

    /// Adds a row; missing cells are empty.
    public mutating func append(_ cells: [String]) {
        let safe = cells.map(TerminalSafe.escape)
        measureSafe(safe)
        rows.append(safe)
    }

    /// Widens the columns for a row without keeping it.
    public mutating func measure(_ cells: [String]) {
        measureSafe(cells.map(TerminalSafe.escape))
    }

    private mutating func measureSafe(_ cells: [String]) {
        for c in measured.indices where c < cells.count { measured[c] = max(measured[c], DisplayWidth.of(cells[c])) }
    }

    /// The column widths. When `maxWidth` is set, the last column is cut to
    /// fit; when that leaves it less than `lastColumnRoom` (the type's
    /// ``lastColumnRoom`` unless given), the widest shrinkable columns are
    /// cut first, a column at a time.
    public func widths(maxWidth: Int? = nil, lastColumnRoom: Int = Self.lastColumnRoom) -> [Int] {
        var widths = measured
        let last = columns.count - 1
        guard let maxWidth, last >= 0 else { return widths }
        var before = widths.dropLast().reduce(0, +) + separator.count * last
        let wanted = min(widths[last], lastColumnRoom)
        while maxWidth - before < wanted {
            guard let widest = columns.indices.dropLast().filter({ c in columns[c].shrinksTo.map { widths[c] > $0 } == true })
                .max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            before -= 1
        }
        widths[last] = max(1, min(widths[last], maxWidth - before))
        return widths
    }

    /// The table's lines (header first). When `maxWidth` is set, the last
    /// column is cut to fit, between grapheme clusters, with an ellipsis.
    public func render(maxWidth: Int? = nil) -> [String] {
        let widths = widths(maxWidth: maxWidth)
        return [headerLine(widths: widths)] + rows.map { format($0, widths: widths) }
    }

    /// The header's line for `widths`.
    public func headerLine(widths: [Int]) -> String {
        format(columns.map(\.header), widths: widths)
    }

    /// One row's line for `widths`, its cells made terminal-safe.
    public func line(_ cells: [String], widths: [Int]) -> String {
        format(cells.map(TerminalSafe.escape), widths: widths)
    }

    private func format(_ cells: [String], widths: [Int]) -> String {
        let last = columns.count - 1
        var line = ""
        for c in columns.indices {
            let cell = c < cells.count ? cells[c] : ""
            if c > 0 { line += separator }
            if c == last {
                let cut = DisplayWidth.truncate(cell, to: widths[c], ellipsis: true)
                line += columns[c].alignment == .right ? DisplayWidth.padLeft(cut, to: widths[c]) : cut
            } else {
                let fitted = DisplayWidth.of(cell) > widths[c] ? DisplayWidth.truncate(cell, to: widths[c], ellipsis: true) : cell
                line += columns[c].alignment == .right
                    ? DisplayWidth.padLeft(fitted, to: widths[c]) : DisplayWidth.pad(fitted, to: widths[c])
            }
        }
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
