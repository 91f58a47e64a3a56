import RoadmapCore

/// One undoable change: milestones before and after, by id. `before` nil
/// means the change added it; `after` nil means the change removed it.
struct Edit: Equatable, Sendable {
    struct Item: Equatable, Sendable {
        var id: String
        var workstream: Int
        var index: Int
        var before: Milestone?
        var after: Milestone?
    }
    var label: String
    var items: [Item]

    /// The edit that undoes this one.
    var inverse: Edit {
        Edit(label: label, items: items.reversed().map { Item(id: $0.id, workstream: $0.workstream, index: $0.index, before: $0.after, after: $0.before) })
    }

    /// Applies the edit when every milestone is still as it expects (`before`).
    /// Returns the ids that changed since, and applies nothing, otherwise.
    func apply(to roadmap: inout Roadmap) -> [String] {
        var stale: [String] = []
        for item in items {
            let current = roadmap.locate(item.id).map { roadmap[$0] }
            if current != item.before { stale.append(item.id) }
        }
        guard stale.isEmpty else { return stale }
        for item in items {
            switch (item.before, item.after) {
            case (_, let after?):
                if let location = roadmap.locate(item.id) {
                    roadmap[location] = after
                } else {
                    let w = min(item.workstream, roadmap.workstreams.count - 1)
                    let index = min(item.index, roadmap.workstreams[w].milestones.count)
                    roadmap.workstreams[w].milestones.insert(after, at: index)
                }
            case (_, nil):
                if let location = roadmap.locate(item.id) { roadmap.removeMilestone(at: location) }
            }
        }
        return []
    }
}
