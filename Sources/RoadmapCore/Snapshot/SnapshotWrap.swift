/// Line breaking for the text snapshot: ``DisplayWidth/wrap(_:to:)``'s
/// rules (break at spaces, else between grapheme clusters, keep line breaks)
/// with three changes for Thai and Japanese, which run on without spaces:
///
/// - a run too long for any line fills what is left of the current line
///   before it is broken, rather than leaving a short line behind;
/// - a break inside a run never leaves a Thai following vowel (`ะ า ำ`),
///   `ๆ`, `ฯ` or Japanese closing punctuation at the start of a line, a Thai
///   leading vowel (`เ แ โ ใ ไ`) or an opening bracket at its end, or splits
///   a number or a Latin word;
/// - a run never ends with one cluster alone on its last line;
/// - within a few clusters of the limit, a break where a Thai syllable most
///   likely starts is preferred: before a leading vowel, or before a
///   consonant that carries a vowel or tone mark (a bare consonant is often
///   the last letter of the syllable before it).
///
/// It does not know Thai words (that needs a dictionary), only these rules.
enum SnapshotWrap {
    /// How far back from the limit a better break is looked for, in grapheme clusters.
    static let lookBack = 5

    static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", used = 0
            func flush() {
                while line.hasSuffix(" ") { line.removeLast() }
                lines.append(line)
                line = ""
                used = 0
            }
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var restWidth = DisplayWidth.of(word)
                let space = line.isEmpty ? 0 : 1
                if used + space + restWidth <= width {
                    line += (space == 1 ? " " : "") + word
                    used += space + restWidth
                    continue
                }
                var rest = Array(word)
                if restWidth <= width || width - used - space < 4 {
                    if !line.isEmpty { flush() }
                } else if space == 1 {
                    line += " "
                    used += 1
                }
                while used + restWidth > width {
                    var count = fitting(rest, in: width - used)
                    if count == 0 && !line.isEmpty {
                        flush()
                        continue
                    }
                    count = max(count, 1)
                    line += String(rest[..<count])
                    flush()
                    rest.removeFirst(count)
                    restWidth = DisplayWidth.of(String(rest))
                }
                line += String(rest)
                used += restWidth
            }
            flush()
        }
        return lines
    }

    /// Whether ``wrap(_:to:)`` returns `text` unchanged as its only line when
    /// it fits the width: no line break, no leading or trailing space.
    static func staysOneLine(_ text: String) -> Bool {
        text.first != " " && text.last != " " && !text.utf8.contains(UInt8(ascii: "\n"))
    }

    /// How many of `characters` go on a line with `room` columns left, ending at an allowed break.
    private static func fitting(_ characters: [Character], in room: Int) -> Int {
        var used = 0, count = 0
        while count < characters.count, used + DisplayWidth.of(characters[count]) <= room {
            used += DisplayWidth.of(characters[count])
            count += 1
        }
        guard count < characters.count, count > 0 else { return count }
        // Never leave a single cluster to end the run on a line of its own.
        let last = characters.count - count == 1 && count > 2 ? count - 1 : count
        let candidates = stride(from: last, through: max(1, count - lookBack), by: -1)
        if let syllable = candidates.first(where: { startsThaiSyllable(characters[$0]) && canBreak(characters[$0 - 1], characters[$0]) }) {
            return syllable
        }
        return candidates.first { canBreak(characters[$0 - 1], characters[$0]) } ?? count
    }

    private static func canBreak(_ before: Character, _ after: Character) -> Bool {
        if noStart.contains(after) || noEnd.contains(before) || isThaiLeadingVowel(before) { return false }
        return !(isLatinOrDigit(before) && isLatinOrDigit(after))
    }

    private static func isThaiLeadingVowel(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x0E40...0x0E44).contains(scalar.value)
    }

    private static func startsThaiSyllable(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        return isThaiLeadingVowel(character) || ((0x0E01...0x0E2E).contains(first.value) && character.unicodeScalars.count > 1)
    }

    private static func isLatinOrDigit(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }

    private static let noStart: Set<Character> = Set("ะาำๅๆฯ、。，．・：；？！ー）」』】〕〉》”’ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〜…),.;:!?%]}")
    private static let noEnd: Set<Character> = Set("（「『【〔〈《“‘([{")
}
