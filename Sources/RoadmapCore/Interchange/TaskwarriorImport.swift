/// Reads the JSON that Taskwarrior's `task export` prints into import records.
///
/// - `project` → workstream (see ``ImportPlanner``), `description` → title
///   (without a language), `scheduled` → start, `due` → due.
/// - `pending` → planned, `completed` → done, `deleted` → dropped. A waiting
///   task (status `waiting`, or pending with a `wait` date still to come)
///   → planned, with "waiting until DATE" in its notes.
/// - A recurring task's template (status `recurring`) is skipped: it is a
///   rule, not a dated piece of work. Each instance Taskwarrior generated is
///   imported as a milestone of its own, noted as recurring.
/// - Annotations → notes, one line each (`YYYY-MM-DD: text`).
/// - The last line of the notes is `taskwarrior: <uuid>`, by which a later
///   import finds the milestone again: re-importing changes, never duplicates.
/// - Taskwarrior keeps times in UTC (`20270130T170000Z`); a due date is the
///   day in the local time zone (`TZ`), where `due:2027-01-31` was entered as
///   local midnight. Pass another `day` to read them elsewhere.
/// - `depends` (uuids: an array, or one comma-separated string before 2.6)
///   → the ids of the milestones of those tasks, in the same import or
///   imported before (found by their marker line); an unknown uuid is refused.
/// - A tag `lead:th`, `lead:jp` or `lead:joint` (Taskwarrior 2.6 takes
///   `tags:lead:th`, not `+lead:th`) → lead; without one the lead is left alone.
/// - Priority, other tags, urgency and user-defined attributes are not imported.
public enum TaskwarriorImport {
    /// The notes line that ties a milestone to a Taskwarrior task.
    public static func marker(uuid: String) -> String { "taskwarrior: \(uuid.lowercased())" }

    public static func records(
        from bytes: [UInt8], path: String, now: Timestamp, day: (Timestamp) -> CalendarDay = { $0.localDay }
    ) throws(RoadmapError) -> ImportSource {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw .badInput("\(path):\(error.line):\(error.column): not valid JSON: \(error.message). Expected the output of `task export`.")
        }
        guard case .array(let tasks) = json else {
            throw .badInput("\(path): expected a JSON array of tasks (the output of `task export`), found \(json.typeName).")
        }
        var source = ImportSource(records: [])
        var problems: [String] = []
        for (index, value) in tasks.enumerated() {
            let task = Task(value)
            let origin = task.string("description").map { "task \"\($0)\"" } ?? "task \(index + 1)"
            guard let uuid = task.string("uuid"), !uuid.isEmpty,
                  let description = task.string("description"), let status = task.string("status") else {
                problems.append("\(origin): needs uuid, description and status.")
                continue
            }
            let wait = task.string("wait").flatMap(timestamp)
            var lines: [String] = []
            let mapped: Status
            switch status {
            case "recurring":
                source.skipped.append("skipped the recurring template \"\(description)\" (its generated instances are imported).")
                continue
            case "pending", "waiting":
                mapped = .planned
                if let wait, status == "waiting" || wait > now { lines.append("waiting until \(day(wait))") }
            case "completed": mapped = .done
            case "deleted": mapped = .dropped
            default:
                problems.append("\(origin): unknown status \"\(status)\".")
                continue
            }
            if let recur = task.string("recur"), task.string("parent") != nil { lines.append("recurring \(recur)") }
            var dates: [String: CalendarDay] = [:]
            for key in ["scheduled", "due"] {
                guard let text = task.string(key) else { continue }
                guard let time = timestamp(text) else {
                    problems.append("\(origin): \(key) \"\(text)\" is not a Taskwarrior date (YYYYMMDDTHHMMSSZ).")
                    continue
                }
                dates[key] = day(time)
            }
            for annotation in task.annotations {
                let when = Task(annotation).string("entry").flatMap(timestamp).map { "\(day($0)): " } ?? ""
                lines.append(when + (Task(annotation).string("description") ?? ""))
            }
            lines.append(marker(uuid: uuid))
            var record = ImportRecord(
                origin: origin, identity: .marker(marker(uuid: uuid)), workstream: task.string("project"),
                title: LocalizedText(description), status: mapped, start: dates["scheduled"], due: dates["due"],
                notes: lines.joined(separator: "\n"), dependsMarkers: task.strings("depends").map { marker(uuid: $0) },
                given: [.title, .status, .start, .due, .notes, .depends])
            let leads = task.strings("tags").filter { $0.hasPrefix("lead:") }
            if let tag = leads.first {
                if leads.count == 1, let lead = Lead(parsing: String(tag.dropFirst(5))) {
                    record.lead = lead
                    record.given.insert(.lead)
                } else {
                    problems.append("\(origin): tags \(leads.joined(separator: ", ")): give one lead tag, lead:th, lead:jp or lead:joint.")
                }
            }
            source.records.append(record)
        }
        if !problems.isEmpty {
            throw .badInput("\(path): nothing was imported; \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
                + problems.map { "  " + TerminalSafe.escape($0) }.joined(separator: "\n"))
        }
        return source
    }

    /// Parses Taskwarrior's `YYYYMMDDTHHMMSSZ`.
    public static func timestamp(_ text: String) -> Timestamp? {
        let b = Array(text.utf8)
        guard b.count == 16, b[8] == UInt8(ascii: "T"), b[15] == UInt8(ascii: "Z") else { return nil }
        func part(_ range: Range<Int>) -> Substring { text.dropFirst(range.lowerBound).prefix(range.count) }
        return Timestamp(rfc3339: "\(part(0..<4))-\(part(4..<6))-\(part(6..<8))T\(part(9..<11)):\(part(11..<13)):\(part(13..<15))Z")
    }

    /// One task object's members.
    private struct Task {
        var members: [JSONMember]

        init(_ value: JSONValue) {
            if case .object(let members) = value { self.members = members } else { members = [] }
        }

        func string(_ key: String) -> String? {
            guard case .string(let text)? = members.last(where: { $0.key == key })?.value else { return nil }
            return text
        }

        /// An array of strings, or one string of comma-separated values.
        func strings(_ key: String) -> [String] {
            switch members.last(where: { $0.key == key })?.value {
            case .array(let items)?: items.compactMap { if case .string(let text) = $0 { text } else { nil } }
            case .string(let text)?: text.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
            default: []
            }
        }

        var annotations: [JSONValue] {
            guard case .array(let items)? = members.last(where: { $0.key == "annotations" })?.value else { return [] }
            return items
        }
    }
}
