import RoadmapCore

/// Shared pieces of every screen: formatting and fixed rows.
extension AppState {
    func formatDate(_ day: CalendarDay) -> String {
        DateFormatting.format(day, language: language.rawValue, calendar: calendar)
    }

    /// The widest date in the current language and calendar.
    var dateColumnWidth: Int {
        (1...12).map { DisplayWidth.of(formatDate(CalendarDay(year: today.year, month: $0, day: 28)!)) }.max() ?? 10
    }

    /// The colour and weight of a due date: red when late, yellow within 7 days.
    func dueStyle(_ milestone: Milestone) -> CellStyle {
        guard let due = milestone.due, !milestone.status.isClosed else { return .plain }
        let days = today.days(until: due)
        if days < 0 { return CellStyle(foreground: .red, bold: true) }
        if days <= 7 { return CellStyle(foreground: .yellow, bold: true) }
        return .plain
    }

    /// "12 days late", "in 3 days", "due today".
    func dueNote(_ milestone: Milestone) -> String? {
        guard let due = milestone.due, !milestone.status.isClosed else { return nil }
        let days = today.days(until: due)
        if days == -1 { return UIText.oneDayLate.text(language) }
        if days < 0 { return UIText.late.text(language, "\(-days)") }
        if days == 0 { return UIText.dueToday.text(language) }
        return days == 1 ? UIText.inOneDay.text(language) : UIText.daysLeft.text(language, "\(days)")
    }

    func title(_ text: LocalizedText) -> String { text.text(in: language.rawValue) }

    /// The slip against the current baseline as the snapshot words it
    /// (`+45d`, `new`; `+45 วัน`, `+45日`), nil without a baseline.
    func slipText(_ milestone: Milestone) -> String? {
        attention.slipMeter?.slip(of: milestone).text(in: language)
    }

    /// Why a dependency link is off track: "at risk", "overdue since …", "due …, after …".
    func offTrackText(_ reason: Roadmap.OffTrack) -> String {
        switch reason {
        case .status(let status): StatusText.word(status, language)
        case .overdue(let due): UIText.offTrackOverdue.text(language, formatDate(due))
        case .dueTooLate(let due, let date): UIText.offTrackLate.text(language, formatDate(due), formatDate(date))
        }
    }

    /// The glyph beside a milestone that waits for one off track: it must read without colour.
    static let offTrackGlyph = "!"

    /// A progress bar of `width` cells, `done` of `total` filled.
    func bar(done: Int, total: Int, width: Int) -> String {
        let filled = total == 0 ? 0 : Int((Double(done) / Double(total) * Double(width)).rounded())
        let (on, off) = glyphs == .unicode ? ("█", "░") : ("#", "-")
        return String(repeating: on, count: filled) + String(repeating: off, count: width - filled)
    }

    /// Row 0: where you are, and today's date.
    func drawHeader(into grid: inout Grid) {
        grid.fill(x: 0, y: 0, width: width, style: .reverse)
        let right = " \(UIText.asOf.text(language)) \(formatDate(today)) "
        let rightWidth = DisplayWidth.of(right)
        var left = " \(UIText.appName.text(language))"
        switch screen {
        case .overview: left += " · \(title(roadmap.title))"
        case .help: left += " · \(UIText.helpTitle.text(language))"
        case .review: left += " · \(UIText.reviewTitle.text(language))"
        case .timeline: left += " · \(UIText.timelineTitle.text(language))"
        case .log: left += " · \(UIText.logTitle.text(language))" + (logScope.map { " · \($0)" } ?? "")
        case .overdue: left += " · \(UIText.overdueTitle.text(language))"
        default:
            if !roadmap.workstreams.isEmpty {
                left += " · \(workstream + 1) \(title(roadmap.workstreams[workstream].title))"
            }
        }
        grid.put(left, x: 0, y: 0, style: CellStyle(bold: true, reverse: true), cutTo: width - rightWidth - 1)
        grid.put(right, x: max(0, width - rightWidth), y: 0, style: .reverse)
    }

