/// The same field of the same milestone changed on both sides.
public struct MergeConflict: Equatable, Hashable, Sendable {
    public enum Field: String, Sendable, CaseIterable {
        case title, status, start, due, owner, notes, lead
        /// Both sides saved a different baseline under one name (``MergeConflict/milestoneID`` holds the name).
        case baseline
        /// One side removed the milestone, the other changed it.
        case removed
        /// Both sides added a different milestone with the same id.
        case added
        /// Both sides named a different programme time zone (``MergeConflict/milestoneID`` is empty).
        case timeZone
    }

    public var milestoneID: String
    public var field: Field
    /// The values as text (`nil` when absent), for showing to the user.
    public var base: String?
    public var ours: String?
    public var theirs: String?
    /// Our version of the milestone (nil when we removed it).
    public var ourMilestone: Milestone?
    /// The workstream our milestone belongs to.
    public var ourWorkstreamID: String
    /// For a title, the language both sides changed; nil when all three titles are plain.
    public var language: String? = nil
    /// For a baseline, our version of it.
    public var ourBaseline: Baseline? = nil

    /// The milestone field in conflict (nil for a removed or added milestone).
    public var milestoneField: MilestoneField? {
        switch field {
        case .title: .title(language: language)
        case .status: .status
        case .start: .start
        case .due: .due
        case .owner: .owner
        case .notes: .notes
        case .lead: .lead
        case .removed, .added, .baseline, .timeZone: nil
        }
    }

    /// The field as history names it: `status`, `title`, `title.th`, …
    public var fieldName: String { milestoneField?.description ?? field.rawValue }
}

/// The result of a three-way merge: the merged roadmap (holding their value
/// wherever there is a conflict) and the conflicts.
public struct MergeResult: Equatable, Sendable {
    public var merged: Roadmap
    public var conflicts: [MergeConflict]

    /// Resolves one conflict in favour of our side: our entries of the field
    /// go into history as they were (when, who, why), then the change from
    /// their value to ours, as made by `author`.
    public mutating func keepOurs(_ conflict: MergeConflict, at time: Timestamp, by author: String? = nil) {
        switch conflict.field {
        case .removed:
            if let location = merged.locate(conflict.milestoneID) {
                merged.removeMilestone(at: location)
            } else if let ours = conflict.ourMilestone {
                Self.insert(ours, workstreamID: conflict.ourWorkstreamID, into: &merged)
            }
        case .added:
            if let location = merged.locate(conflict.milestoneID), let ours = conflict.ourMilestone {
                merged[location] = ours
            }
        case .timeZone:
            // Recorded as a change from their zone to ours, as a milestone field's resolution is.
            merged.setTimeZone(conflict.ours, at: time, by: author)
        case .baseline:
            if let ours = conflict.ourBaseline, let index = merged.baselines.firstIndex(where: { $0.name == ours.name }) {
                merged.baselines[index] = ours
            }
        default:
            guard let location = merged.locate(conflict.milestoneID), let ours = conflict.ourMilestone,
                  let field = conflict.milestoneField else { return }
            var milestone = merged[location]
            let from = milestone.value(of: field)
            switch conflict.field {
            case .title:
                guard let language = conflict.language else { milestone.title = ours.title; break }
                let list = ThreeWayMerge.setting(language, to: ours.value(of: field), in: ThreeWayMerge.translations(milestone.title))
                milestone.title = list.isEmpty ? ours.title : LocalizedText(translations: list)
            case .status: milestone.status = ours.status
            case .start: milestone.start = ours.start
            case .due: milestone.due = ours.due
            case .owner: milestone.owner = ours.owner
            case .notes: milestone.notes = ours.notes
            case .lead: milestone.lead = ours.lead
            case .removed, .added, .baseline, .timeZone: break
            }
            // Our own entries of the field, as they were (when, who, why), then the resolution.
            milestone.history.append(contentsOf: ours.history.filter { $0.field == field.description && !milestone.history.contains($0) })
            milestone.history.append(HistoryEntry(at: time, field: field.description, from: from, to: milestone.value(of: field), by: author))
            merged[location] = milestone
        }
        conflicts.removeAll { $0 == conflict }
    }

