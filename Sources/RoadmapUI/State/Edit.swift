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
    /// The one field the edit set, when it set one (coalescing needs it).
    var field: MilestoneField? = nil
    /// When it was made.
    var at: Timestamp? = nil

    /// How long after one change a change of the same field of the same
    /// milestones still counts as part of it (seconds).
    static let coalescingWindow: Int64 = 120

    /// The edit that undoes this one.
    var inverse: Edit {
        Edit(label: label, items: items.reversed().map { Item(id: $0.id, workstream: $0.workstream, index: $0.index, before: $0.after, after: $0.before) })
    }

    /// This edit and `next` as one, when `next` changes the same field of
    /// milestones this edit changed, soon after, starting where this edit
    /// left them, and this edit's entries carry no reason: each milestone
    /// then gets one history entry for the net change (none when the field
    /// is back where it was; a milestone back as it was then has an item
    /// whose `before` equals its `after`). Nil when they are separate changes.
    func coalescing(_ next: Edit) -> Edit? {
        guard let field, next.field == field, let at, let nextAt = next.at,
              nextAt.secondsSinceEpoch - at.secondsSinceEpoch <= Self.coalescingWindow else { return nil }
        var merged = self
        merged.label = next.label
        merged.at = nextAt
        for item in next.items {
            guard let i = items.firstIndex(where: { $0.id == item.id }), let previous = items[i].after, previous == item.before,
                  let after = item.after, let first = previous.history.last, first.field == field.description, first.reason == nil,
                  after.history.count == previous.history.count + 1, after.history.dropLast() == previous.history[...],
                  var last = after.history.last else { return nil }
            var combined = after
            combined.history.removeLast(2)
            last.from = first.from
            if last.from != last.to { combined.history.append(last) }
            merged.items[i].after = combined
        }
        return merged
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
