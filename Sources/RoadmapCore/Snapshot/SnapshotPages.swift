/// Lays the text snapshot's sections out on printed pages.
///
/// The rule: a report of at most ``pageLength`` lines (one printed page) has
/// no form feed. In a longer one, sections are separated by a blank line, and
/// a section that would not fit in what is left of the page (keeping the
/// page's last line for that blank line) starts a new page: a form feed
/// (U+000C) begins its first line. A section longer than a page runs on
/// over the page break.
enum SnapshotPages {
    /// Lines on a printed page: 11 inches at 6 lines per inch, the line printer default.
    static let pageLength = 66
    static let formFeed = "\u{0C}"

    /// The report's lines: the sections joined by blank lines, and form feeds where pages break.
    static func compose(_ sections: [[String]], pageLength: Int = pageLength) -> [String] {
        let sections = sections.filter { !$0.isEmpty }
        let total = sections.reduce(0) { $0 + $1.count } + max(0, sections.count - 1)
        guard total > pageLength else { return Array(sections.joined(separator: [""])) }
        var lines: [String] = []
        var used = 0  // lines already on the current page, always less than a page
        for section in sections {
            if lines.isEmpty || used == 0 {
                lines += section
                used += section.count
            } else if used + 1 + section.count < pageLength {
                lines.append("")
                lines += section
                used += 1 + section.count
            } else {
                lines.append("")
                lines.append(formFeed + section[0])
                lines += section.dropFirst()
                used = section.count
            }
            used %= pageLength
        }
        return lines
    }
}
