import RoadmapCore

/// What another process or office wrote, coming into the open screen: a
/// change to the file noticed while the UI is open, and `roadmap sync` run
/// from the UI (`Y`).
extension AppState {
    /// Takes in the file's new version (`onDisk`, with the in-memory `sent`
    /// merged into it): changes made meanwhile in the UI are kept on top, as
    /// after a save, and the milestones changed from outside are marked,
    /// with "N changes from ‹author›" on the status line.
    mutating func takeOutsideChange(_ onDisk: Roadmap, sent: Roadmap) -> [Effect] {
        guard !onDisk.isIdentical(to: sent) else {
            // Nothing from outside; what was sent is on disk.
            if roadmap == sent { unsaved = false }
            return []
        }
        let ids = RoadmapLog.changedMilestones(from: sent, to: onDisk)
        let changes = RoadmapLog.newChanges(from: sent, to: onDisk)
        let conflicted = RoadmapLog.mergeConflicts(from: sent, to: onDisk)
        // The UI's own message stays (it says what the user just did); the notice goes beside it.
        let keptMessage = message
        let effects = update(.saved(onDisk, sent: sent))
        message = keptMessage
        if case .conflict = mode { return effects }
        // A merge outside (`roadmap sync`, git's merge driver) met conflicts: each is visited in review.
        if visitInReview(conflicted) {
            message = StatusMessage(text: UIText.mergedConflicts.text(language, conflicted.joined(separator: UIText.listSeparator.text(language))), kind: .error)
        }
        guard !ids.isEmpty else { return effects }
        highlighted = Set(ids.map { $0.lowercased() })
        let who = changes.map { $0.entry.by ?? UIText.unknownAuthor.text(language) }.uniqued().joined(separator: ", ")
        switch changes.count {
        case 0: outsideNotice = "\(UIText.outsideEdit.text(language)): \(ids.joined(separator: ", "))"
        case 1: outsideNotice = UIText.outsideChange.text(language, who)
        default: outsideNotice = UIText.outsideChanges.text(language, "\(changes.count)", who)
        }
        return effects
    }

    /// The outside-change notice, at the right of the status row when the
    /// message leaves room for it (the message comes first).
    func drawOutsideNotice(into grid: inout Grid, row: Int) {
        guard let outsideNotice else { return }
        let noticeWidth = DisplayWidth.of(outsideNotice)
        let messageWidth = message.map { DisplayWidth.of($0.text) + 2 } ?? 0
        guard messageWidth + noticeWidth <= width else { return }
        grid.put(outsideNotice, x: width - noticeWidth, y: row, style: CellStyle(foreground: .cyan, bold: true))
    }

    /// `Y`: starts `roadmap sync`, unless one is running.
    mutating func startSync() -> [Effect] {
        guard !syncing else {
            message = StatusMessage(text: UIText.syncBusy.text(language), kind: .info)
            return []
        }
        syncing = true
        message = StatusMessage(text: UIText.syncing.text(language), kind: .info)
        return [.sync]
    }

    /// The sync ended; what it merged arrives as an outside change of the
    /// file. Milestones with conflicts are visited in review mode, so each
    /// can be kept or set to theirs.
    mutating func syncFinished(_ report: SyncReport) -> [Effect] {
        syncing = false
        visitInReview(report.conflicts.map(\.milestoneID))
        message = StatusMessage(text: syncLine(report), kind: report.succeeded ? .success : .error)
        return []
    }

    /// Opens review mode on these milestones (those the roadmap has, each
    /// once), when nothing else holds the screen; whether it did.
    @discardableResult
    mutating func visitInReview(_ ids: [String]) -> Bool {
        let queue = ids.filter { roadmap.locate($0) != nil }.uniqued { $0.lowercased() }
        guard !queue.isEmpty, case .normal = mode, screen != .review else { return false }
        var review = Review(queue: queue)
        review.seen.insert(queue[0].lowercased())
        self.review = review
        screen = .review
        return true
    }
}
