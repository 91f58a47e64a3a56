/// The symbols and punctuation the reports print, in ASCII, for printers
/// without Unicode fonts (`snapshot --ascii`). Letters of any script are
/// kept: a Thai or Japanese title stays as it is (such a report needs a
/// Unicode path such as `paps` anyway).
public enum ASCIIText {
    /// Each symbol, what it becomes, and what it becomes in one column
    /// (for text already laid out, such as the timeline picture).
    static let replacements: [Character: (text: String, narrow: Character)] = [
        "✓": ("+", "+"), "▲": ("!", "!"), "✗": ("x", "x"), "·": ("-", "-"), "–": ("-", "-"), "—": ("--", "-"),
        "→": ("->", ">"), "←": ("<-", "<"), "“": ("\"", "\""), "”": ("\"", "\""), "‘": ("'", "'"), "’": ("'", "'"),
        "…": ("...", "~"), "±": ("+/-", "~"), "•": ("*", "*"), "\u{00A0}": (" ", " "), "│": ("|", "|"), "─": ("-", "-"),
        "┆": (":", ":"), "◆": ("*", "*"), "○": ("o", "o"), "●": ("*", "*"),
    ]

    /// `text` with every symbol of ``replacements`` in ASCII; with
    /// `keepingWidth`, each in one column, so that laid-out text stays aligned.
    public static func fold(_ text: String, keepingWidth: Bool = false) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if let ascii = replacements[character] {
                if keepingWidth { result.append(ascii.narrow) } else { result += ascii.text }
            } else {
                result.append(character)
            }
        }
        return result
    }
}
