/// One thing wrong with a roadmap file, located by its JSON path.
public struct FileProblem: Equatable, Sendable, CustomStringConvertible {
    /// Where, e.g. `workstreams[1].milestones[3].due`; empty for the whole document.
    public var path: String
    public var message: String
    /// Where in the file's text, once looked up (``SchemaProblems/located(in:)``).
    public var location: Location?
    /// The key a problem of the object at `path` is about (an unknown key):
    /// the location is that key's, not the object's.
    var member: String?
    /// The path of the other place the message names (the first use of an
    /// id used twice), whose line the located problem adds.
    var other: String?

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Turns a parsed JSON document into a ``Roadmap``, collecting every problem
/// it finds rather than stopping at the first.
public struct RoadmapDecoder {
    private var problems: [FileProblem] = []
    private var idsSeen: [String: String] = [:]
    /// The file's schema: keys that came with a later one are refused by name.
    private var schema = 1
    private var workstreamIDsSeen: [String: String] = [:]

    /// Decodes a document. Throws every problem found when there is any.
    public static func decode(_ json: JSONValue) throws(SchemaProblems) -> Roadmap {
        var decoder = RoadmapDecoder()
        let roadmap = decoder.roadmap(json)
        if let roadmap, decoder.problems.isEmpty { return roadmap }
        throw SchemaProblems(problems: decoder.problems, newerSchema: decoder.newerSchema)
    }

    private var newerSchema: Int?

    /// Whether an id is acceptable: 1–32 letters, digits, `.`, `_` or `-`, starting with a letter or digit.
    public static func isValidID(_ id: String) -> Bool {
        isValidID(utf8: id.utf8)
    }

    /// Whether UTF-8 bytes spell an acceptable id (see ``isValidID(_:)``).
    static func isValidID(utf8 bytes: some Collection<UInt8>) -> Bool {
        guard (1...32).contains(bytes.count) else { return false }
        for (i, b) in bytes.enumerated() {
            let alnum = (48...57).contains(b) || (65...90).contains(b) || (97...122).contains(b)
            if !alnum && (i == 0 || (b != 0x2E && b != 0x5F && b != 0x2D)) { return false }
        }
        return true
    }

    /// User text quoted in a message: escaped for the terminal and cut to 40
    /// scalars, so that a huge value cannot flood the message.
    private static func shown(_ text: String) -> String {
        let head = text.unicodeScalars.prefix(41)
        guard head.count > 40 else { return TerminalSafe.escape(text) }
        return TerminalSafe.escape(String(String.UnicodeScalarView(head.prefix(40)))) + "…"
    }

    private mutating func problem(_ path: @autoclosure () -> String, _ message: @autoclosure () -> String, member: String? = nil, other: String? = nil) {
        var problem = FileProblem(path: path(), message: message())
        problem.member = member
        problem.other = other
        problems.append(problem)
    }

    private static func join(_ path: () -> String, _ key: String) -> String {
        let parent = path()
        return parent.isEmpty ? key : "\(parent).\(key)"
    }

    /// Checks that `value` is an object with only `allowed` keys (and, from
    /// schema 2, `since2` keys), each once, and returns its members by key.
    private mutating func members(
        _ value: JSONValue, at path: @autoclosure () -> String, allowed: [String], since2: [String] = []
    ) -> Fields? {
        guard case .object(let list) = value else {
            problem(path(), "expected an object, found \(value.typeName)")
            return nil
        }
        var result = Fields()
        let schema = self.schema
        for member in list {
            if since2.contains(member.key) && schema < 2 {
                let message = "comes with schema 2, but the file says schema \(schema); set \"schema\": 2 (or let roadmap write the file)"
                problem(Self.join(path, member.key), message)
            } else if !allowed.contains(member.key) && !since2.contains(member.key) {
                let expected = (allowed + (schema >= 2 ? since2 : [])).joined(separator: ", ")
                problem(path(), "unknown key \"\(Self.shown(member.key))\" (expected \(expected))", member: member.key)
            } else if result[member.key] != nil {
                problem(Self.join(path, member.key), FileProblem.duplicateKey)
            } else {
                result.members.append(member)
            }
        }
        return result
    }

