/// The start and due dates of every milestone as they stood when saved under
/// a name ("Agreed at EID meeting 2025-12-09"): what slip is measured
/// against. Saved once and never edited.
public struct Baseline: Equatable, Hashable, Sendable {
    /// One milestone's dates in the baseline.
    public struct Entry: Equatable, Hashable, Sendable {
        public var id: String
        public var start: CalendarDay?
        public var due: CalendarDay?

        public init(id: String, start: CalendarDay? = nil, due: CalendarDay? = nil) {
            self.id = id
            self.start = start
            self.due = due
        }
    }

    public var name: String
    /// When it was saved.
    public var at: Timestamp
    /// Who saved it.
    public var by: String?
    public var notes: String?
    /// Every milestone of the roadmap when it was saved, in file order.
    public var milestones: [Entry]

    public init(name: String, at: Timestamp, by: String? = nil, notes: String? = nil, milestones: [Entry]) {
        self.name = name
        self.at = at
        self.by = by
        self.notes = notes
        self.milestones = milestones
    }

    /// The most baselines a roadmap keeps: a handful of agreed points, not a log.
    public static let maximumCount = 8

    /// The entry of a milestone, found by id ignoring case.
    public func entry(for id: String) -> Entry? {
        milestones.first { $0.id == id } ?? milestones.first { $0.id.lowercased() == id.lowercased() }
    }
}

/// How far a milestone's due date moved since a baseline.
public enum Slip: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Added after the baseline was saved.
    case new
    /// Due `days` later (negative: earlier) than in the baseline.
    case days(Int)
    /// No due date in the baseline, or none now.
    case undated

    /// `+45d`, `-3d`, `0d`, `new` or `–`.
    public var description: String {
        switch self {
        case .new: "new"
        case .days(let n): n > 0 ? "+\(n)d" : "\(n)d"
        case .undated: "–"
        }
    }

    /// Whether it is due later than agreed.
    public var isLate: Bool {
        if case .days(let n) = self { return n > 0 }
        return false
    }
}

extension Roadmap {
    /// The baseline of this name (exact), if any.
    public func baseline(named name: String) -> Baseline? {
        baselines.first { $0.name == name }
    }

    /// The baseline slip is measured against by default: the latest saved.
    public var currentBaseline: Baseline? { baselines.last }

    /// Saves every milestone's start and due under `name`. Refused when the
    /// name is taken (ignoring case, as ids are), empty, or the roadmap holds ``Baseline/maximumCount`` already.
    public mutating func saveBaseline(named name: String, at time: Timestamp, by author: String?, notes: String? = nil) throws(RoadmapError) -> Baseline {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        // A name is shown in every list and report: one line, no control characters (escape sequences).
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .badInput("a baseline needs a name on one line without control characters, such as \"Agreed at EID meeting 2025-12-09\".")
        }
        guard !baselines.contains(where: { $0.name.lowercased() == trimmed.lowercased() }) else {
            throw .badInput("a baseline named \"\(TerminalSafe.escape(trimmed))\" exists already; baselines are never changed once saved: choose another name.")
        }
        guard baselines.count < Baseline.maximumCount else {
            throw .badInput("this roadmap holds \(Baseline.maximumCount) baselines already, the most it keeps.")
        }
        let entries = workstreams.flatMap { $0.milestones.map { Baseline.Entry(id: $0.id, start: $0.start, due: $0.due) } }
        let saved = Baseline(name: trimmed, at: time, by: author, notes: notes, milestones: entries)
        baselines.append(saved)
        return saved
    }
}

extension Milestone {
    /// The slip of this milestone's due date against `baseline`.
    public func slip(against baseline: Baseline) -> Slip {
        guard let entry = baseline.entry(for: id) else { return .new }
        guard let then = entry.due, let now = due else { return .undated }
        return .days(now.daysSinceEpoch - then.daysSinceEpoch)
    }
}
