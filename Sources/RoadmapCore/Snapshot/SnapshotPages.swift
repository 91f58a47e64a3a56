/// Lays the text snapshot's sections out on printed pages, one section at a
/// time, so that a long report never has to be held whole.
///
/// The rule: a report of at most ``pageLength`` lines (one printed page) has
/// no form feed. In a longer one, sections are separated by a blank line, and
/// a section that would not fit in what is left of the page (keeping the
/// page's last line for that blank line) starts a new page: a form feed
/// (U+000C) begins its first line. A section longer than a page runs on
/// over the page break.
struct SnapshotPages {
    /// Lines on a printed page: 11 inches at 6 lines per inch, the line printer default.
    static let pageLength = 66
    static let formFeed = "\u{0C}"

    let pageLength: Int
    /// Sections held back while the whole report may still fit on one page.
    private var held: [[String]] = []
    private var heldLines = 0
    /// Whether the report is known to be longer than a page.
    private var paged = false
    private var wroteAny = false
    /// Lines already on the current page, always less than a page.
    private var used = 0

    init(pageLength: Int = SnapshotPages.pageLength) {
        self.pageLength = pageLength
    }

    /// Adds the next section; the lines that can be placed already are
    /// appended to `output`, each followed by a line break.
    mutating func add(_ section: [String], to output: inout [UInt8]) {
        guard !section.isEmpty else { return }
        if paged { return place(section, to: &output) }
        held.append(section)
        heldLines += section.count + (held.count > 1 ? 1 : 0)
        guard heldLines > pageLength else { return }
        paged = true
        for section in held { place(section, to: &output) }
        held = []
    }

    /// Appends what is still held: the report when it fits on one page.
    mutating func finish(to output: inout [UInt8]) {
        for (i, section) in held.enumerated() {
            if i > 0 { Self.append("", to: &output) }
            for line in section { Self.append(line, to: &output) }
        }
        held = []
    }

    private mutating func place(_ section: [String], to output: inout [UInt8]) {
        if !wroteAny || used == 0 {
            used += section.count
        } else if used + 1 + section.count < pageLength {
            Self.append("", to: &output)
            used += 1 + section.count
        } else {
            Self.append("", to: &output)
            output.append(contentsOf: Self.formFeed.utf8)
            used = section.count
        }
        for line in section { Self.append(line, to: &output) }
        wroteAny = true
        used %= pageLength
    }

    private static func append(_ line: String, to output: inout [UInt8]) {
        output.append(contentsOf: line.utf8)
        output.append(UInt8(ascii: "\n"))
    }
}
