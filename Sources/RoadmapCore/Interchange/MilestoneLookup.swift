/// The roadmap's milestones indexed the three ways an import finds them (id,
/// notes marker, title within a workstream), so that matching a file of n
/// records takes time in proportion to n, not n². Milestones are only ever
/// appended while it is in use, so every location stays valid.
struct MilestoneLookup {
    private var byID: [String: Roadmap.Location] = [:]
    private var byMarker: [String: Roadmap.Location] = [:]
    private var byTitle: [Int: [LocalizedText: Int]] = [:]
    /// Ids the import's records claim, which fresh ids must avoid.
    private let reserved: Set<String>
    /// Per workstream, where fresh ids count on from.
    private var sequences: [Int: MilestoneIDSequence] = [:]

    init(_ roadmap: Roadmap, records: [ImportRecord]) {
        var markers = Set<String>()
        var reserved = Set<String>()
        for record in records {
            switch record.identity {
            case .id(let id): reserved.insert(id.lowercased())
            case .marker(let marker): markers.insert(marker)
            case .none: break
            }
        }
        self.reserved = reserved
        for (w, workstream) in roadmap.workstreams.enumerated() {
            for (m, milestone) in workstream.milestones.enumerated() {
                add(milestone, at: Roadmap.Location(workstream: w, milestone: m), markers: markers)
            }
        }
    }

    /// The milestone a record describes, if the roadmap has it.
    func match(_ record: ImportRecord, workstream: Int?) -> Roadmap.Location? {
        switch record.identity {
        case .id(let id): return byID[id.lowercased()]
        case .marker(let marker): return byMarker[marker]
        case .none:
            guard let workstream, let title = record.title, let m = byTitle[workstream]?[title] else { return nil }
            return Roadmap.Location(workstream: workstream, milestone: m)
        }
    }

    /// Records a milestone just appended to the roadmap.
    mutating func add(_ milestone: Milestone, at location: Roadmap.Location, markers: Set<String> = []) {
        byID[milestone.id.lowercased()] = location
        if byTitle[location.workstream]?[milestone.title] == nil { byTitle[location.workstream, default: [:]][milestone.title] = location.milestone }
        guard !markers.isEmpty, let notes = milestone.notes else { return }
        for line in notes.split(separator: "\n") where markers.contains(String(line)) {
            byMarker[String(line)] = byMarker[String(line)] ?? location
        }
    }

    /// An id for a new milestone of the workstream: the roadmap's next one,
    /// then counting on, skipping ids in use or claimed by the import.
    mutating func freshID(in workstream: Int, of roadmap: Roadmap) -> String {
        var sequence = sequences[workstream] ?? MilestoneIDSequence(roadmap.workstreams[workstream])
        let id = sequence.next { reserved.contains($0) || byID[$0] != nil }
        sequences[workstream] = sequence
        return id
    }
}
