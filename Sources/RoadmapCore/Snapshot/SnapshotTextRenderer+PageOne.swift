import Foundation

/// Page one of the text snapshot, the highlight report, made to fit one
/// printed page (``SnapshotPages/bodyLength`` lines, so that `--summary` and
/// the full report's first page are the same):
/// - health and progress in one table, a line per workstream and overall;
/// - done this week, the change in counts since last week, and how many
///   milestones moved (their changes follow on page two);
/// - each milestone that needs attention or slipped, once, with its
///   follow-up line (owner, lead side, latest reason); due next with owner;
///   off-track dependencies, a line each.
///
/// A row is one line and a follow-up one more: longer text is cut at a word
/// boundary with `…`, and a line at the end says where the full text is.
/// When that is not enough, the sections follow each other without blank
/// lines (and the header without its closing rule), and workstream names
/// are cut to one line too.
/// When the rows still do not fit, the longest lists lose rows from their
/// end, one at a time, and say how many more the full report lists after
/// page one (it then prints those sections in full).
extension SnapshotTextRenderer {
    private typealias Health = WeeklySnapshot.Highlights.Health
    /// A milestone that needs attention or slipped: days of slip and late, and its latest reason.
    typealias Concern = (milestone: WeeklySnapshot.MilestoneRow, slip: Int?, late: Int?, reason: HistoryEntry?)

    /// The parts of page one whose rows can be cut.
    enum PageOneList {
        case done, concerns, dueNext, dependencies

        /// Of lists showing as many rows, the one ranked highest loses one first.
        var cutRank: Int {
            switch self {
            case .concerns: 0
            case .done: 1
            case .dueNext: 2
            case .dependencies: 3
            }
        }
    }

    /// Page one's sections (heading, lines), the lists that lost rows, and
    /// whether the sections follow each other without a blank line (when
    /// that is what lets every row fit); `concerns` from ``concernRows()``.
    func pageOne(concerns rows: [Concern]) -> (sections: [(heading: [String], lines: [Line])], cut: Set<PageOneList>, tight: Bool) {
        let budget = SnapshotPages(pageLength: pageLength) { _, _ in "" }.bodyLength
        let lists: [PageOneList?] = [nil, nil, .done, .concerns, .dueNext, .dependencies]
        let make = { (list: PageOneList?, limit: Int) -> Piece in
            switch list {
            case nil: return Piece()
            case .done: return done(limit: limit)
            case .concerns: return concerns(rows, limit: limit)
            case .dueNext: return dueNext(limit: limit)
            case .dependencies: return dependencies(limit: limit)
            }
        }
        var pieces = lists.map { make($0, budget) }
        pieces[0] = Piece(after: breakable(header()))
        pieces[1] = healthAndProgress(oneLine: false)
        var shown = pieces.map(\.rows.count)
        let moreLines = paragraph(words.say(.moreAfterPageOne, "0000")).count
        let cutNote = breakable(paragraph(words.say(.cutNote)))
        var tight = false
        func total() -> Int {
            pieces.indices.reduce((tight ? 0 : pieces.count - 1) + (pieces.contains(where: \.cut) ? cutNote.count : 0)) { sum, p in
                sum + pieces[p].height(shown: shown[p], moreLines: moreLines)
            }
        }
        var used = total()
        if used > budget {
            // The header's closing rule goes too: the next heading's rule follows it.
            tight = true
            pieces[0].after.removeLast()
            pieces[1] = healthAndProgress(oneLine: true)
            used = total()
        }
        while used > budget {
            // The list showing most rows loses its last; of lists as long, dependencies first, then due next,
            // done, and what needs attention or slipped last.
            let candidates = pieces.indices.filter { lists[$0] != nil && shown[$0] > 0 }
            guard let p = candidates.max(by: { (shown[$0], lists[$0]!.cutRank) < (shown[$1], lists[$1]!.cutRank) }) else { break }
            shown[p] -= 1
            used = total()
        }
        for p in pieces.indices where shown[p] < pieces[p].rows.count { pieces[p] = make(lists[p], shown[p]) }
        var sections = pieces.indices.map { p in (heading: pieces[p].heading, lines: pieces[p].lines(more: more)) }
        if pieces.contains(where: \.cut), !sections.isEmpty { sections[sections.count - 1].lines += cutNote }
        let cut = Set(pieces.indices.compactMap { p in pieces[p].total > pieces[p].rows.count ? lists[p] : nil })
        return (sections.map { ($0.heading.map(Self.unglued), $0.lines.map { (Self.unglued($0.text), $0.breakable) }) }, cut, tight)
    }

    /// `… and 12 more: the full report lists all after page one.`
    private func more(_ count: Int) -> [Line] { breakable(paragraph(words.say(.moreAfterPageOne, String(count)))) }

    /// One of page one's sections: its heading, lines before its rows (a
    /// table's header), its rows (at most as many as were asked for), the
    /// number of rows in all, and lines after them.
    struct Piece {
        var heading: [String] = []
        var before: [Line] = []
        var rows: [[Line]] = []
        var total = 0
        var after: [Line] = []
        /// Whether a text in it was cut with `…`.
        var cut = false

