/// What the timeline marks beside the rows linked by `depends` to one
/// selected milestone: `←` (`<`) on what it waits for, `→` (`>`) on what
/// waits for it, and `!` where such a link is off track (on the selected
/// row too, when any of its links is).
public struct TimelineDependencies: Sendable {
    public enum Role: Equatable, Sendable {
        /// The selected milestone waits for this one to finish.
        case predecessor
        /// This one waits for the selected milestone to finish.
        case successor
    }

    public struct Mark: Equatable, Sendable {
        /// Nil on the selected milestone itself.
        public var role: Role?
        public var offTrack: Bool

        public init(role: Role?, offTrack: Bool) {
            self.role = role
            self.offTrack = offTrack
        }
    }

    /// The marked rows; a row not here has no mark.
    public private(set) var marks: [Roadmap.Location: Mark] = [:]

    /// The marks for `selected`, from one pass over every milestone's `depends`.
    public init(roadmap: Roadmap, selected: Roadmap.Location, today: CalendarDay) {
        let milestone = roadmap[selected], folded = milestone.id.lowercased()
        var anyOffTrack = false
        func add(_ location: Roadmap.Location, _ role: Role, _ link: Roadmap.Link) {
            let offTrack = roadmap.offTrack(link, today: today) != nil
            anyOffTrack = anyOffTrack || offTrack
            marks[location] = Mark(role: role, offTrack: offTrack)
        }
        for id in milestone.depends {
            if let location = roadmap.locate(id) { add(location, .predecessor, Roadmap.Link(predecessor: location, successor: selected)) }
        }
        for (w, workstream) in roadmap.workstreams.enumerated() {
            for (m, other) in workstream.milestones.enumerated()
            where other.depends.contains(where: { $0 == milestone.id || $0.lowercased() == folded }) {
                let location = Roadmap.Location(workstream: w, milestone: m)
                add(location, .successor, Roadmap.Link(predecessor: selected, successor: location))
            }
        }
        if anyOffTrack { marks[selected] = Mark(role: nil, offTrack: true) }
    }

    /// A mark as two cells: the role's arrow (or a space), then `!` when off track (or a space).
    public static func glyph(_ mark: Mark, ascii: Bool) -> String {
        let arrow = switch mark.role {
        case .predecessor: ascii ? "<" : "←"
        case .successor: ascii ? ">" : "→"
        case nil: " "
        }
        return arrow + (mark.offTrack ? "!" : " ")
    }
}
