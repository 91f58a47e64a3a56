/// Seeded mutations of a JSON document: byte flips, insertions, deletions,
/// truncations and splices of whole JSON tokens, for the fuzz tests.
struct JSONMutator {
    let original: [UInt8]
    /// The byte ranges of the original's tokens (strings, numbers, words, punctuation).
    let tokens: [Range<Int>]

    init(_ original: [UInt8]) {
        self.original = original
        tokens = Self.tokenize(original)
    }

    /// Bytes that mean something to a JSON parser or to UTF-8.
    static let interestingBytes: [UInt8] = Array("\"\\{}[],:-+.0123456789eEtfnu \t\n\r/".utf8)
        + [0x00, 0x01, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]

    /// Tokens that are wrong or awkward in many places of a roadmap.
    static let spliceTokens: [String] = [
        "null", "true", "false", "0", "-0", "1", "2", "-1", "1.5", "1e400", "-1e-400", "99999999999999999999999999",
        "\"\"", "\"x\"", "{}", "[]", "[null]", "{\"\":0}", "\"2026-02-30\"", "\"2026-13-01\"", "\"0000-01-01\"",
        "\"2026-01-01T24:00:00Z\"", "\"planned\"", "\"PLANNED\"", "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"\\u0000\"",
        "\"\\\"\"", "\"a\\u0301\"", "\"\u{1B}[2J\"", "\"\u{202E}\"", "\"SC1\"", "\"sc1\"", "\"schema\"", "\"id\"",
        "\"history\"", "\"title\"", "\"en\"", "\"th\"", ",", ":", "{", "}", "[", "]",
    ]

    /// One mutated copy; `rng` decides which mutations (one to three of them).
    func mutate(using rng: inout SplitMix64) -> [UInt8] {
        var bytes = original
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            mutateOnce(&bytes, using: &rng)
        }
        return bytes
    }

    private func mutateOnce(_ bytes: inout [UInt8], using rng: inout SplitMix64) {
        func position(_ inclusive: Bool = false) -> Int {
            let upper = bytes.count + (inclusive ? 1 : 0)
            return upper == 0 ? 0 : Int.random(in: 0..<upper, using: &rng)
        }
        let interesting = { (rng: inout SplitMix64) in Self.interestingBytes.randomElement(using: &rng)! }
        switch Int.random(in: 0..<10, using: &rng) {
        case 0 where !bytes.isEmpty:  // flip one bit
            bytes[position()] ^= 1 << UInt8.random(in: 0...7, using: &rng)
        case 1 where !bytes.isEmpty:  // overwrite with a meaningful byte
            bytes[position()] = interesting(&rng)
        case 2:  // insert meaningful or random bytes
            let count = Int.random(in: 1...4, using: &rng)
            let inserted = (0..<count).map { _ in Bool.random(using: &rng) ? interesting(&rng) : UInt8.random(in: 0...255, using: &rng) }
            bytes.insert(contentsOf: inserted, at: position(true))
        case 3 where !bytes.isEmpty:  // delete a few bytes
            let start = position()
            bytes.removeSubrange(start..<min(bytes.count, start + Int.random(in: 1...8, using: &rng)))
        case 4:  // cut the end off
            bytes.removeSubrange(position(true)...)
        case 5 where !bytes.isEmpty:  // copy a stretch of the document elsewhere
            let start = position()
            let piece = Array(bytes[start..<min(bytes.count, start + Int.random(in: 1...64, using: &rng))])
            bytes.insert(contentsOf: piece, at: position(true))
        default:  // replace one of the original's tokens by another token
            guard let target = tokens.randomElement(using: &rng), target.upperBound <= bytes.count else { return }
            let replacement: [UInt8]
            if Bool.random(using: &rng), let other = tokens.randomElement(using: &rng) {
                replacement = Array(original[other])
            } else {
                replacement = Array(Self.spliceTokens.randomElement(using: &rng)!.utf8)
            }
            bytes.replaceSubrange(target, with: replacement)
        }
    }

    private static let wordBytes = Set("-+.eE0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// Splits JSON text into token ranges, skipping whitespace; never fails.
    static func tokenize(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            let start = i
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D:
                i += 1
                continue
            case UInt8(ascii: "\""):
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
                i = min(i + 1, bytes.count)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                while i < bytes.count, wordBytes.contains(bytes[i]) { i += 1 }
            default:
                i += 1
            }
            ranges.append(start..<i)
        }
        return ranges
    }
}
