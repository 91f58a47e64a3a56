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
        let effects = adoptSaved(onDisk, sent: sent).effects
        if case .conflict = mode { return effects }
        // A merge outside (`roadmap sync`, git's merge driver) met conflicts: each is visited in review.
        if visitInReview(conflicted) {
            message = StatusMessage(text: UIText.mergedConflicts.text(language, conflicted.joined(separator: UIText.listSeparator.text(language))), kind: .error)
        }
        // The programme's clock has no history: a zone set elsewhere is said here, or nowhere.
        if sent.timeZone != onDisk.timeZone {
            let text = onDisk.timeZone.map { UIText.zoneSetOutside.text(language, $0) } ?? UIText.zoneRemovedOutside.text(language)
            message = StatusMessage(text: text, kind: .info)
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

    /// How a version on disk was taken in.
    enum Adoption {
        /// Changes made meanwhile were merged on top: these effects save them (none on a conflict).
        case pending([Effect])
        /// The version on disk is the roadmap now (`upgradedFrom`: the older schema it was written over).
        case adopted(upgradedFrom: Int?)

        var effects: [Effect] {
            if case .pending(let effects) = self { return effects }
            return []
        }
    }

    /// Takes in what a save or a refresh left on disk (`onDisk`, with the
    /// in-memory `sent` merged into it), saying nothing on the status line:
    /// changes made since `sent` are kept on top and saved again; a
    /// conflict among them opens the conflict box.
    mutating func adoptSaved(_ onDisk: Roadmap, sent: Roadmap) -> Adoption {
        let focus = focusedMilestone?.id
        // What the save wrote is what was sent unless it merged in changes
        // made outside: then it is a new version, decoded from the file.
        let outside = !onDisk.isIdentical(to: sent)
        if roadmap != sent {
            // Changed while the save ran. When the disk holds just what was
            // sent, the newer changes already sit on top of it: save again.
            if !outside { return .pending([.save]) }
            // Otherwise keep them on top of what the save merged in.
            let rebased = ThreeWayMerge.merge(base: sent, ours: roadmap, theirs: onDisk, at: clock())
            guard rebased.conflicts.isEmpty else {
                saveProblem = true
                mode = .conflict(rebased, theirs: onDisk)
                return .pending([])
            }
            roadmap = rebased.merged
            resyncWorkstreams()
            if let focus, screen != .review { select(id: focus) }
            return .pending([.save])
        }
        // The store writes the lowest schema that holds the roadmap: say so once, when an older file was upgraded.
        let upgradedFrom = sent.schema < sent.writtenSchema ? sent.schema : nil
        roadmap = onDisk
        if upgradedFrom != nil { roadmap.schema = max(roadmap.schema, sent.writtenSchema) }
        unsaved = false
        saveProblem = false
        if outside {
            resyncWorkstreams()
            if let focus, screen != .review { select(id: focus) }
        }
        return .adopted(upgradedFrom: upgradedFrom)
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
        review.conflicted = Set(queue.map { $0.lowercased() })
        self.review = review
        screen = .review
        return true
    }
}
