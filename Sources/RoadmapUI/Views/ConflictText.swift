import RoadmapCore

/// A merge conflict's field and values in the UI's language and calendar,
/// for the conflict box and the status line after it is resolved.
extension AppState {
    /// The field's name: `Status`, `期限`, … (the file's name for a title, a removal or a baseline).
    func conflictFieldText(_ conflict: MergeConflict) -> String {
        let label: UIText? = switch conflict.field {
        case .status: .statusField
        case .start: .startField
        case .due: .dueField
        case .owner: .ownerField
        case .notes: .notes
        case .lead: .leadField
        case .title, .removed, .added, .baseline, .timeZone: nil
        }
        return label?.text(language) ?? conflict.fieldName
    }

    /// One side's value: a status word, a date on the calendar shown, a lead side; `–` when absent.
    func conflictValueText(_ conflict: MergeConflict, _ value: String?) -> String {
        guard let value else { return "–" }
        switch conflict.field {
        case .status: return Status(rawValue: value).map { StatusText.word($0, language) } ?? value
        case .start, .due: return CalendarDay(iso: value).map(formatDate) ?? value
        case .lead: return Lead(rawValue: value).map { UIText.leadSide($0).text(language) } ?? value
        default: return TerminalSafe.escape(value)
        }
    }
}
