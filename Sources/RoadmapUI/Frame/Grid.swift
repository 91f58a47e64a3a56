import RoadmapCore

/// One terminal cell: a spacing character with any zero-width marks that
/// follow it (Thai vowels and tone marks), or the right half of a wide one.
public struct Cell: Hashable, Sendable {
    /// The text drawn in this cell; empty for the right half of a wide character.
    public var text: String
    public var style: CellStyle
    /// The right half of a double-width character drawn in the cell before.
    public var isContinuation: Bool

    public static let blank = Cell(text: " ", style: .plain, isContinuation: false)
}

/// A frame: a width × height grid of cells that the views draw into and the
/// terminal backend copies to the screen. Tests compare its ``text``.
public struct Grid: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor belongs after this frame: at the caret
    /// in a prompt (shown), else at the start of the selected row (hidden),
    /// so input methods put their preedit and screen readers and braille
    /// displays follow what has focus. Nil: top left, hidden.
    public var cursor: Cursor?

    /// A cursor position, and whether the cursor is shown there.
    public struct Cursor: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public var visible: Bool

        public init(x: Int, y: Int, visible: Bool) {
            self.x = x
            self.y = y
            self.visible = visible
        }
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Draws `text` at (x, y), cut between grapheme clusters so it never
    /// passes `x + maxWidth` or the right edge. Unsafe control characters are
    /// shown as visible escapes. Returns the number of columns drawn.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let limit = min(width - x, maxWidth ?? Int.max)
        guard limit > 0 else { return 0 }
        let safe = TerminalSafe.escape(text)
        var column = x
        for character in safe {
            let w = DisplayWidth.of(character)
            if column + w > x + limit { break }
            var pieces: [(String, Int)] = []
            for scalar in character.unicodeScalars {
                let sw = DisplayWidth.of(scalar)
                if sw == 0, !pieces.isEmpty {
                    pieces[pieces.count - 1].0.unicodeScalars.append(scalar)
                } else if sw == 0 {
                    if column > 0 && column - 1 >= x { attachMark(scalar, x: column - 1, y: y) }
                } else {
                    pieces.append((String(scalar), sw))
                }
            }
            for (piece, pw) in pieces {
                set(Cell(text: piece, style: style, isContinuation: false), x: column, y: y)
                if pw == 2 { set(Cell(text: "", style: style, isContinuation: true), x: column + 1, y: y) }
                column += pw
            }
        }
        return column - x
    }

    /// Fills a run of cells with spaces in a style (for bars and highlighted rows).
    /// Writes `text` cut to `width` columns, ending in `…` when cut
    /// (``DisplayWidth/truncate(_:to:ellipsis:)``: Thai between words).
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: CellStyle = .plain, cutTo width: Int) -> Int {
        put(DisplayWidth.truncate(text, to: width, ellipsis: true), x: x, y: y, style: style)
    }

    /// At most `count` of `lines`; when some are left out, the last one kept ends in `…`.
    public static func clipped(_ lines: [String], to count: Int, width: Int) -> [String] {
        guard lines.count > count, count > 0 else { return Array(lines.prefix(max(0, count))) }
        var kept = Array(lines.prefix(count))
        let last = kept[count - 1]
        kept[count - 1] = DisplayWidth.of(last) < width ? last + "…" : DisplayWidth.truncate(last + " ", to: width, ellipsis: true)
        return kept
    }

    public mutating func fill(x: Int, y: Int, width count: Int, style: CellStyle, character: String = " ") {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + count) {
            set(Cell(text: character, style: style, isContinuation: false), x: column, y: y)
        }
    }

    /// Changes the style of a run of cells, keeping their text.
    public mutating func restyle(x: Int, y: Int, width count: Int, _ change: (inout CellStyle) -> Void) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + count) {
            change(&cells[y * width + column].style)
        }
    }

    private mutating func attachMark(_ scalar: Unicode.Scalar, x: Int, y: Int) {
        var target = x
        if cells[y * width + target].isContinuation && target > 0 { target -= 1 }
        cells[y * width + target].text.unicodeScalars.append(scalar)
    }

    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x < width else { return }
        let index = y * width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[index].isContinuation && x > 0 && !cell.isContinuation {
            cells[index - 1] = Cell(text: " ", style: cells[index - 1].style, isContinuation: false)
        }
        if !cells[index].isContinuation && x + 1 < width && cells[index + 1].isContinuation && !cell.isContinuation {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style, isContinuation: false)
        }
        cells[index] = cell
    }

    /// The frame as text, one line per row, trailing spaces removed.
    public var text: String {
        lines.joined(separator: "\n")
    }

    /// The rows as text, trailing spaces removed.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !cells[y * width + x].isContinuation {
                line += cells[y * width + x].text
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
