/// Checks on the file the fault tests share.
enum FaultChecks {
    /// Problems with one field's history: each entry starts where the one
    /// before ended, the first starts at `initial`, the last ends at `final`
    /// (the field's value on disk). Empty when consistent.
    static func statusChainProblems(_ history: [(from: String?, to: String?)], initial: String, final: String) -> [String] {
        var problems: [String] = []
        var current = initial
        for (i, entry) in history.enumerated() {
            if entry.from != current { problems.append("entry \(i) starts at \(entry.from ?? "∅"), the status was \(current)") }
            current = entry.to ?? "∅"
        }
        if current != final { problems.append("the history ends at \(current), the status is \(final)") }
        return problems
    }
}
