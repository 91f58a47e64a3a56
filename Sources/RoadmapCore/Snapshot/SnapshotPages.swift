/// Lays the text snapshot's sections out on printed pages of ``pageLength``
/// lines, each page ending with a running footer (the week, page x of y).
///
/// The rules:
/// - A report that fits on one page (its sections, the blank lines between
///   them, a blank line and the footer) is written as it is: no form feed,
///   no padding.
/// - Otherwise every page holds at most ``bodyLength`` lines of the report,
///   then blank lines down to the footer on its last line but one; the next
///   page begins with a form feed (U+000C). (A page of `pageLength` lines
///   followed by a form feed would print an empty sheet through `paps`.)
/// - Sections are separated by a blank line (unless one asks for none). One that does not fit in what
///   is left of the page starts a new page when it fits on a page; a longer
///   one starts where it is (when its repeated lines and one more fit) and,
///   after each page break, repeats its first ``Section/repeating`` lines (its
///   heading and table header) before it goes on.
/// - A page does not break inside a table row (its wrapped title and notes)
///   unless the row is longer than what a page holds after the repeated lines.
/// - ``startNewPage()`` makes the next section start a new page.
///
/// Use: ``beginSection(repeating:)``, ``add(line:breakable:)`` for each
/// line, ``endSection()``; then ``write(chunk:to:)``. The lines are kept in
/// byte buffers until all are made: the page count is known only then. Parts
/// of a report can be made apart (on other threads) and joined in order with
/// ``append(_:)``, which keeps their buffers as they are; a long section can
/// be made in pieces, each after the first begun with ``continueSection()``.
struct SnapshotPages {
    static let formFeed = "\u{0C}"

    let pageLength: Int
    /// The footer of page `page` of `count`; nil writes none.
    var footer: ((_ page: Int, _ count: Int) -> String)?

    private struct Section {
        var firstLine: Int
        var count = 0
        /// How many of its first lines are written again at the top of a page it runs on to.
        var repeating: Int
        var newPageBefore: Bool
        /// Whether a blank line comes before it when it follows another on a page.
        var gap = true
        /// Whether it goes on with the section before it (made apart, see ``continueSection()``).
        var continues = false
    }

    /// The lines, each with its line break, in buffers that follow each other
    /// (a line is never split between two): this part's own and those of the parts appended.
    private var buffers: [[UInt8]] = [[]]
    /// Where each buffer starts, counting the bytes of all before it.
    private var bufferStarts: [Int] = [0]
    /// Where each line ends, counted as in ``bufferStarts``, after its line break.
    private var lineEnds: [Int] = []
    /// For each line, whether a page must not break before it (a table row's second line, its notes).
    private var keptWithPrevious: [Bool] = []
    private var sections: [Section] = []
    private var open: Section?
    private var newPageNext = false

    init(pageLength: Int = SnapshotStyle.defaultPageLength, footer: ((Int, Int) -> String)? = nil) {
        self.pageLength = pageLength
        self.footer = footer
    }

    /// Lines of the report a page holds when the report has more than one page.
    var bodyLength: Int { max(1, pageLength - (footer == nil ? 1 : 3)) }

    /// Opens a section; after a page break it repeats its first `repeating`
    /// lines; without `gap`, no blank line separates it from the one before.
    mutating func beginSection(repeating: Int = 0, gap: Bool = true) {
        open = Section(firstLine: lineEnds.count, repeating: repeating, newPageBefore: false, gap: gap)
    }

    /// Opens the next piece of the section before it (in these pages or,
    /// once appended, in the pages they are appended to): its lines are that
    /// section's next lines, as if added to it.
    mutating func continueSection() {
        open = Section(firstLine: lineEnds.count, repeating: 0, newPageBefore: false, continues: true)
    }

    /// Adds a line (UTF-8, without its line break) to the open section;
    /// unless `breakable`, a page breaks before it only when its row does not fit on a page.
    mutating func add(line: some Collection<UInt8>, breakable: Bool = true) {
        keptWithPrevious.append(!breakable)
        let last = buffers.count - 1
        buffers[last].append(contentsOf: line)
        buffers[last].append(UInt8(ascii: "\n"))
        lineEnds.append(bufferStarts[last] + buffers[last].count)
        open?.count += 1
    }

    mutating func endSection() {
        guard var section = open, section.count > 0 else { open = nil; return }
        open = nil
        if section.continues, extendLastSection(with: section) { return }
        section.newPageBefore = newPageNext
        newPageNext = false
        sections.append(section)
    }

    /// Adds `piece` (a section that goes on with the one before) to the last
    /// section, when its lines follow that section's; false when there is none.
    private mutating func extendLastSection(with piece: Section) -> Bool {
        guard let last = sections.indices.last, sections[last].firstLine + sections[last].count == piece.firstLine else { return false }
        sections[last].count += piece.count
        return true
    }

