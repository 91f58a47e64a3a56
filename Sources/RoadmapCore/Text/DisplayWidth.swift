/// Terminal column widths, as xterm and tmux draw them.
///
/// The width of a string is the sum of its scalars' widths: combining marks
/// (Thai vowels above and below, tone marks) and format characters take no
/// column, East Asian wide and fullwidth characters take two, everything else
/// one. Every column of every screen and report is measured with this.
public enum DisplayWidth {
    /// The columns one scalar takes.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (0x7F..<0xA0).contains(v) ? 0 : 1 }
        if v >= 0x0E00 && v <= 0x0E7F {
            // Thai: vowels above and below and tone marks take no column.
            return v == 0x0E31 || (0x0E34...0x0E3A).contains(v) || (0x0E47...0x0E4E).contains(v) ? 0 : 1
        }
        // Blocks of the report's own text where every scalar is known without
        // looking up its properties (which cost more than the rest of a line):
        // dashes, quotes, bullets and ellipses; kana; CJK ideographs.
        if v >= 0x2010 && v <= 0x2027 { return 1 }
        if v >= 0x3041 && v <= 0x3096 || v >= 0x30A1 && v <= 0x30FA || v >= 0x4E00 && v <= 0x9FFF { return 2 }
        return ofOther(scalar)
    }

    /// ``of(_:)-(Unicode.Scalar)`` of a scalar from U+0300 on, by its properties.
    static func ofOther(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        // Marks first: some combining marks (the kana voicing marks U+3099 and
        // U+309A, U+302A–302D) sit inside wide blocks but take no column.
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(v) { return 2 }
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }  // Hangul medial and final jamo
        return 1
    }

    /// The columns a string takes.
    public static func of(_ text: some StringProtocol) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        var total = 0
        for scalar in text.unicodeScalars {
            if scalar.value < 0x7F && scalar.value >= 0x20 {
                total += 1
            } else {
                total += of(scalar)
            }
        }
        return total
    }

    /// Whether every byte of `text` is printable ASCII (one column each),
    /// checked eight bytes at a time where the text is stored contiguously.
    @inline(__always)
    static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        let checked = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var i = 0
            let count = bytes.count
            while count - i >= 8 {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // A byte is printable ASCII when it is 0x20...0x7E: no high bit, not below 0x20, not 0x7F.
                let high = word & 0x8080_8080_8080_8080
                let below = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                let del = ((word ^ 0x7F7F_7F7F_7F7F_7F7F) &- 0x0101_0101_0101_0101) & ~(word ^ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
                if high | below | del != 0 { return false }
                i += 8
            }
            while i < count {
                guard base[i] >= 0x20 && base[i] < 0x7F else { return false }
                i += 1
            }
            return true
        }
        return checked ?? text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// The columns one grapheme cluster takes.
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar) }
        return total
    }

    /// The longest prefix of `text` that fits in `width` columns, cut between
    /// grapheme clusters. When the text is cut and `ellipsis` is set, the last
    /// column holds `…`; Thai is then cut between words (``LineBreaks``) when
    /// that keeps at least half of what fits, and never after a leading vowel
    /// (``LineCut``).
    public static func truncate(_ text: String, to width: Int, ellipsis: Bool = false) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let limit = ellipsis ? width - 1 : width
        var used = 0
        var kept: [Character] = []
        for character in text {
            let w = of(character)
            if used + w > limit { break }
            used += w
            kept.append(character)
        }
        guard ellipsis else { return String(kept) }
        var count = kept.count
        if text.unicodeScalars.contains(where: { (0x0E01...0x0E5B).contains($0.value) }) {
            let characters = Array(text)
            if let word = LineBreaks.opportunities(in: text).last(where: { $0 <= count }), word * 2 >= count {
                count = word
            } else if count > 0 {
                count = LineCut.keep(characters, upTo: count)
            }
            while count > 0, characters[count - 1] == " " { count -= 1 }
        }
        return String(kept[..<count]) + "…"
    }

    /// `text` cut to `width` columns and padded with spaces to exactly `width`.
    public static func pad(_ text: String, to width: Int, ellipsis: Bool = true) -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        return cut + String(repeatingASCII: " ", count: width - of(cut))
    }

    /// `text` right-aligned in `width` columns.
    public static func padLeft(_ text: String, to width: Int) -> String {
        String(repeatingASCII: " ", count: width - of(text)) + text
    }

    /// Whether a scalar is East Asian Wide or Fullwidth (Unicode 15, plus emoji presentation).
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        for i in stride(from: 0, to: wideRanges.count, by: 2) {
            if v < wideRanges[i] { return false }
            if v <= wideRanges[i + 1] { return true }
        }
        return false
    }

    /// The first and last scalar of each wide range, in order. Plain numbers:
    /// an array of `ClosedRange<UInt32>` is built at the first use, with a
    /// search of the runtime's conformance records for its type (3 % of
    /// `roadmap list` on the built-in roadmap), where numbers are stored as they are.
    private static let wideRanges: [UInt32] = [
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0,
        0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F,
        0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
        0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
        0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
        0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
        0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
        0x2E80, 0x303E, 0x3041, 0xA4C6, 0xA960, 0xA97C,
        0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6B, 0xFF01, 0xFF60,
        0xFFE0, 0xFFE6, 0x16FE0, 0x16FE4, 0x16FF0, 0x16FF1, 0x17000, 0x18CD5, 0x18D00, 0x18D08,
        0x1AFF0, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A,
        0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265,
        0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA,
        0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440,
        0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A,
        0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC,
        0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DC, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC,
        0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF,
        0x1FA70, 0x1FA7C, 0x1FA80, 0x1FA88, 0x1FA90, 0x1FABD, 0x1FABF, 0x1FAC5, 0x1FACE, 0x1FADB,
        0x1FAE0, 0x1FAE8, 0x1FAF0, 0x1FAF8, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD,
    ]
}

extension DisplayWidth {
    /// Breaks `text` into lines of at most `width` columns: at spaces, and
    /// within a run too wide for a line only where ``LineBreaks`` allows
    /// (between Thai words, never against Japanese kinsoku), else where
    /// ``LineCut`` allows. Existing line breaks are kept; trailing spaces
    /// are dropped. The printed snapshot wraps with the same rules.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        SnapshotWrap.wrap(text, to: width)
    }
}
