/// Finish-to-start dependencies between milestones (`depends`): the rules a
/// file must meet (every id known, no milestone waiting on itself, no cycle)
/// and when a link is off track.
extension Roadmap {
    /// One dependency: `successor` waits for `predecessor` to finish.
    public struct Link: Equatable, Hashable, Sendable {
        public var predecessor: Location
        public var successor: Location
        /// The two are in different workstreams: the links the office manages.
        public var crossesWorkstreams: Bool { predecessor.workstream != successor.workstream }
    }

    /// Why a link is off track.
    public enum OffTrack: Equatable, Hashable, Sendable {
        /// The predecessor is due after the successor starts (or, without a start, is due).
        case dueTooLate(predecessorDue: CalendarDay, successorDate: CalendarDay)
        /// The predecessor is blocked, at risk or dropped.
        case status(Status)
        /// The predecessor is open and past its due date.
        case overdue(CalendarDay)
    }

    /// Whether any milestone waits for another: most work on dependencies is skipped when none does.
    public var hasDependencies: Bool {
        // Read where they are kept, without copying each milestone.
        workstreams.contains { $0.milestones.withUnsafeBufferPointer { milestones in milestones.indices.contains { !milestones[$0].depends.isEmpty } } }
    }

    /// The locations of every milestone by folded id (ids are unique ignoring
    /// case), or by id as spelled when not `folded`.
    func locationsByID(folded: Bool = true) -> [String: Location] {
        var result: [String: Location] = [:]
        result.reserveCapacity(milestoneCount)
        for (w, workstream) in workstreams.enumerated() {
            // The ids are read where they are kept, without copying each milestone.
            workstream.milestones.withUnsafeBufferPointer { milestones in
                for m in milestones.indices { result[folded ? milestones[m].id.lowercased() : milestones[m].id] = Location(workstream: w, milestone: m) }
            }
        }
        return result
    }

    /// Every dependency whose both ends exist, in file order of the successors.
    public func links() -> [Link] {
        var index = IDIndex()
        return links(index: &index)
    }

    /// ``links()`` with an index kept from an earlier version of the roadmap
    /// (the UI keeps one between changes; it checks itself and is rebuilt
    /// only when milestones were added, removed or moved).
    public func links(index: inout IDIndex) -> [Link] {
        guard hasDependencies else { return [] }
        var result: [Link] = []
        for (w, workstream) in workstreams.enumerated() {
            workstream.milestones.withUnsafeBufferPointer { milestones in
                for m in milestones.indices where !milestones[m].depends.isEmpty {
                    for id in milestones[m].depends {
                        if let from = index.locate(id, in: self) { result.append(Link(predecessor: from, successor: Location(workstream: w, milestone: m))) }
                    }
                }
            }
        }
        return result
    }

    /// Why a link is off track, or nil when it is on track. A finished
    /// (done) predecessor never holds anything up, and nothing holds up a
    /// successor that is done or dropped.
    public func offTrack(_ link: Link, today: CalendarDay) -> OffTrack? {
        let finished = workstreams[link.successor.workstream].milestones.withUnsafeBufferPointer { $0[link.successor.milestone].status.isClosed }
        guard !finished else { return nil }
        // The milestones are read where they are kept: the UI asks this of every link at each change.
        let (status, due) = workstreams[link.predecessor.workstream].milestones.withUnsafeBufferPointer {
            ($0[link.predecessor.milestone].status, $0[link.predecessor.milestone].due)
        }
        guard status != .done else { return nil }
        if status == .blocked || status == .atRisk || status == .dropped { return .status(status) }
        if let due, due < today { return .overdue(due) }
        let date = workstreams[link.successor.workstream].milestones.withUnsafeBufferPointer {
            $0[link.successor.milestone].start ?? $0[link.successor.milestone].due
        }
        if let due, let date, due > date { return .dueTooLate(predecessorDue: due, successorDate: date) }
        return nil
    }

    /// What would make the decoder refuse the dependencies: an id that is not
    /// a milestone of the file, one given twice, a milestone waiting on
    /// itself, and each cycle (named in order: `SC1 → SC2 → SC1`), each at
    /// its entry's path (`workstreams[0].milestones[2].depends[1]`).
    public var dependencyProblems: [FileProblem] {
        guard hasDependencies else { return [] }
        let graph = dependencyGraph()
        var problems = graph.problems
        if problems.isEmpty, let cycle = firstCycle(edgeStart: graph.edgeStart, edges: graph.edges) {
            let ids = cycle.map { self[graph.numbering.location(of: $0)].id }
            // Named at the first milestone's entry for the next one.
            let (first, next) = (graph.numbering.location(of: cycle[0]), ids[1].lowercased())
            let entry = self[first].depends.firstIndex { $0.lowercased() == next }.map { "[\($0)]" } ?? ""
            problems.append(FileProblem(path: "workstreams[\(first.workstream)].milestones[\(first.milestone)].depends\(entry)", message: "a cycle: \(ids.joined(separator: " → ")) (each waits for the next to finish)"))
        }
        return problems
    }

