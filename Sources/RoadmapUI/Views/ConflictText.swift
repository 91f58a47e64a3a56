import RoadmapCore

/// Fields and their recorded values in the UI's language and calendar: the
/// conflict box, the status line after a change or a resolution, history lines.
extension AppState {
    /// What is in conflict: a milestone's id (a baseline's name), or the
    /// whole roadmap for one of its own fields (the time zone).
    func conflictSubjectText(_ conflict: MergeConflict) -> String {
        conflict.field == .timeZone ? UIText.wholeRoadmap.text(language) : TerminalSafe.escape(conflict.milestoneID)
    }

    /// The field's name: `Status`, `期限`, `Time zone`, … (the file's name for a title, a removal or a baseline).
    func conflictFieldText(_ conflict: MergeConflict) -> String {
        if conflict.field == .timeZone { return UIText.timeZoneField.text(language) }
        guard conflict.field != .title, let field = conflict.milestoneField else { return conflict.fieldName }
        return field.word.label(in: language)
    }

    /// One side's value: a status word, a date on the calendar shown, a lead side; `–` when absent.
    func conflictValueText(_ conflict: MergeConflict, _ value: String?) -> String {
        recordedValue(value, field: conflict.fieldName) ?? "–"
    }

    /// A value as history records it (`field` names it as history does), in
    /// the UI's language and calendar, made safe to show; nil when absent.
    func recordedValue(_ value: String?, field: String) -> String? {
        guard let value else { return nil }
        if FieldWord(historyField: field) == .lead, let lead = Lead(rawValue: value) { return UIText.leadSide(lead).text(language) }
        return TerminalSafe.escape(HistoryEntry.value(value, field: field, language: language, calendar: calendar) ?? value)
    }

    /// `SC7: สถานะ → ติดขัด`: a change to milestones, in the UI's language and
    /// calendar; `SC1: กำหนด +7d` for a move (`to: false`).
    func changeText(_ ids: [String], _ field: MilestoneField, _ value: String, to: Bool = true) -> String {
        "\(who(ids)): \(field.word.name(in: language)) \(to ? "→ " : "")\(value)"
    }
}
