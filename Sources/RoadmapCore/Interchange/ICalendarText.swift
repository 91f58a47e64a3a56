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
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") }),
           TerminalSafe.escape(text).utf8.count == text.utf8.count {
            return text  // nothing to escape: the common case, Thai and Japanese included
        }
        var out = String.UnicodeScalarView()
        var line = String.UnicodeScalarView()
        func endLine() {
            for scalar in TerminalSafe.escape(String(line)).unicodeScalars {
                if scalar == "\\" || scalar == ";" || scalar == "," { out.append("\\") }
                out.append(scalar)
            }
            line = String.UnicodeScalarView()
        }
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            if scalar == "\r" && next == "\n" { continue }  // CRLF is one line break
            if scalar == "\n" {
                endLine()
                out.append(contentsOf: "\\n".unicodeScalars)
            } else {
                line.append(scalar)
            }
        }
        endLine()
        return String(out)
    }

    /// One content line, folded: a line longer than 75 octets is broken
    /// before the character that would pass the limit, and each continuation
    /// starts with a space (which counts towards its 75). Every physical line
    /// ends with CRLF. No UTF-8 sequence is ever split, and a Thai vowel or
    /// tone mark stays with its consonant (a break falls between grapheme
    /// clusters, unless one cluster alone is longer than a line).
    public static func fold(_ line: String) -> String {
        if line.utf8.count <= lineLimit { return line + "\r\n" }
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