    private mutating func string(_ value: JSONValue?, at path: @autoclosure () -> String, required: Bool) -> String? {
        switch value {
        case .string(let s): return s
        case nil:
            if required { problem(path(), "missing") }
            return nil
        case .null where !required: return nil
        case .some(let other):
            problem(path(), "expected a string, found \(other.typeName)")
            return nil
        }
    }

    private mutating func id(_ value: JSONValue?, at path: @autoclosure () -> String) -> String? {
        guard let id = string(value, at: path(), required: true) else { return nil }
        guard Self.isValidID(id) else {
            problem(path(), "\"\(Self.shown(id))\" is not a valid id (1–32 letters, digits, '.', '_' or '-')")
            return nil
        }
        return id
    }

    private mutating func localizedText(_ value: JSONValue?, at path: @autoclosure () -> String) -> LocalizedText? {
        switch value {
        case .string(let s): return LocalizedText(s)
        case .object(let list):
            var translations: [LocalizedText.Translation] = []
            var ok = true
            for member in list {
                if translations.contains(where: { $0.language == member.key }) {
                    problem(Self.join(path, member.key), FileProblem.duplicateKey)
                    ok = false
                } else if !LocalizedText.isLanguageCode(member.key) {
                    problem(path(), "\"\(Self.shown(member.key))\" is not a language code", member: member.key)
                    ok = false
                } else if case .string(let text) = member.value {
                    translations.append(.init(language: member.key, text: text))
                } else {
                    problem(Self.join(path, member.key), "expected a string, found \(member.value.typeName)")
                    ok = false
                }
            }
            if list.isEmpty {
                problem(path(), "a title needs at least one language")
                ok = false
            }
            return ok ? LocalizedText(translations: translations) : nil
        case nil:
            problem(path(), "missing")
            return nil
        case .some(let other):
            problem(path(), "expected a string or an object of translations, found \(other.typeName)")
            return nil
        }
    }

    private mutating func roadmap(_ json: JSONValue) -> Roadmap? {
        guard case .object(let list) = json else {
            problem("", "expected a roadmap object at the top level, found \(json.typeName)")
            return nil
        }
        // Check the schema first: a newer file is refused before anything else is judged.
        let schemaValue = list.first(where: { $0.key == "schema" })?.value
        var parsedSchema: Int?
        if case .number(let text) = schemaValue { parsedSchema = Int(text) }
        guard let schema = parsedSchema, schema >= 1 else {
            switch schemaValue {
            case nil: problem("schema", "missing (expected \(Roadmap.currentSchema))")
            case .number(let text): problem("schema", "\(Self.shown(text)) is not a schema version (expected a whole number such as \(Roadmap.currentSchema))")
            case .some(let other): problem("schema", "expected a whole number, found \(other.typeName)")
            }
            return nil
        }
        if schema > Roadmap.currentSchema {
            newerSchema = schema
            problem("schema", "version \(schema) is newer than this roadmap understands (\(Roadmap.currentSchema)); upgrade roadmap to read it")
            return nil
        }
        self.schema = schema
        guard let fields = members(json, at: "", allowed: ["schema", "title", "notes", "workstreams"], since2: ["timeZone", "baselines", Roadmap.zoneHistoryKey]) else { return nil }
        let title = localizedText(fields["title"], at: "title")
        let notes = string(fields["notes"], at: "notes", required: false)
        let timeZone = string(fields["timeZone"], at: "timeZone", required: false)
        let zoneChanges = zoneChanges(fields[Roadmap.zoneHistoryKey])
        var baselines: [Baseline] = []
        switch fields["baselines"] {
        case .array(let items):
            for (i, item) in items.enumerated() {
                if let baseline = baseline(item, at: "baselines[\(i)]") { baselines.append(baseline) }
            }
        case nil: break
        case .some(let other): problem("baselines", "expected an array, found \(other.typeName)")
        }
        var workstreams: [Workstream] = []
        switch fields["workstreams"] {
        case .array(let items):
            for (i, item) in items.enumerated() {
                if let ws = workstream(item, at: "workstreams[\(i)]") { workstreams.append(ws) }
            }
        case nil: problem("workstreams", "missing")
        case .some(let other): problem("workstreams", "expected an array, found \(other.typeName)")
        }
        let roadmap = title.map {
            Roadmap(schema: Roadmap.schemaRead(declared: schema, timeZone: timeZone), title: $0, notes: notes, timeZone: timeZone,
                    zoneChanges: zoneChanges, baselines: baselines, workstreams: workstreams)
        }
        if let problem = roadmap?.timeZoneProblem { problems.append(problem) }
        if let roadmap, problems.isEmpty {
            problems = roadmap.loadProblems.filter {
                $0.path.hasPrefix("baselines") || $0.path.hasPrefix(Roadmap.zoneHistoryKey) || $0.path.contains(".depends")
            }
        } else {
            if schema >= 2, case .array(let items)? = fields["workstreams"] {
                // Milestones refused for other reasons are not in `workstreams`: the lists are read from the file.
                problems += Self.dependencyProblems(inWorkstreams: items)
            }
            // The time zone's history is checked on its own entries (and the zone named, when that is good):
            // what is wrong with it stays wrong whatever the other problems' fixes are (try-24 3).
            if let roadmap, roadmap.timeZoneProblem == nil {
                problems += roadmap.zoneChangeProblems
            }
        }
        return roadmap
    }

