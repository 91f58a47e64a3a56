/// A piece of a text snapshot line with its ``DisplayWidth``, measured once.
struct SnapshotCell {
    static let empty = SnapshotCell(text: "", width: 0)

    var text: String
    var width: Int

    init(text: String, width: Int) {
        self.text = text
        self.width = width
    }

    init(_ text: String) {
        self.init(text: text, width: DisplayWidth.of(text))
    }

    /// Column `column` of `row`, empty when the row has no such cell.
    init(_ row: SnapshotTable.Row, _ column: Int) {
        self = column < row.cells.count ? SnapshotCell(text: row.cells[column], width: row.widths[column]) : .empty
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
