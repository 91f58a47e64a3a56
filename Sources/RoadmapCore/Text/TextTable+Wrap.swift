/// A table's rows wrapped to a terminal's width instead of cut (`show`).
extension TextTable {
    /// One row's lines for `widths`, none wider than `maxWidth` cells: the
    /// columns before `hangFrom` as ``line(_:widths:)`` lays them out, the
    /// rest joined and wrapped by ``DisplayWidth/wrap(_:to:)`` (at spaces and
    /// between Thai words, never inside text glued with no-break spaces, such
    /// as ``ValueWording/keepTogether``'s dates), each continuation line
    /// indented to where column `hangFrom` starts. When that leaves the
    /// wrapped text less than ``lastColumnRoom`` cells or a third of the
    /// line, it starts on the next line, indented `fallbackIndent`. No-break spaces are made spaces again.
    public func wrappedLines(_ cells: [String], widths: [Int], hangFrom: Int, maxWidth: Int, fallbackIndent: Int = 4) -> [String] {
        let whole = line(cells, widths: widths)
        guard DisplayWidth.of(whole) > maxWidth, hangFrom > 0, hangFrom < columns.count else {
            return [SnapshotTextRenderer.unglued(whole)]
        }
        let safe = cells.map(TerminalSafe.escape)
        var prefix = ""
        for c in 0..<hangFrom { prefix += DisplayWidth.pad(c < safe.count ? safe[c] : "", to: widths[c], ellipsis: true) + separator }
        let tail = safe.dropFirst(hangFrom).filter { !$0.isEmpty }.joined(separator: separator)
        let indent = DisplayWidth.of(prefix)
        var lines: [String]
        if maxWidth - indent >= max(Self.lastColumnRoom, maxWidth / 3) {
            lines = DisplayWidth.wrap(tail, to: maxWidth - indent).enumerated().map { i, text in
                (i == 0 ? prefix : String(repeating: " ", count: indent)) + text
            }
        } else {
            var head = prefix
            while head.hasSuffix(" ") { head.removeLast() }
            // Columns too wide for the line even alone (a narrow --width): wrapped too, at their separators.
            let heads = DisplayWidth.of(head) <= maxWidth ? [head]
                : DisplayWidth.wrap(safe.prefix(hangFrom).filter { !$0.isEmpty }.joined(separator: separator), to: maxWidth)
            let room = max(1, maxWidth - fallbackIndent)
            lines = heads + DisplayWidth.wrap(tail, to: room).map { String(repeating: " ", count: fallbackIndent) + $0 }
        }
        return lines.map(SnapshotTextRenderer.unglued)
    }
}
