/// The merge that `roadmap merge BASE OURS THEIRS` does for git: the core
/// three-way merge, per milestone and field, with every conflict resolved
/// to our side so that the file stays a loadable roadmap.
///
/// Nothing is lost: each conflict is resolved with a history entry whose
/// `from` is their value (so the file itself holds both), and
/// ``report(_:fileName:)`` names base, ours and theirs for the user.
public enum GitMergeDriver {
    public struct Outcome: Equatable, Sendable {
        /// The merged roadmap, our value kept wherever both sides changed a field.
        public var merged: Roadmap
        /// What both sides changed differently, as found before resolving.
        public var conflicts: [MergeConflict]
        /// The merge before the conflicts were resolved: their value and
        /// their entries wherever both sides changed a field (what their side brings).
        public var unresolved: Roadmap
    }

    /// Merges; `base` is nil when git has none (the file was added on both
    /// branches), and then every milestone counts as added on both sides.
    /// Each conflict's history entry is recorded as made by `author`.
    public static func merge(base: Roadmap?, ours: Roadmap, theirs: Roadmap, at time: Timestamp, by author: String? = nil) -> Outcome {
        let base = base ?? Roadmap(schema: theirs.schema, title: theirs.title, notes: theirs.notes, timeZone: theirs.timeZone, workstreams: [])
        var result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs, at: time)
        let (conflicts, unresolved) = (result.conflicts, result.merged)
        for conflict in conflicts { result.keepOurs(conflict, at: time, by: author) }
        return Outcome(merged: result.merged, conflicts: conflicts, unresolved: unresolved)
    }

    /// The conflict report for people, one line per conflict and what to do.
    public static func report(_ conflicts: [MergeConflict], fileName: String) -> String {
        let count = conflicts.count
        var lines = ["\(fileName): \(count) conflict\(count == 1 ? "" : "s") (both sides changed the same field); the file keeps our side of each:"]
        for conflict in conflicts {
            let id = conflict.milestoneID
            switch conflict.field {
            case .removed:
                lines.append("  \(id): \(conflict.ours == "removed" ? "we removed it, they changed it (their version is in git: git show MERGE_HEAD:\(fileName))" : "we changed it, they removed it (kept)").")
            case .timeZone:
                lines.append("  the programme's time zone: base \(quoted(conflict.base)), ours \(quoted(conflict.ours)) (kept), theirs \(quoted(conflict.theirs)); "
                    + "theirs is in the time zone's history; take it with `roadmap time-zone \(conflict.theirs ?? "none")`.")
            case .added:
                lines.append("  \(id): both sides added a milestone with this id; ours: \(quoted(conflict.ours)), theirs: \(quoted(conflict.theirs)) (theirs is in git: git show MERGE_HEAD:\(fileName)).")
            default:
                lines.append("  \(id) \(conflict.fieldName): base \(quoted(conflict.base)), ours \(quoted(conflict.ours)) (kept), theirs \(quoted(conflict.theirs)).")
            }
        }
        if conflicts.contains(where: { $0.field != .timeZone }) {
            lines.append("Take their value with `roadmap set ID --FIELD VALUE` where you want it (the milestone's history also holds it), then `git add \(fileName)` and commit.")
        } else {
            lines.append("Then `git add \(fileName)` and commit.")
        }
        return lines.map(TerminalSafe.escape).joined(separator: "\n") + "\n"
    }

    private static func quoted(_ value: String?) -> String {
        value.map { "\"\($0)\"" } ?? "none"
    }
}
