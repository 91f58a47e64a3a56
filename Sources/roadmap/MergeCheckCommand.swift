import ArgumentParser
import Foundation
import RoadmapCore

struct MergeCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-check",
        abstract: "For a pull request: would the roadmap file of HEAD merge into BASE per milestone, and into what?",
        discussion: """
            BASE and HEAD are git revisions (the target branch, the pull request's head); their common \
            ancestor is found by git. The three versions of the roadmap file are loaded and merged as \
            `roadmap merge` and `roadmap sync` merge them: the changes the merge brings into BASE are \
            listed, and fields both sides changed are listed as conflicts (exit 1). A forge's merge \
            button does not run merge drivers: merge such a pull request locally with `roadmap sync`.
            Exit codes: 0 clean, 1 conflicts, 65 a version that does not load or a merge that would not \
            load, 69 git missing, 78 not a git work tree or an unknown revision.
            """
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The branch merged into (e.g. origin/main).")
    var base: String

    @Argument(help: "The branch merged (e.g. HEAD).")
    var head: String

    @Option(help: ArgumentHelp("Also write the merged roadmap here (e.g. for the job's artifacts).", valueName: "path"))
    var output: String?

    func run() throws {
        try reportingErrors {
            let store = try global.context(createDefault: false).store
            do {
                let repo = try Repository.of(store)
                for revision in [base, head] where !repo.git.succeeds(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"]) {
                    throw SyncError.unknownRevision(revision)
                }
                guard let ours = try repo.roadmap(at: base), let outcome = try repo.merge(ours: ours, at: base, theirs: head, time: Timestamp.now()) else {
                    throw RoadmapError.badInput("\(repo.file) is not in both \(base) and \(head).")
                }
                try report(outcome, ours: ours, file: repo.file)
            } catch let error as SyncError {
                printError("merge-check: \(error.description)")
                throw ExitCode(error.exitCode)
            }
        }
    }

    /// Prints what the merge brings and its conflicts; writes --output; exits 1 on conflicts, 65 when the result would not load.
    private func report(_ outcome: GitMergeDriver.Outcome, ours: Roadmap, file: String) throws {
        let problems = outcome.merged.loadProblems
        guard problems.isEmpty else { throw RoadmapError.invalidRoadmap(path: "\(file) merged", SchemaProblems(problems: problems)) }
        // What HEAD brings: its own entries, once (not the entries that keep BASE's side of a conflict).
        let brought = RoadmapLog.newChanges(from: ours, to: outcome.unresolved)
        let changed = RoadmapLog.changedMilestones(from: ours, to: outcome.unresolved)
        let verdict = outcome.conflicts.isEmpty ? "merges cleanly" : "merges with \(outcome.conflicts.count) conflict\(outcome.conflicts.count == 1 ? "" : "s")"
        print(TerminalSafe.escape("\(file): \(head) \(verdict) into \(base), changing \(changed.count) milestone\(changed.count == 1 ? "" : "s")\(changed.isEmpty ? "" : ": " + changed.joined(separator: ", "))."))
        for change in brought { print("  " + TerminalSafe.escape(ChangeSummary.line(change))) }
        if let output { try RoadmapStore(path: output).create(outcome.merged, overwrite: true) }
        guard outcome.conflicts.isEmpty else {
            print(conflictReport(outcome.conflicts, file: file), terminator: "")
            flushStandardOutput()
            throw ExitCode(1)
        }
    }

    /// The conflicts for a pull request's reviewers: each side named by its
    /// revision (not "ours" and "theirs"), and what to do before merging.
    func conflictReport(_ conflicts: [MergeConflict], file: String) -> String {
        func quoted(_ value: String?) -> String { value.map { "\"\($0)\"" } ?? "none" }
        let count = conflicts.count
        var lines = ["\(file): \(count) conflict\(count == 1 ? "" : "s"): \(base) and \(head) changed the same field differently:"]
        for conflict in conflicts {
            let was = conflict.base.map { " (was \(quoted($0)))" } ?? ""
            lines.append("  \(conflict.milestoneID) \(conflict.fieldName): \(base) \(quoted(conflict.ours)), \(head) \(quoted(conflict.theirs))\(was)")
        }
        lines.append("Before merging, agree on one value and set it on \(head) with `roadmap set` (this check then passes), or merge locally "
            + "with `roadmap sync`: the side merged into keeps its value and the other is recorded in the milestone's history.")
        return lines.map(TerminalSafe.escape).joined(separator: "\n") + "\n"
    }
}
