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
/// A row is one line (with two languages, the second title on a line
/// under the first) and its follow-up at most two more, so that the reason
/// reads in full: longer text is cut at a word boundary with `…`, and a line
/// at the end says where the full text is. Made to fit in steps (``Fit``):
/// the sections follow each other without blank lines (the header without
/// its closing rule, a table's header without its rule, an empty list's
/// sentence as its heading) and workstream names are cut to one line; then
/// a pair of titles shares one line (`ชื่อ / Title…`), the parts with room
/// for it keeping theirs stacked; then a follow-up is one line. When the
/// rows still do not fit with follow-ups of two lines,
/// the longest lists lose rows from their end, one at a time, and say how
/// many more the full report lists after page one (it then prints those
/// sections in full).
extension SnapshotTextRenderer {
    private typealias Health = WeeklySnapshot.Highlights.Health
    /// A milestone that needs attention or slipped: days of slip and late, and its latest reason.
    /// A class: the lists after page one read a row several times, and a
    /// tuple of a row and an entry was copied whole (every string retained) each time.
    final class Concern {
        let milestone: WeeklySnapshot.MilestoneRow
        let slip: Int?
        let late: Int?
        let reason: HistoryEntry?

        init(_ milestone: WeeklySnapshot.MilestoneRow, slip: Int?, late: Int?, reason: HistoryEntry?) {
            self.milestone = milestone
            self.slip = slip
            self.late = late
            self.reason = reason
        }
    }

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

    /// Page one's parts, top to bottom.
    enum Part: CaseIterable {
        case header, health, done, concerns, dueNext, dependencies

        /// The list whose rows can be cut.
        var list: PageOneList? {
            switch self {
            case .header, .health: nil
            case .done: .done
            case .concerns: .concerns
            case .dueNext: .dueNext
            case .dependencies: .dependencies
            }
        }

        /// With two languages and room for some of them, the parts whose titles are stacked first.
        static let stackingOrder: [Part] = [.concerns, .dependencies, .done, .dueNext, .health]
    }

    /// How page one is laid out, from the roomiest to the most compact.
    struct Fit {
        /// Sections without blank lines between them, the header without its closing rule, workstream names on one line.
        var tight: Bool
        /// With two languages, the parts that show the second title on a line of its own under the first.
        var stacked: Set<Part>
        /// The lines a follow-up (owner, lead, reason) may take.
        var noteLines: Int

        /// The layouts tried in turn, for one language or two; the first that holds every row is used.
        static func steps(twoLanguages: Bool) -> [Fit] {
            let all = Set(Part.allCases)
            return (twoLanguages ? [Fit(tight: false, stacked: all, noteLines: 2), Fit(tight: true, stacked: all, noteLines: 2)] : [])
                + [Fit(tight: false, stacked: [], noteLines: 2), Fit(tight: true, stacked: [], noteLines: 2),
                   Fit(tight: true, stacked: [], noteLines: 1)]
        }

        /// The layout that loses rows when none holds them all: a follow-up
        /// takes one line, so that as many milestones as can be are on the
        /// page (their reasons are in full in the full report).
        static let cutting = Fit(tight: true, stacked: [], noteLines: 1)
    }

