/// A piece of a text snapshot line with its ``DisplayWidth``, measured once:
/// a cell of a row, or a line a cell wrapped to (a slice of the cell's text,
/// so that wrapping copies nothing).
struct SnapshotCell {
    static let empty = SnapshotCell(text: "", width: 0)

    var text: Substring
    var width: Int

    init(text: Substring, width: Int) {
        self.text = text
        self.width = width
    }

    init(_ text: some StringProtocol) {
        self.init(text: Substring(text), width: DisplayWidth.of(text))
    }

    /// Column `column` of `row`, empty when the row has no such cell.
    init(_ row: SnapshotTable.Row, _ column: Int) {
        self = column < row.cells.count ? SnapshotCell(text: Substring(row.cells[column]), width: row.widths[column]) : .empty
    }

    /// `line` without trailing spaces, cut with `…` when wider than `limit`.
    static func fitted(_ line: String, to limit: Int) -> String {
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        let trimmed = String(line[..<end])
        return DisplayWidth.of(trimmed) > limit ? DisplayWidth.truncate(trimmed, to: limit, ellipsis: true) : trimmed
    }
}