        /// Its lines with the first `shown` rows (and a line for the rest when there are more).
        func height(shown: Int, moreLines: Int) -> Int {
            heading.count + (shown > 0 ? before.count + rows[..<shown].reduce(0) { $0 + $1.count } : 0)
                + (shown < total ? moreLines : 0) + after.count
        }

        func lines(more: (Int) -> [Line]) -> [Line] {
            (rows.isEmpty ? [] : before) + rows.joined() + (rows.count < total ? more(total - rows.count) : []) + after
        }
    }

    /// A piece of `table` with the first `limit` of `count` rows, or `empty` when there are none.
    private func piece(
        _ heading: [String], _ table: SnapshotTable, count: Int, limit: Int, empty: SnapshotText,
        cells: (Int) -> [String], notes: (Int) -> [String] = { _ in [] }
    ) -> Piece {
        guard count > 0 else { return Piece(heading: heading, after: breakable(paragraph(words.say(empty)))) }
        var table = table
        table.oneLine = true
        table.oneLineNotes = true
        for i in 0..<min(count, limit) { table.append(plain(cells(i)), notes: plain(notes(i))) }
        var piece = Piece(heading: heading, total: count)
        piece.cut = table.render(width: width, rows: table.rows) { bytes, startsRow in
            let line = (String(decoding: bytes, as: UTF8.self), startsRow)
            if startsRow { piece.rows.append([line]) } else if piece.rows.isEmpty { piece.before.append(line) } else { piece.rows[piece.rows.count - 1].append(line) }
        }
        return piece
    }

    /// Health and progress, a line each for overall and every workstream:
    /// health in words and glyph, name, done of total, rounded percent and a
    /// bar; under overall its counts by status, under a workstream why its health is not on track.
    /// A name too long for its column is wrapped, or cut with `…` when `oneLine`.
    private func healthAndProgress(oneLine: Bool) -> Piece {
        // The bar (on a page of 60 columns or more) takes what the longest name leaves, 10 to 20 cells.
        let names = [words.say(.overall)] + snapshot.workstreams.map { words.title($0.title) }
        let fixed = Health.allCases.map { DisplayWidth.of(plain(words.health($0))) }.max() ?? 0
        let numbers = DisplayWidth.of(words.doneOfTotal(snapshot.overall)) + 4
        let room = width - fixed - (names.map { DisplayWidth.of(plain($0)) }.max() ?? 0) - numbers - 2 - 4 * SnapshotTable.separator
        let barWidth = width >= 60 ? min(20, max(10, room)) : 0
        var table = SnapshotTable(columns: [
            .init(header: ""), .init(header: "", role: .flexible, minimum: 10), .init(header: "", alignment: .right),
            .init(header: "", alignment: .right),
        ] + (barWidth > 0 ? [.init(header: "")] : []), showsHeader: false, noteIndent: 2)
        func add(_ health: Health, _ name: String, _ progress: WeeklySnapshot.Progress, _ note: String) {
            let bar = barWidth > 0 ? [SnapshotWording.bar(percent: progress.percent, width: barWidth)] : []
            table.append(plain([words.health(health), name, words.doneOfTotal(progress), "\(progress.percent)%"] + bar),
                         notes: note.isEmpty ? [] : plain([note]))
        }
        table.oneLine = oneLine
        let highlights = snapshot.highlights
        add(highlights.overall, words.say(.overall), snapshot.overall, words.counts(snapshot.overall))
        for (health, part) in zip(highlights.workstreams, snapshot.workstreams) {
            add(health.health, words.title(part.title), part.progress, words.healthReasons(health))
        }
        var lines: [Line] = []
        let cut = table.render(width: width, rows: table.rows) { line, startsRow in lines.append((String(decoding: line, as: UTF8.self), startsRow)) }
        return Piece(heading: heading(words.say(.healthProgress)), after: lines, cut: cut)
    }

    /// Done this week, the change in counts since last week, and how many milestones moved.
    private func done(limit: Int) -> Piece {
        let completed = snapshot.highlights.completed
        let table = SnapshotTable(columns: [.init(header: ""), .init(header: "", role: .flexible)], showsHeader: false)
        var piece = piece(heading(words.say(.doneThisWeek)), table, count: completed.count, limit: limit, empty: .noneDone,
                          cells: { [completed[$0].id, words.title(completed[$0].title)] })
        let moves = snapshot.moves
        let moved = snapshot.changesKnownFrom == nil ? words.say(.noHistory)
            : moves.isEmpty ? words.say(.noMoves) : moves.count == 1 ? words.say(.movedOne) : words.say(.movedCount, String(moves.count))
        let after = breakable(paragraph(words.sinceLastWeek(snapshot.overall, snapshot.highlights.previous) + " " + moved))
        piece.after += after
        return piece
    }

