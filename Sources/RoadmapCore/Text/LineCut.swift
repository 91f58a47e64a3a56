/// Where a run of text may be cut when no break ``LineBreaks`` allows fits
/// (a Thai word wider than the line, a cell cut with `…`): never after a
/// Thai leading vowel (เ แ โ ใ ไ, written before the consonant it follows
/// in speech), never before a character that may not start a line (Japanese
/// kinsoku: `ー`, small kana, closing brackets and punctuation; Thai `ะ`, `ๆ`).
enum LineCut {
    /// Whether `character` is a Thai leading vowel, which must not end a line.
    static func endsBadly(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.last, character.unicodeScalars.count == 1 else { return false }
        return (0x0E40...0x0E44).contains(scalar.value)
    }

    /// Whether `character` may not start a line.
    static func startsBadly(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return noStart.contains(scalar)
    }

    private static let noStart = Set("ーー゛゜ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ、。，．・：；？！）］｝〕〉》」』】〙〗〟’”ゝゞヽヾ々…‥)]},.;:!?ะๆฯ".unicodeScalars)

    /// How many of `characters` to keep when at most `count` fit: `count`
    /// less any clusters that would leave a leading vowel at the end or a
    /// no-start character at the start of what follows; at least one.
    static func keep(_ characters: some RandomAccessCollection<Character>, upTo count: Int) -> Int {
        guard count < characters.count else { return count }
        var kept = count
        func at(_ offset: Int) -> Character { characters[characters.index(characters.startIndex, offsetBy: offset)] }
        while kept > 1 && (endsBadly(at(kept - 1)) || startsBadly(at(kept))) { kept -= 1 }
        return kept
    }
}
