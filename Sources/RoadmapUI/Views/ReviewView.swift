import RoadmapCore

extension AppState {
    /// Why a milestone is in the review.
    func reviewReason(_ milestone: Milestone) -> String {
        var reasons: [String] = []
        if review?.conflicted.contains(milestone.id.lowercased()) == true { reasons.append(UIText.reviewMergedConflict.text(language)) }
        if let note = dueNote(milestone), let due = milestone.due, today.days(until: due) <= 14 { reasons.append(note) }
        if milestone.status == .atRisk || milestone.status == .blocked { reasons.append(StatusText.word(milestone.status, language)) }
        if let location = roadmap.locate(milestone.id) {
            for link in attention.predecessors(of: location) {
                guard let offTrack = link.offTrack else { continue }
                reasons.append(UIText.waitsForOffTrack.text(language, roadmap[link.link.predecessor].id, offTrackText(offTrack)))
            }
        }
        return reasons.joined(separator: " · ")
    }

    /// One milestone of the review, with its place in the queue.
    func drawReview(into grid: inout Grid) {
        guard let review, let id = review.currentID, let location = roadmap.locate(id) else { return }
        let milestone = roadmap[location]
        // After a change a milestone may no longer qualify: say so rather than leave the reason empty.
        let reason = reviewReason(milestone)
        let heading = "\(UIText.reviewTitle.text(language)) \(review.position + 1) \(UIText.of.text(language)) \(review.queue.count) — "
            + (reason.isEmpty ? UIText.reviewNoLonger.text(language) : reason)
        grid.fill(x: 0, y: 2, width: width, style: CellStyle(foreground: .yellow, bold: true, underline: true))
        grid.put(DisplayWidth.truncate(heading, to: width - 2, ellipsis: true), x: 1, y: 2,
                 style: CellStyle(foreground: .yellow, bold: true, underline: true), maxWidth: width - 2)
        drawLines(detailLines(milestone, width: width - 2), from: 0, into: &grid, top: 3)
    }

    /// A box over the screen showing the first unresolved conflict.
    func drawConflict(_ result: MergeResult, into grid: inout Grid) {
        guard let conflict = result.conflicts.first else { return }
        let lines = [
            "\(UIText.conflictTitle.text(language)) (\(result.conflicts.count))",
            "\(conflictSubjectText(conflict)) · \(conflictFieldText(conflict))",
            "\(UIText.mine.text(language)): \(conflictValueText(conflict, conflict.ours))",
            "\(UIText.theirs.text(language)): \(conflictValueText(conflict, conflict.theirs))",
            UIText.conflictKeys.text(language),
        ]
        let boxWidth = min(width - 4, max(40, (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 4))
        let x = (width - boxWidth) / 2, top = max(3, height / 2 - 4)
        let style = CellStyle(bold: true, reverse: true)
        for row in 0..<(lines.count + 2) { grid.fill(x: x, y: top + row, width: boxWidth, style: style) }
        for (i, line) in lines.enumerated() {
            grid.put(line, x: x + 2, y: top + 1 + i, style: style, maxWidth: boxWidth - 4)
        }
    }
}
