/// A milestone as another program describes it, before it is matched
/// against the roadmap: what ``ImportPlanner`` turns into additions and changes.
public struct ImportRecord: Equatable, Sendable {
    /// How a record finds the milestone it describes on a later import.
    public enum Identity: Equatable, Sendable {
        /// A milestone id (a CSV `id` cell). An unknown id is added with that id.
        case id(String)
        /// A line of the notes that marks the milestone (`taskwarrior: <uuid>`);
        /// the record's notes hold it, so the milestone keeps it.
        case marker(String)
        /// Nothing: matched by its title in its workstream.
        case none
    }

    /// The fields a record can give. A field it does not give is left alone.
    public enum Field: String, Sendable, CaseIterable {
        case title, status, start, due, owner, notes, lead, depends
    }

    /// Where the record came from, for messages (`row 4`, `task "Buy parts"`).
    public var origin: String
    public var identity: Identity
    /// The workstream as the source names it (a CSV cell, a Taskwarrior project).
    public var workstream: String?
    public var title: LocalizedText?
    public var status: Status?
    public var start: CalendarDay?
    public var due: CalendarDay?
    public var owner: String?
    public var notes: String?
    public var lead: Lead?
    /// The ids of the milestones it waits for (in the roadmap or in the same import).
    public var depends: [String]
    /// Marker lines (`taskwarrior: <uuid>`) of more milestones it waits for, in
    /// the roadmap or in the same import: the planner adds their ids to `depends`.
    public var dependsMarkers: [String]
    /// The fields the source gives; an absent optional among them means "none".
    public var given: Set<Field>

    public init(
        origin: String, identity: Identity, workstream: String?, title: LocalizedText? = nil, status: Status? = nil,
        start: CalendarDay? = nil, due: CalendarDay? = nil, owner: String? = nil, notes: String? = nil,
        lead: Lead? = nil, depends: [String] = [], dependsMarkers: [String] = [], given: Set<Field>
    ) {
        self.origin = origin
        self.identity = identity
        self.workstream = workstream
        self.title = title
        self.status = status
        self.start = start
        self.due = due
        self.owner = owner
        self.notes = notes
        self.lead = lead
        self.depends = depends
        self.dependsMarkers = dependsMarkers
        self.given = given
    }
}

/// What an importer read from a file: the records, and what it deliberately
/// left out (with why), for the user to see.
public struct ImportSource: Equatable, Sendable {
    public var records: [ImportRecord]
    public var skipped: [String]

    public init(records: [ImportRecord], skipped: [String] = []) {
        self.records = records
        self.skipped = skipped
    }
}
