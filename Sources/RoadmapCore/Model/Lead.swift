/// Which side leads a milestone of the bilateral programme: the party the
/// office waits on when it is late.
public enum Lead: String, CaseIterable, Sendable, Hashable {
    /// The Thai side (Ministry of Industry and its agencies).
    case th
    /// The Japanese side (METI, JETRO, NEDO, …).
    case jp
    /// Both together.
    case joint

    /// The words `lead` takes: `th, jp, joint`.
    public static let allWords = allCases.map(\.rawValue).joined(separator: ", ")

    /// Parses a lead word, ignoring case (`TH`, `Joint`).
    public init?(parsing text: String) {
        self.init(rawValue: text.lowercased())
    }
}
