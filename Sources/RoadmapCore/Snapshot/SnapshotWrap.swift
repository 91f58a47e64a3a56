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
        return wrapAtSpaces(text, to: width) ?? wrapByAllRules(text, to: width)
    }

    /// ``wrap(_:to:)`` by the rules above, one grapheme cluster at a time.
    static func wrapByAllRules(_ text: String, to width: Int) -> [String] {
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

    /// The common case, worked on the UTF-8 bytes: one paragraph whose words
    /// all fit the width, so that lines break only at spaces and none of the
    /// rules for runs applies. The result is the one ``wrapByAllRules(_:to:)``
    /// gives. Nil when the text needs those rules: a line break, a word wider
    /// than the width, a scalar outside the scripts checked here, or a space
    /// that a following mark joins into one grapheme cluster.
    static func wrapAtSpaces(_ text: String, to width: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var lines: [String] = []
            var line: [UInt8] = []
            line.reserveCapacity(min(bytes.count, 4 * width))
            var used = 0
            func flush() {
                while line.last == space { line.removeLast() }
                lines.append(String(decoding: line, as: UTF8.self))
                line.removeAll(keepingCapacity: true)
                used = 0
            }
            func place(_ word: Range<Int>, width wordWidth: Int) -> Bool {
                guard wordWidth <= width else { return false }
                let gap = line.isEmpty ? 0 : 1
                if used + gap + wordWidth > width {
                    if !line.isEmpty { flush() }
                } else if gap == 1 {
                    line.append(space)
                    used += 1
                }
                line.append(contentsOf: bytes[word])
                used += wordWidth
                return true
            }
            var wordStart = 0, wordWidth = 0, afterSpace = false
            var i = 0
            while i < bytes.count {
                let (scalar, length) = decodeScalar(bytes, at: i)
                if scalar == UInt32(space) {
                    guard place(wordStart..<i, width: wordWidth) else { return nil }
                    wordStart = i + 1
                    wordWidth = 0
                    afterSpace = true
                } else {
                    guard let columns = plainWidth(scalar), !(afterSpace && (columns == 0 || scalar == 0x0E33)) else { return nil }
                    wordWidth += columns
                    afterSpace = false
                }
                i += length
            }
            guard place(wordStart..<bytes.count, width: wordWidth) else { return nil }
            flush()
            return lines
        }
    }

    private static let space = UInt8(ascii: " ")

    /// The scalar starting at `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        func next(_ k: Int) -> UInt32 { UInt32(bytes[index + k]) & 0x3F }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | next(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3) }
        return ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
    }

    /// The ``DisplayWidth`` of a scalar from the scripts where a space is
    /// always a grapheme cluster of its own unless a mark or U+0E33 follows
    /// it (Latin, Thai, general punctuation and symbols, CJK, kana and
    /// fullwidth forms); nil for any other scalar and for control characters.
    @inline(__always)
    private static func plainWidth(_ scalar: UInt32) -> Int? {
        switch scalar {
        case 0x20..<0x7F: 1
        case 0xA0..<0x300, 0x0E00..<0x0E80, 0x2000..<0x2C00, 0x3000..<0xA000, 0xFF01..<0xFF61, 0xFFE0..<0xFFE7:
            Unicode.Scalar(scalar).map { DisplayWidth.of($0) }
        default: nil
        }
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
