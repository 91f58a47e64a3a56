import Foundation

/// The snapshot as plain text for paper and e-mail: no line wider than the
/// width (measured with ``DisplayWidth``), long titles wrapped with a hanging
/// indent, no colour or escape codes, and sections paged with form feeds as
/// ``SnapshotPages`` describes, with a running footer (the week, page x of y).
struct SnapshotTextRenderer {
    var snapshot: WeeklySnapshot
    /// The wording, dates and counts kept together on a line (``SnapshotWording/keepTogether``).
    var words: SnapshotWording
    /// The wording with plain spaces, for the workstreams' tables, whose dates never wrap.
    var loose: SnapshotWording
    var width: Int
    var pageLength: Int
    /// Page one alone: the highlights, without the workstreams' tables.
    var summary = false
    /// The report's own symbols and rules in ASCII, for printers without Unicode fonts (``ASCIIText``).
    var ascii = false
    /// From how many milestones the report's sections are made in parallel.
    var parallelFrom = ParallelWork.milestonesWorthIt
    /// How many rows of a long table are made in one piece, when made in
    /// parallel: pieces of about a millisecond, so that the two cores end
    /// together (one long table made whole was a third of the report's time).
    var rowsPerPiece = 500
    /// The clock of the report's days (``WeeklySnapshot/timeZone``), looked up once.
    let zone: TimeZone

