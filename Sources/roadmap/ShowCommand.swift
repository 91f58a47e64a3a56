import ArgumentParser
import RoadmapCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one milestone: titles in every language, owner, notes and history."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The milestone's id (any case).")
    var id: String

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            let roadmap = try context.store.load()
            guard let location = roadmap.locate(id) else { throw RoadmapError.unknownMilestone(id) }
            let milestone = roadmap[location]
            let workstream = roadmap.workstreams[location.workstream]
            if json {
                print(MilestoneJSON.detail(milestone, workstream: workstream.id, today: context.today).serialized(), terminator: "")
                return
            }
            for line in Self.lines(milestone, workstream: workstream, today: context.today) { print(line) }
        }
    }

    static func lines(_ milestone: Milestone, workstream: Workstream, today: CalendarDay) -> [String] {
        var table = TextTable(columns: [.init(""), .init("")])
        table.append(["workstream", "\(workstream.id) — \(workstream.title.text(in: "en"))"])
        table.append(["status", milestone.status.rawValue])
        if let start = milestone.start { table.append(["start", start.description]) }
        if let due = milestone.due {
            let days = today.days(until: due)
            let note = milestone.status.isClosed ? "" : days < 0 ? " (overdue by \(-days) days)" : days == 0 ? " (due today)" : " (in \(days) days)"
            table.append(["due", due.description + note])
        } else {
            table.append(["due", "-"])
        }
        table.append(["owner", milestone.owner ?? "-"])
        if let translations = milestone.title.translations {
            for translation in translations { table.append(["title.\(translation.language)", translation.text]) }
        } else {
            table.append(["title", milestone.title.text(in: "")])
        }
        var out = ["\(TerminalSafe.escape(milestone.id))  \(TerminalSafe.escape(milestone.title.text(in: "en")))"]
        out += table.render().dropFirst().map { "  " + $0 }
        if let notes = milestone.notes {
            out.append("  notes")
            out += TerminalSafe.escapedLines(notes).map { "    " + $0 }
        }
        out.append("  history" + (milestone.history.isEmpty ? "  (no changes recorded)" : ""))
        var history = TextTable(columns: [.init(""), .init(""), .init("")])
        for entry in milestone.history {
            history.append([entry.at.description, entry.field, "\(entry.from ?? "∅") → \(entry.to ?? "∅")"])
        }
        if !milestone.history.isEmpty { out += history.render().dropFirst().map { "    " + $0 } }
        return out
    }
}
