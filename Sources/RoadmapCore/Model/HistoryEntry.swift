/// One recorded change to a milestone: when, which field, from what, to what.
public struct HistoryEntry: Equatable, Hashable, Sendable {
    public var at: Timestamp
    public var field: String
    public var from: String?
    public var to: String?

    public init(at: Timestamp, field: String, from: String?, to: String?) {
        self.at = at
        self.field = field
        self.from = from
        self.to = to
    }
}
