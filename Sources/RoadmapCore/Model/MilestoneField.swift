import Foundation

/// A field of a milestone that users change, named as history records it.
public enum MilestoneField: Hashable, Sendable, CustomStringConvertible {
    case status
    case start
    case due
    case owner
    case notes
    /// The title in one language, or the plain title when `nil`.
    case title(language: String?)

    /// The name written in history entries: `status`, `start`, `due`, `owner`, `notes`, `title` or `title.th`.
    public var description: String {
        switch self {
        case .status: "status"
        case .start: "start"
        case .due: "due"
        case .owner: "owner"
        case .notes: "notes"
        case .title(let language): language.map { "title.\($0)" } ?? "title"
        }
    }
}

extension Milestone {
    /// The field's value as text (as history records it), `nil` when absent.
    public func value(of field: MilestoneField) -> String? {
        switch field {
        case .status: status.rawValue
        case .start: start?.description
        case .due: due?.description
        case .owner: owner
        case .notes: notes
        case .title(let language):
            if let language {
                title.translations?.first(where: { $0.language == language })?.text
                    ?? (title.isPlain && language == "en" ? title.text(in: "") : nil)
            } else {
                title.isPlain ? title.text(in: "") : title.text(in: "en")
            }
        }
    }

    /// Sets a field and appends a history entry. Returns false (and records
    /// nothing) when the value is unchanged. Empty owner or notes remove the field.
    @discardableResult
    public mutating func set(_ field: MilestoneField, to newValue: String?, at time: Timestamp) throws(RoadmapError) -> Bool {
        let normalized = (field == .owner || field == .notes) && newValue?.isEmpty == true ? nil : newValue
        let old = value(of: field)
        switch field {
        case .status:
            guard let text = normalized, let parsed = Status(parsing: text) else {
                throw .badInput("\"\(TerminalSafe.escape(normalized ?? ""))\" is not a status; use one of \(Status.allWords).")
            }
            guard parsed != status else { return false }
            status = parsed
            history.append(HistoryEntry(at: time, field: "status", from: old, to: parsed.rawValue))
            return true
        case .start:
            let parsed = try Self.day(normalized)
            guard parsed != start else { return false }
            start = parsed
        case .due:
            let parsed = try Self.day(normalized)
            guard parsed != due else { return false }
            due = parsed
        case .owner:
            guard normalized != owner else { return false }
            owner = normalized
        case .notes:
            guard normalized != notes else { return false }
            notes = normalized
        case .title(let language):
            guard let text = normalized, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .badInput("a title cannot be empty.")
            }
            guard text != old else { return false }
            title.set(text, language: language)
        }
        history.append(HistoryEntry(at: time, field: field.description, from: old, to: value(of: field)))
        return true
    }

    /// A date field's new value: `nil` for no text, else exactly `YYYY-MM-DD`.
    private static func day(_ text: String?) throws(RoadmapError) -> CalendarDay? {
        guard let text, !text.isEmpty else { return nil }
        guard let day = CalendarDay(iso: text) else {
            throw .badInput("\"\(TerminalSafe.escape(text))\" is not a date (YYYY-MM-DD).")
        }
        return day
    }
}
