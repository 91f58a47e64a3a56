import RoadmapCore

extension AppState {
    /// Turns one message into the next state, returning the effects to run.
    public mutating func update(_ message: Message) -> [Effect] {
        let effects = apply(message)
        if screen == .log { listLog() }
        return effects
    }

    private mutating func apply(_ message: Message) -> [Effect] {
        switch message {
        case .key(let key):
            outsideNotice = nil
            let wasQuitRequested = quitRequested
            let effects = handle(key)
            if wasQuitRequested { quitRequested = false }
            return effects
        case .mouse(let event):
            outsideNotice = nil
            return handleMouse(event)
        case .resize(let width, let height):
            self.width = width
            self.height = height
            clampSelection()
            return []
        case .saved(let onDisk, let sent):
            let outside = !onDisk.isIdentical(to: sent)
            let alreadySaid = !unsaved && !outside && self.message?.kind == .success
            let adoption = adoptSaved(onDisk, sent: sent)
            guard case .adopted(let upgradedFrom) = adoption else { return adoption.effects }
            if let upgradedFrom {
                self.message = StatusMessage(text: UIText.saved.text(language) + " · "
                    + UIText.upgradedFile.text(language, "\(upgradedFrom)", "\(roadmap.schema)"), kind: .success)
            } else if !alreadySaid {
                let text = self.message?.kind == .info ? "\(self.message!.text) · " : ""
                self.message = StatusMessage(text: text + UIText.saved.text(language) + (outside ? " " + UIText.outsideMerged.text(language) : ""), kind: .success)
            }
            return []
        case .saveFailed(let reason):
            unsaved = true
            saveProblem = true
            self.message = StatusMessage(text: "\(UIText.notSaved.text(language)): \(reason) — Ctrl-S retries", kind: .error)
            return []
        case .conflict(let result, let theirs):
            saveProblem = true
            mode = .conflict(result, theirs: theirs)
            return []
        case .fileMissing(let reason):
            unsaved = true
            saveProblem = true
            mode = .confirmRestore
            self.message = StatusMessage(text: "\(UIText.fileMissing.text(language)): \(reason)", kind: .error)
            return []
        case .snapshotWritten, .snapshotExists, .snapshotFailed:
            snapshotOutcome(message)
            return []
        case .reloaded(let onDisk, let sent): return takeOutsideChange(onDisk, sent: sent)
        case .highlightsExpired:
            highlighted.removeAll()
            return []
        case .syncFinished(let report): return syncFinished(report)
        }
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        // Nothing is shown but "too small": no key may act unseen, in a prompt or not.
        if width < Self.minimumWidth || height < Self.minimumHeight {
            return key == .character("q") || key == .control("c") ? [.quit] : []
        }
        switch mode {
        case .prompt(let prompt): return handlePrompt(prompt, key)
        case .statusPicker: return handleStatusPicker(key)
        case .editPicker: return handleEditPicker(key)
        case .confirmDelete(let id):
            mode = .normal
            if key == .character("y") || key == .character("Y") { return deleteMilestone(id: id) }
            message = nil
            return []
        case .conflict(let result, let theirs): return handleConflict(result, theirs: theirs, key)
        case .confirmRestore:
            mode = .normal
            if key == .character("y") || key == .character("Y") {
                message = StatusMessage(text: UIText.restored.text(language), kind: .info)
                return [.forceSave]
            }
            return []
        case .confirm(let confirmation): return handleConfirmation(confirmation, key)
        case .normal: break
        }
        // Keys the settings moved become the keys the handlers know (text typed in prompts never is).
        guard let key = keyMap.translate(key) else { return [] }
        if screen == .help { return handleHelp(key) }
        if let effects = handleGlobal(key) { return effects }
        switch screen {
        case .list: return handleList(key)
        case .detail: return handleDetail(key)
        case .overview: return handleOverview(key)
        case .help: return handleHelp(key)
        case .review: return handleReview(key)
        case .timeline: return handleTimeline(key)
        case .log: return handleLog(key)
        case .overdue: return handleOverdue(key)
        }
    }

