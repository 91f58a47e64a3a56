import RoadmapUI

/// What the terminal can show, decided from the environment before curses starts.
struct TerminalCapabilities: Equatable {
    var glyphs: GlyphSet
    /// False for `NO_COLOR`: attributes only (curses also goes monochrome when the terminal has no colours).
    var colors: Bool

    /// Terminal types whose fonts lack box drawing, block and status glyphs.
    static let plainTerminals: Set<String> = ["linux", "dumb", "ansi", "cons25", "vt52", "sun", "pcansi"]

    /// Why the UI cannot run on terminal type `term`, or nil when it can.
    /// `dumb` has a terminfo entry, so curses starts, but it cannot move the
    /// cursor: every frame would come out as one garbled line.
    static func refusal(term: String) -> String? {
        guard term.lowercased().prefix(while: { $0 != "-" }) == "dumb" else { return nil }
        return "the terminal type \"\(term)\" cannot draw the interactive UI (it cannot move the cursor); "
            + "try TERM=xterm-256color or TERM=vt100, or use `roadmap list`."
    }

    init(glyphs: GlyphSet, colors: Bool) {
        self.glyphs = glyphs
        self.colors = colors
    }

    /// ASCII glyphs for the Linux console, the VT family, `dumb` and any
    /// non-UTF-8 locale; colours unless `NO_COLOR` is set to something.
    init(environment: [String: String], localeIsUTF8: Bool) {
        let term = (environment["TERM"] ?? "").lowercased()
        let base = String(term.prefix { $0 != "-" && $0 != "+" })
        let plain = !localeIsUTF8 || term.isEmpty || base.hasPrefix("vt") || Self.plainTerminals.contains(base)
        glyphs = plain ? .ascii : .unicode
        colors = (environment["NO_COLOR"] ?? "").isEmpty
    }
}