    private mutating func baseline(_ value: JSONValue, at path: @autoclosure () -> String) -> Baseline? {
        guard let fields = members(value, at: path(), allowed: ["name", "at", "by", "notes", "milestones"]) else { return nil }
        let name = string(fields["name"], at: Self.join(path, "name"), required: true)
        let at = timestamp(fields["at"], at: Self.join(path, "at"))
        let by = string(fields["by"], at: Self.join(path, "by"), required: false)
        let notes = string(fields["notes"], at: Self.join(path, "notes"), required: false)
        var entries: [Baseline.Entry] = []
        var ok = true
        switch fields["milestones"] {
        case .array(let items):
            for (i, item) in items.enumerated() {
                let itemPath = "\(path()).milestones[\(i)]"
                guard let entry = members(item, at: itemPath, allowed: ["id", "start", "due"]) else { ok = false; continue }
                let id = id(entry["id"], at: "\(itemPath).id")
                let (start, startOK) = day(entry["start"], at: "\(itemPath).start")
                let (due, dueOK) = day(entry["due"], at: "\(itemPath).due")
                if let id, startOK, dueOK { entries.append(Baseline.Entry(id: id, start: start, due: due)) } else { ok = false }
            }
        case nil: problem(Self.join(path, "milestones"), "missing")
        case .some(let other): problem(Self.join(path, "milestones"), "expected an array, found \(other.typeName)")
        }
        guard let name, let at, ok else { return nil }
        return Baseline(name: name, at: at, by: by, notes: notes, milestones: entries)
    }

    private mutating func timestamp(_ value: JSONValue?, at path: @autoclosure () -> String) -> Timestamp? {
        guard let text = string(value, at: path(), required: true) else { return nil }
        guard let time = Timestamp(rfc3339: text) else {
            problem(path(), "\"\(Self.shown(text))\" is not a UTC time (expected YYYY-MM-DDTHH:MM:SSZ)")
            return nil
        }
        return time
    }

