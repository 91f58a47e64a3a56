/// The milestones of a roadmap numbered `0..<count` in file order,
/// workstream by workstream, so that what is worked out per milestone can
/// live in flat arrays (the dependency graph, the UI's links in and out).
public struct MilestoneNumbering: Equatable, Sendable {
    /// The number of each workstream's first milestone, then the count.
    private let starts: [Int]

    public init(_ roadmap: Roadmap) {
        var starts = [0]
        for workstream in roadmap.workstreams { starts.append(starts.last! + workstream.milestones.count) }
        self.starts = starts
    }

    /// How many milestones are numbered.
    public var count: Int { starts.last! }

    /// Whether `roadmap` has as many milestones in each workstream as the
    /// roadmap this numbering was made for.
    public func fits(_ roadmap: Roadmap) -> Bool {
        roadmap.workstreams.count == starts.count - 1
            && roadmap.workstreams.indices.allSatisfy { starts[$0 + 1] - starts[$0] == roadmap.workstreams[$0].milestones.count }
    }

    /// The number of the milestone at `location`, nil when there is none.
    public func number(of location: Roadmap.Location) -> Int? {
        guard starts.indices.dropLast().contains(location.workstream), location.milestone >= 0 else { return nil }
        let number = starts[location.workstream] + location.milestone
        return number < starts[location.workstream + 1] ? number : nil
    }

    /// Where milestone `number` is (`0..<count`).
    public func location(of number: Int) -> Roadmap.Location {
        // The last workstream starting at or before it: an empty one starts where the next does.
        let w = starts.dropLast().lastIndex { $0 <= number }!
        return Roadmap.Location(workstream: w, milestone: number - starts[w])
    }
}