    /// What needs attention or slipped, a milestone once: the attention list's order, then the rest that slipped.
    func concernRows() -> [Concern] {
        let slipped = snapshot.highlights.slipped
        let slip = Dictionary(slipped.map { ($0.milestone.id, $0.days) }) { a, _ in a }
        let inAttention = Set(snapshot.attention.map(\.milestone.id))
        return snapshot.attention.map { ($0.milestone, slip[$0.milestone.id], $0.daysLate, $0.reason) }
            + slipped.filter { !inAttention.contains($0.milestone.id) }.map { ($0.milestone, $0.days, nil, $0.reason) }
    }

    /// The heading of the list of what needs attention or slipped.
    func concernsHeading() -> [String] {
        heading(snapshot.highlights.baseline.map { words.say(.attentionSlippedAgainst, $0) } ?? words.say(.attentionSlippedThisWeek))
    }

    /// ID, status, due, slip, days late, title, and the follow-up line under each.
    func concernsTable() -> SnapshotTable {
        var table = SnapshotTable(columns: [
            .init(header: plain(words.say(.id))), .init(header: plain(words.say(.status))), .init(header: plain(words.say(.due))),
            .init(header: plain(words.say(.slip)), alignment: .right, role: .movable(labelled: true)),
            .init(header: plain(words.say(.late)), alignment: .right, role: .movable(labelled: true)),
            .init(header: plain(words.say(.title)), role: .flexible),
        ])
        table.noteColumn = 1
        return table
    }

    /// A row of ``concernsTable()``; the title left empty when `title` is false.
    func concernCells(_ row: Concern, title: Bool) -> [String] {
        let milestone = row.milestone
        return [milestone.id, words.status(milestone.status), milestone.due.map(words.date) ?? SnapshotTable.placeholder,
                row.slip.map(words.days(signed:)) ?? "", row.late.map { words.say($0 == 1 ? .oneDay : .days, String($0)) } ?? "",
                title ? words.title(milestone.title) : ""]
    }

    /// The follow-up line of a milestone that needs attention, slipped or is due next.
    func followUp(_ milestone: WeeklySnapshot.MilestoneRow, _ reason: HistoryEntry?) -> [String] {
        words.followUp(milestone, reason: reason, timeZone: TimeZone(identifier: snapshot.timeZone) ?? .current).map { [$0] } ?? []
    }

    private func concerns(_ rows: [Concern], limit: Int) -> Piece {
        piece(concernsHeading(), concernsTable(), count: rows.count, limit: limit, empty: .noAttentionOrSlip,
                     cells: { concernCells(rows[$0], title: true) }, notes: { followUp(rows[$0].milestone, rows[$0].reason) })
    }

    /// The milestones due next, and the owner and lead side under each.
    func dueNextTable() -> SnapshotTable {
        var table = milestoneTable(middle: words.say(.left))
        table.noteColumn = 1
        return table
    }

    private func dueNext(limit: Int) -> Piece {
        let rows = snapshot.dueNext
        return piece(heading(words.say(.dueNext)), dueNextTable(), count: rows.count, limit: limit, empty: .noDueNext,
                     cells: { cells(rows[$0].milestone, middle: words.dueIn(rows[$0].daysLeft), title: true) },
                     notes: { followUp(rows[$0].milestone, nil) })
    }

    /// Off-track links, a line each: the waiting milestone, what it waits for and why, its title.
    func dependencyTable() -> SnapshotTable {
        SnapshotTable(columns: [.init(header: ""), .init(header: ""), .init(header: "", role: .flexible)], showsHeader: false)
    }

    /// A row of ``dependencyTable()``.
    func dependencyCells(_ link: WeeklySnapshot.Highlights.Dependency) -> [String] {
        [link.waiting.id, words.say(.waitsFor, link.waitsFor.id, words.offTrack(link.why)), words.title(link.waiting.title)]
    }

    private func dependencies(limit: Int) -> Piece {
        let links = snapshot.highlights.offTrackLinks
        return piece(heading(words.say(.dependencies)), dependencyTable(), count: links.count, limit: limit, empty: .noDependencies,
                     cells: { dependencyCells(links[$0]) })
    }

    /// `text` with the no-break spaces of ``SnapshotWording/keepTogether`` made spaces again, once its lines are made.
    static func unglued(_ text: String) -> String {
        var text = text
        return text.withUTF8 { unglued($0) }.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// `line` (UTF-8) with its no-break spaces made spaces; nil when it has none.
    static func unglued(_ line: [UInt8]) -> [UInt8]? {
        line.withUnsafeBufferPointer { unglued($0) }
    }

    /// `bytes` (UTF-8) with its no-break spaces made spaces; nil when it has
    /// none (looked for with `memchr`: every line of the lists after page one passes here).
    static func unglued(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = bytes.baseAddress, memchr(base, 0xA0, bytes.count) != nil else { return nil }
        var i = 0, out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        while i < bytes.count {
            if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                out.append(UInt8(ascii: " "))
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }
}
