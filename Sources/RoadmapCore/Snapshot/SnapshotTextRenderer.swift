import Foundation

/// The snapshot as plain text for paper and e-mail: no line wider than the
/// width (measured with ``DisplayWidth``), long titles wrapped with a hanging
/// indent, no colour or escape codes, and sections paged with form feeds as
/// ``SnapshotPages`` describes, with a running footer (the week, page x of y).
struct SnapshotTextRenderer {
    var snapshot: WeeklySnapshot
    var words: SnapshotWording
    var width: Int
    var pageLength: Int
    /// Page one alone: the highlights, without the workstreams' tables.
    var summary = false
    /// The report's own symbols and rules in ASCII, for printers without Unicode fonts (``ASCIIText``).
    var ascii = false
    /// From how many milestones the report's sections are made in parallel.
    var parallelFrom = 2000

    func render() -> String {
        var text = ""
        write { text += String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// The renderer for `style` (its width and page length kept to their minimums).
    init(style: SnapshotStyle, snapshot: WeeklySnapshot) {
        self.snapshot = snapshot
        words = SnapshotWording(style: style)
        width = max(style.width, SnapshotStyle.minimumWidth)
        pageLength = max(style.pageLength, SnapshotStyle.minimumPageLength)
        summary = style.summary
        ascii = style.ascii
    }

    /// Writes the report to `body` in pieces of about 64 KiB, once it is
    /// laid out on pages. The milestone tables are made twice, row by row,
    /// once to measure the columns and once to write. A large report's
    /// sections are made on all cores at once (``ParallelWork``).
    func write<Failure: Error>(_ body: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        let week = plain(words.week(snapshot.week))
        var pages = SnapshotPages(pageLength: pageLength) { page, count in footer(week: week, page: page, of: count) }
        let parts = parts()
        let rows = snapshot.workstreams.reduce(0) { $0 + $1.milestones.count }
        for part in ParallelWork.map(parts.count, parallel: rows >= parallelFrom, { parts[$0]() }) { pages.append(part) }
        try pages.write(chunk: Self.chunk, to: body)
    }

    /// The report's sections in order, in groups that can be made apart.
    private func parts() -> [() -> SnapshotPages] {
        func part(_ make: @escaping (inout SnapshotPages) -> Void) -> () -> SnapshotPages {
            { [pageLength] in
                var pages = SnapshotPages(pageLength: pageLength)
                make(&pages)
                return pages
            }
        }
        var parts = [part { pages in
            section(header(), into: &pages)
            for (heading, lines) in [health(), progress(), done()] { section(heading, lines, into: &pages) }
        }]
        /// A table of `count` milestones with `middle(i)` under `header` and `notes(i)` under each row.
        func milestoneTablePart(
            _ title: String, header: String, empty: SnapshotText, count: Int, milestone: @escaping (Int) -> WeeklySnapshot.MilestoneRow,
            middle: @escaping (Int) -> String, notes: @escaping (Int) -> [String]
        ) -> () -> SnapshotPages {
            part { pages in
                let rowCells = { (i: Int, title: Bool) in cells(milestone(i), middle: middle(i), title: title) }
                tableSection(heading(title), measured(milestoneTable(middle: header), [(count, rowCells)]),
                             count: count, empty: empty, cells: { rowCells($0, true) }, notes: notes, into: &pages)
            }
        }
        let highlights = snapshot.highlights, zone = TimeZone(identifier: snapshot.timeZone) ?? .current
        let slipped = highlights.slipped, attention = snapshot.attention, dueNext = snapshot.dueNext
        let followUp = { (milestone: WeeklySnapshot.MilestoneRow, reason: HistoryEntry?) in
            words.followUp(milestone, reason: reason, timeZone: zone).map { [$0] } ?? []
        }
        parts += [
            milestoneTablePart(highlights.baseline.map { words.say(.slippedAgainst, $0) } ?? words.say(.slippedThisWeek),
                               header: words.say(.slip), empty: .noSlip, count: slipped.count, milestone: { slipped[$0].milestone },
                               middle: { words.days(signed: slipped[$0].days) }, notes: { followUp(slipped[$0].milestone, slipped[$0].reason) }),
            milestoneTablePart(words.say(.attention), header: words.say(.late), empty: .noAttention, count: attention.count,
                               milestone: { attention[$0].milestone }, middle: { attention[$0].daysLate.map(words.late) ?? "" },
                               notes: { followUp(attention[$0].milestone, attention[$0].reason) }),
            milestoneTablePart(words.say(.dueNext), header: words.say(.left), empty: .noDueNext, count: dueNext.count,
                               milestone: { dueNext[$0].milestone }, middle: { words.dueIn(dueNext[$0].daysLeft) },
                               notes: { dueNext[$0].milestone.owner.map { [words.say(.ownerNote, $0)] } ?? [] }),
        ]
        parts.append(part { pages in
            let (heading, lines) = dependencies()
            section(heading, lines, into: &pages)
        })
        parts.append(part { pages in
            let (heading, lines) = moves()
            section(heading, lines, into: &pages)
        })
        guard !summary else { return parts }
        // Every workstream's table has the same columns: all are measured together, then each is written in turn.
        let shared = measured(milestoneTable(middle: words.say(.owner), labelled: true), snapshot.workstreams.map { part in
            (part.milestones.count, { (i: Int, title: Bool) in ownerCells(part.milestones[i], title: title) })
        })
        for (w, workstream) in snapshot.workstreams.enumerated() {
            parts.append(part { pages in
                if w == 0 { pages.startNewPage() }
                tableSection(heading(words.title(workstream.title)), shared, count: workstream.milestones.count, empty: .noMilestones,
                             cells: { ownerCells(workstream.milestones[$0], title: true) }, into: &pages)
            })
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
    private typealias Line = (text: String, breakable: Bool)

    /// A section of `heading` and `lines`, the heading repeated after a page break.
    private func section(_ heading: [String], _ lines: [Line] = [], into pages: inout SnapshotPages) {
        pages.beginSection(repeating: heading.count)
        // Laid-out text (the timeline, a cut cell's …) folded in one column, so that it stays aligned.
        for (text, breakable) in heading.map({ ($0, true) }) + lines {
            pages.add(line: (ascii ? ASCIIText.fold(text, keepingWidth: true) : text).utf8, breakable: breakable)
        }
        pages.endSection()
    }

    /// A heading and a table of `count` milestones, or `empty` when there are none.
    private func tableSection(
        _ heading: [String], _ table: SnapshotTable, count: Int, empty: SnapshotText, cells: @escaping (Int) -> [String],
        notes: @escaping (Int) -> [String] = { _ in [] }, into pages: inout SnapshotPages
    ) {
        guard count > 0 else { return section(heading, breakable(paragraph(words.say(empty))), into: &pages) }
        pages.beginSection(repeating: heading.count + (table.showsHeader ? 2 : 0))
        for text in heading { pages.add(line: text.utf8) }
        let rows = (0..<count).lazy.map { SnapshotTable.Row(plain(cells($0)), notes: plain(notes($0))) }
        table.render(width: width, rows: rows) { line, startsRow in
            // What layout added (a cut cell's …) in one column, so that the columns stay aligned.
            if ascii { pages.add(line: ASCIIText.fold(String(decoding: line, as: UTF8.self), keepingWidth: true).utf8, breakable: startsRow) }
            else { pages.add(line: line, breakable: startsRow) }
        }
        pages.endSection()
    }

    /// Lines a page may break before, each of them.
    private func breakable(_ lines: [String]) -> [Line] { lines.map { ($0, true) } }

    /// The lines of `table`, each breakable only where a row starts.
    private func lines(of table: SnapshotTable) -> [Line] {
        var lines: [Line] = []
        table.render(width: width, rows: table.rows) { line, startsRow in lines.append((String(decoding: line, as: UTF8.self), startsRow)) }
        return lines
    }

    /// The running footer: the week on the left, `Page x of y` on the right
    /// (one after the other when the width is too small for both).
    private func footer(week: String, page: Int, of count: Int) -> String {
        let number = plain(words.say(.pageOf, String(page), String(count)))
        let gap = width - DisplayWidth.of(week) - DisplayWidth.of(number)
        guard gap >= 2 else { return DisplayWidth.truncate(number, to: width, ellipsis: false) }
        return week + String(repeating: " ", count: gap) + number
    }

    /// `text` with the report's symbols in ASCII when ``ascii`` (letters of any script are kept).
    private func plain(_ text: String) -> String { ascii ? ASCIIText.fold(text) : text }

    private func plain(_ texts: [String]) -> [String] { ascii ? texts.map { ASCIIText.fold($0) } : texts }

    /// `table` with its columns widened to fit the rows of `groups` (each a
    /// count and its rows' cells, with or without the title). The title, the
    /// flexible column, is measured last and only until one title fills the
    /// room the other columns leave (and the column's minimum): no wider
    /// title changes the layout then, and most titles are never made twice.
    private func measured(_ table: SnapshotTable, _ groups: [(count: Int, cells: (Int, Bool) -> [String])]) -> SnapshotTable {
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
    private func paragraph(_ text: String) -> [String] {
        SnapshotWrap.wrap(TerminalSafe.escape(plain(text)), to: width)
    }

    private func heading(_ text: String) -> [String] {
        let lines = paragraph(text)
        return lines + [String(repeating: "-", count: lines.map { DisplayWidth.of($0) }.max() ?? 0)]
    }

    private func header() -> [String] {
        // The report, the week and the as-of date: on one line when they fit, else one line each.
        let parts = [words.say(.reportName), words.week(snapshot.week), words.asOf(snapshot)]
        let line = plain(parts.joined(separator: " · "))
        let subtitle = DisplayWidth.of(line) <= width ? [line] : parts.flatMap(paragraph)
        return paragraph(words.title(snapshot.title)) + subtitle + paragraph(words.fiscalYears(snapshot.week)) + (snapshot.notes.map(paragraph) ?? [])
            + (words.beforeHistoryWarning(snapshot).map(paragraph) ?? []) + (words.zoneChangeNote(snapshot).map(paragraph) ?? [])
            + [String(repeating: "=", count: width)]
    }

    private func progress() -> (heading: [String], lines: [Line]) {
        var table = SnapshotTable(columns: [
            .init(header: "", role: .flexible, minimum: 10), .init(header: "", alignment: .right),
            .init(header: "", alignment: .right), .init(header: ""),
        ], showsHeader: false, noteIndent: 2)
        let barWidth = width >= 60 ? 20 : 10
        func add(_ name: String, _ progress: WeeklySnapshot.Progress) {
            table.append(plain([name, words.doneOfTotal(progress), "\(progress.percent)%",
                                SnapshotWording.bar(percent: progress.percent, width: barWidth)]), notes: plain([words.counts(progress)]))
        }
        add(words.say(.overall), snapshot.overall)
        for part in snapshot.workstreams { add(words.title(part.title), part.progress) }
        return (heading(words.say(.progress)), lines(of: table)
            + breakable(paragraph(words.sinceLastWeek(snapshot.overall, snapshot.highlights.previous))))
    }

    /// Each workstream's health, worst first, then the overall one: words, glyph and why.
    private func health() -> (heading: [String], lines: [Line]) {
        let highlights = snapshot.highlights
        var table = SnapshotTable(columns: [.init(header: ""), .init(header: "", role: .flexible, minimum: 10)],
                                  showsHeader: false, noteIndent: 2)
        table.append(plain([words.health(highlights.overall), words.say(.overall)]))
        for part in highlights.workstreams {
            let reasons = words.healthReasons(part)
            table.append(plain([words.health(part.health), words.title(part.title)]), notes: reasons.isEmpty ? [] : plain([reasons]))
        }
        return (heading(words.say(.health)), lines(of: table))
    }

    /// The milestones completed this week.
    private func done() -> (heading: [String], lines: [Line]) {
        let completed = snapshot.highlights.completed
        guard !completed.isEmpty else { return (heading(words.say(.doneThisWeek)), breakable(paragraph(words.say(.noneDone)))) }
        var table = SnapshotTable(columns: [.init(header: ""), .init(header: "", role: .flexible)], showsHeader: false)
        for row in completed { table.append(plain([row.id, words.title(row.title)])) }
        return (heading(words.say(.doneThisWeek)), lines(of: table))
    }

    /// The links that are off track: who waits for what, and why.
    private func dependencies() -> (heading: [String], lines: [Line]) {
        let links = snapshot.highlights.offTrackLinks
        guard !links.isEmpty else { return (heading(words.say(.dependencies)), breakable(paragraph(words.say(.noDependencies)))) }
        var table = SnapshotTable(columns: [.init(header: ""), .init(header: "", role: .flexible)], showsHeader: false)
        for link in links {
            table.append(plain([link.waiting.id, words.title(link.waiting.title)]),
                         notes: plain([words.say(.waitsFor, link.waitsFor.id, words.offTrack(link.why))]))
        }
        return (heading(words.say(.dependencies)), lines(of: table))
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
    private func milestoneTable(middle: String, labelled: Bool = false) -> SnapshotTable {
        SnapshotTable(columns: [
            .init(header: plain(words.say(.id))), .init(header: plain(words.say(.status))), .init(header: plain(words.say(.due))),
            .init(header: plain(middle), role: .movable(labelled: labelled)), .init(header: plain(words.say(.title)), role: .flexible),
        ])
    }

    /// A workstream table's row: the owner in the middle column.
    private func ownerCells(_ row: WeeklySnapshot.MilestoneRow, title: Bool) -> [String] {
        cells(row, middle: row.owner ?? SnapshotTable.placeholder, title: title)
    }

    /// A milestone table's row; the title left empty when `title` is false.
    private func cells(_ row: WeeklySnapshot.MilestoneRow, middle: String, title: Bool) -> [String] {
        [row.id, words.status(row.status), row.due.map(words.date) ?? SnapshotTable.placeholder, middle, title ? words.title(row.title) : ""]
    }
}
