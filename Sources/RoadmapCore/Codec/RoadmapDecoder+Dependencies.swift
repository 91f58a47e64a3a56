/// The dependency rules on a file that has other problems, so that one run
/// lists every problem: the decoder leaves out each milestone it refuses,
/// so ``Roadmap/dependencyProblems`` on what it read would be wrong. Runs
/// only on a refused file.
extension RoadmapDecoder {
    /// What is wrong with the `depends` lists of `workstreams` (the file's
    /// array, as parsed) and stays wrong whatever the other problems' fixes
    /// are, worded and placed as ``Roadmap/dependencyProblems`` words them.
    ///
    /// - An id that names no milestone, only when every milestone's id could
    ///   be read (an unreadable one might be the id meant); an id used twice
    ///   still names a milestone.
    /// - A milestone waiting for itself, when no other milestone has its id
    ///   (one of the two will be renamed); an id given twice in one list.
    /// - A cycle, only when every milestone's id is read, once, and unique,
    ///   and every entry of every list is an id: else the graph is not known.
    static func dependencyProblems(inWorkstreams workstreams: [JSONValue]) -> [FileProblem] {
        let read = ReadDependencies(workstreams)
        if read.graphIsKnown { return read.stubRoadmap.dependencyProblems }
        var problems: [FileProblem] = []
        for milestone in read.milestones {
            var seen = Set<String>()
            for (i, id) in milestone.depends {
                let folded = id.lowercased(), path = "\(milestone.path).depends[\(i)]"
                if read.everyIDRead && read.uses[folded] == nil {
                    problems.append(FileProblem(path: path, message: "\"\(TerminalSafe.escape(String(id.prefix(40))))\" is not a milestone of this roadmap"))
                } else if milestone.ids.count == 1, milestone.ids[0].lowercased() == folded, read.uses[folded] == 1 {
                    problems.append(FileProblem(path: path, message: "\(milestone.ids[0]) cannot wait for itself"))
                } else if !seen.insert(folded).inserted {
                    problems.append(FileProblem(path: path, message: "\"\(id)\" is given twice"))
                }
            }
        }
        return problems
    }
}

/// The ids and `depends` lists of every milestone object of a parsed file,
/// whatever else is wrong with it.
private struct ReadDependencies {
    struct Milestone {
        var path: String
        /// The valid ids of its `id` members (more than one when the key is repeated).
        var ids: [String]
        /// The entries of its first `depends` list that are ids, by index.
        var depends: [(Int, String)]
        /// Whether every entry of that list is an id.
        var everyEntryRead = true
    }

    var milestones: [Milestone] = []
    /// How many milestones use each id read, folded.
    var uses: [String: Int] = [:]
    /// Whether each milestone of the file had one id that could be read.
    var everyIDRead = true
    /// Whether no id is used twice.
    var idsUnique = true
    /// The milestones by index (with the ids and entries read), for the whole rules.
    private var layout: [[Milestone?]] = []

    init(_ workstreams: [JSONValue]) {
        for (w, workstream) in workstreams.enumerated() {
            var row: [Milestone?] = []
            defer { layout.append(row) }
            guard case .object(let fields) = workstream, case .array(let items)? = fields.first(where: { $0.key == "milestones" })?.value else {
                everyIDRead = false
                continue
            }
            for (m, item) in items.enumerated() {
                guard case .object(let fields) = item else {
                    everyIDRead = false
                    row.append(nil)
                    continue
                }
                var milestone = Milestone(path: "workstreams[\(w)].milestones[\(m)]", ids: [], depends: [])
                for case .string(let id) in fields.filter({ $0.key == "id" }).map(\.value) where RoadmapDecoder.isValidID(id) { milestone.ids.append(id) }
                if milestone.ids.count != 1 { everyIDRead = false }
                for id in Set(milestone.ids.map { $0.lowercased() }) {
                    uses[id, default: 0] += 1
                    if uses[id]! > 1 { idsUnique = false }
                }
                if case .array(let entries)? = fields.first(where: { $0.key == "depends" })?.value {
                    for (i, entry) in entries.enumerated() {
                        if case .string(let id) = entry, RoadmapDecoder.isValidID(id) { milestone.depends.append((i, id)) } else { milestone.everyEntryRead = false }
                    }
                }
                milestones.append(milestone)
                row.append(milestone)
            }
        }
    }

    /// Whether the whole graph is known: every milestone read with one
    /// unique id, and every entry of every list an id.
    var graphIsKnown: Bool {
        everyIDRead && idsUnique && milestones.allSatisfy(\.everyEntryRead)
    }

    /// The file's milestones at their places with only their ids and
    /// `depends`, for ``Roadmap/dependencyProblems`` (only when ``graphIsKnown``).
    var stubRoadmap: Roadmap {
        let title = LocalizedText("")
        let workstreams = layout.map { row in
            Workstream(id: "w", title: title, milestones: row.map { RoadmapCore.Milestone(id: $0!.ids[0], title: title, depends: $0!.depends.map(\.1)) })
        }
        return Roadmap(title: title, workstreams: workstreams)
    }
}
