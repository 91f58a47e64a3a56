/// The snapshot as JSON for scripts: the same content as the other formats,
/// with ISO dates (`YYYY-MM-DD`, weeks `YYYY-Www`), status words as the file
/// writes them, and titles in the chosen language.
struct SnapshotJSONRenderer {
    var snapshot: WeeklySnapshot
    var words: SnapshotWording

    /// `timeZoneNow` and `timeZoneChanged` (its latest change's day), only
    /// when the week is counted in a zone the programme has changed from since.
    private func zoneChange() -> [JSONMember] {
        guard let now = snapshot.zoneChangedSince else { return [] }
        return [member("timeZoneNow", string(now.zone)), member("timeZoneChanged", .string(now.since.description))]
    }

    func render() -> String {
        JSONValue.object([
            member("title", .string(words.title(snapshot.title))),
            member("notes", string(snapshot.notes)),
            member("language", .string(words.language.rawValue)),
            member("secondLanguage", string(words.second?.rawValue)),
            member("week", .string(snapshot.week.description)),
            member("weekStart", .string(snapshot.week.monday.description)),
            member("weekEnd", .string(snapshot.week.sunday.description)),
            member("asOf", .string(snapshot.asOf.description)),
            member("timeZone", .string(snapshot.timeZone)),
        ] + zoneChange() + [
            member("fiscalYears", .object(FiscalYear.Kind.allCases.map { kind in
                let year = FiscalYear(containing: snapshot.week.monday.adding(days: 3), kind: kind)
                return member(kind.rawValue, .object([member("name", .number(String(year.name))), member("first", .string(year.first.description)),
                                                      member("last", .string(year.last.description))]))
            })),
            member("changesKnownFrom", date(snapshot.changesKnownFrom)),
            member("overall", .object(progress(snapshot.overall))),
            member("highlights", highlights()),
            member("moved", .array(snapshot.moves.map(move))),
            member("needsAttention", .array(snapshot.attention.map { item in
                var reasons: [JSONValue] = item.daysLate == nil ? [] : [.string("overdue")]
                if item.milestone.status == .blocked || item.milestone.status == .atRisk {
                    reasons.append(.string(item.milestone.status.rawValue))
                }
                return milestone(item.milestone, extra: [
                    member("reasons", .array(reasons)), member("daysLate", number(item.daysLate)), member("latest", explanation(item.reason)),
                ])
            })),
            member("dueNext", .array(snapshot.dueNext.map { milestone($0.milestone, extra: [member("daysLeft", number($0.daysLeft))]) })),
            member("workstreams", .array(snapshot.workstreams.map { part in
                .object([member("id", .string(part.id)), member("title", .string(words.title(part.title)))] + progress(part.progress)
                    + [member("milestones", .array(part.milestones.map { milestone($0) }))])
            })),
        ]).serialized()
    }

    private func member(_ key: String, _ value: JSONValue) -> JSONMember { JSONMember(key: key, value: value) }
    private func number(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }
    private func date(_ day: CalendarDay?) -> JSONValue { day.map { .string($0.description) } ?? .null }
    private func string(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Done, total, percent and the count in each status.
    private func progress(_ progress: WeeklySnapshot.Progress) -> [JSONMember] {
        [
            member("done", number(progress.done)), member("total", number(progress.total)),
            member("percent", number(progress.percent)),
            member("counts", .object(zip(Status.allCases, progress.counts).map { member($0.rawValue, number($1)) })),
        ]
    }

    private func milestone(_ row: WeeklySnapshot.MilestoneRow, extra: [JSONMember] = []) -> JSONValue {
        .object([
            member("id", .string(row.id)), member("workstream", .string(row.workstream)),
            member("title", .string(words.title(row.title))), member("status", .string(row.status.rawValue)),
            member("due", date(row.due)), member("owner", string(row.owner)), member("lead", string(row.lead?.rawValue)),
        ] + extra)
    }

    /// Page one: health, completions, last week's counts, slip and off-track links.
    private func highlights() -> JSONValue {
        let highlights = snapshot.highlights
        return .object([
            member("health", .string(health(highlights.overall))),
            member("workstreams", .array(highlights.workstreams.map { part in
                .object([
                    member("id", .string(part.id)), member("health", .string(health(part.health))),
                    member("overdue", number(part.overdue)), member("blocked", number(part.blocked)), member("atRisk", number(part.atRisk)),
                    member("slipped", number(part.slipped)), member("offTrackLinks", number(part.offTrackLinks)),
                ])
            })),
            member("completed", .array(highlights.completed.map { .string($0.id) })),
            member("lastWeek", .object(progress(highlights.previous))),
            member("baseline", string(highlights.baseline)),
            member("slipped", .array(highlights.slipped.map {
                milestone($0.milestone, extra: [member("days", number($0.days)), member("latest", explanation($0.reason))])
            })),
            member("offTrackLinks", .array(highlights.offTrackLinks.map { link in
                .object([member("waiting", .string(link.waiting.id)), member("waitsFor", .string(link.waitsFor.id)), member("why", offTrack(link.why))])
            })),
        ])
    }

    private func health(_ health: WeeklySnapshot.Highlights.Health) -> String {
        switch health {
        case .onTrack: "on-track"
        case .needsAttention: "needs-attention"
        case .offTrack: "off-track"
        }
    }

    private func offTrack(_ why: Roadmap.OffTrack) -> JSONValue {
        switch why {
        case .status(let status): .object([member("reason", .string(status.rawValue))])
        case .overdue(let due): .object([member("reason", .string("overdue")), member("due", date(due))])
        case .dueTooLate(let due, let after): .object([member("reason", .string("due-too-late")), member("due", date(due)), member("after", date(after))])
        }
    }

    /// The latest reason or status update: when, who, what; null when none.
    private func explanation(_ entry: HistoryEntry?) -> JSONValue {
        guard let entry, let text = entry.explanationText else { return .null }
        return .object([member("at", .string(entry.at.description)), member("by", string(entry.by)), member("text", .string(text))])
    }

    private func move(_ move: WeeklySnapshot.Move) -> JSONValue {
        .object([
            member("id", .string(move.milestone.id)), member("workstream", .string(move.milestone.workstream)),
            member("title", .string(words.title(move.milestone.title))),
            member("changes", .array(move.changes.map(change))),
        ])
    }

    private func change(_ change: WeeklySnapshot.Move.Change) -> JSONValue {
        switch change {
        case .added(let status):
            return .object([member("change", .string("added")), member("status", string(status))])
        case .status(let path):
            return .object([
                member("change", .string(change.isCompletion ? "completed" : "status")),
                member("from", string(path.first ?? nil)), member("to", string(path.last ?? nil)),
                member("path", .array(path.map(string))),
            ])
        case .due(let from, let to, let times):
            return .object([
                member("change", .string("due")), member("from", date(from)), member("to", date(to)),
                member("days", number(change.netDays)), member("times", number(times)),
            ])
        }
    }
}
