import Foundation

/// A field of a milestone that users change, named as history records it.
public enum MilestoneField: Hashable, Sendable, CustomStringConvertible {
    case status
    case start
    case due
    case owner
    case notes
    /// The side that leads: `th`, `jp` or `joint` (schema 2).
    case lead
    /// The milestones it waits for, as ids joined by commas (schema 2).
    case depends
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
        case .lead: "lead"
        case .depends: "depends"
        case .title(let language): language.map { "title.\($0)" } ?? "title"
        }
    }
}

extension MilestoneField {
    /// The field a history entry names (its ``description``: `due`,
    /// `title`, `title.th`); nil for `created`, comments and names this
    /// version does not know.
    public init?(recorded name: String) {
        if name.hasPrefix("title.") {
            self = .title(language: String(name.dropFirst("title.".count)))
            return
        }
        let plain: [MilestoneField] = [.status, .start, .due, .owner, .notes, .lead, .depends, .title(language: nil)]
        guard let field = plain.first(where: { $0.description == name }) else { return nil }
        self = field
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
        case .lead: lead?.rawValue
        case .depends: depends.isEmpty ? nil : depends.joined(separator: ",")
        case .title(let language):
            if let language {
                title.translations?.first(where: { $0.language == language })?.text
                    ?? (title.isPlain && language == "en" ? title.text(in: "") : nil)
            } else {
                title.isPlain ? title.text(in: "") : title.text(in: "en")
            }
        }
    }

    /// Sets a field and appends a history entry (by `author`, with `reason`).
    /// Returns false (and records nothing) when the value is unchanged. Empty
    /// owner, notes, lead or depends remove the field.
    @discardableResult
    public mutating func set(
        _ field: MilestoneField, to newValue: String?, at time: Timestamp, by author: String? = nil, reason: String? = nil
    ) throws(RoadmapError) -> Bool {
        let removable: [MilestoneField] = [.owner, .notes, .lead, .depends]
        let normalized = removable.contains(field) && newValue?.isEmpty == true ? nil : newValue
        let old = value(of: field)
        switch field {
        case .status:
            guard let text = normalized, let parsed = Status(parsing: text) else {
                throw .badInput("\"\(TerminalSafe.escape(normalized ?? ""))\" is not a status; use one of \(Status.allWords).")
            }
            guard parsed != status else { return false }
            status = parsed
        case .lead:
            let parsed = try normalized.map { (text: String) throws(RoadmapError) -> Lead in
                guard let lead = Lead(parsing: text) else {
                    throw .badInput("\"\(TerminalSafe.escape(text))\" is not a lead; use one of \(Lead.allWords).")
                }
                return lead
            }
            guard parsed != lead else { return false }
            lead = parsed
        case .depends:
            let ids = (normalized ?? "").split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            guard ids != depends else { return false }
            depends = ids
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
            guard let text = normalized, !text.trimmingSpaces().isEmpty else {
                throw .badInput("a title cannot be empty.")
            }
            guard text != old else { return false }
            title.set(text, language: language)
        }
        history.append(HistoryEntry(at: time, field: field.description, from: old, to: value(of: field), by: author, reason: reason))
        return true
    }

    /// Appends a status update: a dated, authored note that changes no field.
    public mutating func comment(_ text: String, at time: Timestamp, by author: String?) throws(RoadmapError) {
        let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !line.isEmpty else { throw .badInput("an update needs some text.") }
        history.append(HistoryEntry(at: time, field: HistoryEntry.commentField, from: nil, to: line, by: author))
    }

    /// The latest reason or status update, with who gave it and when: what
    /// is shown beside a milestone that needs attention.
    public var latestExplanation: HistoryEntry? {
        history.last { $0.isComment || $0.reason != nil }
    }

    /// Why the milestone is in the state it is in (`show`'s and `list`'s
    /// "why"): the reason recorded with the latest change of its status,
    /// when it has one; a later update says how things go, not why, and stays
    /// in the history. Else the latest reason or update (``latestExplanation``).
    public var stateExplanation: HistoryEntry? {
        if let status = history.last(where: { $0.field == MilestoneField.status.description }), status.reason != nil { return status }
        return latestExplanation
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
