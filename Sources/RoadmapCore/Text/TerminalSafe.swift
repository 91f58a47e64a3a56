/// Makes text from a roadmap file safe to print: control characters, escape
/// sequences and bidirectional overrides become visible escapes (`\e[2J`,
/// `\u0007`), so a title can never drive the terminal.
public enum TerminalSafe {
    /// Whether a scalar must not reach a terminal as it is.
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
    }

    /// The text with every unsafe scalar written as a visible escape.
    public static func escape(_ text: String) -> String {
        if DisplayWidth.isPrintableASCII(text) { return text }
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                out.append(scalar)
                continue
            }
            let escaped: String
            switch scalar.value {
            case 0x1B: escaped = "\\e"
            case 0x0A: escaped = "\\n"
            case 0x0D: escaped = "\\r"
            case 0x09: escaped = "\\t"
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escaped = "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
            out.append(contentsOf: escaped.unicodeScalars)
        }
        return String(out)
    }

    /// Like ``escape(_:)`` but keeps line breaks, for multi-line notes: one safe string per line.
    public static func escapedLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
    }
}
