import Foundation

extension Roadmap {
    /// The roadmap as it stood at the end of `day` in `timeZone`, rebuilt
    /// from the history in the file: every change recorded after that day is
    /// undone (newest first), a milestone whose `created` entry is later is
    /// left out, its later entries are dropped, and so are baselines saved
    /// later. Milestones without a `created` entry are taken to have existed
    /// from the start; a removal is not recorded, so a removed milestone
    /// cannot come back. Costs one look at each milestone's last entry when
    /// nothing changed after `day`.
    public func asOf(endOf day: CalendarDay, in timeZone: TimeZone) -> Roadmap {
        let end = Timestamp.start(of: day.adding(days: 1), in: timeZone)
        var past = self
        past.baselines.removeAll { $0.at >= end }
        for w in past.workstreams.indices {
            guard past.workstreams[w].milestones.contains(where: { $0.history.last.map { $0.at >= end } ?? false }) else { continue }
            past.workstreams[w].milestones = past.workstreams[w].milestones.compactMap { $0.asOf(before: end) }
        }
        return past
    }
}

extension Roadmap {
    /// The time of the earliest change any milestone records; nil when none does.
    var earliestChange: Timestamp? {
        workstreams.lazy.flatMap(\.milestones).compactMap { $0.history.lazy.map(\.at).min() }.min()
    }
}

extension Milestone {
    /// The milestone just before `end`, nil when it was created later.
    /// See ``Roadmap/asOf(endOf:in:)``.
    func asOf(before end: Timestamp) -> Milestone? {
        var kept = history.count
        while kept > 0, history[kept - 1].at >= end { kept -= 1 }
        guard kept < history.count else { return self }
        var past = self
        for entry in history[kept...].reversed() {
            guard entry.field != "created" else { return nil }
            past.undo(entry)
        }
        past.history.removeSubrange(kept...)
        return past
    }

    /// Its status just before `end`, nil when it was created later: the
    /// status entries after `end` undone, without copying the milestone.
    func status(before end: Timestamp) -> Status? { Self.status(status, history: history, before: end) }

    /// ``status(before:)`` of a milestone with this status and history (for
    /// a loop that reads milestones in place: handing one whole over copies it).
    static func status(_ now: Status, history: [HistoryEntry], before end: Timestamp) -> Status? {
        var status = now
        for entry in history.reversed() {
            guard entry.at >= end else { break }
            if entry.field == "created" { return nil }
            if entry.field == "status", let old = entry.from.flatMap(Status.init(rawValue:)) { status = old }
        }
        return status
    }

    /// Puts back the value a recorded change replaced. Entries of unknown
    /// fields, comments and values that do not parse are passed over.
    private mutating func undo(_ entry: HistoryEntry) {
        let old = entry.from
        switch entry.field {
        case "status": if let status = old.flatMap(Status.init(rawValue:)) { self.status = status }
        case "start": start = old.flatMap(CalendarDay.init(iso:))
        case "due": due = old.flatMap(CalendarDay.init(iso:))
        case "owner": owner = old
        case "notes": notes = old
        case "lead": lead = old.flatMap(Lead.init(parsing:))
        case "depends": depends = (old ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case "title": if let old { title.set(old, language: nil) }
        case let field where field.hasPrefix("title."):
            let language = String(field.dropFirst("title.".count))
            if let old {
                title.set(old, language: language)
            } else if let translations = title.translations, translations.count > 1 {
                title = LocalizedText(translations: translations.filter { $0.language != language })
            }
        default: break
        }
    }
}
