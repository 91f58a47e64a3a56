import RoadmapCore

/// Dependency ids as the options `--depends`, `--depends-add` and
/// `--depends-remove` take them, and the check a change of them must pass.
enum DependencyInput {
    /// The ids of a comma-separated list, without blanks.
    static func ids(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `ids` spelled as the roadmap spells them (`sc2` → `SC2`); unknown ids stay as given.
    static func canonical(_ ids: [String], in roadmap: Roadmap) -> [String] {
        ids.map { id in roadmap.locate(id).map { roadmap[$0].id } ?? id }
    }

    /// The new `depends` of `milestone`: `replace` when given, else its own
    /// with `add` appended (when not there yet) and `remove` taken out.
    static func updated(_ milestone: Milestone, replace: String?, add: String?, remove: String?) throws(RoadmapError) -> [String] {
        if let replace { return ids(replace) }
        var result = milestone.depends
        for id in ids(add ?? "") where !result.contains(where: { $0.lowercased() == id.lowercased() }) { result.append(id) }
        for id in ids(remove ?? "") {
            guard let index = result.firstIndex(where: { $0.lowercased() == id.lowercased() }) else {
                let now = result.isEmpty ? "nothing" : result.joined(separator: ", ")
                throw .badInput("\(milestone.id) does not wait for \"\(TerminalSafe.escape(id))\"; it waits for \(now).")
            }
            result.remove(at: index)
        }
        return result
    }

    /// Refuses dependencies the file may not hold (unknown ids, a milestone
    /// waiting on itself, a cycle), naming them, before the store's own refusal.
    static func check(_ roadmap: Roadmap, changing id: String) throws(RoadmapError) {
        let problems = roadmap.dependencyProblems
        guard !problems.isEmpty else { return }
        throw .badInput("\(id): dependencies refused: " + problems.map(\.message).joined(separator: "; ") + ".")
    }
}
