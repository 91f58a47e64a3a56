/// The two text rules of RFC 5545 that every property line obeys: TEXT
/// values escaped (section 3.3.11) and content lines folded at 75 octets
/// (section 3.1).
public enum ICalendarText {
    /// The most octets a content line may have, its line break not counted.
    public static let lineLimit = 75

    /// A TEXT value: `\`, `;` and `,` backslash-escaped, each line break
    /// written as `\n`. Control characters and bidirectional overrides are
    /// first made visible (``TerminalSafe``), since a TEXT value may not hold them.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            if i > 0 { out += "\\n" }
            for character in TerminalSafe.escape(String(line)) {
                switch character {
                case "\\": out += "\\\\"
                case ";": out += "\\;"
                case ",": out += "\\,"
                default: out.append(character)
                }
            }
        }
        return out
    }

    /// One content line, folded: a line longer than 75 octets is broken
    /// before the character that would pass the limit, and each continuation
    /// starts with a space (which counts towards its 75). Every physical line
    /// ends with CRLF. No UTF-8 sequence is ever split, and a Thai vowel or
    /// tone mark stays with its consonant (a break falls between grapheme
    /// clusters, unless one cluster alone is longer than a line).
    public static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        func append(_ scalar: Unicode.Scalar) {
            let size = UTF8.width(scalar)
            if octets + size > lineLimit { breakLine() }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        func breakLine() {
            out += "\r\n "
            octets = 1
        }
        for character in line {
            let size = character.utf8.count
            if octets + size > lineLimit && octets > 1 { breakLine() }
            if octets + size <= lineLimit {
                out.append(character)
                octets += size
            } else {
                character.unicodeScalars.forEach(append)
            }
        }
        return out + "\r\n"
    }
}
