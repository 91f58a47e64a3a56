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
        title.collectProblems(at: "title", into: &problems)
        if let problem = timeZoneProblem { problems.append(problem) }
        if !zoneChanges.isEmpty { problems += zoneChangeProblems }
        var workstreamIDs = Set<FoldedID>()
        var milestoneIDs = Set<FoldedID>()
        milestoneIDs.reserveCapacity(milestoneCount)
        for w in workstreams.indices {
            // Paths are made only for a problem: a save checks every milestone.
            Self.check(id: workstreams[w].id, at: "workstreams[\(w)].id", unique: &workstreamIDs, into: &problems)
            workstreams[w].title.collectProblems(at: "workstreams[\(w)].title", into: &problems)
            workstreams[w].milestones.withUnsafeBufferPointer { milestones in
                for m in milestones.indices {
                    Self.check(id: milestones[m].id, at: "workstreams[\(w)].milestones[\(m)].id", unique: &milestoneIDs, into: &problems)
                    milestones[m].title.collectProblems(at: "workstreams[\(w)].milestones[\(m)].title", into: &problems)
                }
            }
        }
        var names = Set<String>()
        for (b, baseline) in baselines.enumerated() where !names.insert(baseline.name.lowercased()).inserted || baseline.name.isEmpty {
            problems.append(FileProblem(path: "baselines[\(b)].name", message: baseline.name.isEmpty ? "a baseline needs a name" : "\"\(TerminalSafe.escape(baseline.name))\" names two baselines"))
        }
        return problems + dependencyProblems
    }

    /// Why ``timeZone`` cannot be used, when it cannot: not a zone this
    /// system knows by that name.
    var timeZoneProblem: FileProblem? {
        guard let timeZone, programmeZone == nil else { return nil }
        return FileProblem(path: "timeZone", message: "\"\(TerminalSafe.escape(String(timeZone.prefix(40))))\" is not a time zone; use an IANA name such as Asia/Bangkok or Asia/Tokyo")
    }

    private static func check(
        id: String, at path: @autoclosure () -> String, unique seen: inout Set<FoldedID>, into problems: inout [FileProblem]
    ) {
        if !RoadmapDecoder.isValidID(id) {
            problems.append(FileProblem(path: path(), message: "\"\(TerminalSafe.escape(String(id.prefix(40))))\" is not a valid id (1–32 letters, digits, '.', '_' or '-')"))
        } else if !seen.insert(FoldedID(id)).inserted {
            problems.append(FileProblem(path: path(), message: "\"\(id)\" is used twice (ids are unique, ignoring case)"))
        }
    }
}

extension LocalizedText {
    /// Adds what would make the decoder refuse this text.
    fileprivate func collectProblems(at path: @autoclosure () -> String, into problems: inout [FileProblem]) {
        guard let (language, message) = languageProblem() else { return }
        problems.append(FileProblem(path: language.map { "\(path()).\($0)" } ?? path(), message: message))
    }
}

/// A valid id folded to lower case, kept without allocating (ids are at most
/// 32 ASCII bytes), for the uniqueness check at every save.
private struct FoldedID: Hashable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ id: String) {
        var id = id
        id.withUTF8 { bytes in
            withUnsafeMutableBytes(of: &words) { raw in
                for (i, b) in bytes.prefix(32).enumerated() { raw[i] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }
            }
        }
    }

    static func == (a: FoldedID, b: FoldedID) -> Bool { a.words == b.words }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
