/// The snapshot as plain text for paper and e-mail: no line wider than the
/// width (measured with ``DisplayWidth``), long titles wrapped with a hanging
/// indent, no colour or escape codes, and sections paged with form feeds as
/// ``SnapshotPages`` describes.
struct SnapshotTextRenderer {
    var snapshot: WeeklySnapshot
    var words: SnapshotWording
    var width: Int

    func render() -> String {
        var text = ""
        write { text += String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// Writes the report to `body` in pieces of about 64 KiB, line by line:
    /// a long report is never held whole. The milestone tables are made
    /// twice, row by row, once to measure the columns and once to write.
    func write<Failure: Error>(_ body: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        var pages = SnapshotPages()
        var output: [UInt8] = []
        output.reserveCapacity(Self.chunk + 4 * width)
        func line(_ text: String) throws(Failure) {
            pages.add(line: text, to: &output)
            if output.count >= Self.chunk {
                try body(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        func section(_ lines: [String]) throws(Failure) {
            pages.beginSection()
            for text in lines { try line(text) }
            pages.endSection(to: &output)
        }
        /// A heading and a table of `count` milestones, or `empty` when there are none.
        func tableSection(
            _ heading: [String], _ table: SnapshotTable, count: Int, empty: SnapshotText, cells: @escaping (Int) -> [String]
        ) throws(Failure) {
            guard count > 0 else { return try section(heading + paragraph(words.say(empty))) }
            pages.beginSection()
            for text in heading { try line(text) }
            try table.render(width: width, rows: (0..<count).lazy.map { SnapshotTable.Row(cells($0)) }) { (text: String) throws(Failure) in
                try line(text)
            }
            pages.endSection(to: &output)
        }
        func measured(_ table: SnapshotTable, count: Int, cells: (Int) -> [String]) -> SnapshotTable {
            var table = table
            var widths = table.naturalWidths()
            for i in 0..<count { SnapshotTable.widen(&widths, toFit: cells(i)) }
            table.minimumWidths = widths
            return table
        }

        for lines in [header(), progress(), moves()] { try section(lines) }
        let attention = snapshot.attention, dueNext = snapshot.dueNext
        let attentionCells = { (i: Int) in cells(attention[i].milestone, middle: attention[i].daysLate.map(words.late) ?? "") }
        try tableSection(heading(words.say(.attention)),
                         measured(milestoneTable(middle: words.say(.late)), count: attention.count, cells: attentionCells),
                         count: attention.count, empty: .noAttention, cells: attentionCells)
        let dueNextCells = { (i: Int) in cells(dueNext[i].milestone, middle: words.dueIn(dueNext[i].daysLeft)) }
        try tableSection(heading(words.say(.dueNext)),
                         measured(milestoneTable(middle: words.say(.left)), count: dueNext.count, cells: dueNextCells),
                         count: dueNext.count, empty: .noDueNext, cells: dueNextCells)
        // Every workstream's table has the same columns: all are measured together, then each is written in turn.
        var shared = milestoneTable(middle: words.say(.owner), labelled: true)
        for part in snapshot.workstreams {
            shared = measured(shared, count: part.milestones.count) { ownerCells(part.milestones[$0]) }
        }
        for part in snapshot.workstreams {
            try tableSection(heading(words.title(part.title)), shared, count: part.milestones.count, empty: .noMilestones) {
                ownerCells(part.milestones[$0])
            }
        }
        if let timeline = snapshot.timeline { try section(heading(words.say(.timeline)) + timeline) }
        pages.finish(to: &output)
        if !output.isEmpty { try body(output) }
    }

    /// How many bytes are gathered before they are written.
    private static let chunk = 64 * 1024

    /// Text wrapped to the width, made terminal-safe first.
    private func paragraph(_ text: String) -> [String] {
        SnapshotWrap.wrap(TerminalSafe.escape(text), to: width)
    }

    private func heading(_ text: String) -> [String] {
        let lines = paragraph(text)
        return lines + [String(repeating: "-", count: lines.map { DisplayWidth.of($0) }.max() ?? 0)]
    }

    private func header() -> [String] {
        // The report, the week and the as-of date: on one line when they fit, else one line each.
        let parts = [words.say(.reportName), words.week(snapshot.week), words.say(.asOf, words.date(snapshot.asOf))]
        let line = parts.joined(separator: " · ")
        let subtitle = DisplayWidth.of(line) <= width ? [line] : parts.flatMap(paragraph)
        return paragraph(words.title(snapshot.title)) + subtitle + [String(repeating: "=", count: width)]
    }

    private func progress() -> [String] {
        var table = SnapshotTable(columns: [
            .init(header: "", role: .flexible, minimum: 10), .init(header: "", alignment: .right),
            .init(header: "", alignment: .right), .init(header: ""),
        ], showsHeader: false, noteIndent: 2)
        let barWidth = width >= 60 ? 20 : 10
        func add(_ name: String, _ progress: WeeklySnapshot.Progress) {
            table.append([name, words.doneOfTotal(progress), "\(progress.percent)%",
                          SnapshotWording.bar(percent: progress.percent, width: barWidth)], notes: [words.counts(progress)])
        }
        add(words.say(.overall), snapshot.overall)
        for part in snapshot.workstreams { add(words.title(part.title), part.progress) }
        return heading(words.say(.progress)) + table.render(width: width)
    }

    private func moves() -> [String] {
        var lines = heading(words.say(.moved))
        guard let knownFrom = snapshot.changesKnownFrom else { return lines + paragraph(words.say(.noHistory)) }
        if snapshot.moves.isEmpty {
            lines += paragraph(words.say(.noMoves))
        } else {
            var table = SnapshotTable(columns: [.init(header: words.say(.id)), .init(header: words.say(.title), role: .flexible)],
                                      showsHeader: false)
            for move in snapshot.moves {
                table.append([move.milestone.id, words.title(move.milestone.title)], notes: [words.change(move)])
            }
            lines += table.render(width: width)
        }
        if knownFrom > snapshot.week.monday { lines += paragraph(words.say(.knownFrom, words.date(knownFrom))) }
        return lines
    }

    /// ID, status, due, one more column (owner, days late, days left), and the title.
    private func milestoneTable(middle: String, labelled: Bool = false) -> SnapshotTable {
        SnapshotTable(columns: [
            .init(header: words.say(.id)), .init(header: words.say(.status)), .init(header: words.say(.due)),
            .init(header: middle, role: .movable(labelled: labelled)), .init(header: words.say(.title), role: .flexible),
        ])
    }

    /// A workstream table's row: the owner in the middle column.
    private func ownerCells(_ row: WeeklySnapshot.MilestoneRow) -> [String] {
        cells(row, middle: row.owner ?? SnapshotTable.placeholder)
    }

    private func cells(_ row: WeeklySnapshot.MilestoneRow, middle: String) -> [String] {
        [row.id, words.status(row.status), row.due.map(words.date) ?? SnapshotTable.placeholder, middle, words.title(row.title)]
    }
}