    /// The milestones of the first cycle of dependencies found, from one back
    /// to itself (nil: none). Ids that are not milestones are left out.
    public func firstDependencyCycle() -> [Location]? {
        guard hasDependencies else { return nil }
        let graph = dependencyGraph()
        return firstCycle(edgeStart: graph.edgeStart, edges: graph.edges).map { $0.map(graph.numbering.location(of:)) }
    }

    /// The dependencies as a graph over milestones numbered in file order
    /// (milestone `o` waits on `edges[edgeStart[o]..<edgeStart[o + 1]]`), and
    /// what is wrong with them besides cycles. Every load runs this:
    /// milestones are read in place and each id is looked up once.
    private func dependencyGraph() -> DependencyGraph {
        // Ids are looked up as spelled, then ignoring case (folding every id costs a tenth of a large file's load).
        let exact = locationsByID(folded: false)
        var folded: [String: Location]?
        func locate(_ id: String) -> Location? {
            if let found = exact[id] { return found }
            if folded == nil { folded = locationsByID() }
            return folded?[id.lowercased()]
        }
        let numbering = MilestoneNumbering(self)
        var problems: [FileProblem] = []
        var edgeStart = [Int32](repeating: 0, count: numbering.count + 1), edges: [Int32] = []
        for (w, workstream) in workstreams.enumerated() {
            workstream.milestones.withUnsafeBufferPointer { milestones in
                for m in milestones.indices {
                    let depends = milestones[m].depends
                    let number = numbering.number(of: Location(workstream: w, milestone: m))!
                    defer { edgeStart[number + 1] = Int32(edges.count) }
                    guard !depends.isEmpty else { continue }
                    let before = edges.count
                    for (i, id) in depends.enumerated() {
                        // Spelled only for a problem: most files have none.
                        var path: String { "workstreams[\(w)].milestones[\(m)].depends[\(i)]" }
                        guard let found = locate(id) else {
                            problems.append(FileProblem(path: path, message: "\"\(TerminalSafe.escape(String(id.prefix(40))))\" is not a milestone of this roadmap"))
                            continue
                        }
                        let target = Int32(numbering.number(of: found)!)
                        if found == Location(workstream: w, milestone: m) {
                            problems.append(FileProblem(path: path, message: "\(milestones[m].id) cannot wait for itself"))
                        } else if edges[before...].contains(target) {
                            problems.append(FileProblem(path: path, message: "\"\(id)\" is given twice"))
                        } else {
                            edges.append(target)
                        }
                    }
                }
            }
        }
        return DependencyGraph(numbering: numbering, edgeStart: edgeStart, edges: edges, problems: problems)
    }

    /// The first cycle of the graph where milestone `o` waits on
    /// `edges[edgeStart[o]..<edgeStart[o + 1]]`, as ordinals from a milestone
    /// back to itself.
    private func firstCycle(edgeStart: [Int32], edges: [Int32]) -> [Int]? {
        // Iterative depth-first search: 0 unvisited, 1 on the path, 2 done.
        var state = [UInt8](repeating: 0, count: edgeStart.count - 1)
        for root in state.indices where state[root] == 0 {
            var path: [(node: Int, next: Int)] = [(root, Int(edgeStart[root]))]
            state[root] = 1
            while let (node, next) = path.last {
                if next == Int(edgeStart[node + 1]) {
                    state[node] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let target = Int(edges[next])
                switch state[target] {
                case 1:
                    let start = path.firstIndex { $0.node == target }!
                    return path[start...].map(\.node) + [target]
                case 0:
                    state[target] = 1
                    path.append((target, Int(edgeStart[target])))
                default: break
                }
            }
        }
        return nil
    }

    /// The milestones `location` waits for, directly or through others,
    /// nearest first, each once.
    public func upstream(of location: Location) -> [Location] {
        let index = locationsByID()
        var result: [Location] = [], seen: Set<Location> = [location], queue = [location]
        while !queue.isEmpty {
            let current = queue.removeFirst()
            for id in self[current].depends {
                guard let found = index[id.lowercased()], seen.insert(found).inserted else { continue }
                result.append(found)
                queue.append(found)
            }
        }
        return result
    }
}

/// Dependencies over milestones numbered in file order: see
/// ``Roadmap/dependencyProblems``.
private struct DependencyGraph {
    var numbering: MilestoneNumbering
    var edgeStart: [Int32]
    var edges: [Int32]
    var problems: [FileProblem]
}
