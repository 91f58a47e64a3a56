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

    /// Writes the report to `body` in pieces of about 64 KiB, one section at
    /// a time: a long report is never held whole.
    func write<Failure: Error>(_ body: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        var pages = SnapshotPages()
        var output: [UInt8] = []
        output.reserveCapacity(Self.chunk + 4 * width)
        func add(_ section: [String]) throws(Failure) {
            pages.add(section, to: &output)
            if output.count >= Self.chunk {
                try body(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        for section in [header(), progress(), moves(), attention(), dueNext()] { try add(section) }
        // Every workstream's table has the same column widths: measured first, then each table is made and written in turn.
        var widths = milestoneTable(middle: words.say(.owner), labelled: true).naturalWidths()
        for part in snapshot.workstreams {
            for row in part.milestones { SnapshotTable.widen(&widths, toFit: cells(row, middle: row.owner ?? SnapshotTable.placeholder)) }
        }
        for part in snapshot.workstreams {
            var table = milestoneTable(part)
            table.minimumWidths = widths
            try add(milestones(part, table))
        }
        if let timeline = snapshot.timeline { try add(heading(words.say(.timeline)) + timeline) }
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

    private func attention() -> [String] {
        let lines = heading(words.say(.attention))
        guard !snapshot.attention.isEmpty else { return lines + paragraph(words.say(.noAttention)) }
        var table = milestoneTable(middle: words.say(.late))
        for item in snapshot.attention {
            table.append(cells(item.milestone, middle: item.daysLate.map(words.late) ?? ""))
        }
        return lines + table.render(width: width)
    }

    private func dueNext() -> [String] {
        let lines = heading(words.say(.dueNext))
        guard !snapshot.dueNext.isEmpty else { return lines + paragraph(words.say(.noDueNext)) }
        var table = milestoneTable(middle: words.say(.left))
        for item in snapshot.dueNext { table.append(cells(item.milestone, middle: words.dueIn(item.daysLeft))) }
        return lines + table.render(width: width)
    }

    /// A workstream's milestones, with the owner in the middle column.
    private func milestoneTable(_ part: WeeklySnapshot.WorkstreamPart) -> SnapshotTable {
        var table = milestoneTable(middle: words.say(.owner), labelled: true)
        for row in part.milestones { table.append(cells(row, middle: row.owner ?? SnapshotTable.placeholder)) }
        return table
    }

    private func milestones(_ part: WeeklySnapshot.WorkstreamPart, _ table: SnapshotTable) -> [String] {
        let lines = heading(words.title(part.title))
        guard !part.milestones.isEmpty else { return lines + paragraph(words.say(.noMilestones)) }
        return lines + table.render(width: width)
    }

    /// ID, status, due, one more column (owner, days late, days left), and the title.
    private func milestoneTable(middle: String, labelled: Bool = false) -> SnapshotTable {
        SnapshotTable(columns: [
            .init(header: words.say(.id)), .init(header: words.say(.status)), .init(header: words.say(.due)),
            .init(header: middle, role: .movable(labelled: labelled)), .init(header: words.say(.title), role: .flexible),
        ])
    }

    private func cells(_ row: WeeklySnapshot.MilestoneRow, middle: String) -> [String] {
        [row.id, words.status(row.status), row.due.map(words.date) ?? SnapshotTable.placeholder, middle, words.title(row.title)]
    }
}
