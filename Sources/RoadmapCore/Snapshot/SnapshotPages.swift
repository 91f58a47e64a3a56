/// Lays the text snapshot's sections out on printed pages line by line, so
/// that a long report is never held whole: at most a page of lines waits
/// while its place is not known yet.
///
/// The rule: a report of at most ``pageLength`` lines (one printed page) has
/// no form feed. In a longer one, sections are separated by a blank line, and
/// a section that would not fit in what is left of the page (keeping the
/// page's last line for that blank line) starts a new page: a form feed
/// (U+000C) begins its first line. A section longer than a page runs on
/// over the page break.
///
/// Use: ``beginSection()``, ``add(line:to:)`` for each line,
/// ``endSection(to:)``; ``finish(to:)`` after the last section. Lines are
/// appended to the output with their line breaks as soon as their place is known.
struct SnapshotPages {
    static let formFeed = "\u{0C}"

    /// Where a section goes, once known.
    private enum Placement {
        /// Straight on: the first section, or the first on a page.
        case straight
        /// After a blank line, on the same page.
        case afterBlank
        /// After a blank line, its first line starting a new page.
        case newPage
    }

    let pageLength: Int
    /// Whole sections held back while the report may still fit on one page.
    private var held: [[[UInt8]]] = []
    /// Their lines, with the blank lines between them.
    private var heldLines = 0
    /// Whether the report is known to be longer than a page.
    private var paged = false
    private var wroteAny = false
    /// Whether the next section must start a new page.
    private var newPageNext = false
    /// Lines already on the current page, always less than a page.
    private var used = 0

    /// The open section's lines not written yet, how many lines it has so far, and its place once known.
    private var waiting: [[UInt8]] = []
    private var count = 0
    private var placement: Placement?

    init(pageLength: Int = SnapshotStyle.defaultPageLength) {
        self.pageLength = pageLength
    }

    mutating func beginSection() {
        waiting = []
        count = 0
        placement = nil
    }

    /// Adds a line (UTF-8, without its line break) to the open section.
    mutating func add(line: some Collection<UInt8>, to output: inout [UInt8]) {
        count += 1
        if placement != nil { return Self.append(line, to: &output) }
        waiting.append(Array(line))
        if !paged {
            guard heldLines + (held.isEmpty ? 0 : 1) + count > pageLength else { return }
            paged = true
            let (open, openCount) = (waiting, count)
            for section in held { place(section, to: &output) }
            held = []
            (waiting, count, placement) = (open, openCount, nil)
        }
        // Placed straight on, or too long for what is left of the page: known now.
        if !wroteAny || used == 0 {
            start(.straight, to: &output)
        } else if newPageNext || used + 1 + count >= pageLength {
            start(.newPage, to: &output)
        }
    }

    mutating func endSection(to output: inout [UInt8]) {
        guard count > 0 else { return }
        if placement == nil {
            guard paged else {
                heldLines += count + (held.isEmpty ? 0 : 1)
                held.append(waiting)
                waiting = []
                return
            }
            start(.afterBlank, to: &output)
        }
        switch placement {
        case .straight: used += count
        case .afterBlank: used += 1 + count
        case .newPage, nil: used = count
        }
        used %= pageLength
        wroteAny = true
        beginSection()
    }

    /// Makes the next section start a new page (the report is paged from here on).
    mutating func startNewPage(to output: inout [UInt8]) {
        if !paged {
            paged = true
            let sections = held
            held = []
            heldLines = 0
            for section in sections { place(section, to: &output) }
        }
        newPageNext = wroteAny
    }

    /// Appends what is still held: the report, when it fits on one page.
    mutating func finish(to output: inout [UInt8]) {
        for (i, section) in held.enumerated() {
            if i > 0 { Self.append([], to: &output) }
            for line in section { Self.append(line, to: &output) }
        }
        held = []
    }

    /// Places a whole held section.
    private mutating func place(_ section: [[UInt8]], to output: inout [UInt8]) {
        beginSection()
        for line in section { add(line: line, to: &output) }
        endSection(to: &output)
    }

    /// Writes the waiting lines of the open section at `placement`; later lines follow at once.
    private mutating func start(_ placement: Placement, to output: inout [UInt8]) {
        self.placement = placement
        newPageNext = false
        if placement != .straight { Self.append([], to: &output) }
        for (i, line) in waiting.enumerated() {
            if i == 0 && placement == .newPage { output.append(contentsOf: Self.formFeed.utf8) }
            Self.append(line, to: &output)
        }
        waiting = []
    }

    private static func append(_ line: some Collection<UInt8>, to output: inout [UInt8]) {
        output.append(contentsOf: line)
        output.append(UInt8(ascii: "\n"))
    }
}
