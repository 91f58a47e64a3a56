import RoadmapCore

/// A history entry's field and values in the UI's language and calendar
/// (`状態: 計画中 → 進行中`, B.E. dates in the Thai Buddhist-Era mode), for
/// the log screen, the conflict box and the status line.
extension AppState {
    /// A field as history names it (`status`, `title.th`, `comment`), in the UI's words.
    func historyFieldText(_ name: String) -> String {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        let label: UIText? = switch parts.first ?? name {
        case "status": .statusField
        case "start": .startField
        case "due": .dueField
        case "owner": .ownerField
        case "notes": .notes
        case "lead": .leadField
        case "depends": .waitsFor
        case "title": .titleField
        case HistoryEntry.commentField: .update
        default: nil
        }
        guard let label else { return TerminalSafe.escape(name) }
        return label.text(language) + (parts.count == 2 ? " (\(TerminalSafe.escape(parts[1])))" : "")
    }

    /// One value of the field `name`: a status word, a date on the calendar
    /// shown, a lead side; `–` when absent; other text as written.
    func historyValueText(_ name: String, _ value: String?) -> String {
        guard let value else { return "–" }
        switch name {
        case "status": return Status(rawValue: value).map { StatusText.word($0, language) } ?? TerminalSafe.escape(value)
        case "start", "due": return CalendarDay(iso: value).map(formatDate) ?? TerminalSafe.escape(value)
        case "lead": return Lead(rawValue: value).map { UIText.leadSide($0).text(language) } ?? TerminalSafe.escape(value)
        default: return TerminalSafe.escape(value)
        }
    }

    /// What an entry changed, `from → to` in the UI's words (an update's
    /// text), cut to `width` cells with an ellipsis.
    func historyChangeText(_ entry: HistoryEntry, width: Int) -> String {
        let text = entry.isComment ? TerminalSafe.escape(entry.to ?? "")
            : "\(historyValueText(entry.field, entry.from)) → \(historyValueText(entry.field, entry.to))"
        return DisplayWidth.truncate(text, to: width, ellipsis: true)
    }
}
