import RoadmapCore

/// A merge conflict's field and values in the UI's language and calendar,
/// for the conflict box and the status line after it is resolved.
extension AppState {
    /// The field's name: `Status`, `期限`, … (the file's name for a title, a removal or a baseline).
    func conflictFieldText(_ conflict: MergeConflict) -> String {
        switch conflict.field {
        case .title, .removed, .added, .baseline, .timeZone: conflict.fieldName
        default: historyFieldText(conflict.fieldName)
        }
    }

    /// One side's value: a status word, a date on the calendar shown, a lead side; `–` when absent.
    func conflictValueText(_ conflict: MergeConflict, _ value: String?) -> String {
        historyValueText(conflict.fieldName, value)
    }
}
