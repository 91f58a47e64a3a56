import RoadmapCore

extension AppState {
    /// The lines describing one milestone, wrapped to `width`: every title
    /// language, status, dates, slip, owner, lead, dependencies, the latest
    /// reason or update, notes, and history (newest first) with who and why.
    func detailLines(_ milestone: Milestone, width: Int) -> [(String, CellStyle)] {
        var lines: [(String, CellStyle)] = []
        let location = roadmap.locate(milestone.id)
        let wsTitle = location.map { title(roadmap.workstreams[$0.workstream].title) } ?? ""
        lines.append(("\(milestone.id) · \(wsTitle)", .bold))
        if let translations = milestone.title.translations {
            for t in translations {
                for (i, line) in DisplayWidth.wrap(TerminalSafe.escape(t.text), to: width - 6).enumerated() {
                    lines.append(((i == 0 ? "  \(t.language)  " : "      ") + line, t.language == language.rawValue ? .bold : .plain))
                }
            }
        } else {
            for line in DisplayWidth.wrap(TerminalSafe.escape(milestone.title.text(in: "")), to: width - 2) {
                lines.append(("  " + line, .bold))
            }
        }
        lines.append(("", .plain))
        // Each field as a label and its lines; the labels take the width of the longest shown.
        var fields: [(label: String, lines: [String], style: CellStyle)] = []
        func field(_ label: FieldWord, _ lines: [String], _ style: CellStyle = .plain) { fields.append((label.label(in: language), lines, style)) }
        field(.status, ["\(StatusText.glyph(milestone.status, glyphs)) \(StatusText.word(milestone.status, language))"],
              CellStyle(foreground: StatusText.color(milestone.status)))
        if let start = milestone.start { field(.start, [formatDate(start)]) }
        field(.due, [milestone.due.map { formatDate($0) + (dueNote(milestone).map { " (\($0))" } ?? "") } ?? "–"], dueStyle(milestone))
        if let baseline = roadmap.currentBaseline, let slip = slipText(milestone) {
            field(.slip, ["\(slip) \(UIText.againstBaseline.text(language, TerminalSafe.escape(baseline.name)))"],
                  milestone.slip(against: baseline).isLate ? CellStyle(foreground: .yellow) : .plain)
        }
        field(.owner, [TerminalSafe.escape(milestone.owner ?? "–")])
        if let lead = milestone.lead { field(.lead, [UIText.leadSide(lead).text(language)]) }
        if let location {
            let waits = attention.predecessors(of: location), holds = attention.successors(of: location)
            if !waits.isEmpty {
                field(.waitsFor, waits.map { linkLine($0, other: $0.link.predecessor, offTrack: true) },
                      waits.contains { $0.offTrack != nil } ? CellStyle(foreground: .red) : .plain)
            }
            if !holds.isEmpty { field(.holdsUp, holds.map { linkLine($0, other: $0.link.successor, offTrack: false) }) }
        }
        if let latest = milestone.latestExplanation {
            fields.append((UIText.latest.text(language), [TerminalSafe.escape(latest.explanationText ?? "") + authorSuffix(latest)], .plain))
        }
        if let notes = milestone.notes { field(.notes, TerminalSafe.escapedLines(notes)) }
        let labelWidth = fields.map { DisplayWidth.of($0.label) }.max()! + 2
        for (label, values, style) in fields {
            let wrapped = values.flatMap { DisplayWidth.wrap($0, to: max(1, width - labelWidth)) }
            for (i, line) in wrapped.enumerated() {
                lines.append(((i == 0 ? DisplayWidth.pad(label, to: labelWidth, ellipsis: false) : String(repeating: " ", count: labelWidth)) + line, style))
            }
        }
        lines.append(("", .plain))
        // Each time on the clock in force when the change was made (the report's rule), with its zone when that
        // is not today's clock, which the heading names (as `roadmap show`), in the language and calendar of
        // the values beside them; as wide as the widest, so the changes line up.
        let clock = HistoryClock(roadmap)
        lines.append((FieldWord.history.label(in: language) + (milestone.history.isEmpty ? "" : " · " + clock.note(in: language)), .bold))
        if milestone.history.isEmpty {
            lines.append(("  " + UIText.noHistory.text(language), .dim))
        }
        let words = ValueWording(language: language, calendar: calendar)
        let stamps = milestone.history.reversed().map { clock.time($0.at, values: words) }
        let stampWidth = stamps.map(DisplayWidth.of).max() ?? 0
        for (entry, stamp) in zip(milestone.history.reversed(), stamps) {
            let time = "  \(DisplayWidth.pad(stamp, to: stampWidth, ellipsis: false))  "
            var text = ""
            if entry.isComment {
                text += "\(UIText.update.text(language))  \(TerminalSafe.escape(entry.to ?? ""))"
            } else {
                let from = recordedValue(entry.from, field: entry.field) ?? "∅", to = recordedValue(entry.to, field: entry.field) ?? "∅"
                text += "\(TerminalSafe.escape(FieldWord.historyField(entry.field, in: language)))  \(from) → \(to)"
            }
            text += authorSuffix(entry)
            if let reason = entry.reason { text += " · \(UIText.reasonWord.text(language)): \(TerminalSafe.escape(reason))" }
            // The text wraps beside the time, so a continued line is as wide as the first.
            let indent = DisplayWidth.of(time)
            for (i, line) in DisplayWidth.wrap(text, to: max(1, width - indent)).enumerated() {
                lines.append(((i == 0 ? time : String(repeating: " ", count: indent)) + line, .plain))
            }
        }
        return lines
    }

    /// One dependency in the detail: the milestone at the other end, why the
    /// link is off track (for what it waits for), and whether it is in another workstream.
    private func linkLine(_ link: Attention.Link, other: Roadmap.Location, offTrack showReason: Bool) -> String {
        let milestone = roadmap[other]
        var text = "\(link.offTrack == nil ? "" : Self.offTrackGlyph + " ")\(milestone.id) \(TerminalSafe.escape(title(milestone.title)))"
        if showReason, let reason = link.offTrack { text += " — \(UIText.offTrack.text(language)): \(offTrackText(reason))" }
        if link.link.crossesWorkstreams { text += " \(UIText.otherWorkstream.text(language))" }
        return text
    }

    /// " — author" when the entry says who made it.
    private func authorSuffix(_ entry: HistoryEntry) -> String {
        entry.by.map { " — \(TerminalSafe.escape($0))" } ?? ""
    }

    /// The detail screen of the selected milestone.
    func drawDetail(into grid: inout Grid) {
        guard let milestone = selectedMilestone else { return }
        drawLines(detailLines(milestone, width: width - 2), from: detailScroll, into: &grid, top: 2)
    }

    /// Draws lines into rows `top` … height-3, starting at line `offset`;
    /// when more lines follow, the last row says how many (↓ scrolls).
    func drawLines(_ lines: [(String, CellStyle)], from offset: Int, into grid: inout Grid, top: Int) {
        let room = height - 2 - top
        let start = max(0, min(offset, lines.count - room))
        let below = lines.count - start - room
        for (i, (text, style)) in lines.dropFirst(start).prefix(below > 0 ? room - 1 : room).enumerated() {
            grid.put(text, x: 1, y: top + i, style: style, maxWidth: width - 2)
        }
        if below > 0, room > 0 {
            grid.put(UIText.more.text(language, "\(below + 1)"), x: 1, y: top + room - 1, style: .dim)
        }
    }
}
