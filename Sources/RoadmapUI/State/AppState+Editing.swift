import RoadmapCore

extension AppState {
    /// Changes milestones by id, records one undoable edit, and asks for a save.
    /// `field` and `at` name the one field set and when, so that quick
    /// changes of it coalesce (``Edit/coalescing(_:)``).
    mutating func change(
        _ ids: [String], label: String, field: MilestoneField? = nil, at time: Timestamp? = nil,
        _ body: (inout Milestone) throws(RoadmapError) -> Void
    ) -> [Effect] {
        var items: [Edit.Item] = []
        do {
            for id in ids {
                guard let location = roadmap.locate(id) else { continue }
                let before = roadmap[location]
                var after = before
                try body(&after)
                guard after != before else { continue }
                roadmap[location] = after
                items.append(Edit.Item(id: before.id, workstream: location.workstream, index: location.milestone, before: before, after: after))
            }
        } catch {
            // Undo what this edit already did, so it stays all or nothing.
            _ = Edit(label: label, items: items).inverse.apply(to: &roadmap)
            message = StatusMessage(text: error.description, kind: .error)
            return []
        }
        guard !items.isEmpty else { return [] }
        return record(Edit(label: label, items: items, field: field, at: time))
    }

    /// Pushes an applied edit on the undo stack and asks for a save. An edit
    /// that continues the last one (``Edit/coalescing(_:)``) replaces it, so
    /// four presses of `s` are one history entry and one undo.
    mutating func record(_ edit: Edit) -> [Effect] {
        // What this change found and left, whatever it is folded into: the counts move on from it.
        let applied = edit
        var edit = edit
        if var merged = undoStack.last?.coalescing(edit) {
            undoStack.removeLast()
            for item in merged.items {
                if let after = item.after, let location = roadmap.locate(item.id) { roadmap[location] = after }
            }
            merged.items.removeAll { $0.before == $0.after }
            // Back where it started: nothing left to record or undo.
            guard !merged.items.isEmpty else {
                redoStack.removeAll()
                message = StatusMessage(text: "\(edit.label) · \(UIText.netUnchanged.text(language))", kind: .info)
                unsaved = true
                recount()
                refilter()
                return [.save]
            }
            edit = merged
        }
        undoStack.append(edit)
        redoStack.removeAll()
        if let review {
            self.review?.changed.formUnion(edit.items.map { $0.id.lowercased() }.filter { review.queue.map { $0.lowercased() }.contains($0) })
        }
        message = StatusMessage(text: edit.label, kind: .info)
        unsaved = true
        recount(after: applied)
        refilter()
        return [.save]
    }

