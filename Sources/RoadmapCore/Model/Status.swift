/// Where a milestone stands. The raw values are the words written in the file.
public enum Status: String, CaseIterable, Sendable, Codable {
    case planned
    case inProgress = "in-progress"
    case atRisk = "at-risk"
    case blocked
    case done
    case dropped

    /// The statuses cycling goes through: every one but dropped, since
    /// dropping a milestone is deliberate, never a key press too many.
    public static let cycle: [Status] = [.planned, .inProgress, .atRisk, .blocked, .done]

    /// The status after this one when cycling forward (done wraps to
    /// planned); nil for dropped, which cycling leaves alone.
    public var next: Status? {
        Self.cycle.firstIndex(of: self).map { Self.cycle[($0 + 1) % Self.cycle.count] }
    }

    /// The status before this one when cycling backward (planned wraps to
    /// done); nil for dropped.
    public var previous: Status? {
        Self.cycle.firstIndex(of: self).map { Self.cycle[($0 + Self.cycle.count - 1) % Self.cycle.count] }
    }

    /// Done and dropped milestones are closed: they are never late.
    public var isClosed: Bool { self == .done || self == .dropped }

    /// Parses a status word, ignoring case and accepting `_` or a space for `-`.
    /// (Replaced character by character: Foundation's `replacingOccurrences`
    /// bridges to `NSString`, whose first use cost 6 % of `roadmap set`.)
    public init?(parsing text: String) {
        self.init(rawValue: String(text.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 }))
    }

    /// The list of valid words, for error messages.
    public static var allWords: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
