import Foundation

/// A whole roadmap file: its title, notes and workstreams.
public struct Roadmap: Equatable, Hashable, Sendable {
    /// The newest file-format version this build reads; it reads every
    /// older one too. A file is written in the lowest one that holds what it
    /// uses (``writtenSchema``), so that older builds still read it when they can.
    public static let currentSchema = 4

    /// The schema of the file this roadmap was read from (for a new one, the
    /// current schema): what a save upgrades from. A property of the file's
    /// encoding, not of the roadmap, so not compared by `==`.
    public var schema: Int
    public var title: LocalizedText
    public var notes: String?
    /// The programme's time zone, an IANA name such as `Asia/Bangkok` (schema
    /// 3, read in schema-2 files written before it; absent: none named). Days, weeks and "today" are counted in it, so
    /// that offices in different zones print the same weekly report.
    public var timeZone: String?
    /// The recorded changes of ``timeZone``, oldest first (schema 4; absent:
    /// none recorded, and the zone named applies for all time). See ``ZoneChange``.
    public var zoneChanges: [ZoneChange]
    /// Saved baselines, oldest first (schema 2).
    public var baselines: [Baseline]
    public var workstreams: [Workstream]

    public init(
        schema: Int = Roadmap.currentSchema, title: LocalizedText, notes: String? = nil, timeZone: String? = nil, zoneChanges: [ZoneChange] = [],
        baselines: [Baseline] = [], workstreams: [Workstream]
    ) {
        self.schema = schema
        self.title = title
        self.notes = notes
        self.timeZone = timeZone
        self.zoneChanges = zoneChanges
        self.baselines = baselines
        self.workstreams = workstreams
    }

    /// The position of a milestone, found by id without regard to case.
    public struct Location: Equatable, Hashable, Sendable {
        public var workstream: Int
        public var milestone: Int
        public init(workstream: Int, milestone: Int) {
            self.workstream = workstream
            self.milestone = milestone
        }
    }

    /// Finds a milestone by id, ignoring case.
    public func locate(_ id: String) -> Location? {
        // Ids usually come from the file itself: look for the exact spelling
        // first, which needs no lower-casing of every id.
        for (w, workstream) in workstreams.enumerated() {
            if let m = workstream.milestones.firstIndex(where: { $0.id == id }) {
                return Location(workstream: w, milestone: m)
            }
        }
        let wanted = id.lowercased()
        for (w, workstream) in workstreams.enumerated() {
            if let m = workstream.milestones.firstIndex(where: { $0.id.lowercased() == wanted }) {
                return Location(workstream: w, milestone: m)
            }
        }
        return nil
    }

    /// The milestone at a location. Read in place (a caller reading one field
    /// copies no milestone) and changed in place.
    public subscript(location: Location) -> Milestone {
        _read { yield workstreams[location.workstream].milestones[location.milestone] }
        _modify { yield &workstreams[location.workstream].milestones[location.milestone] }
    }

    /// Finds a workstream by id, ignoring case.
    public func workstreamIndex(_ id: String) -> Int? {
        let wanted = id.lowercased()
        return workstreams.firstIndex { $0.id.lowercased() == wanted }
    }

    /// Every milestone with the index of its workstream, in file order.
    public var allMilestones: [(workstream: Int, milestone: Milestone)] {
        workstreams.enumerated().flatMap { w, ws in ws.milestones.map { (w, $0) } }
    }

    /// The number of milestones in all workstreams.
    public var milestoneCount: Int { workstreams.reduce(0) { $0 + $1.milestones.count } }
}

extension Roadmap {
    /// The schema a file holding this roadmap declares: the lowest that holds
    /// what it uses (older builds then say "upgrade" instead of "unknown
    /// key"): 4 when it records changes of the time zone, 3 when it names
    /// one, else 2.
    public var writtenSchema: Int { !zoneChanges.isEmpty ? 4 : timeZone == nil ? 2 : 3 }

    /// The schema a file that declares `declared` counts as once read: one
    /// naming a zone is 3, which it needs (schema-2 files named one before
    /// schema 3 existed), so that its next save is no upgrade.
    static func schemaRead(declared: Int, timeZone: String?) -> Int {
        timeZone == nil ? declared : max(declared, 3)
    }

    /// Equal when they hold the same roadmap, whatever schema each was read
    /// in (``schema`` is the file's, not the roadmap's).
    public static func == (a: Roadmap, b: Roadmap) -> Bool {
        a.title == b.title && a.notes == b.notes && a.timeZone == b.timeZone && a.zoneChanges == b.zoneChanges && a.baselines == b.baselines && a.workstreams == b.workstreams
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(notes)
        hasher.combine(timeZone)
        hasher.combine(zoneChanges)
        hasher.combine(baselines)
        hasher.combine(workstreams)
    }
}

extension Roadmap {
    /// The zone ``timeZone`` names; nil when it names none or one this
    /// system does not know (a load problem, see ``loadProblems``).
    public var programmeZone: TimeZone? { timeZone.flatMap(TimeZone.init(identifier:)) }

    /// The zone days are counted in: `override` (a `--tz`), else the file's
    /// ``programmeZone``, else `fallback` (the machine's). The fallback is
    /// found only when used: looking up the machine's zone is a tenth of a
    /// small command's start-up.
    public func clock(override: TimeZone? = nil, fallback: @autoclosure () -> TimeZone = .current) -> TimeZone {
        override ?? programmeZone ?? fallback()
    }

    /// `zone` as this file spells it (its zone now or one of its history's),
    /// else by its identifier: names are shown as typed, while Foundation
    /// on Linux calls `UTC` "GMT".
    public func zoneName(_ zone: TimeZone) -> String {
        if let timeZone, timeZone == zone.identifier { return timeZone }
        let names = [timeZone] + zoneChanges.reversed().flatMap { [$0.to, $0.from] }
        return names.lazy.compactMap { $0 }.first { TimeZone(identifier: $0)?.identifier == zone.identifier } ?? zone.spelledAsTZ
    }
}

extension Roadmap {
    /// Milestones that start after they are due, each named by its JSON path:
    /// the file loads (a merge can produce one), but `validate` reports them.
    public var dateProblems: [FileProblem] {
        var problems: [FileProblem] = []
        for (w, workstream) in workstreams.enumerated() {
            for (m, milestone) in workstream.milestones.enumerated() where milestone.startsAfterDue {
                problems.append(FileProblem(path: "workstreams[\(w)].milestones[\(m)].start",
                                            message: "\(milestone.start!) is after the due date \(milestone.due!)"))
            }
        }
        return problems
    }
}

extension Roadmap {
    /// Whether the two are the same version in the same storage: nothing
    /// changed or decoded anew between them. Cheap at any size, as it looks
    /// at where the milestones are kept, not at what they say; false can
    /// still mean equal (compare with `==` for that).
    public func isIdentical(to other: Roadmap) -> Bool {
        guard title == other.title, notes == other.notes, timeZone == other.timeZone, zoneChanges == other.zoneChanges,
              baselines == other.baselines,
              workstreams.count == other.workstreams.count else { return false }
        return zip(workstreams, other.workstreams).allSatisfy { mine, theirs in
            mine.id == theirs.id && mine.title == theirs.title && mine.milestones.count == theirs.milestones.count
                && mine.milestones.withUnsafeBufferPointer { a in theirs.milestones.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
        }
    }
}
