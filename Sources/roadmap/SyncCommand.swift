import ArgumentParser
import Foundation
import RoadmapCore

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share the roadmap through its git repository: commit it, merge the other office's changes, push.",
        discussion: """
            Commits the roadmap file when it changed (the message lists its new history with authors), \
            fetches the upstream branch, merges it per milestone with roadmap's own merge driver (given \
            to git on its command line: no setup per clone), and pushes; when another office pushed \
            first, it merges again and retries. Only the roadmap file is committed.
            When both offices changed the same field of a milestone, the file keeps ours, the milestone's \
            history records theirs, the merge is committed, the conflicts are listed and the exit is 1.
            Exit codes: 0 synced, 1 synced with conflicts, 69 git missing or the remote unreachable, \
            70 git failed, 75 other changes, a merge or rebase in the way, 78 not a git work tree or \
            no upstream.
            """
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The remote to sync with (default: the branch's upstream).", valueName: "name"))
    var remote: String?

    @Option(help: ArgumentHelp("The remote branch (default: the upstream's, else the current branch's name).", valueName: "name"))
    var branch: String?

    @Flag(help: "Commit and merge, but do not push.")
    var noPush = false

    @Flag(help: "Say what would be committed and merged (and which conflicts), changing nothing but the fetched refs.")
    var dryRun = false

    func run() throws {
        try reportingErrors {
            let store = try global.context(createDefault: false).store
            let sync = GitSync(
                store: store, options: .init(remote: remote, branch: branch, push: !noPush, dryRun: dryRun),
                driver: Self.driverCommand(), now: { Timestamp.now() })
            do {
                let before = try? store.load()
                let outcome = try sync.run { print(TerminalSafe.escape($0)) }
                if !dryRun, let before, let after = try? store.load() {
                    // A zone another office set changes every week and "today": say so.
                    if after.timeZone != before.timeZone { print(TerminalSafe.escape(Self.zoneChange(from: before, to: after))) }
                    let resolvedHere = Set(outcome.conflicts.map { $0.milestoneID.lowercased() })
                    for line in Self.replacedElsewhere(before: before, after: after, except: resolvedHere) { print(TerminalSafe.escape(line)) }
                }
                guard outcome.conflicts.isEmpty else {
                    print(Self.conflictReport(outcome.conflicts, fileName: store.path, dryRun: dryRun), terminator: "")
                    flushStandardOutput()
                    throw ExitCode(1)
                }
            } catch let error as SyncError {
                printError("sync: \(error.description)")
                throw ExitCode(error.exitCode)
            }
        }
    }

    /// Our values that a merge made in another office replaced (a conflict
    /// they resolved to their side, which this office would otherwise never
    /// hear of): one line per field, for the milestones `except` leaves out.
    static func replacedElsewhere(before: Roadmap, after: Roadmap, except: Set<String>) -> [String] {
        RoadmapLog.mergeConflictFields(from: before, to: after).compactMap { id, name in
            guard !except.contains(id.lowercased()), let field = MilestoneField(recorded: name),
                  let old = before.locate(id).map({ before[$0] }), let new = after.locate(id).map({ after[$0] }),
                  old.value(of: field) != new.value(of: field) else { return nil }
            return "\(id) \(field): ours \(quoted(old.value(of: field))) was replaced by \(quoted(new.value(of: field))) "
                + "in a merge made in another office (both changed it); ours is in the milestone's history"
        }
    }

    /// The line that says the programme's time zone changed in this sync,
    /// and who set it and why when its history records that.
    static func zoneChange(from before: Roadmap, to after: Roadmap) -> String {
        let setter = after.zoneChanges.last.flatMap { $0.to == after.timeZone && !before.zoneChanges.contains($0) ? $0 : nil }
        let by = setter.map { change in ", set by \(change.by ?? RoadmapLog.unknownAuthor)" + (change.reason.map { " (\($0))" } ?? "") } ?? ""
        return "the programme's time zone is now \(after.timeZone ?? "none (each machine's own)") (was \(before.timeZone ?? "none"))\(by): "
            + "weeks, today and change times are counted in it"
    }

    /// The merge driver as git runs it: this very executable's `merge`.
    static func driverCommand() -> String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        return "'\(path.replacingOccurrences(of: "'", with: "'\\''"))' merge %O %A %B %P"
    }

    /// The conflicts for people: what each side has and how to take theirs.
    static func conflictReport(_ conflicts: [MergeConflict], fileName: String, dryRun: Bool) -> String {
        let count = conflicts.count
        // The zone's line says where theirs is and how to take it; milestones share one instruction.
        let milestones = conflicts.contains { $0.field != .timeZone }
        var lines = ["\(fileName): \(count) conflict\(count == 1 ? "" : "s") (both offices changed the same field); "
            + (dryRun ? "the merge would keep ours and record theirs in the history:" : milestones ? "kept ours, theirs is in the milestone's history:" : "kept ours:")]
        for conflict in conflicts {
            switch conflict.field {
            case .timeZone:
                lines.append("  the programme's time zone: ours \(quoted(conflict.ours)) (kept), theirs \(quoted(conflict.theirs)), base \(quoted(conflict.base)); "
                    + "theirs is in the time zone's history; take it with `roadmap time-zone \(conflict.theirs ?? "none")`, then sync again")
            case .removed, .added, .baseline:
                lines.append("  \(conflict.milestoneID): \(conflict.field.rawValue) — ours \(quoted(conflict.ours)), theirs \(quoted(conflict.theirs))")
            default:
                lines.append("  \(conflict.milestoneID) \(conflict.fieldName): ours \(quoted(conflict.ours)) (kept), theirs \(quoted(conflict.theirs)), base \(quoted(conflict.base))")
            }
        }
        if milestones { lines.append("Take their value with `roadmap set ID --FIELD VALUE`, then sync again.") }
        return lines.map(TerminalSafe.escape).joined(separator: "\n") + "\n"
    }

    private static func quoted(_ value: String?) -> String { value.map { "\"\($0)\"" } ?? "none" }
}
