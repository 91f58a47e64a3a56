/// A commit message for the changes between two versions of a roadmap,
/// made from the history entries the newer one added:
/// `roadmap: SC2 done, CE5 due +63d (Somchai)`, then one line per entry.
public enum ChangeSummary {
    /// At most this many changes are named in the subject line; more are counted.
    static let namedInSubject = 5

    /// The message: a subject line, and when there is anything to list, a
    /// blank line and one line per change (oldest first). `old` is nil when
    /// the file is new (then the message says so).
    public static func commitMessage(from old: Roadmap?, to new: Roadmap) -> String {
        guard let old else { return "roadmap: new roadmap file, \(new.milestoneCount) milestones\n" }
        let changes = RoadmapLog.newChanges(from: old, to: new)
        let removed = removedIDs(from: old, to: new)
        // The programme's clock: the subject names its net change, the body each recorded one.
        let zone = old.timeZone == new.timeZone ? nil : "time zone \(old.timeZone ?? "none") → \(new.timeZone ?? "none")"
        var items = phrases(changes) + removed.map { "\($0) removed" } + (zone.map { [$0] } ?? [])
        if items.isEmpty { items = ["edited"] }
        // Who changed the zone is recorded too (``Roadmap/zoneChanges``).
        let zoneAuthors = zone == nil ? [] : new.zoneChanges.filter { !old.zoneChanges.contains($0) }.map { LoggedChange.wholeRoadmap($0).author }
        let authors = (changes.map(\.author) + zoneAuthors).uniqued { $0.lowercased() }
        let named = items.count <= namedInSubject
            ? items.joined(separator: ", ")
            : "\(items.count) changes to \((changes.map(\.milestoneID) + removed).uniqued { $0.lowercased() }.count) milestones"
        let subject = "roadmap: " + named + (authors.isEmpty ? "" : " (\(authors.joined(separator: ", ")))")
        // Each recorded change of the zone with who and why, as a milestone's; one made by hand as it stands.
        let zoneEntries = new.zoneChanges.filter { !old.zoneChanges.contains($0) }.map { line(.wholeRoadmap($0)) }
        let zoneLines = !zoneEntries.isEmpty || zone == nil ? zoneEntries : ["time zone: \(old.timeZone ?? "none") → \(new.timeZone ?? "none")"]
        let body = changes.map(line) + removed.map { "\($0): removed" } + zoneLines
        return TerminalSafe.escape(subject) + (body.isEmpty ? "" : "\n\n" + body.map(TerminalSafe.escape).joined(separator: "\n")) + "\n"
    }

    /// One line for a change: `SC2 status: in-progress → done (Somchai; why)`,
    /// `time zone: Asia/Bangkok → Asia/Tokyo (山田; why)`.
    public static func line(_ change: LoggedChange) -> String {
        let why = change.entry.reason.map { "; \($0)" } ?? ""
        let what = change.isWholeRoadmap ? "time zone" : "\(change.milestoneID) \(change.entry.field)"
        return "\(what): \(change.change(missing: "none")) (\(change.author)\(why))"
    }

    /// Short phrases, one per milestone and field, in the order first changed:
    /// the net change from the first entry's `from` to the last one's `to`.
    static func phrases(_ changes: [LoggedChange]) -> [String] {
        var order: [String] = []
        var net: [String: (id: String, field: String, from: String?, to: String?)] = [:]
        for change in changes {
            let key = change.milestoneID.lowercased() + "\u{0}" + change.entry.field
            if let first = net[key] {
                net[key] = (first.id, first.field, first.from, change.entry.to)
            } else {
                order.append(key)
                net[key] = (change.milestoneID, change.entry.field, change.entry.from, change.entry.to)
            }
        }
        return order.map { key in
            let (id, field, from, to) = net[key]!
            switch field {
            case "status": return "\(id) \(to ?? "none")"
            case "created": return "\(id) added"
            case "due", "start":
                guard let to else { return "\(id) \(field) removed" }
                guard let from, let a = CalendarDay(iso: from), let b = CalendarDay(iso: to) else { return "\(id) \(field) \(to)" }
                let days = a.days(until: b)
                return "\(id) \(field) \(days >= 0 ? "+" : "")\(days)d"
            case "lead": return "\(id) lead \(to ?? "none")"
            default: return "\(id) \(field)"
            }
        }
    }

    private static func removedIDs(from old: Roadmap, to new: Roadmap) -> [String] {
        old.workstreams.flatMap(\.milestones).map(\.id).filter { new.locate($0) == nil }
    }
}
