import RoadmapCore

/// Prompts that can lose or misstate data, and the questions they ask
/// first: dates (typed in the calendar on screen, relative to the value
/// edited, confirmed when far off or cleared), titles (in a chosen
/// language) and the snapshot's path (never replacing a file unasked).
extension AppState {
    /// The milestones a change applies to (marked, else focused), as they are now.
    var targetMilestones: [Milestone] {
        targetIDs.compactMap { roadmap.locate($0).map { roadmap[$0] } }
    }

    /// Opens the due or start prompt, filled with the date in the calendar
    /// on screen when every target has the same one.
    mutating func openDatePrompt(_ purpose: Prompt.Purpose) {
        let field: MilestoneField = purpose == .due ? .due : .start
        let values = Set(targetMilestones.map { $0.value(of: field) })
        let day = values.count == 1 ? values.first!.flatMap(CalendarDay.init(iso:)) : nil
        let text = day.map { DateInput.editable($0, calendar: calendar) } ?? ""
        mode = .prompt(Prompt(purpose: purpose, editor: LineEditor(text, selected: true), offered: text.isEmpty ? nil : text))
    }

    /// Sets the typed date on every target. `+2w` moves each from its own
    /// date (from today when it has none); an empty prompt or `none` asks
    /// before removing dates; a date more than 50 years off asks first too.
    mutating func commitDate(_ prompt: Prompt, confirmed: Bool = false) -> [Effect] {
        let field: MilestoneField = prompt.purpose == .due ? .due : .start
        let targets = targetMilestones
        let text = prompt.editor.text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || text.lowercased() == "none" {
            guard confirmed || !targets.contains(where: { $0.value(of: field) != nil }) else {
                mode = .confirm(.clearDate(prompt))
                return []
            }
            return set(field, to: nil, ids: targets.map(\.id))
        }
        var days: [String: CalendarDay] = [:]
        for milestone in targets {
            let own = milestone.value(of: field).flatMap(CalendarDay.init(iso:))
            guard let day = DateInput.parse(text, today: today, calendar: calendar, relativeTo: own) else {
                message = StatusMessage(text: badDateText, kind: .error)
                mode = .prompt(prompt)
                return []
            }
            days[milestone.id] = day
        }
        if !confirmed, let far = targets.lazy.compactMap({ days[$0.id] }).first(where: { DateInput.isFar($0, today: self.today) }) {
            mode = .confirm(.farDate(prompt, far))
            return []
        }
        let ids = targets.map(\.id)
        let values = Set(days.values)
        let label = values.count == 1 ? describe(field, value: values.first!.description, ids: ids)
            : changeText(ids, field, "\(TerminalSafe.escape(text)) \(UIText.fromEachOwn.text(language))", to: false)
        let effects = set(field, ids: ids, label: label) { days[$0.id]?.description }
        if screen == .timeline { showFocusedDue() }
        return effects
    }

    /// The error for a date that cannot be read, naming the calendar's forms.
    var badDateText: String {
        calendar == .buddhist ? UIText.badDateBuddhist.text(language) : UIText.badDate.text(language)
    }

    /// What a date prompt's label says the typed year is: `พ.ศ.` in B.E. mode.
    var dateFormHint: String {
        calendar == .buddhist ? UIText.buddhistForm.text(language) : "YYYY-MM-DD"
    }

    /// Opens the title prompt on the title in the interface language (or
    /// the plain title, which every language shows).
    mutating func openTitlePrompt(_ milestone: Milestone) {
        let edited: InterfaceLanguage? = milestone.title.isPlain ? nil : language
        mode = .prompt(Prompt(purpose: .title, editor: LineEditor(titleText(milestone, edited)), language: edited,
                              offered: titleText(milestone, edited)))
    }

    /// Tab in the title prompt: edit the title in the next language.
    mutating func switchTitleLanguage(_ prompt: Prompt) {
        guard let milestone = focusedMilestone else { return }
        let order: [InterfaceLanguage?] = (milestone.title.isPlain ? [nil] : []) + InterfaceLanguage.allCases
        let next = order[((order.firstIndex(of: prompt.language) ?? -1) + 1) % order.count]
        mode = .prompt(Prompt(purpose: .title, editor: LineEditor(titleText(milestone, next)), language: next, offered: titleText(milestone, next)))
    }

