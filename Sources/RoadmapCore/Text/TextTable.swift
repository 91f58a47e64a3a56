/// A plain-text table whose columns line up in a terminal for any script:
/// widths are measured with ``DisplayWidth``, and every cell is made
/// ``TerminalSafe`` before it is measured.
public struct TextTable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var header: String
        public var alignment: Alignment
        public init(_ header: String, alignment: Alignment = .left) {
            self.header = header
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public private(set) var rows: [[String]] = []
    /// Text between columns.
    public var separator = "  "

    public init(columns: [Column]) {
        self.columns = columns
    }

    /// Adds a row; missing cells are empty.
    public mutating func append(_ cells: [String]) {
        rows.append(cells.map(TerminalSafe.escape))
    }

    /// The table's lines (header first). When `maxWidth` is set, the last
    /// column is cut to fit, between grapheme clusters, with an ellipsis.
    public func render(maxWidth: Int? = nil) -> [String] {
        let all = [columns.map(\.header)] + rows
        var widths = columns.indices.map { c in all.map { c < $0.count ? DisplayWidth.of($0[c]) : 0 }.max() ?? 0 }
        let last = columns.count - 1
        if let maxWidth, last >= 0 {
            let before = widths.dropLast().reduce(0, +) + separator.count * last
            widths[last] = max(1, min(widths[last], maxWidth - before))
        }
        return all.map { cells in
            var line = ""
            for c in columns.indices {
                let cell = c < cells.count ? cells[c] : ""
                if c > 0 { line += separator }
                if c == last {
                    let cut = DisplayWidth.truncate(cell, to: widths[c], ellipsis: true)
                    line += columns[c].alignment == .right ? DisplayWidth.padLeft(cut, to: widths[c]) : cut
                } else {
                    line += columns[c].alignment == .right
                        ? DisplayWidth.padLeft(cell, to: widths[c]) : DisplayWidth.pad(cell, to: widths[c])
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