    /// Row 1: one tab per workstream with its progress.
    func drawTabs(into grid: inout Grid) {
        let count = roadmap.workstreams.count
        guard count > 0 else { return }
        let tabWidth = width / count
        for (i, ws) in roadmap.workstreams.enumerated() {
            let x = i * tabWidth
            let style = i == workstream ? CellStyle(bold: true, reverse: true) : .plain
            grid.fill(x: x, y: 1, width: tabWidth - 1, style: style)
            let done = tallies[i].done, total = tallies[i].total
            // Marks on a tab not shown are still acted on: each tab says how many it holds.
            let marks = marked.isEmpty ? 0 : ws.milestones.reduce(0) { $0 + (marked.contains($1.id.lowercased()) ? 1 : 0) }
            let markNote = marks == 0 ? "" : " \(glyphs == .unicode ? "●" : "*")\(marks)"
            // A search covers every tab: each says how many it matches.
            let findNote = filter.isEmpty && leadFilter == nil ? "" : " [\(matchCount(in: i))]"
            let progress = "\(markNote)\(findNote) \(done)/\(total) " + bar(done: done, total: total, width: 5) + " "
            let progressWidth = DisplayWidth.of(progress)
            let label = DisplayWidth.truncate(" \(i + 1) \(title(ws.title))", to: max(0, tabWidth - 1 - progressWidth), ellipsis: true)
            grid.put(label, x: x, y: 1, style: style)
            grid.put(progress, x: x + tabWidth - 1 - progressWidth, y: 1, style: style)
        }
    }

    /// A prompt's label: what it edits, in which form and language, and for
    /// how many milestones when marks make it several.
    func promptLabel(_ prompt: Prompt) -> String {
        switch prompt.purpose {
        case .due, .start:
            let label = (prompt.purpose == .due ? UIText.dueLabel : UIText.startLabel).text(language, dateFormHint)
            return targetIDs.count > 1 ? "\(who(targetIDs)) · \(label)" : label
        case .title: return UIText.titleLabel.text(language, prompt.language?.rawValue ?? UIText.allLanguages.text(language))
        case .owner: return UIText.ownerLabel.text(language)
        case .notes: return UIText.notesLabel.text(language)
        case .filter: return UIText.filterLabel.text(language)
        case .jump: return UIText.jumpLabel.text(language)
        case .add: return UIText.newTitleLabel.text(language)
        case .reason: return UIText.reasonLabel.text(language)
        case .comment: return UIText.commentLabel.text(language)
        case .lead: return UIText.leadLabel.text(language)
        case .depends: return UIText.dependsLabel.text(language)
        case .snapshotPath: return UIText.snapshotPathLabel.text(language)
        }
    }

