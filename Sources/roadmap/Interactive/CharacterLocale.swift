import Foundation

/// The character type the UI runs with: the user's locale, made UTF-8 when
/// it is plain C or POSIX, unset, or names a UTF-8 locale that is not
/// installed (as Python does for the C locale, PEP 538). Otherwise curses
/// shows every Thai and Japanese character as `?` and drops typed Thai,
/// which is what servers and containers would give. Only the character type
/// changes: the interface language still comes from `$LANG` or `--lang`.
enum CharacterLocale {
    /// UTF-8 locales tried, in order, when the user's gives no UTF-8.
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"]

    /// Adopts the environment's locale, then a UTF-8 character type if it
    /// needs one. Returns what to tell the user when none is installed.
    static func adopt(_ environment: [String: String]) -> String? {
        let found = setlocale(LC_ALL, "") != nil
        guard !isUTF8 else { return nil }
        let name = requested(environment)
        // A non-UTF-8 locale asked for by name and installed (th_TH.TIS-620) is the terminal's own: keep it.
        guard !found || isPlain(name) || names(utf8: name) else { return nil }
        for candidate in fallbacks where setlocale(LC_CTYPE, candidate) != nil && isUTF8 { return nil }
        let setting = name.isEmpty ? "LANG is unset" : "the locale is \(name)"
        return "no UTF-8 locale is installed (\(setting)): Thai and Japanese show as ? and cannot be typed. "
            + "Install one (Debian: apt-get install locales, then locale-gen th_TH.UTF-8) or set LANG=C.UTF-8."
    }

    /// Whether the current character type is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    }

    /// The locale the environment asks for the character type.
    static func requested(_ environment: [String: String]) -> String {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        return ""
    }

    /// Unset, C or POSIX: no character set chosen at all.
    static func isPlain(_ name: String) -> Bool { name.isEmpty || name == "C" || name == "POSIX" }

    /// Whether a locale name says UTF-8 (`th_TH.UTF-8`, `ja_JP.utf8`).
    static func names(utf8 name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8")
    }
}
