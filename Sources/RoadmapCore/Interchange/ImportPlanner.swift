/// What an import does to a roadmap: the new roadmap and, for the user, each
/// milestone added and each change made.
public struct ImportOutcome: Equatable, Sendable {
    /// A milestone the import adds.
    public struct Addition: Equatable, Sendable {
        public var milestone: Milestone
        public var workstreamID: String
    }

    /// The changes made to one existing milestone, as its history records them.
    public struct Change: Equatable, Sendable {
        public var milestoneID: String
        public var entries: [HistoryEntry]
    }

    public var roadmap: Roadmap
    public var added: [Addition] = []
    public var changed: [Change] = []
    public var unchanged = 0
    /// Things the user should know: records left out, projects mapped to the
    /// fallback workstream, milestones that were not moved.
    public var notices: [String] = []
}

/// Matches imported records against a roadmap and works out the additions
/// and changes, all or nothing: any problem with any record throws, naming
/// every problem found, and the roadmap is not changed.
///
/// - A record is matched by its identity: an id (ignoring case), a marker
///   line in the notes, or else the same title in the same workstream. So
///   importing the same file twice adds nothing the second time.
/// - A matched milestone gets each field the record gives that differs, with
///   a history entry for each, as `roadmap set` would. Import never moves a
///   milestone to another workstream (it says so when the record names another).
/// - A new milestone takes the record's id when it has one (unused, since it
///   matched nothing), else the next free id of its workstream; it gets a
///   `created` history entry.
/// - The workstream is the one whose id the record names (ignoring case; a
///   Taskwarrior project `a.b` also finds `a`), else `fallback` when given.
/// - A dependency given by marker is the milestone whose notes carry that
///   line, in the roadmap or added by the import; a marker found nowhere is refused.
public enum ImportPlanner {
    /// Plans the import of `source` into `roadmap`; every history entry it
    /// writes is at `time`, by `author`.
    public static func plan(
        _ source: ImportSource, into roadmap: Roadmap, fallbackWorkstream fallback: String?, at time: Timestamp, by author: String? = nil
    ) throws(RoadmapError) -> ImportOutcome {
        guard source.records.contains(where: { !$0.dependsMarkers.isEmpty }) else {
            return try planRecords(source, into: roadmap, fallbackWorkstream: fallback, at: time, by: author)
        }
        // A marker may stand for a milestone the import adds, whose id only
        // planning gives: plan once without them, then read each marker's id.
        var resolved = source
        for index in resolved.records.indices { resolved.records[index].dependsMarkers = [] }
        let placed = try planRecords(resolved, into: roadmap, fallbackWorkstream: fallback, at: time, by: author).roadmap
        let markers = Set(source.records.flatMap(\.dependsMarkers))
        var ids: [String: String] = [:]
        for (_, milestone) in placed.allMilestones {
            for line in (milestone.notes ?? "").split(separator: "\n") where markers.contains(String(line)) {
                ids[String(line)] = ids[String(line)] ?? milestone.id
            }
        }
        var problems: [String] = []
        for (index, record) in source.records.enumerated() {
            for marker in record.dependsMarkers {
                if let id = ids[marker] {
                    resolved.records[index].depends.append(id)
                } else {
                    problems.append("\(record.origin): depends on \"\(marker)\", which is neither in this import nor in the roadmap.")
                }
            }
        }
        if !problems.isEmpty { throw refusal(problems) }
        return try planRecords(resolved, into: roadmap, fallbackWorkstream: fallback, at: time, by: author)
    }