    /// Resolves one conflict in favour of their side (already in ``merged``).
    public mutating func keepTheirs(_ conflict: MergeConflict) {
        conflicts.removeAll { $0 == conflict }
    }

    static func insert(_ milestone: Milestone, workstreamID: String, into roadmap: inout Roadmap) {
        if let w = roadmap.workstreamIndex(workstreamID) {
            roadmap.workstreams[w].milestones.append(milestone)
        } else if !roadmap.workstreams.isEmpty {
            roadmap.workstreams[roadmap.workstreams.count - 1].milestones.append(milestone)
        }
    }
}

/// Merges two versions of a roadmap that both started from `base`, one
/// milestone and one field at a time: a field changed on one side only takes
/// that side's value, history entries from both sides are kept, and a field
/// changed differently on both sides is a ``MergeConflict``.
public enum ThreeWayMerge {
    /// Merges `ours` and `theirs`, both changed from `base`. Roadmaps read
    /// from a file have unique milestone ids (ignoring case); the merge
    /// relies on that. Dependencies valid on each side but not together are
    /// repaired (see ``repairDependencies(_:ours:at:)``) with history entries
    /// stamped `time`.
    public static func merge(base: Roadmap, ours: Roadmap, theirs: Roadmap, at time: Timestamp = .now()) -> MergeResult {
        var result: MergeResult
        if let changed = changesInPlace(base: base, ours: ours) {
            result = mergeInPlaceChanges(changed, base: base, ours: ours, theirs: theirs)
            // Their dependencies are valid; ours can make them otherwise only where we changed some.
            guard changed.contains(where: { ours[$0].depends != base[$0].depends }) else { return result }
        } else {
            result = mergeEverything(base: base, ours: ours, theirs: theirs)
        }
        repairDependencies(&result.merged, ours: ours, at: time)
        return result
    }

    /// The merge that looks at every milestone: for any two versions.
    static func mergeEverything(base: Roadmap, ours: Roadmap, theirs: Roadmap) -> MergeResult {
        var merged = mergeHeadings(base: base, ours: ours, theirs: theirs)
        var conflicts = mergeBaselines(base: base, ours: ours, into: &merged) + mergeTimeZone(base: base, ours: ours, into: &merged)
        let baseIndex = index(base)
        let theirIndex = index(theirs)
        var ourIDs = Set<String>()
        for workstream in ours.workstreams {
            for milestone in workstream.milestones {
                let key = milestone.id.lowercased()
                ourIDs.insert(key)
                merge(milestone, workstreamID: workstream.id, base: baseIndex[key].map { base[$0] },
                      theirs: theirIndex[key].map { theirs[$0] }, into: &merged, conflicts: &conflicts)
            }
        }
        // Milestones we removed.
        for (key, location) in baseIndex where !ourIDs.contains(key) {
            guard let theirLocation = merged.locate(key) else { continue }
            let theirVersion = merged[theirLocation]
            if theirVersion == base[location] {
                merged.removeMilestone(at: theirLocation)
            } else {
                conflicts.append(MergeConflict(milestoneID: theirVersion.id, field: .removed, base: nil,
                                               ours: "removed", theirs: "changed", ourMilestone: nil,
                                               ourWorkstreamID: base.workstreams[location.workstream].id))
            }
        }
        return MergeResult(merged: merged, conflicts: sorted(conflicts))
    }

    /// The merge when `ours` only changed milestones in place (what
    /// ``changesInPlace(base:ours:)`` found): it looks at those alone, so
    /// that a change merged into a large roadmap costs in proportion to the
    /// change. The result is ``mergeEverything(base:ours:theirs:)``'s.
    static func mergeInPlaceChanges(_ changed: [Roadmap.Location], base: Roadmap, ours: Roadmap, theirs: Roadmap) -> MergeResult {
        var merged = mergeHeadings(base: base, ours: ours, theirs: theirs)
        var conflicts = mergeBaselines(base: base, ours: ours, into: &merged) + mergeTimeZone(base: base, ours: ours, into: &merged)
        for location in changed {
            let milestone = ours[location]
            merge(milestone, workstreamID: ours.workstreams[location.workstream].id, base: base[location],
                  theirs: theirs.locate(milestone.id).map { theirs[$0] }, into: &merged, conflicts: &conflicts)
        }
        return MergeResult(merged: merged, conflicts: sorted(conflicts))
    }

