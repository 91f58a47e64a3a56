import Foundation

/// The snapshot as GitHub-flavoured Markdown: a heading per section and a
/// table per list. Text from the file is made terminal-safe and its
/// Markdown punctuation (`|`, `*`, `_`, `` ` ``, …) backslash-escaped.
struct SnapshotMarkdownRenderer {
    var snapshot: WeeklySnapshot
    var words: SnapshotWording
    /// Page one alone (the highlights), without the workstreams' tables.
    var summary = false

    func render() -> String {
        var blocks = [header(), health(), progress(), done(), slipped(), attention(), dueNext(), dependencies(), moves()]
        if !summary { blocks += snapshot.workstreams.map(milestones) }
        if let timeline = snapshot.timeline { blocks.append(self.timeline(timeline)) }
        return blocks.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
    }

    /// Text safe to put anywhere in a Markdown line, table cells included.
    static func escape(_ text: String) -> String {
        let safe = TerminalSafe.escape(text)
        guard safe.utf8.contains(where: punctuation.contains) else { return safe }
        var out = String.UnicodeScalarView()
        for scalar in safe.unicodeScalars {
            if scalar.isASCII && punctuation.contains(UInt8(scalar.value)) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    /// The ASCII punctuation that means something to Markdown.
    private static let punctuation = Set("\\`*_[]<>|#&~".utf8)

    private func table(_ headers: [String], alignRight: Set<Int> = [], rows: [[String]]) -> [String] {
        let rule = headers.indices.map { alignRight.contains($0) ? "---:" : "---" }
        return ([headers, rule] + rows).map { "| " + $0.joined(separator: " | ") + " |" }
    }

    private func header() -> [String] {
        ["# " + Self.escape(words.title(snapshot.title)), "",
         [words.say(.reportName), "**\(Self.escape(words.week(snapshot.week)))**",
          Self.escape(words.asOf(snapshot))].joined(separator: " · "), "", Self.escape(words.fiscalYears(snapshot.week))]
            + (snapshot.notes.map { ["", "_\(Self.escape($0))_"] } ?? [])
            + (words.beforeHistoryWarning(snapshot).map { ["", "**\(Self.escape($0))**"] } ?? [])
            + (words.zoneChangeNote(snapshot).map { ["", Self.escape($0)] } ?? [])
    }

    private func health() -> [String] {
        let highlights = snapshot.highlights
        let rows = [[Self.escape(words.health(highlights.overall)), "**\(Self.escape(words.say(.overall)))**", ""]]
            + highlights.workstreams.map { [Self.escape(words.health($0.health)), Self.escape(words.title($0.title)), Self.escape(words.healthReasons($0))] }
        return ["## " + words.say(.health), ""] + table(["", words.say(.workstream), ""], rows: rows)
    }

    private func done() -> [String] {
        let completed = snapshot.highlights.completed
        guard !completed.isEmpty else { return ["## " + words.say(.doneThisWeek), "", "_\(words.say(.noneDone))_"] }
        return ["## " + words.say(.doneThisWeek), ""] + completed.map { "- \(Self.escape($0.id)) \(Self.escape(words.title($0.title)))" }
    }

    private func slipped() -> [String] {
        let highlights = snapshot.highlights
        let heading = "## " + (highlights.baseline.map { words.say(.slippedAgainst, Self.escape($0)) } ?? words.say(.slippedThisWeek))
        guard !highlights.slipped.isEmpty else { return [heading, "", "_\(words.say(.noSlip))_"] }
        return [heading, ""] + table([words.say(.id), words.say(.status), words.say(.due), words.say(.slip), words.say(.title), ""], rows: highlights.slipped.map {
            [Self.escape($0.milestone.id), Self.escape(words.status($0.milestone.status)), Self.escape(words.date($0.milestone.due)),
             Self.escape(words.days(signed: $0.days)), Self.escape(words.title($0.milestone.title)),
             Self.escape(words.followUp($0.milestone, reason: $0.reason, timeZone: snapshot.clock) ?? "")]
        })
    }

    private func dependencies() -> [String] {
        let links = snapshot.highlights.offTrackLinks
        guard !links.isEmpty else { return ["## " + words.say(.dependencies), "", "_\(words.say(.noDependencies))_"] }
        return ["## " + words.say(.dependencies), ""] + links.map {
            "- \(Self.escape($0.waiting.id)) \(Self.escape(words.title($0.waiting.title))): \(Self.escape(words.waitsFor($0.waitsFor.id, $0.why)))"
        }
    }

    private func progress() -> [String] {
        let headers = [words.say(.workstream), words.say(.done), words.say(.percent)] + Status.allCases.map(words.status)
        func row(_ name: String, _ progress: WeeklySnapshot.Progress) -> [String] {
            [name, words.doneOfTotal(progress), "\(progress.percent)% `\(SnapshotWording.bar(percent: progress.percent, width: 10))`"]
                + progress.counts.map(String.init)
        }
        let rows = [row("**\(Self.escape(words.say(.overall)))**", snapshot.overall)]
            + snapshot.workstreams.map { row(Self.escape(words.title($0.title)), $0.progress) }
        return ["## " + words.say(.progress), ""] + table(headers, alignRight: Set(1..<headers.count), rows: rows)
            + ["", Self.escape(words.sinceLastWeek(snapshot.overall, snapshot.highlights.previous))]
    }

    private func moves() -> [String] {
        var lines = ["## " + words.say(.moved), ""]
        guard snapshot.changesKnownFrom != nil else { return lines + ["_\(words.say(.noHistory))_"] }
        if snapshot.moves.isEmpty {
            lines.append("_\(words.say(.noMoves))_")
        } else {
            lines += table([words.say(.id), words.say(.title), words.say(.change)], rows: snapshot.moves.map {
                [Self.escape($0.milestone.id), Self.escape(words.title($0.milestone.title)), Self.escape(words.change($0))]
            })
        }
        if let note = words.historyNote(snapshot) { lines += ["", "_\(Self.escape(note))_"] }
        return lines
    }

    private func attention() -> [String] {
        let lines = ["## " + words.say(.attention), ""]
        guard !snapshot.attention.isEmpty else { return lines + ["_\(words.say(.noAttention))_"] }
        return lines + milestoneTable(middle: words.say(.late), rows: snapshot.attention.map {
            ($0.milestone, $0.daysLate.map(words.late) ?? "", words.followUp($0.milestone, reason: $0.reason, timeZone: snapshot.clock))
        })
    }

    private func dueNext() -> [String] {
        let lines = ["## " + words.say(.dueNext), ""]
        guard !snapshot.dueNext.isEmpty else { return lines + ["_\(words.say(.noDueNext))_"] }
        return lines + milestoneTable(middle: words.say(.left), rows: snapshot.dueNext.map {
            ($0.milestone, words.dueIn($0.daysLeft), $0.milestone.owner.map { words.say(.ownerNote, $0) })
        })
    }

    private func milestones(_ part: WeeklySnapshot.WorkstreamPart) -> [String] {
        let lines = ["## " + Self.escape(words.title(part.title)), ""]
        guard !part.milestones.isEmpty else { return lines + ["_\(words.say(.noMilestones))_"] }
        return lines + milestoneTable(middle: words.say(.owner), rows: part.milestones.map { ($0, $0.owner ?? "-", nil) })
    }

    /// The timeline picture as it is, in a fenced code block whose fence is
    /// longer than any run of backticks inside it.
    private func timeline(_ lines: [String]) -> [String] {
        var longest = 0
        for line in lines {
            var run = 0
            for character in line {
                run = character == "`" ? run + 1 : 0
                longest = max(longest, run)
            }
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return ["## " + words.say(.timeline), "", fence] + lines + [fence]
    }

    /// ID, status, due, one more column, the title and, when any row has
    /// one, a follow-up (owner, lead, latest reason).
    private func milestoneTable(middle: String, rows: [(WeeklySnapshot.MilestoneRow, String, String?)]) -> [String] {
        let follows = rows.contains { $0.2 != nil }
        return table([words.say(.id), words.say(.status), words.say(.due), middle, words.say(.title)] + (follows ? [""] : []), rows: rows.map { row, value, follow in
            ([row.id, words.status(row.status), row.due.map(words.date) ?? "-", value, words.title(row.title)] + (follows ? [follow ?? ""] : [])).map(Self.escape)
        })
    }
}
