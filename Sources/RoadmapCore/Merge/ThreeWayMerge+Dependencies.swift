/// Each side's dependencies are valid on their own but not always together:
/// one side waits for a milestone the other removed, or the links the two
/// sides added close a cycle (ours: A waits for B; theirs: B waits for A).
/// The merge then leaves out the ids of removed milestones and, in each
/// cycle, a link our side does not have, and records what it left out as a
/// history entry of the milestone, so the result loads and nothing is lost.
extension ThreeWayMerge {
    static func repairDependencies(_ merged: inout Roadmap, ours: Roadmap, at time: Timestamp) {
        guard merged.hasDependencies else { return }
        var before: [Roadmap.Location: (depends: [String], reasons: [String])] = [:]
        func leaveOut(_ location: Roadmap.Location, _ id: String, because reason: String) {
            if before[location] == nil { before[location] = (merged[location].depends, []) }
            merged[location].depends.removeAll { $0.lowercased() == id.lowercased() }
            before[location]!.reasons.append(reason)
        }

        // Waiting for a milestone that is no longer there.
        let known = Set(merged.workstreams.flatMap { $0.milestones.map { $0.id.lowercased() } })
        for (w, workstream) in merged.workstreams.enumerated() {
            for (m, milestone) in workstream.milestones.enumerated() {
                for id in milestone.depends where !known.contains(id.lowercased()) {
                    leaveOut(Roadmap.Location(workstream: w, milestone: m), id, because: "\(id) was removed on the other side")
                }
            }
        }

        // Cycles: each loses one link that our version does not have (ours has no cycle, so there is one).
        var rounds = 0
        while let cycle = merged.firstDependencyCycle(), rounds < merged.milestoneCount {
            rounds += 1
            let ids = cycle.map { merged[$0].id }
            let links = zip(cycle, cycle.dropFirst())
            let (waiting, waitedFor) = links.first { waiting, waitedFor in
                let ourDepends = ours.locate(merged[waiting].id).map { ours[$0].depends.map { $0.lowercased() } } ?? []
                return !ourDepends.contains(merged[waitedFor].id.lowercased())
            } ?? (cycle[0], cycle[1])
            leaveOut(waiting, merged[waitedFor].id, because: "\(ids.joined(separator: " → ")) would be a cycle")
        }

        for (location, change) in before {
            merged[location].history.append(HistoryEntry(
                at: time, field: MilestoneField.depends.description, from: change.depends.joined(separator: ","),
                to: merged[location].value(of: .depends), reason: "merge: " + change.reasons.joined(separator: "; ")))
        }
    }
}
