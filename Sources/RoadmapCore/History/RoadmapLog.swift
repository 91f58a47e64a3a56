/// One change recorded in a milestone's history, with the milestone and
/// workstream it belongs to: a line of the roadmap's log.
public struct LoggedChange: Equatable, Sendable {
    public var milestoneID: String
    public var workstreamID: String
    public var entry: HistoryEntry

    public init(milestoneID: String, workstreamID: String, entry: HistoryEntry) {
        self.milestoneID = milestoneID
        self.workstreamID = workstreamID
        self.entry = entry
    }

    /// A change of the whole roadmap (its time zone, ``ZoneChange``), not of one milestone.
    public static func wholeRoadmap(_ change: ZoneChange) -> LoggedChange {
        LoggedChange(milestoneID: "", workstreamID: "", entry: change.entry)
    }

    /// Whether it changed the whole roadmap (no milestone, no workstream).
    public var isWholeRoadmap: Bool { milestoneID.isEmpty }

    /// Who made the change, `unknown` when the entry does not say.
    public var author: String { entry.by ?? RoadmapLog.unknownAuthor }

    /// What changed, `from → to` (an update's text; `missing` for no value),
    /// whole (``LogLayout`` puts one too long for its column on lines of its own).
    public func change(missing: String = "–") -> String {
        entry.isComment ? (entry.to ?? "") : "\(entry.from ?? missing) → \(entry.to ?? missing)"
    }

    /// The widest a change is shown beside its row in a table `tableWidth` columns wide: a
    /// third of it, and never less than a date's move (`2027-12-24 → 2028-02-25`).
    public static func changeWidth(inTable tableWidth: Int) -> Int { max(23, tableWidth / 3) }
}

/// The roadmap's log: every history entry of every milestone, newest first,
/// and which entries one version of a roadmap has that another has not.
public enum RoadmapLog {
    /// How a change recorded without an author is shown.
    public static let unknownAuthor = "unknown"

    /// What to keep of the log; an empty filter keeps everything.
    public struct Filter: Sendable {
        /// Only changes made at this moment or later (`log --since DAY`: where
        /// the weekly report starts that day, ``Roadmap/start(of:fallback:)``).
        public var from: Timestamp?
        /// Only changes by authors whose name holds this (any part, ignoring
        /// case, as `git log --author`: `田中` finds `田中 花子`); `unknown`
        /// picks entries without one.
        public var author: String?
        /// Only milestones of this workstream (id, ignoring case).
        public var workstream: String?
        /// Only these milestones (ids, ignoring case); empty keeps all.
        public var milestones: Set<String>

        public init(from: Timestamp? = nil, author: String? = nil, workstream: String? = nil, milestones: Set<String> = []) {
            self.from = from
            self.author = author
            self.workstream = workstream
            self.milestones = Set(milestones.map { $0.lowercased() })
        }

        func keeps(_ change: LoggedChange) -> Bool {
            if let from, change.entry.at < from { return false }
            if let author, !change.author.lowercased().contains(author.lowercased()) { return false }
            if let workstream, change.workstreamID.lowercased() != workstream.lowercased() { return false }
            return milestones.isEmpty || milestones.contains(change.milestoneID.lowercased())
        }
    }

    /// The changes `filter` keeps, newest first; changes made in the same
    /// second keep the order the file has them in, the later one first (the
    /// time zone's before the milestones'). A change of the time zone
    /// belongs to no workstream or milestone: a filter naming one leaves it out.
    public static func changes(in roadmap: Roadmap, filter: Filter = Filter()) -> [LoggedChange] {
        var all: [(order: Int, change: LoggedChange)] = []
        for zoneChange in roadmap.zoneChanges {
            let change = LoggedChange.wholeRoadmap(zoneChange)
            if filter.keeps(change) { all.append((all.count, change)) }
        }
        for workstream in roadmap.workstreams {
            for milestone in workstream.milestones {
                for entry in milestone.history {
                    let change = LoggedChange(milestoneID: milestone.id, workstreamID: workstream.id, entry: entry)
                    if filter.keeps(change) { all.append((all.count, change)) }
                }
            }
        }
        // Entries of one milestone are in the order they were made; across milestones time decides.
        all.sort { $0.change.entry.at != $1.change.entry.at ? $0.change.entry.at > $1.change.entry.at : $0.order > $1.order }
        return all.map(\.change)
    }