    private mutating func workstream(_ value: JSONValue, at path: @autoclosure () -> String) -> Workstream? {
        guard let fields = members(value, at: path(), allowed: ["id", "title", "milestones"]) else { return nil }
        let id = id(fields["id"], at: Self.join(path, "id"))
        if let id {
            if let first = workstreamIDsSeen[id.lowercased()] {
                problem(Self.join(path, "id"), "\"\(id)\" is already used by \(first)", other: first)
            } else {
                workstreamIDsSeen[id.lowercased()] = path()
            }
        }
        let title = localizedText(fields["title"], at: Self.join(path, "title"))
        var milestones: [Milestone] = []
        switch fields["milestones"] {
        case .array(let items):
            milestones.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                if let m = milestone(item, at: "\(path()).milestones[\(i)]") { milestones.append(m) }
            }
        case nil: problem(Self.join(path, "milestones"), "missing")
        case .some(let other): problem(Self.join(path, "milestones"), "expected an array, found \(other.typeName)")
        }
        guard let id, let title else { return nil }
        return Workstream(id: id, title: title, milestones: milestones)
    }

    private mutating func milestone(_ value: JSONValue, at path: @autoclosure () -> String) -> Milestone? {
        guard let fields = members(value, at: path(), allowed: ["id", "title", "status", "start", "due", "owner", "notes", "history"],
                                   since2: ["lead", "depends"]) else {
            return nil
        }
        let id = id(fields["id"], at: Self.join(path, "id"))
        if let id {
            if let first = idsSeen[id.lowercased()] {
                problem(Self.join(path, "id"), "\"\(id)\" is already used by \(first) (ids are unique across the file, ignoring case)", other: first)
            } else {
                idsSeen[id.lowercased()] = path()
            }
        }
        let title = localizedText(fields["title"], at: Self.join(path, "title"))
        var status: Status?
        if let word = string(fields["status"], at: Self.join(path, "status"), required: true) {
            status = Status(rawValue: word)
            if status == nil {
                problem(Self.join(path, "status"), "\"\(Self.shown(word))\" is not a status (expected one of \(Status.allWords))")
            }
        }
        let (start, startOK) = day(fields["start"], at: Self.join(path, "start"))
        let (due, dueOK) = day(fields["due"], at: Self.join(path, "due"))
        let owner = string(fields["owner"], at: Self.join(path, "owner"), required: false)
        var lead: Lead?, leadOK = true
        if let word = string(fields["lead"], at: Self.join(path, "lead"), required: false) {
            lead = Lead(rawValue: word)
            if lead == nil {
                problem(Self.join(path, "lead"), "\"\(Self.shown(word))\" is not a lead (expected one of \(Lead.allWords))")
                leadOK = false
            }
        }
        let notes = string(fields["notes"], at: Self.join(path, "notes"), required: false)
        var depends: [String] = [], dependsOK = true
        switch fields["depends"] {
        case .array(let items):
            for (i, item) in items.enumerated() {
                if let dependency = self.id(item, at: "\(Self.join(path, "depends"))[\(i)]") { depends.append(dependency) } else { dependsOK = false }
            }
        case nil, .null: break
        case .some(let other):
            problem(Self.join(path, "depends"), "expected an array of ids, found \(other.typeName)")
            dependsOK = false
        }
        var history: [HistoryEntry] = []
        var historyOK = true
        switch fields["history"] {
        case .array(let items):
            for (i, item) in items.enumerated() {
                if let entry = historyEntry(item, at: "\(path()).history[\(i)]") { history.append(entry) } else { historyOK = false }
            }
        case nil, .null: break
        case .some(let other):
            problem(Self.join(path, "history"), "expected an array, found \(other.typeName)")
            historyOK = false
        }
        guard let id, let title, let status, startOK, dueOK, historyOK, leadOK, dependsOK else { return nil }
        return Milestone(
            id: id, title: title, status: status, start: start, due: due, owner: owner, lead: lead, notes: notes,
            depends: depends, history: history)
    }

