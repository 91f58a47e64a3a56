/// Where each milestone is, by id, kept from one version of a roadmap to the
/// next: a location found is checked against the roadmap it is used on (the
/// milestone there must have that id), and the index is built again only
/// when the check fails, that is after milestones were added, removed or
/// moved. Ids are looked up as spelled first, then ignoring case.
public struct IDIndex: Sendable {
    private var exact: [String: Roadmap.Location] = [:]
    private var folded: [String: Roadmap.Location]?

    public init() {}

    /// The location of the milestone with this id (any case), or nil.
    public mutating func locate(_ id: String, in roadmap: Roadmap) -> Roadmap.Location? {
        if let found = exact[id], Self.holds(roadmap, found, id) { return found }
        if let found = folded?[id.lowercased()], Self.holds(roadmap, found, nil, folded: id.lowercased()) { return found }
        // Not found or no longer right: build again from the roadmap, and look
        // once more; ids spelled otherwise than in the file (rare) are indexed
        // only when one is asked for.
        rebuild(roadmap)
        if let found = exact[id] { return found }
        var lower: [String: Roadmap.Location] = [:]
        lower.reserveCapacity(exact.count)
        for (key, location) in exact { lower[key.lowercased()] = location }
        folded = lower
        return lower[id.lowercased()]
    }

    private static func holds(_ roadmap: Roadmap, _ location: Roadmap.Location, _ id: String?, folded: String? = nil) -> Bool {
        guard roadmap.workstreams.indices.contains(location.workstream),
              roadmap.workstreams[location.workstream].milestones.indices.contains(location.milestone) else { return false }
        // The id is read where the milestone is kept, without copying the milestone.
        return roadmap.workstreams[location.workstream].milestones.withUnsafeBufferPointer { milestones in
            let there = milestones[location.milestone].id
            return id.map { there == $0 } ?? (there.lowercased() == folded)
        }
    }

    private mutating func rebuild(_ roadmap: Roadmap) {
        exact.removeAll(keepingCapacity: true)
        folded = nil
        for (w, workstream) in roadmap.workstreams.enumerated() {
            workstream.milestones.withUnsafeBufferPointer { milestones in
                for m in milestones.indices { exact[milestones[m].id] = Roadmap.Location(workstream: w, milestone: m) }
            }
        }
    }
}