    /// Where `ours` differs from `base`, when it has the same workstreams and
    /// the same milestones in the same places (only their fields changed);
    /// nil when a workstream or milestone was added, removed or moved.
    static func changesInPlace(base: Roadmap, ours: Roadmap) -> [Roadmap.Location]? {
        guard base.workstreams.count == ours.workstreams.count else { return nil }
        var changed: [Roadmap.Location] = []
        for (w, workstream) in ours.workstreams.enumerated() {
            let baseMilestones = base.workstreams[w].milestones
            guard base.workstreams[w].id == workstream.id, baseMilestones.count == workstream.milestones.count else { return nil }
            var start = 0
            while let m = Milestone.firstDifference(workstream.milestones, baseMilestones, from: start) {
                guard workstream.milestones[m].id == baseMilestones[m].id else { return nil }
                changed.append(Roadmap.Location(workstream: w, milestone: m))
                start = m + 1
            }
        }
        return changed
    }

    /// `theirs` with the roadmap's title and notes, and the workstreams we
    /// added or renamed, merged in.
    private static func mergeHeadings(base: Roadmap, ours: Roadmap, theirs: Roadmap) -> Roadmap {
        var merged = theirs
        if ours.title != base.title && theirs.title == base.title { merged.title = ours.title }
        if ours.notes != base.notes && theirs.notes == base.notes { merged.notes = ours.notes }
        for workstream in ours.workstreams {
            let baseIndex = base.workstreamIndex(workstream.id)
            if let m = merged.workstreamIndex(workstream.id) {
                if let b = baseIndex, base.workstreams[b].title != workstream.title, merged.workstreams[m].title == base.workstreams[b].title {
                    merged.workstreams[m].title = workstream.title
                }
            } else if baseIndex == nil {
                merged.workstreams.append(Workstream(id: workstream.id, title: workstream.title))
            }
        }
        return merged
    }

    /// The programme's time zone, a value, and its recorded changes, a set:
    /// both sides' entries are kept (oldest first, ``ZoneChange/ordered(_:)``).
    /// The zone changed on our side only, ours is taken; changed differently
    /// on both, the side whose latest recorded change is later wins; when
    /// either change is not recorded, or both were made in the same second,
    /// theirs stays in `merged` (their version) and it is a conflict, as a
    /// milestone field is.
    private static func mergeTimeZone(base: Roadmap, ours: Roadmap, into merged: inout Roadmap) -> [MergeConflict] {
        let theirs = merged
        let ourNew = ours.zoneChanges.filter { !theirs.zoneChanges.contains($0) }
        if !ourNew.isEmpty { merged.zoneChanges = ZoneChange.ordered(theirs.zoneChanges + ourNew) }
        guard ours.timeZone != base.timeZone, ours.timeZone != merged.timeZone else { return [] }
        guard merged.timeZone != base.timeZone else {
            merged.timeZone = ours.timeZone
            return []
        }
        // The change that made each side's zone, when recorded since the base.
        func latest(_ side: Roadmap) -> ZoneChange? {
            side.zoneChanges.last.flatMap { $0.to == side.timeZone && !base.zoneChanges.contains($0) ? $0 : nil }
        }
        if let mine = latest(ours), let theirChange = latest(theirs), mine.at != theirChange.at {
            if mine.at > theirChange.at { merged.timeZone = ours.timeZone }
            return []
        }
        return [MergeConflict(milestoneID: "", field: .timeZone, base: base.timeZone, ours: ours.timeZone,
                              theirs: merged.timeZone, ourMilestone: nil, ourWorkstreamID: "")]
    }

