/// The snapshot as one self-contained HTML page: inline CSS with print
/// styles, no scripts and no outside assets, `lang` set to the language.
/// Text from the file is made terminal-safe (so control characters show as
/// visible escapes) and HTML-escaped.
struct SnapshotHTMLRenderer {
    var snapshot: WeeklySnapshot
    var words: SnapshotWording

    static let style = """
        body { font-family: "Noto Sans Thai", "Noto Sans JP", "Noto Sans", system-ui, sans-serif; color: #111; \
        max-width: 64em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
        h1 { font-size: 1.5em; margin: 0 0 .25em; }
        h2 { font-size: 1.15em; margin: 1.5em 0 .4em; border-bottom: 1px solid #999; }
        .subtitle { margin: 0; color: #333; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: .2em .6em .2em 0; border-bottom: 1px solid #ddd; }
        th { font-weight: 600; }
        .num { text-align: right; white-space: nowrap; }
        .nowrap { white-space: nowrap; }
        .overall th, .overall td { font-weight: 700; }
        .bar { display: inline-block; width: 6em; height: .7em; border: 1px solid #444; vertical-align: middle; }
        .bar span { display: block; height: 100%; background: #444; }
        .note, .empty { color: #444; font-style: italic; }
        @page { margin: 15mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          h2 { break-after: avoid; }
          tr { break-inside: avoid; }
          .bar, .bar span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """

    func render() -> String {
        var lines = [
            "<!DOCTYPE html>", "<html lang=\"\(words.language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(Self.escape(words.title(snapshot.title))) · \(Self.escape(words.week(snapshot.week)))</title>",
            "<style>", Self.style, "</style>", "</head>", "<body>",
            "<h1>\(Self.escape(words.title(snapshot.title)))</h1>",
            "<p class=\"subtitle\">\(Self.escape([words.say(.reportName), words.week(snapshot.week), words.asOf(snapshot)].joined(separator: " · ")))</p>",
        ]
        lines += progress() + moves() + attention() + dueNext() + snapshot.workstreams.flatMap(milestones)
        lines += ["</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
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
        return ["<table>", "<thead><tr>\(cells("th", headers))</tr></thead>", "<tbody>"]
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

    private func attention() -> [String] {
        guard !snapshot.attention.isEmpty else { return section(words.say(.attention), [paragraph(words.say(.noAttention), class: "empty")]) }
        return section(words.say(.attention), milestoneTable(middle: words.say(.late), rows: snapshot.attention.map {
            ($0.milestone, $0.daysLate.map(words.late) ?? "")
        }))
    }

    private func dueNext() -> [String] {
        guard !snapshot.dueNext.isEmpty else { return section(words.say(.dueNext), [paragraph(words.say(.noDueNext), class: "empty")]) }
        return section(words.say(.dueNext), milestoneTable(middle: words.say(.left), rows: snapshot.dueNext.map {
            ($0.milestone, words.dueIn($0.daysLeft))
        }))
    }

    private func milestones(_ part: WeeklySnapshot.WorkstreamPart) -> [String] {
        let heading = words.title(part.title)
        guard !part.milestones.isEmpty else { return section(heading, [paragraph(words.say(.noMilestones), class: "empty")]) }
        return section(heading, milestoneTable(middle: words.say(.owner), rows: part.milestones.map { ($0, $0.owner ?? "-") }))
    }

    private func milestoneTable(middle: String, rows: [(WeeklySnapshot.MilestoneRow, String)]) -> [String] {
        let headers = [words.say(.id), words.say(.status), words.say(.due), middle, words.say(.title)].map { ("", Self.escape($0)) }
        return table(headers, rows: rows.map { row, value in
            ("", [("nowrap", Self.escape(row.id)), ("nowrap", Self.escape(words.status(row.status))),
                  ("nowrap", Self.escape(row.due.map(words.date) ?? "-")), ("", Self.escape(value)),
                  ("", Self.escape(words.title(row.title)))])
        })
    }
}