    /// Adds the sections of `other` (made with the same page length) after these, as they are
    /// (the first on a new page when ``startNewPage()`` asked for one).
    mutating func append(_ other: SnapshotPages) {
        let lineOffset = lineEnds.count, byteOffset = byteCount
        // The other part's buffers are kept as they are (not copied), and lines added later go into a new one.
        for (buffer, start) in zip(other.buffers, other.bufferStarts) where !buffer.isEmpty {
            buffers.append(buffer)
            bufferStarts.append(start + byteOffset)
        }
        bufferStarts.append(byteCount)
        buffers.append([])
        lineEnds.append(contentsOf: other.lineEnds.lazy.map { $0 + byteOffset })
        keptWithPrevious.append(contentsOf: other.keptWithPrevious)
        for var section in other.sections {
            section.firstLine += lineOffset
            if section.continues, extendLastSection(with: section) { continue }
            // A new page asked for before these parts starts with their first section.
            if newPageNext {
                section.newPageBefore = true
                newPageNext = false
            }
            sections.append(section)
        }
        if other.newPageNext { newPageNext = true }
    }

    /// The bytes of all lines.
    private var byteCount: Int { bufferStarts[bufferStarts.count - 1] + buffers[buffers.count - 1].count }

    /// Makes the next section start a new page.
    mutating func startNewPage() {
        newPageNext = true
    }

    /// One line of a page: a line of the report (by index) or a blank line.
    private enum Item: Equatable {
        case line(Int)
        case blank
    }

    /// The pages and what is on each.
    private func layout() -> (pages: [[Item]], onePage: Bool) {
        let total = sections.reduce(0) { $0 + $1.count } + sections.dropFirst().filter(\.gap).count
        let furniture = footer == nil ? 0 : 2
        // A new page asked for before the first section changes nothing.
        if !sections.dropFirst().contains(where: \.newPageBefore) && total + furniture <= pageLength {
            var page: [Item] = []
            for (i, section) in sections.enumerated() {
                if i > 0 && section.gap { page.append(.blank) }
                page += (section.firstLine..<section.firstLine + section.count).map(Item.line)
            }
            return ([page], true)
        }
        let room = bodyLength
        var pages: [[Item]] = []
        var page: [Item] = []
        func turn() {
            pages.append(page)
            page = []
        }
        for section in sections {
            let count = section.count
            // Repeating the heading is pointless when it and a line after it fill the page.
            let repeating = section.repeating + 1 < room ? min(section.repeating, count) : 0
            // The section's first row: its first line after the repeated ones and the lines kept with it.
            var firstRow = min(1, count - repeating)
            while repeating + firstRow < count, keptWithPrevious[section.firstLine + repeating + firstRow] { firstRow += 1 }
            if section.newPageBefore && !page.isEmpty {
                turn()
            } else if !page.isEmpty {
                let gap = section.gap ? 1 : 0
                if page.count + gap + count <= room || (count > room && page.count + gap + repeating + firstRow <= room) {
                    if section.gap { page.append(.blank) }
                } else {
                    turn()
                }
            }
            var placedHere = -repeating  // the section's lines on this page after its repeated ones
            for line in section.firstLine..<section.firstLine + count {
                if page.count == room {
                    // The lines kept with this one go over with it, when the page keeps one of the section's own.
                    var first = line
                    while first > section.firstLine + repeating, keptWithPrevious[first] { first -= 1 }
                    let carried = line - first < placedHere ? line - first : 0
                    let tail = page.suffix(carried)
                    page.removeLast(carried)
                    turn()
                    page = (0..<repeating).map { .line(section.firstLine + $0) } + tail
                    placedHere = carried
                }
                page.append(.line(line))
                placedHere += 1
            }
        }
        if !page.isEmpty || pages.isEmpty { pages.append(page) }
        return (pages, false)
    }

    /// Writes the pages to `body` in pieces of about `chunk` bytes.
    func write<Failure: Error>(chunk: Int, to body: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        guard !sections.isEmpty else { return }
        let (pages, onePage) = layout()
        let newline = UInt8(ascii: "\n")
        var output: [UInt8] = []
        output.reserveCapacity(chunk + 4096)
        for (p, page) in pages.enumerated() {
            if p > 0 && (!page.isEmpty || footer != nil) { output.append(contentsOf: Self.formFeed.utf8) }
            var i = 0
            while i < page.count {
                guard case .line(let first) = page[i] else {
                    output.append(newline)
                    i += 1
                    continue
                }
                // Lines that follow each other in the report are copied at once, with their line breaks.
                var last = first
                i += 1
                while i < page.count, page[i] == .line(last + 1) {
                    last += 1
                    i += 1
                }
                copy((first == 0 ? 0 : lineEnds[first - 1])..<lineEnds[last], into: &output)
            }
            if let footer {
                output.append(contentsOf: repeatElement(newline, count: onePage ? 1 : bodyLength - page.count + 1))
                output.append(contentsOf: footer(p + 1, pages.count).utf8)
                output.append(newline)
            }
            if output.count >= chunk {
                try body(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { try body(output) }
    }

    /// Appends the bytes at `range` (counted as in ``bufferStarts``) to `output`, from the buffers that hold them.
    private func copy(_ range: Range<Int>, into output: inout [UInt8]) {
        // The last buffer starting at or before the range: an empty one before it starts at the same byte.
        var low = 0, high = bufferStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if bufferStarts[middle] <= range.lowerBound { low = middle } else { high = middle - 1 }
        }
        var start = range.lowerBound
        for b in low..<buffers.count where start < range.upperBound {
            let end = min(range.upperBound, bufferStarts[b] + buffers[b].count)
            guard start < end else { continue }
            output.append(contentsOf: buffers[b][(start - bufferStarts[b])..<(end - bufferStarts[b])])
            start = end
        }
    }
}