    /// Keys that mean the same on every screen. Nil when the key is not one of them.
    mutating func handleGlobal(_ key: Key) -> [Effect]? {
        switch key {
        case .character("q"), .control("c"):
            if saveProblem && !quitRequested {
                quitRequested = true
                message = StatusMessage(text: "\(UIText.notSaved.text(language)): q again quits and loses the last change, Ctrl-S retries", kind: .error)
                return []
            }
            return [.quit]
        case .control("z"): return [.suspend]
        case .control("s"): return [.save]
        case .character("?"):
            if screen == .help {
                screen = previousScreen
            } else {
                previousScreen = screen
                screen = .help
            }
            return []
        case .character("L"):
            let all = InterfaceLanguage.allCases
            language = all[(all.firstIndex(of: language)! + 1) % all.count]
            if !calendarChosen { calendar = language == .th ? .buddhist : .gregorian }
            message = StatusMessage(text: UIText.languageSwitched.text(language), kind: .info)
            return []
        case .character("C"):
            calendar = calendar.toggled
            calendarChosen = true
            let name = calendar == .buddhist ? UIText.buddhistName : UIText.gregorianName
            message = StatusMessage(text: "\(UIText.calendarSwitched.text(language)): \(name.text(language))", kind: .info)
            return []
        case .character("u"): return undo()
        case .control("r"): return redo()
        case .character("p") where screen != .review:
            openSnapshotPrompt()
            return []
        case .character("Y"): return startSync()
        case .character("H") where screen != .log && screen != .help:
            openLog()
            return []
        default: return nil
        }
    }

    /// Keys that change the focused milestone, shared by list, detail and review.
    mutating func handleMilestoneKey(_ key: Key) -> [Effect]? {
        guard focusedMilestone != nil else { return nil }
        switch key {
        case .character("s"): return cycleStatus(forward: true)
        case .character("S"): return cycleStatus(forward: false)
        case .character("="):
            mode = .statusPicker
            return []
        case .character("d"):
            openDatePrompt(.due)
            return []
        case .character("+"): return shiftDue(by: 1)
        case .character("-"): return shiftDue(by: -1)
        case .character(">"): return shiftDue(by: 7)
        case .character("<"): return shiftDue(by: -7)
        case .character("e"):
            mode = .editPicker
            return []
        case .character("c"):
            mode = .prompt(Prompt(purpose: .comment, editor: LineEditor()))
            return []
        default: return nil
        }
    }

    private mutating func handleList(_ key: Key) -> [Effect] {
        if let effects = handleMilestoneKey(key) { return effects }
        switch key {
        case .down, .character("j"): moveSelection(by: 1)
        case .up, .character("k"): moveSelection(by: -1)
        case .pageDown, .control("f"): moveSelection(by: listHeight)
        case .pageUp, .control("b"): moveSelection(by: -listHeight)
        case .home, .character("g"): moveSelection(by: -rowCount)
        case .end, .character("G"): moveSelection(by: rowCount)
        case .tab, .right, .character("l"): switchWorkstream(to: workstream + 1)
        case .backTab, .left, .character("h"): switchWorkstream(to: workstream - 1)
        case .character(let c) where c.isASCII && c.isNumber:
            if let n = c.wholeNumberValue, n >= 1, n <= roadmap.workstreams.count { switchWorkstream(to: n - 1) }
        case .enter:
            if selectedMilestone != nil {
                detailReturn = .list
                screen = .detail
                detailScroll = 0
            }
        case .character("o"): screen = .overview
        case .character("t"): openTimeline()
        case .character("r"): startReview()
        case .character("/"):
            mode = .prompt(Prompt(purpose: .filter, editor: LineEditor(filter)))
        case .character("n"): nextMatch(forward: true)
        case .character("N"): nextMatch(forward: false)
        case .character(":"):
            mode = .prompt(Prompt(purpose: .jump, editor: LineEditor()))
        case .character("O"): cycleSort()
        case .character("!"): openOverdue()
        case .character("w"): cycleLeadFilter()
        case .escape:
            if !filter.isEmpty || leadFilter != nil {
                filter = ""
                leadFilter = nil
                refilter()
            } else if !marked.isEmpty {
                marked.removeAll()
            }
            message = nil
        case .character(" "):
            guard let id = selectedMilestone?.id.lowercased() else { return [] }
            if marked.remove(id) == nil { marked.insert(id) }
            message = nil  // the status line's right end counts the marks
            moveSelection(by: 1)
        case .character("a"):
            mode = .prompt(Prompt(purpose: .add, editor: LineEditor()))
        case .character("D"):
            if let id = selectedMilestone?.id { mode = .confirmDelete(id: id) }
        default: break
        }
        return []
    }

