import ArgumentParser
import Foundation
import RoadmapCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add and update milestones from a CSV file or Taskwarrior's `task export`, all or nothing.",
        discussion: """
            csv: the columns `roadmap export --format csv` writes (id, workstream and status required; an \
            unknown column is refused by name). A row's id finds its milestone; a new id is added with it. \
            taskwarrior: project → workstream, pending/completed/deleted → planned/done/dropped, a waiting \
            task → planned (noted), recurring templates skipped and their instances imported, due → due (the \
            day in the local time zone), annotations → notes; the notes keep `taskwarrior: <uuid>`, by which \
            a later import finds the milestone again.

            Importing the same file twice adds nothing the second time. The import is one atomic save under \
            the file's lock; with any problem in the file nothing is written. --dry-run shows what would change.
            """
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("csv or taskwarrior.", valueName: "format"))
    var from: String

    @Argument(help: "The file to import ('-' for standard input).")
    var file: String

    @Option(help: ArgumentHelp("The workstream for milestones whose workstream or project is empty or not in the roadmap.", valueName: "id"))
    var workstream: String?

    @Flag(help: "Print what would be added and changed; write nothing.")
    var dryRun = false

    enum Source: String { case csv, taskwarrior }

    func validate() throws {
        if Source(rawValue: from.lowercased()) == nil { throw ValidationError("--from must be csv or taskwarrior.") }
    }

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            let bytes = try readSource()
            let time = Timestamp.now()
            let source = try Source(rawValue: from.lowercased()) == .csv
                ? MilestoneCSV.records(from: bytes, path: file)
                : TaskwarriorImport.records(from: bytes, path: file, now: time)
            let outcome: ImportOutcome
            if dryRun {
                outcome = try ImportPlanner.plan(source, into: context.store.load(), fallbackWorkstream: workstream, at: time)
            } else {
                let author = global.author(for: context.store)
                outcome = try context.store.modify { roadmap in
                    let outcome = try ImportPlanner.plan(source, into: roadmap, fallbackWorkstream: workstream, at: time, by: author)
                    roadmap = outcome.roadmap
                    return outcome
                }
            }
            print(ImportReport.text(outcome, dryRun: dryRun), terminator: "")
        }
    }

    /// The file to import, or standard input for `-`.
    private func readSource() throws -> [UInt8] {
        if file == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        let source = RoadmapStore(path: file)
        guard source.exists else {
            printError("\(file): no such file to import.")
            throw ExitCode(66)
        }
        return try source.readBytes()
    }
}

/// What `roadmap import` prints: a line per milestone added or changed, the
/// notices, and the counts.
enum ImportReport {
    static func text(_ outcome: ImportOutcome, dryRun: Bool) -> String {
        var lines: [String] = []
        for addition in outcome.added {
            let m = addition.milestone
            lines.append("\(dryRun ? "would add" : "added") \(m.id) to \(addition.workstreamID): \(m.title.text(in: "en")) (\(m.status.rawValue)\(m.due.map { ", due \($0)" } ?? ""))")
        }
        for change in outcome.changed {
            let fields = change.entries.map { "\($0.field) \($0.from ?? "∅") → \($0.to ?? "∅")" }
            lines.append("\(dryRun ? "would change" : "changed") \(change.milestoneID): " + fields.joined(separator: "; "))
        }
        lines += outcome.notices
        let counts = "\(outcome.added.count) added, \(outcome.changed.count) changed, \(outcome.unchanged) unchanged"
        lines.append(dryRun ? "dry run: \(counts); nothing was written." : "imported: \(counts).")
        return lines.map(TerminalSafe.escape).joined(separator: "\n") + "\n"
    }
}