    /// Sets what the focused milestone waits for from typed ids (separated by
    /// commas or spaces, any case), refusing unknown ids, itself and cycles
    /// with the problem on the status line.
    mutating func setDepends(_ text: String) -> [Effect] {
        guard let focused = focusedMilestone, let location = roadmap.locate(focused.id) else { return [] }
        var ids: [String] = []
        for typed in text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) {
            // The file's own spelling of each id; an unknown one is kept for the check to name it.
            ids.append(roadmap.locate(typed).map { roadmap[$0].id } ?? typed)
        }
        var trial = roadmap
        trial[location].depends = ids
        if let problem = trial.dependencyProblems.first {
            message = StatusMessage(text: UIText.dependencyProblem.text(language, problem.message), kind: .error)
            return []
        }
        return set(.depends, to: ids.joined(separator: ","), ids: [focused.id])
    }

    /// Sets a field on the target milestones, then, when `askingWhy`, asks why
    /// if the change calls for a reason. The quick keys (`s`, `S`, `+`, `-`)
    /// never ask: a prompt would swallow the next press; `c` adds a reason after.
    mutating func set(_ field: MilestoneField, to value: String?, ids: [String], askingWhy: Bool = true) -> [Effect] {
        set(field, ids: ids, label: describe(field, value: value, ids: ids), askingWhy: askingWhy) { _ in value }
    }

    /// Sets a field on each target milestone to the value `value` gives for it
    /// (a status after its own, a date moved from its own).
    mutating func set(
        _ field: MilestoneField, ids: [String], label: String, askingWhy: Bool = true, value: (Milestone) -> String?
    ) -> [Effect] {
        let time = clock(), author = self.author
        let effects = change(ids, label: label, field: field, at: time) { (milestone: inout Milestone) throws(RoadmapError) in
            try milestone.set(field, to: value(milestone), at: time, by: author)
            if field == .start || field == .due { try milestone.checkDates() }
        }
        // Only when this change is on top of the undo stack: one that undid the last leaves none.
        if askingWhy && !effects.isEmpty && undoStack.last?.at == time && undoStack.last?.field == field { askReasonIfNeeded(field) }
        return effects
    }

    /// Opens the reason prompt after a status was set to at risk, blocked or
    /// dropped, or a due date typed for a milestone of the current baseline.
    private mutating func askReasonIfNeeded(_ field: MilestoneField) {
        guard let edit = undoStack.last else { return }
        let needed = switch field {
        case .status: edit.items.contains { [.atRisk, .blocked, .dropped].contains($0.after?.status) }
        case .due: edit.items.contains { roadmap.currentBaseline?.entry(for: $0.id) != nil }
        default: false
        }
        if needed { mode = .prompt(Prompt(purpose: .reason, editor: LineEditor())) }
    }

    /// Stores `reason` on the history entry each milestone of the last edit
    /// just got, amending that edit so that one undo takes back both.
    mutating func attachReason(_ reason: String) -> [Effect] {
        let line = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !line.isEmpty, var edit = undoStack.last else { return [] }
        var amended = Edit(label: edit.label, items: [])
        for i in edit.items.indices {
            guard var after = edit.items[i].after, !after.history.isEmpty, let location = roadmap.locate(after.id),
                  roadmap[location] == after else { continue }
            amended.items.append(Edit.Item(id: after.id, workstream: location.workstream, index: location.milestone, before: after, after: nil))
            after.history[after.history.count - 1].reason = line
            roadmap[location] = after
            edit.items[i].after = after
            amended.items[amended.items.count - 1].after = after
        }
        undoStack[undoStack.count - 1] = edit
        // The counts hold copies of milestones (the next due): bring them up to date too.
        recount(after: amended)
        message = StatusMessage(text: "\(edit.label) · \(UIText.reasonWord.text(language)): \(line)", kind: .info)
        unsaved = true
        return [.save]
    }

    /// Appends a status update to the focused milestone, as one undoable change.
    mutating func addComment(_ text: String) -> [Effect] {
        guard let focused = focusedMilestone else { return [] }
        let time = clock(), author = self.author
        return change([focused.id], label: "\(focused.id): \(UIText.commented.text(language))") { (milestone: inout Milestone) throws(RoadmapError) in
            try milestone.comment(text, at: time, by: author)
        }
    }

    func describe(_ field: MilestoneField, value: String?, ids: [String]) -> String {
        changeText(ids, field, recordedValue(value, field: field.description) ?? "–")
    }

    /// "SC2", or "3 milestones" for a change to several.
    func who(_ ids: [String]) -> String {
        ids.count == 1 ? ids[0] : UIText.milestoneCount.text(language, "\(ids.count)")
    }

    /// Moves the due date of the target milestones by `days` (from today when unset).
    mutating func shiftDue(by days: Int) -> [Effect] {
        let today = self.today, ids = targetIDs
        return set(.due, ids: ids, label: changeText(ids, .due, "\(days > 0 ? "+" : "")\(days)d", to: false), askingWhy: false) {
            ($0.due ?? today).adding(days: days).description
        }
    }

    /// Moves each target milestone to the status after (or before) its own.
    /// Dropped ones are left alone: only `=` then `x` drops, or takes back.
    mutating func cycleStatus(forward: Bool) -> [Effect] {
        let ids = targetIDs.filter { id in roadmap.locate(id).map { roadmap[$0].status != .dropped } ?? false }
        guard !ids.isEmpty else {
            message = StatusMessage(text: UIText.droppedStays.text(language), kind: .info)
            return []
        }
        let step = { (milestone: Milestone) in (forward ? milestone.status.next : milestone.status.previous) ?? milestone.status }
        let label: String
        if ids.count == 1, let location = roadmap.locate(ids[0]) {
            label = describe(.status, value: step(roadmap[location]).rawValue, ids: ids)
        } else {
            label = changeText(ids, .status, UIText.eachOwnNext.text(language))
        }
        return set(.status, ids: ids, label: label, askingWhy: false) { step($0).rawValue }
    }

    mutating func undo() -> [Effect] {
        replay(from: \.undoStack, to: \.redoStack, inverted: true, empty: .nothingToUndo, done: .undone)
    }

    mutating func redo() -> [Effect] {
        replay(from: \.redoStack, to: \.undoStack, inverted: false, empty: .nothingToRedo, done: .redone)
    }

    /// Takes the last edit off one stack, applies it (or its inverse) when the
    /// milestones are still as it left them, and puts it on the other stack.
    private mutating func replay(
        from source: WritableKeyPath<AppState, [Edit]>, to target: WritableKeyPath<AppState, [Edit]>,
        inverted: Bool, empty: UIText, done: UIText
    ) -> [Effect] {
        guard let edit = self[keyPath: source].popLast() else {
            message = StatusMessage(text: empty.text(language), kind: .info)
            return []
        }
        let stale = (inverted ? edit.inverse : edit).apply(to: &roadmap)
        guard stale.isEmpty else {
            message = StatusMessage(text: "\(UIText.cannotUndoChanged.text(language)): \(stale.joined(separator: ", "))", kind: .error)
            return []
        }
        self[keyPath: target].append(edit)
        message = StatusMessage(text: "\(done.text(language)): \(edit.label)", kind: .info)
        unsaved = true
        afterStructuralChange(focus: edit.items.first?.id, after: inverted ? edit.inverse : edit)
        return [.save]
    }

    /// After milestones were added or removed (or `edit` was applied):
    /// keep lists, marks and selection valid.
    mutating func afterStructuralChange(focus id: String?, after edit: Edit? = nil) {
        resyncWorkstreams(after: edit)
        if let id, roadmap.locate(id) != nil, screen != .review { select(id: id) }
    }

    mutating func addMilestone(title: String) -> [Effect] {
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            message = StatusMessage(text: UIText.emptyTitle.text(language), kind: .error)
            return []
        }
        guard !roadmap.workstreams.isEmpty else { return [] }
        let text = LocalizedText(translations: [.init(language: language.rawValue, text: title)])
        let location = roadmap.addMilestone(to: workstream, title: text, at: clock(), by: author)
        let milestone = roadmap[location]
        let edit = Edit(label: "\(UIText.added.text(language)) \(milestone.id)", items: [
            Edit.Item(id: milestone.id, workstream: location.workstream, index: location.milestone, before: nil, after: milestone),
        ])
        filter = ""
        let effects = record(edit)
        select(id: milestone.id)
        return effects
    }

    mutating func deleteMilestone(id: String) -> [Effect] {
        guard let location = roadmap.locate(id) else { return [] }
        let milestone = roadmap.removeMilestone(at: location)
        marked.remove(milestone.id.lowercased())
        let edit = Edit(label: "\(UIText.deleted.text(language)) \(milestone.id)", items: [
            Edit.Item(id: milestone.id, workstream: location.workstream, index: location.milestone, before: milestone, after: nil),
        ])
        let effects = record(edit)
        clampSelection()
        return effects
    }
}
