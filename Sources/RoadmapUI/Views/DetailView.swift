import RoadmapCore

extension AppState {
    /// The lines describing one milestone, wrapped to `width`: every title
    /// language, status, due, owner, notes and history (newest first).
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
        let labels = [UIText.statusField, .dueField, .ownerField, .startField].map { $0.text(language) }
        let labelWidth = (labels + [UIText.notes.text(language)]).map { DisplayWidth.of($0) }.max()! + 2
        func field(_ label: String, _ value: String, _ style: CellStyle = .plain) {
            lines.append((DisplayWidth.pad(label, to: labelWidth, ellipsis: false) + value, style))
        }
        field(labels[0], "\(StatusText.glyph(milestone.status, glyphs)) \(StatusText.word(milestone.status, language))",
              CellStyle(foreground: StatusText.color(milestone.status)))
        if let start = milestone.start { field(labels[3], formatDate(start)) }
        let due = milestone.due.map { formatDate($0) + (dueNote(milestone).map { " (\($0))" } ?? "") } ?? "–"
        field(labels[1], due, dueStyle(milestone))
        field(labels[2], TerminalSafe.escape(milestone.owner ?? "–"))
        if let notes = milestone.notes {
            let wrapped = TerminalSafe.escapedLines(notes).flatMap { DisplayWidth.wrap($0, to: max(1, width - labelWidth)) }
            for (i, line) in wrapped.enumerated() {
                lines.append(((i == 0 ? DisplayWidth.pad(UIText.notes.text(language), to: labelWidth, ellipsis: false)
                               : String(repeating: " ", count: labelWidth)) + line, .plain))
            }
        }
        lines.append(("", .plain))
        lines.append((UIText.history.text(language), .bold))
        if milestone.history.isEmpty {
            lines.append(("  " + UIText.noHistory.text(language), .dim))
        }
        for entry in milestone.history.reversed() {
            let time = entry.at.description.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "")
            let change = "\(entry.from ?? "∅") → \(entry.to ?? "∅")"
            let text = "  \(time.prefix(16))  \(entry.field)  \(TerminalSafe.escape(change))"
            for (i, line) in DisplayWidth.wrap(text, to: width).enumerated() {
                lines.append((i == 0 ? line : "                    " + line, .plain))
            }
        }
        return lines
    }

    /// The detail screen of the selected milestone.
    func drawDetail(into grid: inout Grid) {
        guard let milestone = selectedMilestone else { return }
        drawLines(detailLines(milestone, width: width - 2), from: detailScroll, into: &grid, top: 2)
    }

    /// Draws lines into rows `top` … height-3, starting at line `offset`.
    func drawLines(_ lines: [(String, CellStyle)], from offset: Int, into grid: inout Grid, top: Int) {
        let room = height - 2 - top
        let start = max(0, min(offset, lines.count - room))
        for (i, (text, style)) in lines.dropFirst(start).prefix(room).enumerated() {
            grid.put(text, x: 1, y: top + i, style: style, maxWidth: width - 2)
        }
    }
}
