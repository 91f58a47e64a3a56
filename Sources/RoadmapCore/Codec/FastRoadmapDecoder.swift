/// Reads a roadmap file straight into the model in one pass, without a JSON
/// tree: the quick way to load the files this tool writes.
///
/// It accepts only documents that ``JSONParser`` and ``RoadmapDecoder``
/// accept too, and gives the same ``Roadmap`` for them. Anything else — a
/// syntax error, an unknown or repeated key, a wrong type, a bad id, status,
/// date or time, a repeated id, another schema, even valid input it does not
/// expect — makes it give up (return nil); the caller then runs the parser
/// and the decoder, which alone say what is wrong.
struct FastRoadmapDecoder {
    var scanner: FastJSONScanner
    /// Hashes of the ids seen, compared once the file is read (see ``IDHashes``).
    var milestoneIDs = IDHashes()
    var workstreamIDs = IDHashes()
    private var languages: [String] = []
    private var packer = LocalizedText.Packer()
    private var history: [HistoryEntry] = []
    /// Field names, status words, dates, owners and authors, made once each.
    private var repeated = RepeatedStrings()
    var hasDependencies = false
    /// Whether a key that came with schema 2 was read: refused in a schema-1 file.
    var sawSchema2Key = false
    /// Whether `timeZoneHistory` (schema 4) was read: refused in an older file.
    var sawSchema4Key = false
    /// The rest of a large file, read on another thread from a milestone on (see ``OtherHalf``).
    var otherHalf: OtherHalf?
    /// What the other half read, once this half has reached where it starts.
    var joined: Tail?

    init(scanner: FastJSONScanner) {
        self.scanner = scanner
    }

    /// The roadmap in `bytes`, or nil when the full decoder has to look at them.
    static func decode(_ bytes: [UInt8]) -> Roadmap? {
        bytes.withUnsafeBufferPointer { buffer in
            var decoder = FastRoadmapDecoder(scanner: FastJSONScanner(bytes: buffer))
            return try? decoder.document()
        }
    }

    /// The roadmap read from `stream` to its end, or nil when the full
    /// decoder has to look at the file (or reading it failed).
    static func decode(_ stream: ByteStream) -> Roadmap? {
        var decoder = FastRoadmapDecoder(scanner: FastJSONScanner(stream: stream))
        guard let roadmap = try? decoder.document(), stream.readError == nil else { return nil }
        return roadmap
    }

    mutating func document() throws(FastPathRefused) -> Roadmap {
        var roadmap = try roadmap()
        guard joined != nil || scanner.atEnd(), milestoneIDs.allDistinct(), workstreamIDs.allDistinct(),
              roadmap.schema >= 2 || !sawSchema2Key, roadmap.schema >= 4 || !sawSchema4Key else { throw FastPathRefused() }
        roadmap.schema = Roadmap.schemaRead(declared: roadmap.schema, timeZone: roadmap.timeZone)
        // Rules across milestones (dependencies, baseline names): the full decoder words them.
        if !roadmap.baselines.isEmpty || hasDependencies {
            guard roadmap.dependencyProblems.isEmpty, Set(roadmap.baselines.map { $0.name.lowercased() }).count == roadmap.baselines.count,
                  !roadmap.baselines.contains(where: { $0.name.isEmpty }) else { throw FastPathRefused() }
        }
        return roadmap
    }

    // MARK: Objects of the file

    private mutating func roadmap() throws(FastPathRefused) -> Roadmap {
        var parts = RoadmapParts()
        var members = try MemberReader(allowed: Key.roadmapKeys, scanner: &scanner)
        try roadmapMembers(&members, into: &parts)
        guard let schema = parts.schema, (1...Roadmap.currentSchema).contains(schema), let title = parts.title,
              let workstreams = parts.workstreams else { throw FastPathRefused() }
        let roadmap = Roadmap(
            schema: schema, title: title, notes: parts.notes, timeZone: parts.timeZone, zoneChanges: parts.zoneChanges,
            baselines: parts.baselines, workstreams: workstreams)
        // A zone this system does not know, a bad zone history: the full decoder words them.
        guard roadmap.timeZoneProblem == nil, parts.zoneChanges.isEmpty || roadmap.zoneChangeProblems.isEmpty else { throw FastPathRefused() }
        return roadmap
    }

