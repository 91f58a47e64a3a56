/// Makes text from a roadmap file, a path or an argument safe to print:
/// control characters, escape sequences, bidirectional overrides and
/// invisible characters become visible escapes (`\e[2J`, `\u0007`, `\u200B`),
/// so text can never drive the terminal or hide in it.
///
/// Escaping is idempotent (an escape is printable ASCII), so text that was
/// escaped once may safely pass through another choke point.
public enum TerminalSafe {
    /// Whether a scalar must not reach a terminal as it is, wherever it stands:
    /// C0 and C1 controls, DEL, bidi controls, and the default-ignorable
    /// (invisible) scalars other than joiners and variation selectors, such as
    /// U+200B, U+2060–U+2064, U+FEFF and the tags U+E0000–U+E007F.
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return false }
        if v < 0xA0 { return true }
        if v < 0x2000 {
            return v == 0xAD || v == 0x34F || v == 0x61C || v == 0x115F || v == 0x1160
                || v == 0x17B4 || v == 0x17B5 || v == 0x180E
        }
        if v <= 0x206F {
            return (0x200B...0x200F).contains(v) && v != 0x200C && v != 0x200D
                || (0x202A...0x202E).contains(v) || v >= 0x2060
        }
        if v < 0xFEFF { return v == 0x3164 }
        return v == 0xFEFF || v == 0xFFA0 || (0xFFF0...0xFFF8).contains(v)
            || (0x1BCA0...0x1BCA3).contains(v) || (0x1D173...0x1D17A).contains(v)
            || ((0xE0000...0xE0FFF).contains(v) && !(0xE0100...0xE01EF).contains(v))
    }

    /// Whether a scalar is invisible but has a legitimate use next to visible
    /// text: the joiners U+200C and U+200D (emoji sequences, Indic and Thai
    /// shaping) and the variation selectors (emoji presentation, CJK and
    /// Mongolian variants). ``escape(_:)`` keeps one only in such a place.
    @inline(__always)
    static func isContextual(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x200C || v == 0x200D || (0xFE00...0xFE0F).contains(v) || (0x180B...0x180F).contains(v) && v != 0x180E
            || (0xE0100...0xE01EF).contains(v)
    }

    /// The text with every unsafe scalar, and every joiner or variation
    /// selector out of place, written as a visible escape.
    public static func escape(_ text: String) -> String {
        if DisplayWidth.isPrintableASCII(text) { return text }
        guard text.unicodeScalars.contains(where: { isUnsafe($0) || isContextual($0) }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            if isUnsafe(scalar) || isContextual(scalar) && !isInPlace(at: i, in: scalars) {
                out.append(contentsOf: escaped(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Like ``escape(_:)`` but keeps line breaks, for multi-line notes: one safe string per line.
    /// A line ends at each `\n` that is a character of its own, as `String.split` has it: `\r\n` is one
    /// character, so it stays inside its line (escaped). Found in the bytes: comparing every character
    /// with `\n` took 8 % of `roadmap show` on a milestone with Thai notes.
    public static func escapedLines(_ text: String) -> [String] {
        var lines: [String] = [], start = text.utf8.startIndex, previous: UInt8 = 0
        for index in text.utf8.indices {
            let byte = text.utf8[index]
            if byte == 0x0A && previous != 0x0D {
                lines.append(escape(String(text[start..<index])))
                start = text.utf8.index(after: index)
            }
            previous = byte
        }
        lines.append(escape(String(text[start...])))
        return lines
    }

    /// A scalar as a visible escape: `\e`, `\n`, `\r`, `\t`, else `\u` and at least four hex digits.
    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1B: return "\\e"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    /// Whether the joiner or variation selector at `i` is where it does
    /// something: a variation selector right after a visible scalar; a joiner
    /// between two visible non-ASCII scalars (the first may carry a selector).
    private static func isInPlace(at i: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let v = scalars[i].value
        guard v == 0x200C || v == 0x200D else { return i > 0 && isVisible(scalars[i - 1]) }
        var before = i - 1
        if before > 0, isContextual(scalars[before]), scalars[before].value != 0x200C, scalars[before].value != 0x200D {
            before -= 1
        }
        guard before >= 0, i + 1 < scalars.count else { return false }
        return scalars[before].value >= 0x80 && isVisible(scalars[before])
            && scalars[i + 1].value >= 0x80 && isVisible(scalars[i + 1])
    }

    /// Whether a scalar shows as something: not unsafe, not a joiner or selector, not a space.
    private static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        !isUnsafe(scalar) && !isContextual(scalar) && !scalar.properties.isWhitespace
    }
}
