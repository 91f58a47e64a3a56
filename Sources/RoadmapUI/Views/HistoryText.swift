import RoadmapCore

/// A history entry's field and values in the UI's language and calendar
/// (`状態: 計画中 → 進行中`, B.E. dates in the Thai Buddhist-Era mode), for
/// the log screen, the conflict box and the status line.
extension AppState {
    /// A field as history names it (`status`, `title.th`, `comment`), in the
    /// UI's words (``FieldWord``); a name this version does not know as written.
    func historyFieldText(_ name: String) -> String {
        guard let word = FieldWord(historyField: name) else { return TerminalSafe.escape(name) }
        let language = name.hasPrefix("title.") ? " (\(TerminalSafe.escape(String(name.dropFirst("title.".count)))))" : ""
        return word.label(in: self.language) + language
    }

    /// One value of the field `name`: a status word, a date on the calendar
    /// shown, a lead side; `–` when absent; other text as written.
    func historyValueText(_ name: String, _ value: String?) -> String {
        recordedValue(value, field: name) ?? "–"
    }

    /// What an entry changed, `from → to` in the UI's words (an update's
    /// text), whole (``LogLayout`` wraps what does not fit).
    func historyChangeText(_ entry: HistoryEntry) -> String {
        entry.isComment ? TerminalSafe.escape(entry.to ?? "")
            : "\(historyValueText(entry.field, entry.from)) → \(historyValueText(entry.field, entry.to))"
    }
}