    /// Reads the roadmap object's members up to its `}` into `parts`; when
    /// the other half (``FastRoadmapDecoder/Tail``) took over the rest of
    /// the file, adds what it read instead.
    mutating func roadmapMembers(_ members: inout MemberReader, into parts: inout RoadmapParts) throws(FastPathRefused) {
        while let key = try members.next(&scanner) {
            switch key {
            case .schema: parts.schema = try scanner.smallWholeNumber()
            case .title: parts.title = try localizedText()
            case .notes: parts.notes = try optionalString()
            case .timeZone:
                sawSchema2Key = true
                parts.timeZone = try optionalString()
            case .baselines:
                sawSchema2Key = true
                var first = true
                try scanner.expect(UInt8(ascii: "["))
                while try scanner.nextElement(first: &first) { parts.baselines.append(try baseline()) }
            case .timeZoneHistory:
                sawSchema4Key = true
                parts.zoneChanges = try zoneChanges()
            case .workstreams:
                var list: [Workstream] = []
                var first = true
                try scanner.expect(UInt8(ascii: "["))
                while try scanner.nextElement(first: &first) {
                    list.append(try workstream())
                    if let joined {
                        parts.workstreams = list + joined.workstreams
                        try members.add(joined.roadmapSeen)
                        parts.add(joined.roadmap)
                        return
                    }
                }
                parts.workstreams = list
            default: throw FastPathRefused()
            }
        }
    }

    private mutating func baseline() throws(FastPathRefused) -> Baseline {
        var name: String?, at: Timestamp?, by: String?, notes: String?, entries: [Baseline.Entry]?
        var members = try MemberReader(allowed: Key.baselineKeys, scanner: &scanner)
        while let key = try members.next(&scanner) {
            switch key {
            case .name: name = try scanner.string()
            case .at: at = try required(scanner.withStringBytes(Timestamp.init(rfc3339UTF8:)))
            case .by: by = try optionalString()
            case .notes: notes = try optionalString()
            case .milestones:
                var list: [Baseline.Entry] = []
                var first = true
                try scanner.expect(UInt8(ascii: "["))
                while try scanner.nextElement(first: &first) {
                    var id: String?, start: CalendarDay?, due: CalendarDay?
                    var fields = try MemberReader(allowed: Key.baselineEntryKeys, scanner: &scanner)
                    while let field = try fields.next(&scanner) {
                        switch field {
                        case .id: id = try validID()
                        case .start: start = try optionalDay()
                        case .due: due = try optionalDay()
                        default: throw FastPathRefused()
                        }
                    }
                    list.append(Baseline.Entry(id: try required(id), start: start, due: due))
                }
                entries = list
            default: throw FastPathRefused()
            }
        }
        guard let name, let at, let entries else { throw FastPathRefused() }
        return Baseline(name: name, at: at, by: by, notes: notes, milestones: entries)
    }

    /// `timeZoneHistory`'s entries; `from` and `to` are required (null for none).
    private mutating func zoneChanges() throws(FastPathRefused) -> [ZoneChange] {
        var changes: [ZoneChange] = []
        var first = true
        try scanner.expect(UInt8(ascii: "["))
        while try scanner.nextElement(first: &first) {
            var at: Timestamp?, from: String??, to: String??, by: String?, reason: String?
            var members = try MemberReader(allowed: Key.zoneChangeKeys, scanner: &scanner)
            while let key = try members.next(&scanner) {
                switch key {
                case .at: at = try required(scanner.withStringBytes(Timestamp.init(rfc3339UTF8:)))
                case .from: from = .some(try optionalString())
                case .to: to = .some(try optionalString())
                case .by: by = try optionalString()
                case .reason: reason = try optionalString()
                default: throw FastPathRefused()
                }
            }
            guard let at, let from, let to else { throw FastPathRefused() }
            changes.append(ZoneChange(at: at, from: from, to: to, by: by, reason: reason))
        }
        return changes
    }

    mutating func workstream() throws(FastPathRefused) -> Workstream {
        var parts = WorkstreamParts()
        var members = try MemberReader(allowed: Key.workstreamKeys, scanner: &scanner)
        try workstreamMembers(&members, into: &parts)
        guard let id = parts.id, let title = parts.title, let milestones = parts.milestones else { throw FastPathRefused() }
        return Workstream(id: id, title: title, milestones: milestones)
    }

