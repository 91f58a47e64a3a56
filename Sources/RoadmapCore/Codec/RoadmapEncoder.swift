/// Writes a roadmap in its one stable form: fixed key order, two-space
/// indent, one field per line, one line per history entry, trailing newline.
/// Loading and saving an unchanged file therefore gives the same bytes.
public enum RoadmapEncoder {
    public static func encode(_ roadmap: Roadmap) -> [UInt8] {
        var out = JSONOutput(reservingCapacity: 512 * max(1, roadmap.milestoneCount) + 1024)
        out.raw("{")
        out.newline(indent: 1)
        out.raw("\"schema\": \(roadmap.schema),")
        out.newline(indent: 1)
        out.raw("\"title\": ")
        write(roadmap.title, indent: 1, into: &out)
        if let notes = roadmap.notes {
            out.raw(",")
            out.newline(indent: 1)
            out.raw("\"notes\": ")
            out.string(notes)
        }
        out.raw(",")
        out.newline(indent: 1)
        out.raw("\"workstreams\": ")
        if roadmap.workstreams.isEmpty {
            out.raw("[]")
        } else {
            out.raw("[")
            for (i, workstream) in roadmap.workstreams.enumerated() {
                out.newline(indent: 2)
                write(workstream, into: &out)
                if i < roadmap.workstreams.count - 1 { out.raw(",") }
            }
            out.newline(indent: 1)
            out.raw("]")
        }
        out.newline(indent: 0)
        out.raw("}\n")
        return out.bytes
    }

    private static func write(_ workstream: Workstream, into out: inout JSONOutput) {
        out.raw("{")
        out.newline(indent: 3)
        out.raw("\"id\": ")
        out.string(workstream.id)
        out.raw(",")
        out.newline(indent: 3)
        out.raw("\"title\": ")
        write(workstream.title, indent: 3, into: &out)
        out.raw(",")
        out.newline(indent: 3)
        out.raw("\"milestones\": ")
        if workstream.milestones.isEmpty {
            out.raw("[]")
        } else {
            out.raw("[")
            for (i, milestone) in workstream.milestones.enumerated() {
                out.newline(indent: 4)
                write(milestone, into: &out)
                if i < workstream.milestones.count - 1 { out.raw(",") }
            }
            out.newline(indent: 3)
            out.raw("]")
        }
        out.newline(indent: 2)
        out.raw("}")
    }

    private static func write(_ milestone: Milestone, into out: inout JSONOutput) {
        let indent = 5
        out.raw("{")
        out.newline(indent: indent)
        out.raw("\"id\": ")
        out.string(milestone.id)
        out.raw(",")
        out.newline(indent: indent)
        out.raw("\"title\": ")
        write(milestone.title, indent: indent, into: &out)
        out.raw(",")
        out.newline(indent: indent)
        out.raw("\"status\": ")
        out.string(milestone.status.rawValue)
        for (key, value) in [("due", milestone.due?.description), ("owner", milestone.owner), ("notes", milestone.notes)] {
            guard let value else { continue }
            out.raw(",")
            out.newline(indent: indent)
            out.raw("\"\(key)\": ")
            out.string(value)
        }
        out.raw(",")
        out.newline(indent: indent)
        out.raw("\"history\": ")
        if milestone.history.isEmpty {
            out.raw("[]")
        } else {
            out.raw("[")
            for (i, entry) in milestone.history.enumerated() {
                out.newline(indent: indent + 1)
                out.raw("{\"at\": \"\(entry.at)\", \"field\": ")
                out.string(entry.field)
                out.raw(", \"from\": ")
                out.optionalString(entry.from)
                out.raw(", \"to\": ")
                out.optionalString(entry.to)
                out.raw(i < milestone.history.count - 1 ? "}," : "}")
            }
            out.newline(indent: indent)
            out.raw("]")
        }
        out.newline(indent: indent - 1)
        out.raw("}")
    }

    private static func write(_ text: LocalizedText, indent: Int, into out: inout JSONOutput) {
        guard let translations = text.translations else {
            out.string(text.text(in: ""))
            return
        }
        if translations.isEmpty {
            out.raw("{}")
            return
        }
        out.raw("{")
        for (i, translation) in translations.enumerated() {
            out.newline(indent: indent + 1)
            out.string(translation.language)
            out.raw(": ")
            out.string(translation.text)
            if i < translations.count - 1 { out.raw(",") }
        }
        out.newline(indent: indent)
        out.raw("}")
    }
}
