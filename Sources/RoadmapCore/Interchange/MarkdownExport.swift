/// Milestones as Markdown: the roadmap's title, then a heading and a table
/// per workstream (id, status, start, due, owner, lead, depends, title), for pasting into a wiki
/// or an e-mail. Text is made terminal-safe and Markdown-escaped.
public struct MarkdownExport {
    public var roadmap: Roadmap
    public var language: String

    public init(roadmap: Roadmap, language: String) {
        self.roadmap = roadmap
        self.language = language
    }

    public func render() -> String {
        let escape = SnapshotMarkdownRenderer.escape
        var blocks = ["# " + escape(roadmap.title.text(in: language)) + "\n"]
        for workstream in roadmap.workstreams {
            var lines = ["## " + escape(workstream.title.text(in: language)) + " (`\(workstream.id)`)", ""]
            if workstream.milestones.isEmpty {
                lines.append("No milestones.")
            } else {
                lines += ["| ID | Status | Start | Due | Owner | Lead | Depends | Title |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
                lines += workstream.milestones.map { milestone in
                    let cells = [milestone.id, milestone.status.rawValue, milestone.start?.description ?? "", milestone.due?.description ?? "", milestone.owner ?? "",
                                 milestone.lead?.rawValue ?? "", milestone.depends.joined(separator: " "), milestone.title.text(in: language)]
                    return "| " + cells.map(escape).joined(separator: " | ") + " |"
                }
            }
            blocks.append(lines.joined(separator: "\n") + "\n")
        }
        return blocks.joined(separator: "\n")
    }
}