    /// Adds the baselines we saved since `base` to `merged` (their version):
    /// one they saved too under the same name is kept once when equal, else
    /// theirs is kept and it is a conflict. Baselines are never edited or
    /// removed, so there is nothing else to merge.
    private static func mergeBaselines(base: Roadmap, ours: Roadmap, into merged: inout Roadmap) -> [MergeConflict] {
        var conflicts: [MergeConflict] = []
        for baseline in ours.baselines where base.baseline(named: baseline.name) == nil {
            if let theirs = merged.baseline(named: baseline.name) {
                guard theirs != baseline else { continue }
                conflicts.append(MergeConflict(milestoneID: baseline.name, field: .baseline, base: nil,
                                               ours: "saved \(baseline.at)", theirs: "saved \(theirs.at)", ourMilestone: nil,
                                               ourWorkstreamID: "", ourBaseline: baseline))
            } else {
                merged.baselines.append(baseline)
            }
        }
        return conflicts
    }

    /// Merges our version of one milestone (in workstream `workstreamID`)
    /// with its base and their versions (nil where it does not exist) into `merged`.
    private static func merge(
        _ milestone: Milestone, workstreamID wsID: String, base baseVersion: Milestone?, theirs theirVersion: Milestone?,
        into merged: inout Roadmap, conflicts: inout [MergeConflict]
    ) {
        switch (baseVersion, theirVersion) {
        case (nil, nil):
            MergeResult.insert(milestone, workstreamID: wsID, into: &merged)
        case (nil, let theirs?):
            if theirs != milestone {
                conflicts.append(MergeConflict(milestoneID: milestone.id, field: .added, base: nil,
                                               ours: milestone.title.text(in: "en"), theirs: theirs.title.text(in: "en"),
                                               ourMilestone: milestone, ourWorkstreamID: wsID))
            }
        case (let base?, nil):
            if milestone != base {
                conflicts.append(MergeConflict(milestoneID: milestone.id, field: .removed, base: nil,
                                               ours: "changed", theirs: "removed",
                                               ourMilestone: milestone, ourWorkstreamID: wsID))
            }
        case (let base?, let theirs?):
            guard milestone != base, let location = merged.locate(milestone.id) else { return }
            var result = theirs
            var conflicted = Set<String>()
            func conflict(_ field: MergeConflict.Field, language: String? = nil) {
                var found = MergeConflict(milestoneID: milestone.id, field: field, base: nil, ours: nil, theirs: nil,
                                          ourMilestone: milestone, ourWorkstreamID: wsID, language: language)
                let key = found.milestoneField!
                (found.base, found.ours, found.theirs) = (base.value(of: key), milestone.value(of: key), theirs.value(of: key))
                conflicts.append(found)
                conflicted.insert(key.description)
                // History names the English title `title` or `title.en`, as it was set.
                if field == .title && (language ?? "en") == "en" { conflicted.formUnion(["title", "title.en"]) }
            }
            for field in [MergeConflict.Field.status, .start, .due, .owner, .notes, .lead] {
                guard !same(field, milestone, base) else { continue }
                if same(field, theirs, base) {
                    copy(field, from: milestone, to: &result)
                } else if !same(field, milestone, theirs) {
                    conflict(field)
                }
            }
            // Dependencies merge as a set: what either side added, less what either removed.
            if milestone.depends != base.depends {
                let removed = Set(base.depends.filter { !milestone.depends.contains($0) || !theirs.depends.contains($0) })
                result.depends = (theirs.depends + milestone.depends.filter { !theirs.depends.contains($0) }).filter { !removed.contains($0) }
            }
            let title = mergeTitle(base: base.title, ours: milestone.title, theirs: theirs.title)
            result.title = title.merged
            for language in title.conflicts { conflict(.title, language: language) }
            // Our side may have folded its last entries into one (the UI
            // coalesces quick changes of a field): base entries it no longer
            // has leave the result too, unless their field is in conflict.
            let kept = zip(base.history, milestone.history).prefix { $0 == $1 }.count
            if kept < base.history.count, result.history.starts(with: base.history) {
                let dropped = Set(base.history[kept...].indices.filter { !conflicted.contains(base.history[$0].field) })
                result.history = result.history.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
            }
            // Our new entries go after theirs; one equal to an entry they
            // also added since the base is the same change, kept once.
            var theirNew = Array(theirs.history.dropFirst(base.history.count))
            for entry in milestone.history.dropFirst(kept) where !conflicted.contains(entry.field) {
                if let same = theirNew.firstIndex(of: entry) {
                    theirNew.remove(at: same)
                } else if let same = theirNew.firstIndex(where: entry.isSameChange) {
                    // Both made this change (same field, from, to) at about the same
                    // time: their entry records it; a second one would claim a
                    // change from a value the field no longer had. Our reason stays, as an update.
                    let theirEntry = theirNew.remove(at: same)
                    if let reason = entry.reason, reason != theirEntry.reason {
                        result.history.append(HistoryEntry(at: entry.at, field: HistoryEntry.commentField, from: nil, to: reason, by: entry.by))
                    }
                } else {
                    result.history.append(entry)
                }
            }
            merged[location] = result
        }
    }