    /// The last two rows: what happened (or the prompt), and the keys.
    func drawFooter(into grid: inout Grid) {
        let statusRow = height - 2, hintRow = height - 1
        switch mode {
        case .prompt(let prompt):
            // The label leaves room for a date and the cursor; cut, it ends in "…".
            let label = DisplayWidth.truncate(promptLabel(prompt), to: max(0, width - 14), ellipsis: true)
            let labelWidth = grid.put(label, x: 0, y: statusRow, style: .bold)
            let room = width - labelWidth - 1
            // Keep the cursor in view: drop clusters from the front when the text is too wide.
            // Text out of view at either end shows as "…".
            var before = prompt.editor.beforeCursor
            let cutFront = DisplayWidth.of(before) > room - 1
            while DisplayWidth.of(before) > room - 2 && cutFront && !before.isEmpty { before.removeFirst() }
            let after = String(prompt.editor.text.dropFirst(prompt.editor.cursor))
            let beforeWidth = grid.put((cutFront ? "…" : "") + before, x: labelWidth, y: statusRow)
            let cursorX = labelWidth + beforeWidth
            grid.put(after, x: cursorX, y: statusRow, cutTo: max(0, width - cursorX))
            grid.cursor = Grid.Cursor(x: min(cursorX, width - 1), y: statusRow, visible: true)
            if prompt.editor.selected {
                grid.restyle(x: labelWidth, y: statusRow, width: beforeWidth) { $0.reverse = true }
            } else {
                grid.restyle(x: cursorX, y: statusRow, width: 1) { $0.reverse = true }
            }
            if prompt.purpose == .due || prompt.purpose == .start, let message, message.kind == .error {
                grid.put(message.text, x: 0, y: hintRow, style: CellStyle(foreground: .red), cutTo: width)
            } else {
                // Esc at the reason prompt cancels only the reason: the change it follows is made.
                grid.put((prompt.purpose == .reason ? UIText.hintReasonPrompt : UIText.hintPrompt).text(language), x: 0, y: hintRow, style: .dim, cutTo: width)
            }
            return
        case .statusPicker:
            grid.put(UIText.hintPicker.text(language), x: 0, y: statusRow, style: .bold, cutTo: width)
        case .editPicker:
            grid.put(UIText.hintEditPicker.text(language), x: 0, y: statusRow, style: .bold, cutTo: width)
        case .confirm(let confirmation):
            // The question takes the key hint's row too when it needs it: its keys must show.
            let lines = DisplayWidth.wrap(question(confirmation), to: width)
            for (i, line) in lines.prefix(2).enumerated() {
                let text = i == 1 && lines.count > 2 ? DisplayWidth.truncate(line, to: width, ellipsis: true) : line
                grid.put(text, x: 0, y: statusRow + i, style: CellStyle(foreground: .red, bold: true))
            }
            if lines.count > 1 { return }
        case .confirmDelete(let id):
            // Which milestone, by title too: the question must be answerable without looking up.
            let keys = UIText.deleteQuestion.text(language, id)
            let name = roadmap.locate(id).map { TerminalSafe.escape(title(roadmap[$0].title)) } ?? ""
            let room = max(0, width - DisplayWidth.of(keys) - 1)
            let question = name.isEmpty || room < 8 ? keys
                : UIText.deleteQuestion.text(language, "\(id) “\(DisplayWidth.truncate(name, to: room - 3, ellipsis: true))”")
            grid.put(question, x: 0, y: statusRow, style: CellStyle(foreground: .red, bold: true))
        case .confirmRestore:
            // The question first, so it fits; the reason (with the path) below it.
            grid.put("\(UIText.fileMissing.text(language)) — \(UIText.restoreQuestion.text(language))",
                     x: 0, y: statusRow, style: CellStyle(foreground: .red, bold: true))
            grid.put(message?.text ?? "", x: 0, y: hintRow, style: CellStyle(foreground: .red))
            return
        case .conflict:
            grid.put(UIText.conflictKeys.text(language), x: 0, y: statusRow, style: .bold)
        case .normal:
            var room = width
            if !marked.isEmpty && screen != .help && screen != .overview {
                // Marks change what the keys act on: say so on every screen that acts on them.
                let note = " \(marked.count) \(UIText.marked.text(language)) "
                room = max(0, width - DisplayWidth.of(note) - 1)
                grid.put(note, x: room + 1, y: statusRow, style: .reverse)
            } else {
                drawOutsideNotice(into: &grid, row: statusRow)
            }
            if let message {
                let style: CellStyle = switch message.kind {
                case .info: .plain
                case .success: CellStyle(foreground: .green)
                case .error: CellStyle(foreground: .red, bold: true)
                }
                grid.put(DisplayWidth.truncate(message.text, to: room, ellipsis: true), x: 0, y: statusRow, style: style)
            } else if screen == .list && (!filter.isEmpty || leadFilter != nil) {
                var parts: [String] = []
                let all = (0..<roadmap.workstreams.count).reduce(0) { $0 + matchCount(in: $1) }
                if !filter.isEmpty { parts.append("\(UIText.filterLabel.text(language))\(filter) (\(UIText.matchesHere.text(language, "\(rowCount)", "\(all)")))") }
                if let leadFilter { parts.append("\(UIText.leadFilterLabel.text(language))\(UIText.leadSide(leadFilter).text(language)) (\(rowCount))") }
                grid.put(parts.joined(separator: " · "), x: 0, y: statusRow, maxWidth: room)
            } else if screen == .timeline, let milestone = selectedMilestone {
                grid.put(timelineSummary(milestone), x: 0, y: statusRow, style: dueStyle(milestone), maxWidth: room)
            }
        }
        let hint: UIText = switch screen {
        case .list: .hintList
        case .detail: .hintDetail
        case .overview: .hintOverview
        case .help: .hintHelp
        case .review: .hintReview
        case .timeline: .hintTimeline
        case .log: .hintLog
        case .overdue: .hintOverdue
        }
        grid.put(keyMap.relabel(hint.text(language)), x: 0, y: hintRow, style: .dim, cutTo: width)
    }
}