    /// The title as the prompt edits it in `edited` (nil: the plain title).
    private func titleText(_ milestone: Milestone, _ edited: InterfaceLanguage?) -> String {
        milestone.value(of: .title(language: edited?.rawValue)) ?? ""
    }

    /// Stores the typed title in the prompt's language; a title in Thai
    /// script for another language asks whether it is the Thai one.
    mutating func commitTitle(_ prompt: Prompt, thai: Bool? = nil) -> [Effect] {
        guard let focused = focusedMilestone else { return [] }
        let text = prompt.editor.text
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            message = StatusMessage(text: UIText.emptyTitle.text(language), kind: .error)
            return []
        }
        let typedThai = text.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) }
        if thai == nil && typedThai && prompt.language != .th {
            mode = .confirm(.thaiTitle(prompt))
            return []
        }
        let edited = thai == true ? "th" : prompt.language?.rawValue
        return set(.title(language: edited), to: text, ids: [focused.id])
    }

    /// The default place for `p`'s snapshot: this week's file name in the
    /// roadmap file's folder.
    var defaultSnapshotPath: String {
        let name = WeeklySnapshot.fileName(week: IsoWeek(containing: today), format: .text)
        return snapshotFolder.hasSuffix("/") ? snapshotFolder + name : "\(snapshotFolder)/\(name)"
    }

    /// Asks where to write the snapshot, offering ``defaultSnapshotPath``.
    mutating func openSnapshotPrompt() {
        mode = .prompt(Prompt(purpose: .snapshotPath, editor: LineEditor(defaultSnapshotPath)))
    }

    /// Answers a yes/no question: `y` goes ahead; another key goes back to
    /// what asked (for a Thai title, `n` stores it as typed, Esc edits it).
    mutating func handleConfirmation(_ confirmation: Confirmation, _ key: Key) -> [Effect] {
        let yes = key == .character("y") || key == .character("Y")
        mode = .normal
        message = nil
        switch confirmation {
        case .farDate(let prompt, _), .clearDate(let prompt):
            if yes { return commitDate(prompt, confirmed: true) }
            mode = .prompt(prompt)
        case .overwriteSnapshot(let path):
            if yes { return [.writeSnapshot(path: path, replacing: true)] }
            mode = .prompt(Prompt(purpose: .snapshotPath, editor: LineEditor(path)))
        case .thaiTitle(let prompt):
            if yes { return commitTitle(prompt, thai: true) }
            if key == .character("n") || key == .character("N") { return commitTitle(prompt, thai: false) }
            mode = .prompt(prompt)
        }
        return []
    }

    /// The question a confirmation asks, in the interface language.
    func question(_ confirmation: Confirmation) -> String {
        switch confirmation {
        case .farDate(_, let day):
            let years = abs(today.days(until: day)) / 365
            return UIText.farDateQuestion.text(language, formatDate(day), "\(years)")
        case .clearDate(let prompt):
            let field = prompt.purpose == .due ? FieldWord.due : FieldWord.start
            return UIText.clearDateQuestion.text(language, field.name(in: language), who(targetIDs))
        case .overwriteSnapshot(let path):
            return UIText.overwriteQuestion.text(language, TerminalSafe.escape(path))
        case .thaiTitle(let prompt):
            return UIText.thaiTitleQuestion.text(language, prompt.language?.rawValue ?? UIText.allLanguages.text(language))
        }
    }

    /// What the runner says about the snapshot, in the interface language.
    mutating func snapshotOutcome(_ outcome: Message) {
        switch outcome {
        case .snapshotWritten(let path):
            message = StatusMessage(text: UIText.snapshotWritten.text(language, TerminalSafe.escape(path)), kind: .success)
        case .snapshotExists(let path):
            mode = .confirm(.overwriteSnapshot(path: path))
        case .snapshotFailed(let path, let reason):
            message = StatusMessage(text: UIText.snapshotFailed.text(language, TerminalSafe.escape(path), reason), kind: .error)
        default: break
        }
    }
}
