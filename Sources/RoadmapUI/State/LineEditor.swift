/// A one-line text editor that moves and deletes by grapheme cluster, so a
/// Thai consonant with its vowel and tone mark, or a Japanese character, is
/// one step. Combining marks typed after a consonant join it.
public struct LineEditor: Equatable, Sendable {
    public private(set) var text: String
    /// The cursor, in grapheme clusters from the start.
    public private(set) var cursor: Int
    /// Whether the whole text is selected: the first character typed replaces
    /// it (as for a due date, where `+2w` replaces the old date), any other
    /// key keeps it.
    public private(set) var selected: Bool

    public init(_ text: String = "", selected: Bool = false) {
        self.text = text
        cursor = text.count
        self.selected = selected && !text.isEmpty
    }

    /// Applies an editing key. Returns false for keys it does not handle.
    public mutating func handle(_ key: Key) -> Bool {
        defer { selected = false }
        switch key {
        case .character(let c):
            if selected {
                text = ""
                cursor = 0
            }
            insert(c)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: index)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .control("u"):
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
        case .control("k"):
            text.removeSubrange(text.index(text.startIndex, offsetBy: cursor)...)
        default:
            return false
        }
        return true
    }

    private mutating func insert(_ character: Character) {
        let split = text.index(text.startIndex, offsetBy: cursor)
        let before = String(text[..<split]) + String(character)
        text = before + text[split...]
        // A combining mark merges with the cluster before it: count again.
        cursor = before.count
    }

    /// The text before the cursor (to place the cursor by display width).
    public var beforeCursor: String { String(text.prefix(cursor)) }
}