    func render() -> String {
        var text = ""
        write { text += String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// The renderer for `style` (its width and page length kept to their minimums).
    init(style: SnapshotStyle, snapshot: WeeklySnapshot) {
        self.snapshot = snapshot
        zone = snapshot.clock
        loose = SnapshotWording(style: style)
        words = loose
        words.keepTogether = true
        width = max(style.width, SnapshotStyle.minimumWidth)
        pageLength = max(style.pageLength, SnapshotStyle.minimumPageLength)
        summary = style.summary
        ascii = style.ascii
    }

    /// Writes the report to `body` in pieces of about 64 KiB, once it is
    /// laid out on pages. The milestone tables are made twice, row by row,
    /// once to measure the columns and once to write. A large report's
    /// tables are measured, then its sections made, on all cores at once
    /// (``ParallelWork``), long tables in pieces of ``rowsPerPiece`` rows.
    func write<Failure: Error>(_ body: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        let week = plain(words.week(snapshot.week))
        let weekWidth = DisplayWidth.of(week)  // measured once: a report at 10,000 milestones has 1,400 pages
        var pages = SnapshotPages(pageLength: pageLength) { page, count in footer(week: week, weekWidth: weekWidth, page: page, of: count) }
        let parallel = snapshot.workstreams.reduce(0) { $0 + $1.milestones.count } >= parallelFrom
        let parts = parts(parallel: parallel)
        for part in ParallelWork.map(parts.count, parallel: parallel, { parts[$0]() }) { pages.append(part) }
        try pages.write(chunk: Self.chunk, to: body)
    }

    /// A table of milestones after page one, before it is measured: its
    /// rows' cells, with or without the title, and notes.
    private struct LongTable {
        var heading: [String]
        var table: SnapshotTable
        var count: Int
        var cells: (Int, Bool) -> [String]
        var notes: (Int) -> [String] = { _ in [] }
        var glued = false
    }

    /// The report's sections in order, in groups that can be made apart
    /// (on other threads when `parallel`).
    private func parts(parallel: Bool) -> [() -> SnapshotPages] {
        func part(_ make: @escaping (inout SnapshotPages) -> Void) -> () -> SnapshotPages {
            { [pageLength] in
                var pages = SnapshotPages(pageLength: pageLength)
                make(&pages)
                return pages
            }
        }
        /// The parts that make `long`'s section with `table` (measured): its
        /// rows in pieces when `parallel`, each piece after the first going on
        /// with the section (``SnapshotPages/continueSection()``).
        func pieces(of long: LongTable, _ table: SnapshotTable) -> [() -> SnapshotPages] {
            let size = parallel ? max(1, rowsPerPiece) : max(1, long.count)
            return stride(from: 0, to: max(long.count, 1), by: size).map { start in
                part { pages in
                    tableSection(long.heading, table, count: long.count, rows: start..<min(long.count, start + size), empty: .noMilestones,
                                 cells: { long.cells($0, true) }, notes: long.notes, glued: long.glued, into: &pages)
                }
            }
        }
        // Every workstream's table has the same columns: all are measured together (the longest work
        // before the sections are made), beside page one; then each is written in turn.
        let workstreams = snapshot.workstreams.map { part in
            // The row's fields are read where it is kept: `part.milestones[i]`, or the row handed
            // whole to a function, would copy it (a retain of each of its strings).
            (count: part.milestones.count, cells: { (i: Int, title: Bool) in
                part.milestones.withUnsafeBufferPointer { rows in
                    // Dates with plain spaces: these cells never wrap.
                    cells(id: rows[i].id, status: rows[i].status, due: rows[i].due, middle: rows[i].owner ?? SnapshotTable.placeholder,
                          title: title ? rows[i].title : nil, words: loose)
                }
            })
        }
        let workstreamTable = milestoneTable(middle: words.say(.owner), labelled: true)
        let measuredWorkstreams = summary ? nil : Concurrently(parallel: parallel, readingOnly: { measured(workstreamTable, workstreams) })
        let concerns = concernRows()
        let (pageOne, cut, tight) = pageOne(concerns: concerns)
        var parts = [part { pages in
            for (heading, lines) in pageOne { section(heading, lines, gap: !tight, into: &pages) }
        }]
        guard !summary, let measuredWorkstreams else { return parts }
        // After page one: the lists it could not hold in full, then the week's changes, then every workstream's table.
        var tables: [LongTable] = []
        let twoColumns = SnapshotTable(columns: [.init(header: ""), .init(header: "", role: .flexible)], showsHeader: false)
        if cut.contains(.done) {
            let completed = snapshot.highlights.completed
            tables.append(LongTable(heading: heading(words.say(.doneThisWeek)), table: twoColumns, count: completed.count,
                                    cells: { [completed[$0].id, $1 ? words.title(completed[$0].title) : ""] }, glued: true))
        }
        if cut.contains(.concerns) {
            tables.append(LongTable(heading: concernsHeading(), table: concernsTable(), count: concerns.count, cells: { concernCells(concerns[$0], title: $1) },
                                    notes: { followUp(concerns[$0].milestone, concerns[$0].reason) }, glued: true))
        }
        if cut.contains(.dueNext) {
            let rows = snapshot.dueNext
            tables.append(LongTable(heading: heading(words.say(.dueNext)), table: dueNextTable(), count: rows.count,
                                    cells: { cells(rows[$0].milestone, middle: words.dueIn(rows[$0].daysLeft), title: $1) },
                                    notes: { followUp(rows[$0].milestone, nil) }, glued: true))
        }
        if cut.contains(.dependencies) {
            // In full, each link as a title with what it waits for under it (page one's one line leaves titles narrow).
            let links = snapshot.highlights.offTrackLinks
            tables.append(LongTable(heading: heading(words.say(.dependencies)), table: twoColumns, count: links.count,
                                    cells: { [links[$0].waiting.id, $1 ? words.title(links[$0].waiting.title) : ""] },
                                    notes: { [words.waitsFor(links[$0].waitsFor.id, links[$0].why)] }, glued: true))
        }
        let measuredLists = ParallelWork.map(tables.count, parallel: parallel) { measured(tables[$0].table, [(tables[$0].count, tables[$0].cells)]) }
        parts.append(part { $0.startNewPage() })
        for (long, table) in zip(tables, measuredLists) { parts += pieces(of: long, table) }
        parts.append(part { pages in
            let (heading, lines) = moves()
            section(heading, lines.map { (Self.unglued($0.text), $0.breakable) }, into: &pages)
        })
        let shared = measuredWorkstreams.value
        for (w, workstream) in snapshot.workstreams.enumerated() {
            // The counts by status (page one has only the overall ones).
            let long = LongTable(heading: heading(words.title(workstream.title)) + paragraph(loose.counts(workstream.progress)),
                                 table: workstreamTable, count: workstreams[w].count, cells: workstreams[w].cells)
            parts += pieces(of: long, shared)
        }
        if let timeline = snapshot.timeline {
            parts.append(part { pages in
                if snapshot.workstreams.isEmpty { pages.startNewPage() }
                section(heading(words.say(.timeline)), breakable(timeline), into: &pages)
            })
        }
        return parts
    }

    /// A line of a section, and whether a page may break before it (not inside a table's row).
    typealias Line = (text: String, breakable: Bool)

    /// A section of `heading` and `lines`, the heading repeated after a page break.
    func section(_ heading: [String], _ lines: [Line] = [], gap: Bool = true, into pages: inout SnapshotPages) {
        pages.beginSection(repeating: heading.count, gap: gap)
        // Laid-out text (the timeline, a cut cell's …) folded in one column, so that it stays aligned.
        for (text, breakable) in heading.map({ ($0, true) }) + lines {
            pages.add(line: (ascii ? ASCIIText.fold(text, keepingWidth: true) : text).utf8, breakable: breakable)
        }
        pages.endSection()
    }

    /// A heading and a table of `count` milestones, or `empty` when there
    /// are none; of its rows only those in `rows` (all when nil): a piece
    /// from after the first row goes on with the section before it, without
    /// the heading and the table's header.
    func tableSection(
        _ heading: [String], _ table: SnapshotTable, count: Int, rows range: Range<Int>? = nil, empty: SnapshotText,
        cells: @escaping (Int) -> [String], notes: @escaping (Int) -> [String] = { _ in [] }, glued: Bool = false, into pages: inout SnapshotPages
    ) {
        guard count > 0 else { return section(heading, breakable(paragraph(words.say(empty))), into: &pages) }
        let range = range ?? 0..<count
        var table = table
        if range.lowerBound > 0 {
            pages.continueSection()
            table.showsHeader = false
        } else {
            pages.beginSection(repeating: heading.count + (table.showsHeader ? 2 : 0))
            for text in heading { pages.add(line: text.utf8) }
        }
        let rows = range.lazy.map { SnapshotTable.Row(plain(cells($0)), notes: plain(notes($0))) }
        table.render(width: width, rows: rows) { line, startsRow in
            // What layout added (a cut cell's …) in one column, so that the columns stay aligned.
            if ascii { pages.add(line: ASCIIText.fold(String(decoding: line, as: UTF8.self), keepingWidth: true).utf8, breakable: startsRow) }
            else if glued, let plain = Self.unglued(line) { pages.add(line: plain, breakable: startsRow) }
            else { pages.add(line: line, breakable: startsRow) }
        }
        pages.endSection()
    }

    /// Lines a page may break before, each of them.
    func breakable(_ lines: [String]) -> [Line] { lines.map { ($0, true) } }

    /// The lines of `table`, each breakable only where a row starts.
    func lines(of table: SnapshotTable) -> [Line] {
        var lines: [Line] = []
        table.render(width: width, rows: table.rows) { line, startsRow in lines.append((String(decoding: line, as: UTF8.self), startsRow)) }
        return lines
    }

    /// The running footer: the week on the left, `Page x of y` on the right
    /// (one after the other when the width is too small for both).
    private func footer(week: String, weekWidth: Int, page: Int, of count: Int) -> String {
        let number = plain(words.say(.pageOf, String(page), String(count)))
        let gap = width - weekWidth - DisplayWidth.of(number)
        guard gap >= 2 else { return DisplayWidth.truncate(number, to: width, ellipsis: false) }
        return week + String(repeatingASCII: " ", count: gap) + number
    }

    /// `text` with the report's symbols in ASCII when ``ascii`` (letters of any script are kept).
    func plain(_ text: String) -> String { ascii ? ASCIIText.fold(text) : text }

    func plain(_ texts: [String]) -> [String] { ascii ? texts.map { ASCIIText.fold($0) } : texts }

    /// `table` with its columns widened to fit the rows of `groups` (each a
    /// count and its rows' cells, with or without the title). The title, the
    /// flexible column, is measured last and only until one title fills the
    /// room the other columns leave (and the column's minimum): no wider
    /// title changes the layout then, and most titles are never made twice.
    func measured(_ table: SnapshotTable, _ groups: [(count: Int, cells: (Int, Bool) -> [String])]) -> SnapshotTable {
        var table = table
        var widths = table.naturalWidths()
        for group in groups {
            for i in 0..<group.count { SnapshotTable.widen(&widths, toFit: plain(group.cells(i, false))) }
        }
        if let flexible = table.columns.firstIndex(where: { $0.role == .flexible }) {
            let others = widths.indices.filter { $0 != flexible }
            let room = width - others.reduce(0) { $0 + widths[$1] } - SnapshotTable.separator * others.count
            let enough = max(room, table.columns[flexible].minimum)
            measuring: for group in groups {
                for i in 0..<group.count {
                    guard widths[flexible] < enough else { break measuring }
                    SnapshotTable.widen(&widths, toFit: plain(group.cells(i, true)))
                }
            }
        }
        table.minimumWidths = widths
        return table
    }

    /// How many bytes are gathered before they are written.
    private static let chunk = 64 * 1024

    /// Text wrapped to the width, made terminal-safe first.
    func paragraph(_ text: String) -> [String] {
        SnapshotWrap.wrap(TerminalSafe.escape(plain(text)), to: width)
    }

    /// A heading and a rule after it to the width on one line, or, when it
    /// is too long for that, its lines and a rule under them.
    func heading(_ text: String) -> [String] {
        let lines = paragraph(text)
        if lines.count == 1, let line = lines.first, DisplayWidth.of(line) + 4 <= width {
            return [line + " " + String(repeatingASCII: "-", count: width - DisplayWidth.of(line) - 1)]
        }
        return lines + [String(repeatingASCII: "-", count: lines.map { DisplayWidth.of($0) }.max() ?? 0)]
    }

    /// The title; the report's name, week, as-of day and fiscal years on as
    /// few lines as hold them (` · ` between; the report's name on the
    /// title's line when the title is one line and that saves a line); the
    /// notes; with `rule`, a rule. A week counted in a zone changed since
    /// says so in the rule's place, so that page one is laid out as it was
    /// printed that week (``SnapshotTextRenderer/pageOne(concerns:)``).
    func header(rule: Bool = true) -> [String] {
        func packed(_ parts: [String]) -> [String] {
            var lines: [String] = []
            for part in parts.map(plain) {
                if let last = lines.last, DisplayWidth.of(last) + 3 + DisplayWidth.of(part) <= width {
                    lines[lines.count - 1] = last + " · " + part
                } else {
                    lines += paragraph(part)
                }
            }
            return lines
        }
        let parts = [words.say(.reportName), words.week(snapshot.week), words.asOf(snapshot), words.fiscalYears(snapshot.week)]
        let title = words.title(snapshot.title)
        let apart = paragraph(title) + packed(parts)
        let together = DisplayWidth.of(plain(title)) <= width ? packed([title] + parts) : apart
        return (together.count < apart.count ? together : apart) + (snapshot.notes.map(paragraph) ?? [])
            + (words.beforeHistoryWarning(snapshot).map(paragraph) ?? [])
            + (words.zoneChangeNote(snapshot).map(paragraph) ?? (rule ? [String(repeatingASCII: "=", count: width)] : []))
    }

    private func moves() -> (heading: [String], lines: [Line]) {
        let heading = heading(words.say(.moved))
        var lines: [Line] = []
        guard snapshot.changesKnownFrom != nil else { return (heading, breakable(paragraph(words.say(.noHistory)))) }
        if snapshot.moves.isEmpty {
            lines += breakable(paragraph(words.say(.noMoves)))
        } else {
            var table = SnapshotTable(columns: [.init(header: plain(words.say(.id))), .init(header: plain(words.say(.title)), role: .flexible)],
                                      showsHeader: false)
            for move in snapshot.moves {
                table.append(plain([move.milestone.id, words.title(move.milestone.title)]), notes: plain([words.change(move)]))
            }
            lines += self.lines(of: table)
        }
        if let note = words.historyNote(snapshot) { lines += breakable(paragraph(note)) }
        return (heading, lines)
    }

    /// ID, status, due, one more column (owner, days late, days left), and the title.
    func milestoneTable(middle: String, labelled: Bool = false) -> SnapshotTable {
        SnapshotTable(columns: [
            .init(header: plain(words.say(.id))), .init(header: plain(words.say(.status))), .init(header: plain(words.say(.due))),
            .init(header: plain(middle), role: .movable(labelled: labelled)), .init(header: plain(words.say(.title)), role: .flexible),
        ])
    }

    /// A milestone table's row; the title left empty when `title` is false.
    func cells(_ row: WeeklySnapshot.MilestoneRow, middle: String, title: Bool) -> [String] {
        cells(id: row.id, status: row.status, due: row.due, middle: middle, title: title ? row.title : nil, words: words)
    }

    /// A milestone table's row from its fields; the title left empty when nil.
    func cells(id: String, status: Status, due: CalendarDay?, middle: String, title: LocalizedText?, words: SnapshotWording) -> [String] {
        [id, words.status(status), due.map(words.date) ?? SnapshotTable.placeholder, middle, title.map(words.title) ?? ""]
    }
}
