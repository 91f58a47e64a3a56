import Foundation

/// The snapshot as one self-contained HTML page: inline CSS with print
/// styles, no scripts and no outside assets, `lang` set to the language.
/// Text from the file is made terminal-safe (so control characters show as
/// visible escapes) and HTML-escaped.
struct SnapshotHTMLRenderer {
    var snapshot: WeeklySnapshot
    var words: SnapshotWording

    /// Page one alone (the highlights), without the timeline picture and the workstreams' tables.
    var summary = false
    /// Whose fiscal quarters the picture's axis names, if anyone's.
    var fiscal: FiscalYear.Kind?

    static let style = """
        body { font-family: "Noto Sans", "Noto Sans Thai", "Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif; color: #111; \
        max-width: 64em; margin: 2em auto; padding: 0 1em; line-height: 1.35; }
        :lang(ja) { line-break: strict; font-synthesis: none; }
        :lang(ja) .note, :lang(ja) .empty { font-style: normal; }
        h1 { font-size: 1.4em; margin: 0 0 .2em; }
        h2 { font-size: 1.05em; margin: 1em 0 .3em; border-bottom: 1px solid #999; }
        .subtitle { margin: 0; color: #333; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: .1em .5em .1em 0; border-bottom: 1px solid #ddd; }
        th { font-weight: 600; }
        .num { text-align: right; white-space: nowrap; }
        .nowrap { white-space: nowrap; }
        .name { min-width: 12em; }
        .overall th, .overall td { font-weight: 700; }
        tr.flag td { font-weight: 700; }
        .follow { font-size: .9em; color: #333; }
        .bar { display: inline-block; width: 5em; height: .7em; border: 1px solid #444; vertical-align: middle; }
        .bar span { display: block; height: 100%; background: #444; }
        .note, .empty { color: #444; font-style: italic; margin: .2em 0; }
        svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
        .legend { font-size: .85em; margin: .2em 0 .6em; }
        @page { margin: 16mm 12mm 14mm;
          @top-left { content: "%TITLE%"; font-size: 8pt; color: #444; }
          @top-right { content: "%WEEK%"; font-size: 8pt; color: #444; }
          @bottom-right { content: %PAGE%; font-size: 8pt; color: #444; } }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 8.5pt; }
          body.bilingual { font-size: 7.6pt; }
          h2 { break-after: avoid; }
          tr { break-inside: avoid; }
          table.small { break-inside: avoid; }
          .tables { break-before: page; }
          .picture { break-inside: avoid; }
          svg.chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .bar, .bar span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """

    func render() -> String {
        var lines = [
            "<!DOCTYPE html>", "<html lang=\"\(words.language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(Self.escape(words.title(snapshot.title))) · \(Self.escape(words.week(snapshot.week)))</title>",
            "<style>", pageStyle(), "</style>", "</head>", words.second == nil ? "<body>" : "<body class=\"bilingual\">",
            "<h1>\(Self.escape(words.title(snapshot.title)))</h1>",
            "<p class=\"subtitle\">\(Self.escape([words.say(.reportName), words.week(snapshot.week), words.asOf(snapshot)].joined(separator: " · ")))</p>",
            "<p class=\"subtitle\">\(Self.escape(words.fiscalYears(snapshot.week)))</p>",
        ]
        if let notes = snapshot.notes { lines.append(paragraph(notes, class: "note")) }
        if let warning = words.beforeHistoryWarning(snapshot) { lines.append("<p class=\"note\"><strong>\(Self.escape(warning))</strong></p>") }
        if let note = words.zoneChangeNote(snapshot) { lines.append("<p class=\"note\">\(Self.escape(note))</p>") }
        lines += health() + progress() + done() + slipped() + attention() + dueNext() + dependencies() + moves()
        if !summary {
            lines += ["<div class=\"tables\">"] + picture() + snapshot.workstreams.flatMap(milestones) + ["</div>"]
        }
        lines += ["</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The style with the page furniture filled in: title, week, page x of y.
    private func pageStyle() -> String {
        let pageOf = words.say(.pageOf, "\u{1}", "\u{2}").split(separator: "\u{1}", omittingEmptySubsequences: false)
        let (before, rest) = (String(pageOf.first ?? ""), String(pageOf.dropFirst().first ?? ""))
        let parts = rest.split(separator: "\u{2}", omittingEmptySubsequences: false).map(String.init)
        let page = [Self.cssString(before), "counter(page)", Self.cssString(parts.first ?? ""), "counter(pages)", Self.cssString(parts.dropFirst().first ?? "")]
            .filter { $0 != "\"\"" }.joined(separator: " ")
        return Self.style
            .replacingOccurrences(of: "\"%TITLE%\"", with: Self.cssString(words.title(snapshot.title)))
            .replacingOccurrences(of: "\"%WEEK%\"", with: Self.cssString("\(words.week(snapshot.week)) · \(snapshot.week)"))
            .replacingOccurrences(of: "%PAGE%", with: page)
    }

    /// Text as a CSS string literal: terminal-safe, quotes, backslashes and `<` escaped.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in TerminalSafe.escape(text).unicodeScalars {
            switch scalar {
            case "\"", "\\": out += "\\" + String(scalar)
            case "<": out += "\\3C "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Text made safe for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        let safe = TerminalSafe.escape(text)
        guard safe.utf8.contains(where: { "&<>\"'".utf8.contains($0) }) else { return safe }
        var out = ""
        for scalar in safe.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func section(_ heading: String, _ body: [String]) -> [String] {
        ["<section>", "<h2>\(Self.escape(heading))</h2>"] + body + ["</section>"]
    }

    private func paragraph(_ text: String, class name: String) -> String { "<p class=\"\(name)\">\(Self.escape(text))</p>" }

    /// A table; each cell is (class, already-escaped HTML).
    private func table(_ headers: [(String, String)], rows: [(String, [(String, String)])]) -> [String] {
        func cells(_ tag: String, _ items: [(String, String)]) -> String {
            items.map { name, html in "<\(tag)\(name.isEmpty ? "" : " class=\"\(name)\"")>\(html)</\(tag)>" }.joined()
        }
        return ["<table\(rows.count <= 12 ? " class=\"small\"" : "")>", "<thead><tr>\(cells("th", headers))</tr></thead>", "<tbody>"]
            + rows.map { name, items in "<tr\(name.isEmpty ? "" : " class=\"\(name)\"")>\(cells("td", items))</tr>" }
            + ["</tbody>", "</table>"]
    }

    private func progress() -> [String] {
        let headers = [("", Self.escape(words.say(.workstream))), ("num", Self.escape(words.say(.done))), ("num", "%"), ("", "")]
            + Status.allCases.map { ("num", Self.escape(words.status($0))) }
        func row(_ name: String, _ progress: WeeklySnapshot.Progress, class rowClass: String = "") -> (String, [(String, String)]) {
            let bar = "<span class=\"bar\" role=\"img\" aria-label=\"\(progress.percent)%\"><span style=\"width: \(progress.percent)%\"></span></span>"
            return (rowClass, [("", Self.escape(name)), ("num", words.doneOfTotal(progress)), ("num", "\(progress.percent)%"), ("", bar)]
                + progress.counts.map { ("num", String($0)) })
        }
        let rows = [row(words.say(.overall), snapshot.overall, class: "overall")]
            + snapshot.workstreams.map { row(words.title($0.title), $0.progress) }
        return section(words.say(.progress), table(headers, rows: rows))
    }

    private func moves() -> [String] {
        guard snapshot.changesKnownFrom != nil else {
            return section(words.say(.moved), [paragraph(words.say(.noHistory), class: "empty")])
        }
        var body: [String]
        if snapshot.moves.isEmpty {
            body = [paragraph(words.say(.noMoves), class: "empty")]
        } else {
            let headers = [words.say(.id), words.say(.title), words.say(.change)].map { ("", Self.escape($0)) }
            body = table(headers, rows: snapshot.moves.map { move in
                ("", [("nowrap", Self.escape(move.milestone.id)), ("", Self.escape(words.title(move.milestone.title))),
                      ("", Self.escape(words.change(move)))])
            })
        }
        if let note = words.historyNote(snapshot) { body.append(paragraph(note, class: "note")) }
        return section(words.say(.moved), body)
    }

    private func health() -> [String] {
        let highlights = snapshot.highlights
        let headers = [("", ""), ("name", Self.escape(words.say(.workstream))), ("", "")]
        let rows = [("overall flag", [("nowrap", Self.escape(words.health(highlights.overall))), ("", Self.escape(words.say(.overall))), ("", "")])]
            + highlights.workstreams.map { part in
                (part.health == .onTrack ? "" : "flag", [("nowrap", Self.escape(words.health(part.health))), ("", Self.escape(words.title(part.title))),
                                                         ("follow", Self.escape(words.healthReasons(part)))])
            }
        return section(words.say(.health), table(headers, rows: rows))
    }

    private func done() -> [String] {
        let completed = snapshot.highlights.completed
        guard !completed.isEmpty else { return section(words.say(.doneThisWeek), [paragraph(words.say(.noneDone), class: "empty")]) }
        return section(words.say(.doneThisWeek), table([("", Self.escape(words.say(.id))), ("", Self.escape(words.say(.title)))], rows: completed.map {
            ("", [("nowrap", Self.escape($0.id)), ("", Self.escape(words.title($0.title)))])
        }))
    }

    private func slipped() -> [String] {
        let highlights = snapshot.highlights
        let heading = highlights.baseline.map { words.say(.slippedAgainst, $0) } ?? words.say(.slippedThisWeek)
        guard !highlights.slipped.isEmpty else { return section(heading, [paragraph(words.say(.noSlip), class: "empty")]) }
        return section(heading, milestoneTable(middle: words.say(.slip), rows: highlights.slipped.map {
            ($0.milestone, words.days(signed: $0.days), words.followUp($0.milestone, reason: $0.reason, timeZone: snapshot.clock))
        }))
    }

    private func dependencies() -> [String] {
        let links = snapshot.highlights.offTrackLinks
        guard !links.isEmpty else { return section(words.say(.dependencies), [paragraph(words.say(.noDependencies), class: "empty")]) }
        let headers = [words.say(.id), words.say(.title), ""].map { ("", Self.escape($0)) }
        return section(words.say(.dependencies), table(headers, rows: links.map { link in
            ("flag", [("nowrap", Self.escape(link.waiting.id)), ("", Self.escape(words.title(link.waiting.title))),
                      ("follow", Self.escape(words.waitsFor(link.waitsFor.id, link.why)))])
        }))
    }

    private func attention() -> [String] {
        guard !snapshot.attention.isEmpty else { return section(words.say(.attention), [paragraph(words.say(.noAttention), class: "empty")]) }
        return section(words.say(.attention), milestoneTable(middle: words.say(.late), rows: snapshot.attention.map {
            ($0.milestone, $0.daysLate.map(words.late) ?? "", words.followUp($0.milestone, reason: $0.reason, timeZone: snapshot.clock))
        }))
    }

    private func dueNext() -> [String] {
        guard !snapshot.dueNext.isEmpty else { return section(words.say(.dueNext), [paragraph(words.say(.noDueNext), class: "empty")]) }
        return section(words.say(.dueNext), milestoneTable(middle: words.say(.left), rows: snapshot.dueNext.map {
            ($0.milestone, words.dueIn($0.daysLeft), $0.milestone.owner.map { words.say(.ownerNote, $0) })
        }))
    }

    /// The timeline of the quarter around the week, as inline SVG, with its legend.
    private func picture() -> [String] {
        let chart = snapshot.chart
        let heading = words.say(.timeline) + " · " + words.dateRange(chart.first, chart.last)
        guard !chart.groups.isEmpty else { return section(heading, [paragraph(words.say(.chartEmpty), class: "empty")]) }
        let svg = SnapshotSVG(chart: chart, words: words, week: snapshot.week, fiscal: fiscal)
        let more = chart.leftOut > 0 ? [paragraph(words.say(.chartMore, String(chart.leftOut)), class: "note")] : []
        return ["<section class=\"picture\">", "<h2>\(Self.escape(heading))</h2>"] + svg.render()
            + ["<p class=\"legend\">\(svg.legend())</p>"] + more + ["</section>"]
    }

    private func milestones(_ part: WeeklySnapshot.WorkstreamPart) -> [String] {
        let heading = words.title(part.title)
        guard !part.milestones.isEmpty else { return section(heading, [paragraph(words.say(.noMilestones), class: "empty")]) }
        return section(heading, milestoneTable(middle: words.say(.owner), rows: part.milestones.map { ($0, $0.owner ?? "-", nil) }))
    }

    /// ID, status (glyph and word), due, one more column, the title and,
    /// when any row has one, a follow-up (owner, lead, latest reason). Late,
    /// blocked and at-risk rows are bold: marked without colour.
    private func milestoneTable(middle: String, rows: [(WeeklySnapshot.MilestoneRow, String, String?)]) -> [String] {
        let follows = rows.contains { $0.2 != nil }
        let headers = ([words.say(.id), words.say(.status), words.say(.due), middle, words.say(.title)] + (follows ? [""] : []))
            .map { ("", Self.escape($0)) }
        let today = snapshot.asOf
        return table(headers, rows: rows.map { row, value, follow in
            let flagged = row.status == .blocked || row.status == .atRisk || (row.due.map { $0 < today } == true && !row.status.isClosed)
            return (flagged ? "flag" : "", [("nowrap", Self.escape(row.id)), ("nowrap", Self.escape(row.status.glyph(ascii: false) + " " + words.status(row.status))),
                  ("nowrap", Self.escape(row.due.map(words.date) ?? "-")), ("", Self.escape(value)),
                  ("", Self.escape(words.title(row.title)))] + (follows ? [("follow", Self.escape(follow ?? ""))] : []))
        })
    }
}