    /// The entries `new` holds that `old` does not, milestone by milestone
    /// (matched by id, ignoring case), in file order: what was recorded
    /// between two versions of a file. A milestone `old` lacks contributes
    /// all its entries.
    public static func newChanges(from old: Roadmap, to new: Roadmap) -> [LoggedChange] {
        var oldHistory: [String: [HistoryEntry]] = [:]
        for workstream in old.workstreams {
            for milestone in workstream.milestones { oldHistory[milestone.id.lowercased()] = milestone.history }
        }
        var result: [LoggedChange] = []
        for workstream in new.workstreams {
            for milestone in workstream.milestones {
                let before = oldHistory[milestone.id.lowercased()] ?? []
                if milestone.history.starts(with: before) {
                    for entry in milestone.history.dropFirst(before.count) {
                        result.append(LoggedChange(milestoneID: milestone.id, workstreamID: workstream.id, entry: entry))
                    }
                    continue
                }
                // A merge may interleave entries: count what the old version already had.
                var seen: [HistoryEntry: Int] = [:]
                for entry in before { seen[entry, default: 0] += 1 }
                for entry in milestone.history {
                    if let count = seen[entry], count > 0 {
                        seen[entry] = count - 1
                    } else {
                        result.append(LoggedChange(milestoneID: milestone.id, workstreamID: workstream.id, entry: entry))
                    }
                }
            }
        }
        return result
    }

    /// The ids of milestones where the entries `new` has and `old` has not
    /// record a merge that met a conflict (``mergeConflictFields(from:to:)``).
    public static func mergeConflicts(from old: Roadmap, to new: Roadmap) -> [String] {
        mergeConflictFields(from: old, to: new).map(\.milestoneID).uniqued { $0.lowercased() }
    }

    /// The milestones (as `new` spells them) and fields, as history names
    /// them (`due`, `title.th`), where the entries `new` has and `old` has
    /// not record a merge that met a conflict: an entry whose "from" is not
    /// where the field's previous entry left it. Two offices changed the
    /// field from the same value, and a merge (the git merge driver,
    /// `roadmap sync`) kept one side: it records the other side's change,
    /// our own, then the change back to the kept value, so the chain of the
    /// field's values breaks. Changes made one after another never do.
    public static func mergeConflictFields(from old: Roadmap, to new: Roadmap) -> [(milestoneID: String, field: String)] {
        var added: [String: [HistoryEntry: Int]] = [:]
        for change in newChanges(from: old, to: new) where !change.entry.isComment {
            added[change.milestoneID.lowercased(), default: [:]][change.entry, default: 0] += 1
        }
        guard !added.isEmpty else { return [] }
        return new.workstreams.flatMap(\.milestones).flatMap { milestone -> [(milestoneID: String, field: String)] in
            guard var fresh = added[milestone.id.lowercased()] else { return [] }
            var last: [String: String?] = [:]
            var broken: [String] = []
            for entry in milestone.history where !entry.isComment {
                defer { last[entry.field] = .some(entry.to) }
                guard let count = fresh[entry], count > 0 else { continue }
                fresh[entry] = count - 1
                if let previous = last[entry.field], previous != entry.from, !broken.contains(entry.field) { broken.append(entry.field) }
            }
            return broken.map { (milestone.id, $0) }
        }
    }

    /// The ids (as `new` spells them) of milestones whose content differs
    /// between the two versions, or that only `new` has.
    public static func changedMilestones(from old: Roadmap, to new: Roadmap) -> [String] {
        var oldMilestones: [String: Milestone] = [:]
        for workstream in old.workstreams {
            for milestone in workstream.milestones { oldMilestones[milestone.id.lowercased()] = milestone }
        }
        return new.workstreams.flatMap(\.milestones).filter { oldMilestones[$0.id.lowercased()] != $0 }.map(\.id)
    }
}
