extension Roadmap {
    /// Adds a milestone to a workstream with a fresh id and a `created` history
    /// entry made by `author`. Returns its location.
    @discardableResult
    public mutating func addMilestone(
        to workstream: Int, title: LocalizedText, status: Status = .planned, start: CalendarDay? = nil, due: CalendarDay? = nil,
        owner: String? = nil, notes: String? = nil, at time: Timestamp, by author: String? = nil
    ) -> Location {
        let id = nextMilestoneID(in: workstream)
        let milestone = Milestone(
            id: id, title: title, status: status, start: start, due: due, owner: owner, notes: notes,
            history: [HistoryEntry(at: time, field: "created", from: nil, to: status.rawValue, by: author)]
        )
        workstreams[workstream].milestones.append(milestone)
        return Location(workstream: workstream, milestone: workstreams[workstream].milestones.count - 1)
    }

    /// An unused id for a new milestone in a workstream (see ``MilestoneIDSequence``).
    public func nextMilestoneID(in workstream: Int) -> String {
        let used = Set(allMilestones.map { $0.milestone.id.lowercased() })
        var sequence = MilestoneIDSequence(workstreams[workstream])
        return sequence.next { used.contains($0) }
    }

    /// Removes and returns a milestone.
    @discardableResult
    public mutating func removeMilestone(at location: Location) -> Milestone {
        workstreams[location.workstream].milestones.remove(at: location.milestone)
    }
}

/// The ids a workstream's new milestones get: the prefix its milestones
/// share (or the initials of its id), then counting on from the highest
/// number they have. Every id it gives is a valid one: the prefix is cut
/// short when prefix and number would pass 32 characters, and a number of
/// more than 18 digits is not counted on from, so counting cannot overflow.
struct MilestoneIDSequence {
    private var prefix: String
    private var number: Int

    init(_ workstream: Workstream) {
        let existing = workstream.milestones.map(\.id)
        var prefix = existing.first.map { String($0.prefix { !$0.isNumber }) } ?? ""
        if prefix.isEmpty || !existing.allSatisfy({ $0.hasPrefix(prefix) }) {
            prefix = workstream.id.split(whereSeparator: { !$0.isLetter })
                .compactMap(\.first).map { String($0).uppercased() }.joined()
        }
        if prefix.isEmpty || !RoadmapDecoder.isValidID(prefix.prefix(31) + "1") { prefix = "M" }
        self.prefix = prefix
        number = existing.compactMap { id -> Int? in
            let digits = id.dropFirst(prefix.count)
            return digits.count <= 18 && digits.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(digits) : nil
        }.max().map { $0 + 1 } ?? 1
    }

    /// The next id that `taken` (asked with the id in lowercase) lets through.
    mutating func next(unless taken: (String) -> Bool) -> String {
        while true {
            let digits = String(number)
            let id = String(prefix.prefix(32 - digits.count)) + digits
            number += 1
            if !taken(id.lowercased()) { return id }
        }
    }
}
