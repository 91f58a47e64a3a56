import Foundation

/// Line breaking for the text snapshot and every screen of the UI (through
/// ``DisplayWidth/wrap(_:to:)``): break at spaces, keep line breaks, with a word too wide for a line
/// broken only where ``LineBreaks`` allows: between Thai words (ICU's
/// dictionary), never against Japanese kinsoku, never inside a Latin word or
/// a number. Such a run first fills what is left of the current line. Only a
/// run with no allowed break within a whole line is cut between grapheme
/// clusters, where ``LineCut`` allows.
enum SnapshotWrap {
    static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        // A text that fits is its own line (most notes and cells): no need to look for places to break.
        if DisplayWidth.of(text) <= width && staysOneLine(Substring(text)) { return [text] }
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
                var taken = 0
                if restWidth <= width || width - used - space < 4 {
                    if !line.isEmpty { flush() }
                } else if space == 1 {
                    line += " "
                    used += 1
                }
                // Where the word may break, in clusters from its start (`taken` clusters are on
                // earlier lines): asked of ICU only for a word that must be broken.
                let breaks = used + restWidth > width ? LineBreaks.opportunities(in: word) : []
                while used + restWidth > width {
                    let count = fitting(rest, in: width - used, breaks: breaks, taken: taken, cut: line.isEmpty)
                    if count == 0 {
                        flush()
                        continue
                    }
                    line += String(rest[..<count])
                    flush()
                    rest.removeFirst(count)
                    taken += count
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
        if DisplayWidth.isPrintableASCII(text), let lines = wrapASCII(text, to: width) { return lines.map(String.init) }
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

    /// ``wrap(_:to:)``'s lines, as slices of `text` where they are slices
    /// of it (printable ASCII, whose lines are found without copying a
    /// byte: the table's titles at 10,000 milestones).
    static func wrapSlices(_ text: String, to width: Int) -> [Substring] {
        if width > 0, DisplayWidth.isPrintableASCII(text), let lines = wrapASCII(text, to: width) { return lines }
        return wrap(text, to: width).map { Substring($0) }
    }

    /// ``wrapAtSpaces(_:to:)`` of printable ASCII, a column a byte: a line
    /// is then always a slice of the text (its words and the spaces between
    /// them), found without decoding or copying a byte. Nil when a word is
    /// wider than the width, or the text is not stored contiguously.
    private static func wrapASCII(_ text: String, to width: Int) -> [Substring]? {
        let ranges = text.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var lines: [Range<Int>] = []
            lines.reserveCapacity(bytes.count / max(1, width) + 2)
            // The line is bytes[start..<end]; start is nil while it is empty.
            var start: Int?, end = 0, used = 0
            func flush() {
                guard let first = start else { return lines.append(0..<0) }
                var last = end
                while last > first, bytes[last - 1] == space { last -= 1 }
                lines.append(first..<last)
                start = nil
                used = 0
            }
            func place(_ word: Range<Int>) -> Bool {
                guard word.count <= width else { return false }
                let gap = start == nil ? 0 : 1
                if used + gap + word.count > width {
                    if start != nil { flush() }
                } else if gap == 1 {
                    used += 1  // the space before the word, which ends the line so far
                }
                if start == nil {
                    if !word.isEmpty { start = word.lowerBound }
                }
                if start != nil { end = word.upperBound }
                used += word.count
                return true
            }
            // The spaces found with `memchr`, not a byte at a time.
            var wordStart = 0
            if let base = bytes.baseAddress {
                while wordStart < bytes.count, let hit = memchr(base + wordStart, Int32(space), bytes.count - wordStart) {
                    let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    guard place(wordStart..<i) else { return nil }
                    wordStart = i + 1
                }
            }
            guard place(wordStart..<bytes.count) else { return nil }
            flush()
            return lines
        }
        guard let ranges = ranges ?? nil else { return nil }
        let utf8 = text.utf8
        return ranges.map { range in
            text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
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
    static func staysOneLine(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        // Looked at as bytes first: a space may start a cluster with a mark after it.
        if utf8.first == space && text.first == " " || utf8.last == space && text.last == " " { return false }
        let newline = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.isEmpty ? false : memchr(bytes.baseAddress!, Int32(UInt8(ascii: "\n")), bytes.count) != nil
        }
        return !(newline ?? utf8.contains(UInt8(ascii: "\n")))
    }

    /// How many of `characters` (the clusters of a word after its first
    /// `taken`) go on a line with `room` columns left: up to the last break
    /// the word allows that fits; when none fits, all that fit if `cut`
    /// (the line is empty: the word must be cut), else none (start a new line).
    private static func fitting(_ characters: [Character], in room: Int, breaks: [Int], taken: Int, cut: Bool) -> Int {
        var used = 0, count = 0
        while count < characters.count, used + DisplayWidth.of(characters[count]) <= room {
            used += DisplayWidth.of(characters[count])
            count += 1
        }
        guard count < characters.count else { return count }
        if let allowed = breaks.last(where: { $0 > taken && $0 - taken <= count }) { return allowed - taken }
        return cut ? LineCut.keep(characters, upTo: max(count, 1)) : 0
    }
}
