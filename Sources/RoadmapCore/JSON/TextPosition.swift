/// A place in a file's text as an editor shows it: 1-based line, and 1-based
/// column counted in characters (Unicode scalars: a Thai vowel or tone mark is
/// one, a Japanese letter is one, whatever its bytes or cells). A CR before a
/// line's LF ends the line and counts nowhere.
public struct TextPosition: Equatable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The positions of byte offsets in `bytes`, in one pass over the text up
    /// to the last of them (offsets past the end are taken as the end).
    public static func of(_ offsets: [Int], in bytes: [UInt8]) -> [TextPosition] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [TextPosition](repeating: TextPosition(line: 1, column: 1), count: offsets.count)
        var line = 1, column = 1, i = 0
        for k in order {
            let offset = min(max(offsets[k], 0), bytes.count)
            while i < offset {
                let b = bytes[i]
                if b == 0x0A {
                    line += 1
                    column = 1
                } else if b & 0xC0 != 0x80 && !(b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A) {
                    column += 1
                }
                i += 1
            }
            result[k] = TextPosition(line: line, column: column)
        }
        return result
    }
}
