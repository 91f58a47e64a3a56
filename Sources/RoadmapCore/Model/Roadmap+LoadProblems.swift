/// The rules a roadmap must meet to load, checked on the model: every writer
/// runs them on what it is about to write (see ``RoadmapStore``), so nothing
/// the program writes can fail to load. The decoder checks the same rules
/// through the same functions (``RoadmapDecoder/isValidID(_:)``,
/// ``LocalizedText/isLanguageCode(_:)``) as it reads.
extension Roadmap {
    /// Everything that would make the decoder refuse this roadmap, each at
    /// its JSON path; empty when it would load.
    public var loadProblems: [FileProblem] {
        var problems: [FileProblem] = []
        if !(1...Roadmap.currentSchema).contains(schema) {
            problems.append(FileProblem(path: "schema", message: "\(schema) is not a schema this build reads (1…\(Roadmap.currentSchema))"))
        }
        title.collectProblems(at: "title", into: &problems)
        var workstreamIDs = Set<String>()
        var milestoneIDs = Set<String>()
        for (w, workstream) in workstreams.enumerated() {
            let path = "workstreams[\(w)]"
            Self.check(id: workstream.id, at: path + ".id", unique: &workstreamIDs, into: &problems)
            workstream.title.collectProblems(at: path + ".title", into: &problems)
            for (m, milestone) in workstream.milestones.enumerated() {
                let path = "\(path).milestones[\(m)]"
                Self.check(id: milestone.id, at: path + ".id", unique: &milestoneIDs, into: &problems)
                milestone.title.collectProblems(at: path + ".title", into: &problems)
            }
        }
        return problems
    }

    private static func check(id: String, at path: String, unique seen: inout Set<String>, into problems: inout [FileProblem]) {
        if !RoadmapDecoder.isValidID(id) {
            problems.append(FileProblem(path: path, message: "\"\(TerminalSafe.escape(String(id.prefix(40))))\" is not a valid id (1–32 letters, digits, '.', '_' or '-')"))
        } else if !seen.insert(id.lowercased()).inserted {
            problems.append(FileProblem(path: path, message: "\"\(id)\" is used twice (ids are unique, ignoring case)"))
        }
    }
}

extension LocalizedText {
    /// Adds what would make the decoder refuse this text.
    fileprivate func collectProblems(at path: String, into problems: inout [FileProblem]) {
        guard let translations else { return }
        if translations.isEmpty { problems.append(FileProblem(path: path, message: "a title needs at least one language")) }
        var languages = Set<String>()
        for translation in translations {
            if !Self.isLanguageCode(translation.language) {
                problems.append(FileProblem(path: path, message: "\"\(TerminalSafe.escape(String(translation.language.prefix(40))))\" is not a language code"))
            } else if !languages.insert(translation.language).inserted {
                problems.append(FileProblem(path: "\(path).\(translation.language)", message: "duplicate key"))
            }
        }
    }
}