    /// Page one's sections (heading, lines), the lists that lost rows, and
    /// whether the sections follow each other without a blank line (when
    /// that is what lets every row fit); `concerns` from ``concernRows()``.
    func pageOne(concerns rows: [Concern]) -> (sections: [(heading: [String], lines: [Line])], cut: Set<PageOneList>, tight: Bool) {
        let budget = SnapshotPages(pageLength: pageLength) { _, _ in "" }.bodyLength
        let lists = Part.allCases.map(\.list)
        let make = { (list: PageOneList?, limit: Int, fit: Fit) -> Piece in
            switch list {
            case nil: return Piece()
            case .done: return done(limit: limit, fit: fit)
            case .concerns: return concerns(rows, limit: limit, fit: fit)
            case .dueNext: return dueNext(limit: limit, fit: fit)
            case .dependencies: return dependencies(limit: limit, fit: fit)
            }
        }
        let moreLines = paragraph(words.say(.moreAfterPageOne, "0000")).count
        let cutNote = breakable(paragraph(words.say(.cutNote)))
        func laidOut(_ fit: Fit) -> [Piece] {
            var pieces = lists.map { make($0, budget, fit) }
            // Tight, the header's closing rule goes too: the next heading's rule follows it.
            pieces[0] = Piece(after: breakable(header(rule: !fit.tight)))
            pieces[1] = healthAndProgress(oneLine: fit.tight, stacked: fit.stacked.contains(.health))
            return pieces
        }
        func total(_ pieces: [Piece], _ shown: [Int], _ fit: Fit) -> Int {
            pieces.indices.reduce((fit.tight ? 0 : pieces.count - 1) + (pieces.contains(where: \.cut) ? cutNote.count : 0)) { sum, p in
                sum + pieces[p].height(shown: shown[p], moreLines: moreLines)
            }
        }
        // Each row takes a line at least: with more rows than the page has lines, only losing rows makes them fit.
        let rowCount = snapshot.highlights.completed.count + rows.count + snapshot.dueNext.count + snapshot.highlights.offTrackLinks.count
        let steps = rowCount > budget ? [Fit.cutting] : Fit.steps(twoLanguages: words.second != nil)
        var fit = steps[0]
        var pieces = laidOut(fit)
        var shown = pieces.map(\.rows.count)
        var used = total(pieces, shown, fit)
        for step in steps.dropFirst() where used > budget {
            fit = step
            pieces = laidOut(fit)
            used = total(pieces, shown, fit)
        }
        if used > budget {
            fit = Fit.cutting
            pieces = laidOut(fit)
            used = total(pieces, shown, fit)
        } else if words.second != nil {
            // Every row fits but not every pair of titles stacked: stack those of the parts that still fit.
            for part in Part.stackingOrder where !fit.stacked.contains(part) {
                var more = fit
                more.stacked.insert(part)
                let stacked = laidOut(more), lines = total(stacked, shown, more)
                if lines <= budget { (fit, pieces, used) = (more, stacked, lines) }
            }
        }
        let tight = fit.tight
        while used > budget {
            // The list showing most rows loses its last; of lists as long, dependencies first, then due next,
            // done, and what needs attention or slipped last.
            let candidates = pieces.indices.filter { lists[$0] != nil && shown[$0] > 0 }
            guard let p = candidates.max(by: { (shown[$0], lists[$0]!.cutRank) < (shown[$1], lists[$1]!.cutRank) }) else { break }
            shown[p] -= 1
            used = total(pieces, shown, fit)
        }
        // Rows back where the cutting took more than it had to: a row whose place a `… and 1 more`
        // took (a one-line row saves nothing so), a line left empty. What needs attention first.
        var gaveBack = true
        while gaveBack {
            gaveBack = false
            for p in pieces.indices.sorted(by: { (lists[$0]?.cutRank ?? 0) < (lists[$1]?.cutRank ?? 0) }) where shown[p] < pieces[p].rows.count {
                shown[p] += 1
                let lines = total(pieces, shown, fit)
                if lines <= budget {
                    used = lines
                    gaveBack = true
                } else {
                    shown[p] -= 1
                }
            }
        }
        for p in pieces.indices where shown[p] < pieces[p].rows.count { pieces[p] = make(lists[p], shown[p], fit) }
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

    /// A piece of `table` with the first `limit` of `count` rows, or `empty`
    /// when there are none; `title(i)` is the row's title, the last cell.
    private func piece(
        _ heading: [String], _ table: SnapshotTable, count: Int, limit: Int, fit: Fit, empty: SnapshotText,
        cells: (Int) -> [String], title: (Int) -> LocalizedText, notes: (Int) -> [String] = { _ in [] }, part: Part
    ) -> Piece {
        guard count > 0 else {
            // Tight, the sentence saying the list is empty is its heading.
            return fit.tight ? Piece(heading: self.heading(words.say(empty))) : Piece(heading: heading, after: breakable(paragraph(words.say(empty))))
        }
        var table = table
        table.oneLine = true
        // Tight, the header's rule goes: the heading's rule is just above it.
        table.showsRule = !fit.tight
        table.noteLines = fit.noteLines
        for i in 0..<min(count, limit) {
            let (first, second) = titleLines(title(i), fit.stacked.contains(part))
            table.append(plain(cells(i) + [first]), notes: plain(notes(i)), under: plain(second))
        }
        var piece = Piece(heading: heading, total: count)
        piece.cut = table.render(width: width, rows: table.rows) { bytes, startsRow in
            let line = (String(decoding: bytes, as: UTF8.self), startsRow)
            if startsRow { piece.rows.append([line]) } else if piece.rows.isEmpty { piece.before.append(line) } else { piece.rows[piece.rows.count - 1].append(line) }
        }
        return piece
    }

    /// A title as page one shows it: both languages on one line (`ชื่อ / Title`),
    /// or, stacked, the first language's and the second's for the line under it.
    private func titleLines(_ title: LocalizedText, _ stacked: Bool) -> (String, String) {
        guard stacked else { return (words.title(title), "") }
        let (first, second) = words.titles(title)
        return (first, second ?? "")
    }

    /// Health and progress, a line each for overall and every workstream:
    /// health in words and glyph, name, done of total, rounded percent and a
    /// bar; under overall its counts by status, under a workstream why its health is not on track.
    /// A name too long for its column is wrapped, or cut with `…` when `oneLine`;
    /// `stacked`, a name's second language is on a line under it.
    private func healthAndProgress(oneLine: Bool, stacked: Bool) -> Piece {
        // The bar (on a page of 60 columns or more) takes what the longest name leaves, 10 to 20 cells.
        let names = [words.say(.overall)] + snapshot.workstreams.flatMap { part in
            let (first, second) = titleLines(part.title, stacked)
            return [first, second]
        }
        let fixed = Health.allCases.map { DisplayWidth.of(plain(words.health($0))) }.max() ?? 0
        let numbers = DisplayWidth.of(words.doneOfTotal(snapshot.overall)) + 4
        let room = width - fixed - (names.map { DisplayWidth.of(plain($0)) }.max() ?? 0) - numbers - 2 - 4 * SnapshotTable.separator
        let barWidth = width >= 60 ? min(20, max(10, room)) : 0
        var table = SnapshotTable(columns: [
            .init(header: ""), .init(header: "", role: .flexible, minimum: 10), .init(header: "", alignment: .right),
            .init(header: "", alignment: .right),
        ] + (barWidth > 0 ? [.init(header: "")] : []), showsHeader: false, noteIndent: 2)
        func add(_ health: Health, _ name: (String, String), _ progress: WeeklySnapshot.Progress, _ note: String) {
            let bar = barWidth > 0 ? [SnapshotWording.bar(percent: progress.percent, width: barWidth)] : []
            table.append(plain([words.health(health), name.0, words.doneOfTotal(progress), "\(progress.percent)%"] + bar),
                         notes: note.isEmpty ? [] : plain([note]), under: plain(name.1))
        }
        table.oneLine = oneLine
        let highlights = snapshot.highlights
        add(highlights.overall, (words.say(.overall), ""), snapshot.overall, words.counts(snapshot.overall))
        for (health, part) in zip(highlights.workstreams, snapshot.workstreams) {
            add(health.health, titleLines(part.title, stacked), part.progress, words.healthReasons(health))
        }
        var lines: [Line] = []
        let cut = table.render(width: width, rows: table.rows) { line, startsRow in lines.append((String(decoding: line, as: UTF8.self), startsRow)) }
        return Piece(heading: heading(words.say(.healthProgress)), after: lines, cut: cut)
    }

    /// Done this week, the change in counts since last week, and how many milestones moved.
    private func done(limit: Int, fit: Fit) -> Piece {
        let completed = snapshot.highlights.completed
        let table = SnapshotTable(columns: [.init(header: ""), .init(header: "", role: .flexible)], showsHeader: false)
        var piece = piece(heading(words.say(.doneThisWeek)), table, count: completed.count, limit: limit, fit: fit, empty: .noneDone,
                          cells: { [completed[$0].id] }, title: { completed[$0].title }, part: .done)
        let moves = snapshot.moves
        let moved = snapshot.changesKnownFrom == nil ? words.say(.noHistory)
            : moves.isEmpty ? words.say(.noMoves) : moves.count == 1 ? words.say(.movedOne) : words.say(.movedCount, String(moves.count))
        let since = words.sinceLastWeek(snapshot.overall, snapshot.highlights.previous)
        // Each sentence ends with the language's stop: `.` and a space, `。`. Thai has no stop and a space
        // between sentences, which after the list of counts would read as one more item: the sentence on the
        // moves comes first there, and the counts follow their label (`เทียบกับสัปดาห์ก่อน:`).
        switch words.language {
        case .en: piece.after += breakable(paragraph(since + " " + moved))
        case .ja: piece.after += breakable(paragraph(since + moved))
        case .th: piece.after += breakable(paragraph(moved + " " + since))
        }
        return piece
    }

    /// What needs attention or slipped, a milestone once: the attention list's order, then the rest that slipped.
    func concernRows() -> [Concern] {
        let slipped = snapshot.highlights.slipped
        let slip = Dictionary(slipped.map { ($0.milestone.id, $0.days) }) { a, _ in a }
        let inAttention = Set(snapshot.attention.map(\.milestone.id))
        return snapshot.attention.map { Concern($0.milestone, slip: slip[$0.milestone.id], late: $0.daysLate, reason: $0.reason) }
            + slipped.filter { !inAttention.contains($0.milestone.id) }.map { Concern($0.milestone, slip: $0.days, late: nil, reason: $0.reason) }
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

    /// The follow-up line of a milestone that needs attention, slipped or is
    /// due next: owner, lead side in a word, and the latest reason (``SnapshotWording/briefFollowUp(_:reason:timeZone:asOf:)``).
    func followUp(_ milestone: WeeklySnapshot.MilestoneRow, _ reason: HistoryEntry?) -> [String] {
        words.briefFollowUp(milestone, reason: reason, timeZone: zone, asOf: snapshot.asOf).map { [$0] } ?? []
    }

    private func concerns(_ rows: [Concern], limit: Int, fit: Fit) -> Piece {
        piece(concernsHeading(), concernsTable(), count: rows.count, limit: limit, fit: fit, empty: .noAttentionOrSlip,
              cells: { concernCells(rows[$0], title: false).dropLast() }, title: { rows[$0].milestone.title },
              notes: { followUp(rows[$0].milestone, rows[$0].reason) }, part: .concerns)
    }

    /// The milestones due next, and the owner and lead side under each.
    func dueNextTable() -> SnapshotTable {
        var table = milestoneTable(middle: words.say(.left))
        table.noteColumn = 1
        return table
    }

    private func dueNext(limit: Int, fit: Fit) -> Piece {
        let rows = snapshot.dueNext
        return piece(heading(words.say(.dueNext)), dueNextTable(), count: rows.count, limit: limit, fit: fit, empty: .noDueNext,
                     cells: { cells(rows[$0].milestone, middle: words.dueIn(rows[$0].daysLeft), title: false).dropLast() },
                     title: { rows[$0].milestone.title }, notes: { followUp(rows[$0].milestone, nil) }, part: .dueNext)
    }

    /// Off-track links, a line each: the waiting milestone, what it waits for and why, its title.
    func dependencyTable() -> SnapshotTable {
        SnapshotTable(columns: [.init(header: ""), .init(header: ""), .init(header: "", role: .flexible)], showsHeader: false)
    }

    /// A row of ``dependencyTable()``.
    func dependencyCells(_ link: WeeklySnapshot.Highlights.Dependency) -> [String] {
        [link.waiting.id, words.waitsFor(link.waitsFor.id, link.why), words.title(link.waiting.title)]
    }

    private func dependencies(limit: Int, fit: Fit) -> Piece {
        let links = snapshot.highlights.offTrackLinks
        return piece(heading(words.say(.dependencies)), dependencyTable(), count: links.count, limit: limit, fit: fit, empty: .noDependencies,
                     cells: { dependencyCells(links[$0]).dropLast() }, title: { links[$0].waiting.title }, part: .dependencies)
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
