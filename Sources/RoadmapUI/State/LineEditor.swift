/// A one-line text editor that moves by grapheme cluster, so a Thai
/// consonant with its vowel and tone mark, or a Japanese character, is one
/// step. Thai is edited as Thai keyboards do: backspace takes off the last
/// mark of a cluster (a wrong tone mark is fixed alone), and a vowel or tone
/// mark is taken only where Thai allows it (``ThaiMarks``), never alone or
/// stacked on another tone mark, where it would be invisible but saved.
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
            guard ThaiMarks.canFollow(String(text.prefix(cursor)).unicodeScalars.last, c) else { return true }
            insert(c)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            let cluster = text[index]
            if cluster.unicodeScalars.count > 1, let last = cluster.unicodeScalars.last, ThaiMarks.isMark(last) {
                // Only the mark: the consonant and its other marks stay.
                var scalars = Array(cluster.unicodeScalars)
                scalars.removeLast()
                text.replaceSubrange(index...index, with: String(String.UnicodeScalarView(scalars)))
            } else {
                text.remove(at: index)
                cursor -= 1
            }
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

/// Where Thai combining marks may go, after the Thai standard's input
/// sequence check (TIS 1566, WTT 2.0), simplified to what a title needs:
/// an above or below vowel follows a consonant; a tone mark, thanthakhat
/// or nikhahit follows a consonant or such a vowel, never another tone mark.
enum ThaiMarks {
    /// ั ิ ี ึ ื ุ ู ฺ and ็: vowels and the short-vowel sign, above or below.
    static let vowels: ClosedRange<UInt32> = 0x0E34...0x0E3A
    /// ่ ้ ๊ ๋ ์ ํ ๎: tone marks and the other signs above.
    static let tones: ClosedRange<UInt32> = 0x0E48...0x0E4E

    static func isVowelMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0E31 || scalar.value == 0x0E47 || vowels.contains(scalar.value)
    }

    static func isToneMark(_ scalar: Unicode.Scalar) -> Bool { tones.contains(scalar.value) }

    /// Whether a scalar is a Thai combining mark.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool { isVowelMark(scalar) || isToneMark(scalar) }

    /// ก–ฮ: the consonants marks sit on.
    static func isConsonant(_ scalar: Unicode.Scalar) -> Bool { (0x0E01...0x0E2E).contains(scalar.value) }

    /// Whether `character` may be typed after `previous` (nil: at the start).
    /// Anything that is not a single Thai mark may always be typed.
    static func canFollow(_ previous: Unicode.Scalar?, _ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let mark = character.unicodeScalars.first, isMark(mark) else { return true }
        guard let previous else { return false }
        if isConsonant(previous) { return true }
        // A tone mark on an above or below vowel: ที่ is ท ี ่.
        return isToneMark(mark) && isVowelMark(previous) && previous.value != 0x0E47 && previous.value != 0x0E3A
    }
}