    private static func planRecords(
        _ source: ImportSource, into roadmap: Roadmap, fallbackWorkstream fallback: String?, at time: Timestamp, by author: String?
    ) throws(RoadmapError) -> ImportOutcome {
        var outcome = ImportOutcome(roadmap: roadmap, notices: source.skipped)
        var problems: [String] = []
        var fallbackIndex: Int?
        if let fallback {
            guard let index = roadmap.workstreamIndex(fallback) else {
                throw .unknownWorkstream(fallback, known: roadmap.workstreams.map(\.id))
            }
            fallbackIndex = index
        }
        var seen = Set<String>()
        var lookup = MilestoneLookup(roadmap, records: source.records)
        var fallbackNames = Set<String>()
        for record in source.records {
            let outside = [("start", record.start), ("due", record.due)].compactMap { name, day in
                day.flatMap { DateInput.supported.contains($0) ? nil : "\(name) \($0)" }
            }
            if !outside.isEmpty {
                problems.append("\(record.origin): \(outside.joined(separator: " and ")) outside the dates \(DateInput.supportedHelp).")
                continue
            }
            let key = identityKey(record)
            if let key, !seen.insert(key).inserted {
                problems.append("\(record.origin): describes the same milestone as an earlier one (\(key)).")
                continue
            }
            let named = record.workstream.flatMap { $0.isEmpty ? nil : $0 }
            var workstream = named.flatMap { workstreamIndex(for: $0, in: outcome.roadmap) }
            if workstream == nil, let fallbackIndex {
                workstream = fallbackIndex
                fallbackNames.insert(named ?? "")
            }
            if let location = lookup.match(record, workstream: workstream) {
                if let workstream, workstream != location.workstream {
                    let here = outcome.roadmap.workstreams[location.workstream].id
                    outcome.notices.append("\(outcome.roadmap[location].id) stays in \(here) (\(record.origin) names \(outcome.roadmap.workstreams[workstream].id)); import does not move milestones.")
                }
                do {
                    let entries = try update(&outcome.roadmap[location], with: record, at: time, by: author)
                    try outcome.roadmap[location].checkDates()
                    if entries.isEmpty {
                        outcome.unchanged += 1
                    } else {
                        outcome.changed.append(.init(milestoneID: outcome.roadmap[location].id, entries: entries))
                    }
                } catch {
                    problems.append("\(record.origin): \(error.description)")
                }
                continue
            }
            guard let workstream else {
                let known = roadmap.workstreams.map(\.id).joined(separator: ", ")
                problems.append(named.map { "\(record.origin): no workstream \"\($0)\" (known: \(known)); give --workstream ID for such records." }
                    ?? "\(record.origin): no workstream given; give --workstream ID for such records.")
                continue
            }
            guard let title = record.title else {
                problems.append("\(record.origin): a new milestone needs a title.")
                continue
            }
            let id: String
            if case .id(let given) = record.identity {
                id = given
            } else {
                id = lookup.freshID(in: workstream, of: outcome.roadmap)
            }
            let status = record.status ?? .planned
            let milestone = Milestone(
                id: id, title: title, status: status, start: record.start, due: record.due, owner: record.owner,
                lead: record.lead, notes: record.notes, depends: record.depends,
                history: [HistoryEntry(at: time, field: "created", from: nil, to: status.rawValue, by: author)])
            do {
                try milestone.checkDates()
            } catch {
                problems.append("\(record.origin): \(error.description)")
                continue
            }
            outcome.roadmap.workstreams[workstream].milestones.append(milestone)
            lookup.add(milestone, at: Roadmap.Location(workstream: workstream, milestone: outcome.roadmap.workstreams[workstream].milestones.count - 1))
            outcome.added.append(.init(milestone: milestone, workstreamID: outcome.roadmap.workstreams[workstream].id))
        }
        // Dependencies are checked once every record is in: one may wait for a milestone added by a later one.
        if problems.isEmpty {
            problems = outcome.roadmap.dependencyProblems.map { problem in
                dependent(problem.path, in: outcome.roadmap).map { "\($0): depends: \(problem.message)." } ?? "depends: \(problem.message)."
            }
        }
        if let fallbackIndex, !fallbackNames.isEmpty {
            let names = fallbackNames.sorted().map { $0.isEmpty ? "(none)" : "\"\($0)\"" }.joined(separator: ", ")
            outcome.notices.append("workstream \(names) → \(roadmap.workstreams[fallbackIndex].id) (--workstream).")
        }
        if !problems.isEmpty { throw refusal(problems) }
        return outcome
    }

    /// The error naming every problem, after which nothing is imported.
    private static func refusal(_ problems: [String]) -> RoadmapError {
        let count = problems.count
        return .badInput("nothing was imported; \(count) problem\(count == 1 ? "" : "s"):\n" + problems.map { "  " + TerminalSafe.escape($0) }.joined(separator: "\n"))
    }

    /// The workstream a record's name stands for: its id, or for a dotted
    /// Taskwarrior project its first part.
    static func workstreamIndex(for name: String, in roadmap: Roadmap) -> Int? {
        if let index = roadmap.workstreamIndex(name) { return index }
        guard let head = name.split(separator: ".").first, head.count < name.count else { return nil }
        return roadmap.workstreamIndex(String(head))
    }

    /// The id of the milestone at a problem's path `workstreams[w].milestones[m].depends[i]`.
    private static func dependent(_ path: String, in roadmap: Roadmap) -> String? {
        let numbers = path.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 2 else { return nil }
        return roadmap[Roadmap.Location(workstream: numbers[0], milestone: numbers[1])].id
    }

    private static func identityKey(_ record: ImportRecord) -> String? {
        switch record.identity {
        case .id(let id): "id \(id.lowercased())"
        case .marker(let marker): marker
        case .none: nil
        }
    }

    /// Sets each given field that differs; returns the history entries added.
    private static func update(
        _ milestone: inout Milestone, with record: ImportRecord, at time: Timestamp, by author: String?
    ) throws(RoadmapError) -> [HistoryEntry] {
        let before = milestone.history.count
        if record.given.contains(.title), let title = record.title {
            if let translations = title.translations {
                for translation in translations {
                    try milestone.set(.title(language: translation.language), to: translation.text, at: time, by: author)
                }
            } else {
                try milestone.set(.title(language: nil), to: title.text(in: ""), at: time, by: author)
            }
        }
        if record.given.contains(.status), let status = record.status {
            try milestone.set(.status, to: status.rawValue, at: time, by: author)
        }
        if record.given.contains(.start) { try milestone.set(.start, to: record.start?.description, at: time, by: author) }
        if record.given.contains(.due) { try milestone.set(.due, to: record.due?.description, at: time, by: author) }
        if record.given.contains(.owner) { try milestone.set(.owner, to: record.owner, at: time, by: author) }
        if record.given.contains(.notes) { try milestone.set(.notes, to: record.notes, at: time, by: author) }
        if record.given.contains(.lead) { try milestone.set(.lead, to: record.lead?.rawValue, at: time, by: author) }
        if record.given.contains(.depends) { try milestone.set(.depends, to: record.depends.joined(separator: ","), at: time, by: author) }
        return Array(milestone.history[before...])
    }
}