    /// Reads a workstream object's members up to its `}` into `parts`. When
    /// the other half's first milestone comes next in its list, the other
    /// half's milestones and members are taken instead, and ``joined`` is set.
    mutating func workstreamMembers(_ members: inout MemberReader, into parts: inout WorkstreamParts) throws(FastPathRefused) {
        while let key = try members.next(&scanner) {
            switch key {
            case .id:
                let text = try validID()
                workstreamIDs.add(text)
                parts.id = text
            case .title: parts.title = try localizedText()
            case .milestones:
                var list: [Milestone] = []
                var first = true
                try scanner.expect(UInt8(ascii: "["))
                while try scanner.nextElement(first: &first) {
                    if let otherHalf, try scanner.peek() == UInt8(ascii: "{"), scanner.offset == otherHalf.start {
                        let tail = try otherHalf.result()
                        joined = tail
                        parts.milestones = list + tail.milestones
                        try members.add(tail.workstreamSeen)
                        parts.add(tail.workstream)
                        tail.merge(into: &self)
                        return
                    }
                    list.append(try milestone())
                }
                parts.milestones = list
            default: throw FastPathRefused()
            }
        }
    }

    mutating func milestone() throws(FastPathRefused) -> Milestone {
        var id: String?, title: LocalizedText?, status: Status?, start: CalendarDay?, due: CalendarDay?
        var owner: String?, lead: Lead?, notes: String?, depends: [String] = [], entries: [HistoryEntry] = []
        var members = try MemberReader(allowed: Key.milestoneKeys, scanner: &scanner)
        while let key = try members.next(&scanner) {
            switch key {
            case .id:
                let text = try validID()
                milestoneIDs.add(text)
                id = text
            case .title: title = try localizedText()
            case .status: status = try required(scanner.withStringBytes(Status.init(utf8:)))
            case .start: start = try optionalDay()
            case .due: due = try optionalDay()
            case .owner: owner = try optionalString()
            case .notes: notes = try optionalString()
            case .lead:
                sawSchema2Key = true
                lead = try scanner.skipNull() ? nil : try required(scanner.withStringBytes { Lead(rawValue: String(decoding: $0, as: UTF8.self)) })
            case .depends:
                sawSchema2Key = true
                if try scanner.skipNull() { break }
                var first = true
                try scanner.expect(UInt8(ascii: "["))
                while try scanner.nextElement(first: &first) { depends.append(try validID()) }
                hasDependencies = hasDependencies || !depends.isEmpty
            case .history: entries = try historyEntries()
            default: throw FastPathRefused()
            }
        }
        guard let id, let title, let status else { throw FastPathRefused() }
        return Milestone(
            id: id, title: title, status: status, start: start, due: due, owner: owner, lead: lead, notes: notes,
            depends: depends, history: entries)
    }

    private mutating func historyEntries() throws(FastPathRefused) -> [HistoryEntry] {
        if try scanner.skipNull() { return [] }
        try scanner.expect(UInt8(ascii: "["))
        history.removeAll(keepingCapacity: true)
        var first = true
        while try scanner.nextElement(first: &first) { history.append(try historyEntry()) }
        return history.compacted()
    }

    private mutating func historyEntry() throws(FastPathRefused) -> HistoryEntry {
        var at: Timestamp?, field: String?, from: String?, to: String?, by: String?, reason: String?
        var members = try MemberReader(allowed: Key.historyKeys, scanner: &scanner)
        while let key = try members.next(&scanner) {
            switch key {
            case .at: at = try required(scanner.withStringBytes(Timestamp.init(rfc3339UTF8:)))
            case .field: field = try scanner.string(reusing: &repeated)
            case .from: from = try optionalString()
            case .to: to = try optionalString()
            case .by:
                sawSchema2Key = true
                by = try optionalString()
            case .reason:
                sawSchema2Key = true
                reason = try optionalString()
            default: throw FastPathRefused()
            }
        }
        guard let at, let field else { throw FastPathRefused() }
        return HistoryEntry(at: at, field: field, from: from, to: to, by: by, reason: reason)
    }

    // MARK: Values