    /// An optional `YYYY-MM-DD` date, and whether it was acceptable.
    private mutating func day(_ value: JSONValue?, at path: @autoclosure () -> String) -> (CalendarDay?, Bool) {
        guard let text = string(value, at: path(), required: false) else { return (nil, true) }
        guard let day = CalendarDay(iso: text) else {
            // A day that does not exist is said so: the form is right.
            let why = CalendarDay.whyNoSuchDay(iso: text).map { ": \($0)" } ?? " is not a date (expected YYYY-MM-DD)"
            problem(path(), "\"\(Self.shown(text))\"\(why)")
            return (nil, false)
        }
        return (day, true)
    }

    private mutating func historyEntry(_ value: JSONValue, at path: @autoclosure () -> String) -> HistoryEntry? {
        guard let fields = members(value, at: path(), allowed: ["at", "field", "from", "to"], since2: ["by", "reason"]) else { return nil }
        var at: Timestamp?
        if let text = string(fields["at"], at: Self.join(path, "at"), required: true) {
            at = Timestamp(rfc3339: text)
            if at == nil {
                problem(Self.join(path, "at"), "\"\(Self.shown(text))\" is not a UTC time (expected YYYY-MM-DDTHH:MM:SSZ)")
            }
        }
        let field = string(fields["field"], at: Self.join(path, "field"), required: true)
        let before = problems.count
        let from = string(fields["from"], at: Self.join(path, "from"), required: false)
        let to = string(fields["to"], at: Self.join(path, "to"), required: false)
        let by = string(fields["by"], at: Self.join(path, "by"), required: false)
        let reason = string(fields["reason"], at: Self.join(path, "reason"), required: false)
        guard let at, let field, problems.count == before else { return nil }
        return HistoryEntry(at: at, field: field, from: from, to: to, by: by, reason: reason)
    }
}

// MARK: The time zone's history (schema 4)

extension RoadmapDecoder {
    /// `timeZoneHistory`: an array of `{"at", "from", "to", "by"?, "reason"?}`,
    /// refused by name before schema 4. Its rules across entries (zone names,
    /// order, repeats) are ``Roadmap/loadProblems``'.
    private mutating func zoneChanges(_ value: JSONValue?) -> [ZoneChange] {
        let key = Roadmap.zoneHistoryKey
        guard let value else { return [] }
        let schema = self.schema
        guard schema >= 4 else {
            problem(key, "comes with schema 4, but the file says schema \(schema); set \"schema\": 4 (or let roadmap write the file)")
            return []
        }
        guard case .array(let items) = value else {
            problem(key, "expected an array, found \(value.typeName)")
            return []
        }
        var changes: [ZoneChange] = []
        for (i, item) in items.enumerated() {
            let path = "\(key)[\(i)]"
            guard let fields = members(item, at: path, allowed: ["at", "from", "to", "by", "reason"]) else { continue }
            let before = problems.count
            let at = timestamp(fields["at"], at: "\(path).at")
            for name in ["from", "to"] where fields[name] == nil { problem("\(path).\(name)", "missing (null for no zone)") }
            let from = string(fields["from"], at: "\(path).from", required: false)
            let to = string(fields["to"], at: "\(path).to", required: false)
            let by = string(fields["by"], at: "\(path).by", required: false)
            let reason = string(fields["reason"], at: "\(path).reason", required: false)
            if let at, problems.count == before { changes.append(ZoneChange(at: at, from: from, to: to, by: by, reason: reason)) }
        }
        return changes
    }
}

/// An object's members, looked up by key: objects here have a handful of
/// keys, so a linear search beats building a dictionary for each one.
private struct Fields {
    var members: [JSONMember] = []

    subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }
}

/// Everything wrong with a roadmap document.
public struct SchemaProblems: Error, Equatable, Sendable {
    public var problems: [FileProblem]
    /// Set when the file declares a schema newer than this build reads.
    public var newerSchema: Int?

    public init(problems: [FileProblem], newerSchema: Int? = nil) {
        self.problems = problems
        self.newerSchema = newerSchema
    }
}
