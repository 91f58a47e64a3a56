/// One recorded change to a milestone: when, which field, from what, to
/// what, who made it and why. A status update that changes no field is an
/// entry of the field `comment` whose `to` is the update's text.
public struct HistoryEntry: Equatable, Hashable, Sendable {
    public var at: Timestamp
    public var field: String
    public var from: String?
    public var to: String?
    /// Who made the change (schema 2; nil in older entries).
    public var by: String?
    /// Why, in one line (schema 2; nil when none was given).
    public var reason: String?

    /// The field name of a status update that is not a field change.
    public static let commentField = "comment"

    public init(at: Timestamp, field: String, from: String?, to: String?, by: String? = nil, reason: String? = nil) {
        self.at = at
        self.field = field
        self.from = from
        self.to = to
        self.by = by
        self.reason = reason
    }

    /// Whether the entry is a status update rather than a field change.
    public var isComment: Bool { field == Self.commentField }

    /// Whether `other` records the same field change (field, from and to;
    /// any time, author or reason). Updates are never the same change.
    public func isSameChange(_ other: HistoryEntry) -> Bool {
        !isComment && field == other.field && from == other.from && to == other.to
    }

    /// What it says of why: an update's text, else the reason given with the change (nil: neither).
    public var explanationText: String? { isComment ? to : reason }
}