    /// A plain string, or an object of translations with ASCII language codes.
    private mutating func localizedText() throws(FastPathRefused) -> LocalizedText {
        if try scanner.peek() == UInt8(ascii: "\"") { return LocalizedText(try scanner.string()) }
        try scanner.expect(UInt8(ascii: "{"))
        languages.removeAll(keepingCapacity: true)
        packer.removeAll()
        var first = true
        while try scanner.nextMember(first: &first) {
            let language = try required(scanner.withStringBytes(Self.languageCode))
            guard !languages.contains(language) else { throw FastPathRefused() }
            languages.append(language)
            try scanner.expect(UInt8(ascii: ":"))
            // The text goes from the file's bytes into the packed buffer: no String is made for it.
            try required(scanner.withStringBytes { bytes in
                guard UTF8Validation.isValid(bytes) else { return nil }
                packer.append(language: language, text: bytes)
                return ()
            } as Void?)
        }
        guard !languages.isEmpty else { throw FastPathRefused() }
        return packer.text
    }

    /// 1–16 ASCII letters or `-`: a subset of ``LocalizedText/isLanguageCode(_:)``.
    private static func languageCode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard (1...16).contains(bytes.count),
              bytes.allSatisfy({ $0 == UInt8(ascii: "-") || ($0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z")) })
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func validID() throws(FastPathRefused) -> String {
        try required(scanner.withStringBytes { bytes in
            RoadmapDecoder.isValidID(utf8: bytes) ? String(decoding: bytes, as: UTF8.self) : nil
        })
    }

    /// A `YYYY-MM-DD` date or null.
    private mutating func optionalDay() throws(FastPathRefused) -> CalendarDay? {
        try scanner.skipNull() ? nil : try required(scanner.withStringBytes(CalendarDay.init(isoUTF8:)))
    }

    private mutating func optionalString() throws(FastPathRefused) -> String? {
        try scanner.skipNull() ? nil : try scanner.string(reusing: &repeated)
    }

    private func required<T>(_ value: T?) throws(FastPathRefused) -> T {
        guard let value else { throw FastPathRefused() }
        return value
    }
}

/// The ids of a file as 64-bit hashes of their lower-case spelling: 8 bytes
/// an id instead of a set of strings. Equal hashes make the fast path give
/// up, so a collision of two different ids only costs a trip through the
/// full decoder, which compares the ids themselves.
struct IDHashes {
    private var hashes: [UInt64] = []

    /// Adds a valid (hence ASCII) id.
    mutating func add(_ id: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in id.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            hash = (hash ^ UInt64(lower)) &* 0x100_0000_01B3
        }
        hashes.append(hash)
    }

    /// Adds the hashes of the ids the other half read.
    mutating func add(_ other: IDHashes) {
        hashes += other.hashes
    }

    /// Whether no two ids had the same hash.
    mutating func allDistinct() -> Bool {
        hashes.sort()
        return zip(hashes, hashes.dropFirst()).allSatisfy { $0 != $1 }
    }
}

/// Walks the members of one object for ``FastRoadmapDecoder``, refusing keys
/// that do not belong there and keys given twice.
struct MemberReader {
    private let allowed: UInt64
    /// The bits of the keys read (``Key/bit``).
    private(set) var seen: UInt64 = 0
    private var first = true

    /// Consumes the object's `{`.
    init(allowed: UInt64, scanner: inout FastJSONScanner) throws(FastPathRefused) {
        self.allowed = allowed
        try scanner.expect(UInt8(ascii: "{"))
    }

    /// Reads on in an object after a member's value, when the start of the
    /// object is in the other half of the file.
    init(continuingWith allowed: UInt64) {
        self.allowed = allowed
        first = false
    }

    /// Counts the keys the other half read in the same object; refuses a key read in both.
    mutating func add(_ other: UInt64) throws(FastPathRefused) {
        guard seen & other == 0 else { throw FastPathRefused() }
        seen |= other
    }

    /// The next member's key, with its `:` consumed; nil at the closing `}`.
    mutating func next(_ scanner: inout FastJSONScanner) throws(FastPathRefused) -> Key? {
        guard try scanner.nextMember(first: &first) else { return nil }
        guard let key = try scanner.withStringBytes(Key.init), allowed & key.bit != 0, seen & key.bit == 0 else {
            throw FastPathRefused()
        }
        seen |= key.bit
        try scanner.expect(UInt8(ascii: ":"))
        return key
    }
}

/// The member names a roadmap file uses. The masks are 64 bits wide: a
/// key's bit is `1 << rawValue`, so up to 64 keys (a test checks the count).
enum Key: Int, CaseIterable {
    case schema, title, notes, workstreams, id, milestones, status, due, owner, history, at, field, from, to, start
    case lead, depends, by, reason, baselines, name, timeZone
    case timeZoneHistory

    static let roadmapKeys = bits(.schema, .title, .notes, .timeZone, .timeZoneHistory, .workstreams, .baselines)
    static let workstreamKeys = bits(.id, .title, .milestones)
    /// Keys of schema 2 (lead, depends, by, reason, baselines) are read in any
    /// file; the decoder refuses them afterwards when the file says schema 1.
    static let milestoneKeys = bits(.id, .title, .status, .start, .due, .owner, .lead, .notes, .depends, .history)
    static let historyKeys = bits(.at, .field, .from, .to, .by, .reason)
    static let baselineKeys = bits(.name, .at, .by, .notes, .milestones)
    static let baselineEntryKeys = bits(.id, .start, .due)
    static let zoneChangeKeys = bits(.at, .from, .to, .by, .reason)

    private static func bits(_ keys: Key...) -> UInt64 { keys.reduce(0) { $0 | $1.bit } }

    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// The key spelled by exactly these bytes, if any: the candidate is found
    /// by length and first byte, then compared whole.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return nil }
        let candidate: Key?
        switch (bytes.count, first) {
        case (2, UInt8(ascii: "i")): candidate = .id
        case (2, UInt8(ascii: "a")): candidate = .at
        case (2, UInt8(ascii: "t")): candidate = .to
        case (2, UInt8(ascii: "b")): candidate = .by
        case (3, _): candidate = .due
        case (4, UInt8(ascii: "f")): candidate = .from
        case (4, UInt8(ascii: "l")): candidate = .lead
        case (4, UInt8(ascii: "n")): candidate = .name
        case (5, UInt8(ascii: "t")): candidate = .title
        case (5, UInt8(ascii: "n")): candidate = .notes
        case (5, UInt8(ascii: "o")): candidate = .owner
        case (5, UInt8(ascii: "f")): candidate = .field
        case (5, UInt8(ascii: "s")): candidate = .start
        case (6, UInt8(ascii: "r")): candidate = .reason
        case (6, _): candidate = bytes[1] == UInt8(ascii: "c") ? .schema : .status
        case (7, UInt8(ascii: "h")): candidate = .history
        case (7, UInt8(ascii: "d")): candidate = .depends
        case (8, UInt8(ascii: "t")): candidate = .timeZone
        case (9, _): candidate = .baselines
        case (10, _): candidate = .milestones
        case (11, _): candidate = .workstreams
        case (15, _): candidate = .timeZoneHistory
        default: candidate = nil
        }
        guard let candidate else { return nil }
        let spelling = candidate.spelling
        guard sameBytes(UnsafeBufferPointer(start: spelling.utf8Start, count: spelling.utf8CodeUnitCount), bytes) else { return nil }
        self = candidate
    }

    var spelling: StaticString {
        switch self {
        case .schema: "schema"
        case .title: "title"
        case .notes: "notes"
        case .workstreams: "workstreams"
        case .id: "id"
        case .milestones: "milestones"
        case .status: "status"
        case .due: "due"
        case .owner: "owner"
        case .history: "history"
        case .at: "at"
        case .field: "field"
        case .from: "from"
        case .to: "to"
        case .start: "start"
        case .lead: "lead"
        case .depends: "depends"
        case .by: "by"
        case .reason: "reason"
        case .baselines: "baselines"
        case .name: "name"
        case .timeZone: "timeZone"
        case .timeZoneHistory: "timeZoneHistory"
        }
    }
}

extension Status {
    /// The status whose word is exactly these bytes.
    fileprivate init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let candidate: Status
        switch bytes.first {
        case UInt8(ascii: "p"): candidate = .planned
        case UInt8(ascii: "i"): candidate = .inProgress
        case UInt8(ascii: "a"): candidate = .atRisk
        case UInt8(ascii: "b"): candidate = .blocked
        case UInt8(ascii: "d"): candidate = bytes.count == 4 ? .done : .dropped
        default: return nil
        }
        var word = candidate.rawValue
        guard word.withUTF8({ sameBytes($0, bytes) }) else { return nil }
        self = candidate
    }
}

extension Array {
    /// A copy in storage sized for its elements (appending leaves up to half unused).
    fileprivate func compacted() -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