    private static func sorted(_ conflicts: [MergeConflict]) -> [MergeConflict] {
        conflicts.sorted { ($0.milestoneID, $0.fieldName) < ($1.milestoneID, $1.fieldName) }
    }

    /// Merges a title one language at a time: a language changed, added or
    /// removed on one side only takes that side's text. Returns the merged
    /// title (their text where both changed a language) and the languages
    /// both changed differently, `[nil]` when all three titles are plain.
    static func mergeTitle(base: LocalizedText, ours: LocalizedText, theirs: LocalizedText) -> (merged: LocalizedText, conflicts: [String?]) {
        if ours == base || ours == theirs { return (theirs, []) }
        if theirs == base { return (ours, []) }
        if base.isPlain && ours.isPlain && theirs.isPlain { return (theirs, [nil]) }
        let b = translations(base), o = translations(ours), t = translations(theirs)
        var result = t, conflicts: [String] = []
        for language in (o + b).map(\.language) where !conflicts.contains(language) {
            func text(_ list: [LocalizedText.Translation]) -> String? { list.first { $0.language == language }?.text }
            let (bt, ot, tt) = (text(b), text(o), text(t))
            if ot == bt || ot == tt { continue }
            if tt == bt {
                result = setting(language, to: ot, in: result)
            } else {
                conflicts.append(language)
            }
        }
        // We removed every language they kept: a title needs one, so our removals are conflicts too.
        if result.isEmpty { return (theirs, conflicts + t.map(\.language)) }
        return (LocalizedText(translations: result), conflicts)
    }

    /// A title's translations; a plain title is its English text.
    static func translations(_ title: LocalizedText) -> [LocalizedText.Translation] {
        title.translations ?? [.init(language: "en", text: title.text(in: "en"))]
    }

    /// `list` with `language`'s text replaced, appended when new, removed when nil.
    static func setting(_ language: String, to text: String?, in list: [LocalizedText.Translation]) -> [LocalizedText.Translation] {
        var list = list
        let index = list.firstIndex { $0.language == language }
        switch (index, text) {
        case (let i?, let text?): list[i].text = text
        case (let i?, nil): list.remove(at: i)
        case (nil, let text?): list.append(.init(language: language, text: text))
        case (nil, nil): break
        }
        return list
    }

    private static func index(_ roadmap: Roadmap) -> [String: Roadmap.Location] {
        var result: [String: Roadmap.Location] = [:]
        for (w, workstream) in roadmap.workstreams.enumerated() {
            for (m, milestone) in workstream.milestones.enumerated() {
                result[milestone.id.lowercased()] = Roadmap.Location(workstream: w, milestone: m)
            }
        }
        return result
    }

    private static func same(_ field: MergeConflict.Field, _ a: Milestone, _ b: Milestone) -> Bool {
        switch field {
        case .status: a.status == b.status
        case .start: a.start == b.start
        case .due: a.due == b.due
        case .owner: a.owner == b.owner
        case .notes: a.notes == b.notes
        case .lead: a.lead == b.lead
        case .title, .removed, .added, .baseline, .timeZone: true
        }
    }

    private static func copy(_ field: MergeConflict.Field, from source: Milestone, to target: inout Milestone) {
        switch field {
        case .status: target.status = source.status
        case .start: target.start = source.start
        case .due: target.due = source.due
        case .owner: target.owner = source.owner
        case .notes: target.notes = source.notes
        case .lead: target.lead = source.lead
        case .title, .removed, .added, .baseline, .timeZone: break
        }
    }
}
