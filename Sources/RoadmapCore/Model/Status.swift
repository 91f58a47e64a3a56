/// Where a milestone stands. The raw values are the words written in the file.
public enum Status: String, CaseIterable, Sendable, Codable {
    case planned
    case inProgress = "in-progress"
    case atRisk = "at-risk"
    case blocked
    case done
    case dropped

    /// The status after this one when cycling forward (wraps around).
    public var next: Status {
        let all = Status.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The status before this one when cycling backward (wraps around).
    public var previous: Status {
        let all = Status.allCases
        return all[(all.firstIndex(of: self)! + all.count - 1) % all.count]
    }

    /// Done and dropped milestones are closed: they are never late.
    public var isClosed: Bool { self == .done || self == .dropped }

    /// Parses a status word, ignoring case and accepting `_` or a space for `-`.
    public init?(parsing text: String) {
        let normalized = text.lowercased()
            .replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: " ", with: "-")
        self.init(rawValue: normalized)
    }

    /// The list of valid words, for error messages.
    public static var allWords: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