    private mutating func handleDetail(_ key: Key) -> [Effect] {
        if let effects = handleMilestoneKey(key) { return effects }
        switch key {
        case .escape, .enter, .backspace, .character("h"), .left: screen = detailReturn
        case .down, .character("j"): detailScroll += 1
        case .up, .character("k"): detailScroll = max(0, detailScroll - 1)
        case .pageDown: detailScroll += max(1, height - 6)
        case .pageUp: detailScroll = max(0, detailScroll - max(1, height - 6))
        case .character("o"): screen = .overview
        case .character("D"):
            if let id = selectedMilestone?.id { mode = .confirmDelete(id: id) }
        default: break
        }
        return []
    }

    private mutating func handleOverview(_ key: Key) -> [Effect] {
        switch key {
        case .escape, .character("o"), .enter: screen = .list
        case .character(let c) where c.isASCII && c.isNumber:
            if let n = c.wholeNumberValue, n >= 1, n <= roadmap.workstreams.count {
                switchWorkstream(to: n - 1)
                screen = .list
            }
        case .tab, .right: switchWorkstream(to: workstream + 1)
        case .backTab, .left: switchWorkstream(to: workstream - 1)
        case .character("r"): startReview()
        case .character("t"): openTimeline()
        default: break
        }
        return []
    }

    /// `w`: shows only the milestones led by the Thai side, then the Japanese
    /// side, then both jointly, then all again.
    private mutating func cycleLeadFilter() {
        let order: [Lead?] = [nil] + Lead.allCases
        leadFilter = order[(order.firstIndex(of: leadFilter)! + 1) % order.count]
        refilter()
        let shown = leadFilter.map { UIText.leadSide($0).text(language) } ?? UIText.allLeads.text(language)
        message = StatusMessage(text: "\(UIText.leadFilterLabel.text(language))\(shown) (\(rowCount))", kind: .info)
    }

    private mutating func startReview() {
        let queue = Review.queue(for: roadmap, today: today, attention: attention)
        guard !queue.isEmpty else {
            message = StatusMessage(text: UIText.reviewEmpty.text(language), kind: .info)
            return
        }
        var review = Review(queue: queue)
        review.seen.insert(queue[0].lowercased())
        self.review = review
        screen = .review
        message = nil
    }

    private mutating func handleReview(_ key: Key) -> [Effect] {
        if let effects = handleMilestoneKey(key) { return effects }
        guard var review else {
            screen = .list
            return []
        }
        switch key {
        case .character("n"), .right, .down, .character("j"), .enter, .character(" "):
            review.position += 1
            if let id = review.currentID {
                review.seen.insert(id.lowercased())
                self.review = review
            } else {
                self.review = review
                endReview()
            }
        case .character("p"), .left, .up, .character("k"):
            review.position = max(0, review.position - 1)
            self.review = review
        case .escape:
            endReview()
        default: break
        }
        return []
    }

    private mutating func endReview() {
        guard let review else { return }
        let last = review.currentID ?? review.queue.last
        message = StatusMessage(text: UIText.reviewDone.text(language, "\(review.seen.count)", "\(review.changed.count)"), kind: .success)
        self.review = nil
        screen = .list
        if let last { select(id: last) }
    }

    private mutating func handlePrompt(_ prompt: Prompt, _ key: Key) -> [Effect] {
        var prompt = prompt
        switch key {
        case .escape:
            mode = .normal
            if prompt.purpose == .filter {
                filter = ""
                refilter()
            }
            return []
        case .enter:
            mode = .normal
            return commit(prompt)
        case .tab where prompt.purpose == .title:
            switchTitleLanguage(prompt)
            return []
        default:
            _ = prompt.editor.handle(key)
            mode = .prompt(prompt)
            if prompt.purpose == .filter {
                filter = prompt.editor.text
                refilter()
                showTabWithMatches()
            }
            return []
        }
    }

