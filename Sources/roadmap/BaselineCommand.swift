import ArgumentParser
import Foundation
import RoadmapCore

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Save the agreed dates under a name, and see how far milestones slipped since.",
        discussion: """
            A baseline keeps every milestone's start and due date as they are when saved; it is never \
            changed or renamed afterwards. `list` and `show` measure slip against the latest one \
            (or --baseline NAME). A roadmap keeps at most \(Baseline.maximumCount).
            """,
        subcommands: [Save.self, List.self, Show.self]
    )

    /// The baseline of this name, or a refusal (65) naming the saved ones.
    static func named(_ name: String, in roadmap: Roadmap) throws(RoadmapError) -> Baseline {
        if let found = roadmap.baseline(named: name) { return found }
        let saved = roadmap.baselines.isEmpty ? "none is saved yet" : "saved: " + roadmap.baselines.map { "\"\($0.name)\"" }.joined(separator: ", ")
        throw .badInput("no baseline named \"\(TerminalSafe.escape(name))\" (\(saved)).")
    }

    struct Save: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "save",
            abstract: "Save every milestone's dates under a new name (a name already used is refused).").leafOfRoadmap()

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The name, such as \"Agreed at EID meeting 2025-12-09\".")
        var name: String

        @Option(parsing: .unconditional, help: ArgumentHelp("What was agreed, or where.", valueName: "text"))
        var notes: String?

        func run() throws {
            try reportingErrors {
                let context = try global.context()
                let author = global.author(for: context.store)
                let time = Timestamp.now()
                let saved = try context.store.modify { roadmap -> Baseline in
                    try roadmap.saveBaseline(named: name, at: time, by: author, notes: notes.flatMap { $0.isEmpty ? nil : $0 })
                }
                print(TerminalSafe.escape("saved baseline \"\(saved.name)\": \(saved.milestones.count) milestones"))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the saved baselines, oldest first.").leafOfRoadmap()

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingErrors {
                let roadmap = try global.context().store.load()
                guard !roadmap.baselines.isEmpty else {
                    print("no baselines saved; save one with: roadmap baseline save NAME")
                    return
                }
                var table = TextTable(columns: [.init("NAME"), .init("SAVED"), .init("BY"), .init("MILESTONES", alignment: .right), .init("NOTES")])
                for baseline in roadmap.baselines {
                    table.append([baseline.name, baseline.at.description, baseline.by ?? "-", "\(baseline.milestones.count)", baseline.notes ?? ""])
                }
                for line in table.render() { print(line) }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Each milestone's due date in a baseline and now, and the slip (+45d: due 45 days later).").leafOfRoadmap()

        @OptionGroup var global: GlobalOptions
        @OptionGroup var display: DisplayOptions

        @Argument(help: "The baseline's name (exact).")
        var name: String

        func validate() throws {
            try display.requireOne()
        }

        func run() throws {
            try reportingErrors {
                let roadmap = try global.context().store.load()
                let baseline = try BaselineCommand.named(name, in: roadmap)
                print(TerminalSafe.escape("baseline \"\(baseline.name)\" saved \(baseline.at)" + (baseline.by.map { " by \($0)" } ?? "")))
                if let notes = baseline.notes { print(TerminalSafe.escape("  \(notes)")) }
                let meter = SlipMeter(baseline)
                var table = TextTable(columns: [
                    .init("ID"), .init("BASELINE"), .init("DUE"), .init("SLIP", alignment: .right), .init("TITLE"),
                ])
                var current = Set<String>()
                for (_, milestone) in roadmap.allMilestones {
                    current.insert(milestone.id.lowercased())
                    table.append([milestone.id, meter.baselineDue(of: milestone.id)?.description ?? "-", milestone.due?.description ?? "-", meter.slip(of: milestone).description,
                                  milestone.title.text(in: display.language)])
                }
                for entry in baseline.milestones where !current.contains(entry.id.lowercased()) {
                    table.append([entry.id, entry.due?.description ?? "-", "-", "removed", ""])
                }
                for line in table.render(maxWidth: isatty(STDOUT_FILENO) == 1 ? terminalColumns() : nil) { print(line) }
            }
        }
    }
}
