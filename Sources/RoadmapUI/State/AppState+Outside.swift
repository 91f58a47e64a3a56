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
        guard !onDisk.isIdentical(to: sent) else { return [] }
        let ids = RoadmapLog.changedMilestones(from: sent, to: onDisk)
        let changes = RoadmapLog.newChanges(from: sent, to: onDisk)
        let keptMessage = message
        let effects = update(.saved(onDisk, sent: sent))
        guard !ids.isEmpty else {
            message = keptMessage
            return effects
        }
        if case .conflict = mode { return effects }
        highlighted = Set(ids.map { $0.lowercased() })
        var authors: [String] = []
        for author in changes.map(\.author) where !authors.contains(author) { authors.append(author) }
        let who = authors.joined(separator: ", ")
        let text: String
        switch changes.count {
        case 0: text = "\(UIText.outsideEdit.text(language)): \(ids.joined(separator: ", "))"
        case 1: text = UIText.outsideChange.text(language, who)
        default: text = UIText.outsideChanges.text(language, "\(changes.count)", who)
        }
        message = StatusMessage(text: text, kind: .info)
        return effects
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
    /// file. Milestones with conflicts are visited in review mode (when
    /// nothing else holds the screen), so each can be kept or set to theirs.
    mutating func syncFinished(_ text: String, succeeded: Bool, conflicts: [String]) -> [Effect] {
        syncing = false
        let queue = conflicts.filter { roadmap.locate($0) != nil }
        if !queue.isEmpty, case .normal = mode, screen != .review {
            var review = Review(queue: queue)
            review.seen.insert(queue[0].lowercased())
            self.review = review
            screen = .review
        }
        message = StatusMessage(text: text, kind: succeeded ? .success : .error)
        return []
    }
}