    private mutating func commit(_ prompt: Prompt) -> [Effect] {
        let text = prompt.editor.text
        // A field's value left as offered is no change (it may have changed from outside meanwhile).
        if let offered = prompt.offered, text == offered { return [] }
        switch prompt.purpose {
        case .filter:
            filter = text
            refilter()
            return []
        case .add:
            return addMilestone(title: text)
        case .jump:
            jump(to: text)
            return []
        case .due, .start:
            return commitDate(prompt)
        case .title:
            return commitTitle(prompt)
        case .snapshotPath:
            let path = text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return [] }
            return [.writeSnapshot(path: path, replacing: false)]
        case .owner:
            guard let focused = focusedMilestone else { return [] }
            return set(.owner, to: text, ids: [focused.id])
        case .notes:
            guard let focused = focusedMilestone else { return [] }
            return set(.notes, to: text, ids: [focused.id])
        case .lead:
            guard let focused = focusedMilestone else { return [] }
            let word = text.trimmingCharacters(in: .whitespaces)
            guard word.isEmpty || Lead(parsing: word) != nil else {
                message = StatusMessage(text: UIText.dependencyProblem.text(language, "\"\(TerminalSafe.escape(word))\": th, jp, joint"), kind: .error)
                return []
            }
            return set(.lead, to: word.lowercased(), ids: [focused.id])
        case .depends:
            return setDepends(text)
        case .reason:
            return attachReason(text)
        case .comment:
            return addComment(text)
        }
    }

    private mutating func handleStatusPicker(_ key: Key) -> [Effect] {
        mode = .normal
        let choice: Status? = switch key {
        case .character("p"): .planned
        case .character("i"): .inProgress
        case .character("a"): .atRisk
        case .character("b"): .blocked
        case .character("d"): .done
        case .character("x"): .dropped
        default: nil
        }
        guard let choice else { return [] }
        return set(.status, to: choice.rawValue, ids: targetIDs)
    }

    private mutating func handleEditPicker(_ key: Key) -> [Effect] {
        mode = .normal
        guard let focused = focusedMilestone else { return [] }
        switch key {
        case .character("t"):
            openTitlePrompt(focused)
        case .character("o"):
            mode = .prompt(Prompt(purpose: .owner, editor: LineEditor(focused.owner ?? ""), offered: focused.owner))
        case .character("n"):
            mode = .prompt(Prompt(purpose: .notes, editor: LineEditor(focused.notes ?? ""), offered: focused.notes))
        case .character("s"):
            openDatePrompt(.start)
        case .character("l"):
            mode = .prompt(Prompt(purpose: .lead, editor: LineEditor(focused.lead?.rawValue ?? "", selected: true), offered: focused.lead?.rawValue))
        case .character("w"):
            mode = .prompt(Prompt(purpose: .depends, editor: LineEditor(focused.depends.joined(separator: ",")),
                                  offered: focused.depends.isEmpty ? nil : focused.depends.joined(separator: ",")))
        default: break
        }
        return []
    }

    private mutating func handleConflict(_ result: MergeResult, theirs: Roadmap, _ key: Key) -> [Effect] {
        guard let conflict = result.conflicts.first else {
            mode = .normal
            return []
        }
        var result = result
        let said: UIText
        switch key {
        case .character("m"):
            result.keepOurs(conflict, at: clock(), by: author)
            said = .keptMine
        case .character("t"):
            result.keepTheirs(conflict)
            said = .keptTheirs
        default: return []
        }
        // Say what was kept and what was not: the status line still told of the change that met the conflict.
        let (kept, other) = said == .keptMine ? (conflict.ours, conflict.theirs) : (conflict.theirs, conflict.ours)
        message = StatusMessage(text: said.text(language, conflictSubjectText(conflict), conflictFieldText(conflict),
                                                conflictValueText(conflict, kept), conflictValueText(conflict, other)), kind: .info)
        guard result.conflicts.isEmpty else {
            mode = .conflict(result, theirs: theirs)
            return []
        }
        mode = .normal
        let focus = focusedMilestone?.id
        roadmap = result.merged
        resyncWorkstreams()
        if let focus { select(id: focus) }
        unsaved = true
        return [.saveResolved(theirs: theirs)]
    }
}
