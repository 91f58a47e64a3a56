import RoadmapCore

/// The JSON that `list --json` and `show --json` print for scripts.
enum MilestoneJSON {
    static func title(_ text: LocalizedText) -> JSONValue {
        guard let translations = text.translations else { return .string(text.text(in: "")) }
        return .object(translations.map { JSONMember(key: $0.language, value: .string($0.text)) })
    }

    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// One milestone without its history; `slip` against a baseline when the
    /// roadmap has one; `offTrack`: each link it waits on that is off track,
    /// as `{"waitsFor": "SC1", "why": "at-risk", "otherWorkstream": true}`.
    static func summary(
        _ milestone: Milestone, workstream: String, today: CalendarDay, slip: Slip? = nil, offTrack: [(id: String, state: Roadmap.LinkState)] = []
    ) -> JSONValue {
        var members = [
            JSONMember(key: "id", value: .string(milestone.id)),
            JSONMember(key: "workstream", value: .string(workstream)),
            JSONMember(key: "title", value: title(milestone.title)),
            JSONMember(key: "status", value: .string(milestone.status.rawValue)),
            JSONMember(key: "start", value: optional(milestone.start?.description)),
            JSONMember(key: "due", value: optional(milestone.due?.description)),
            JSONMember(key: "owner", value: optional(milestone.owner)),
            JSONMember(key: "overdue", value: .bool(milestone.isOverdue(today: today))),
            JSONMember(key: "lead", value: optional(milestone.lead?.rawValue)),
            JSONMember(key: "depends", value: .array(milestone.depends.map(JSONValue.string))),
            JSONMember(key: "offTrack", value: .array(offTrack.map { link in
                .object([
                    JSONMember(key: "waitsFor", value: .string(link.id)),
                    JSONMember(key: "why", value: .string(link.state.offTrack?.explanation ?? "")),
                    JSONMember(key: "otherWorkstream", value: .bool(link.state.link.crossesWorkstreams)),
                ])
            })),
        ]
        if let slip { members.append(JSONMember(key: "slip", value: json(slip))) }
        return .object(members)
    }

    /// A slip as `{"text": "+45d", "days": 45}`; days is null for a new or undated milestone.
    static func json(_ slip: Slip) -> JSONValue {
        var days = JSONValue.null
        if case .days(let n) = slip { days = .number(String(n)) }
        return .object([JSONMember(key: "text", value: .string(slip.description)), JSONMember(key: "days", value: days)])
    }

    /// One milestone with notes and history.
    static func detail(
        _ milestone: Milestone, workstream: String, today: CalendarDay, slip: Slip? = nil, offTrack: [(id: String, state: Roadmap.LinkState)] = []
    ) -> JSONValue {
        guard case .object(var members) = summary(milestone, workstream: workstream, today: today, slip: slip, offTrack: offTrack) else { return .null }
        members.append(JSONMember(key: "notes", value: optional(milestone.notes)))
        members.append(JSONMember(key: "history", value: .array(milestone.history.map { entry in
            .object([
                JSONMember(key: "at", value: .string(entry.at.description)),
                JSONMember(key: "field", value: .string(entry.field)),
                JSONMember(key: "from", value: optional(entry.from)),
                JSONMember(key: "to", value: optional(entry.to)),
                JSONMember(key: "by", value: optional(entry.by)),
                JSONMember(key: "reason", value: optional(entry.reason)),
            ])
        })))
        return .object(members)
    }
}
