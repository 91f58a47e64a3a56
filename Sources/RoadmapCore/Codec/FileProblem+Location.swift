extension FileProblem {
    /// Where a problem is in the file's text, and what it is about in words.
    public struct Location: Equatable, Sendable {
        /// Line and column (in characters, as for syntax errors: ``TextPosition``)
        /// of the value, of a key given twice, or of the object a key is missing from.
        public var position: TextPosition
        /// The path for people: `milestone SME2500 status`, `workstream smes title.th`,
        /// or the JSON path where no valid id names the milestone or workstream.
        public var place: String
        /// The line of the other place the message names (the id's first use, for an id used twice).
        public var otherLine: Int? = nil
    }

    /// The message of a key given twice in one object (the path names that
    /// key; the later occurrence is the one located).
    static let duplicateKey = "duplicate key"

    /// The problem on one line, as the store reports it: `FILE:LINE:COLUMN:
    /// PLACE: MESSAGE` once located, else ``description`` (`PATH: MESSAGE`).
    /// `file` is the path as it should be shown.
    public func line(in file: String) -> String {
        guard let location else { return description }
        let head = "\(file):\(location.position.line):\(location.position.column)"
        let text = message + (location.otherLine.map { "; the first is on line \($0)" } ?? "")
        return location.place.isEmpty ? "\(head): \(text)" : "\(head): \(location.place): \(text)"
    }

    /// `path` named by the milestone or workstream it is in, when `ids`
    /// (the `"id"` of each object on the path, by depth) holds a valid id.
    fileprivate static func place(of path: String, _ components: [JSONLocator.Component], ids: [Int: String]) -> String {
        guard components.count >= 2, components[0] == .key("workstreams"), case .index(let w) = components[1] else { return path }
        var prefix = "workstreams[\(w)]", kind = "workstream", id = ids[2]
        if components.count >= 4, components[2] == .key("milestones"), case .index(let m) = components[3] {
            prefix += ".milestones[\(m)]"
            kind = "milestone"
            id = ids[4]
        }
        guard let id, RoadmapDecoder.isValidID(id), path.hasPrefix(prefix) else { return path }
        let rest = path.dropFirst(prefix.count).drop { $0 == "." }
        return rest.isEmpty ? "\(kind) \(id)" : "\(kind) \(id) \(rest)"
    }
}

extension SchemaProblems {
    /// The same problems, each with its ``FileProblem/Location`` in `bytes`,
    /// the text they were found in. Runs only on a refused file: it walks the
    /// bytes once (``JSONLocator``) for all the problems together.
    public func located(in bytes: [UInt8]) -> SchemaProblems {
        guard newerSchema == nil, !problems.isEmpty else { return self }
        var repeats: [String: Int] = [:]
        let paths = problems.map { JSONLocator.components($0.path) }
        let requests = zip(problems, paths).map { problem, path in
            if let member = problem.member { return JSONLocator.Request(path: path, key: (member, 1)) }
            guard problem.message == FileProblem.duplicateKey, case .key(let name)? = path.last else { return JSONLocator.Request(path: path) }
            // The first of a repeated key is the one read; the problems are about the second, the third, ….
            let occurrence = (repeats[problem.path] ?? 1) + 1
            repeats[problem.path] = occurrence
            return JSONLocator.Request(path: Array(path.dropLast()), key: (name, occurrence))
        }
        // The other places named (at their ids), after the problems' own.
        let others = problems.indices.filter { problems[$0].other != nil }
        let found = JSONLocator.locate(requests + others.map { JSONLocator.Request(path: JSONLocator.components(problems[$0].other! + ".id")) }, in: bytes)
        let positions = TextPosition.of(found.map(\.offset), in: bytes)
        var result = self
        for k in result.problems.indices {
            let place = FileProblem.place(of: problems[k].path, paths[k], ids: found[k].ids)
            result.problems[k].location = FileProblem.Location(position: positions[k], place: place)
        }
        for (n, k) in others.enumerated() { result.problems[k].location?.otherLine = positions[problems.count + n].line }
        // In the file's order, as an editor's list of errors goes (rules across milestones are checked last).
        result.problems = result.problems.enumerated().sorted { a, b in
            let (p, q) = (a.element.location!.position, b.element.location!.position)
            return (p.line, p.column, a.offset) < (q.line, q.column, b.offset)
        }.map(\.element)
        return result
    }
}
