/// Writes a roadmap in its one stable form: fixed key order, two-space
/// indent, one field per line, one line per history entry, trailing newline.
/// Loading and saving an unchanged file therefore gives the same bytes.
public enum RoadmapEncoder {
    public static func encode(_ roadmap: Roadmap) -> [UInt8] {
        var out = JSONOutput(reservingCapacity: estimatedSize(roadmap))
        write(roadmap, into: &out) { _ in }
        return out.bytes
    }

    /// Encodes `roadmap` a piece at a time: whenever about `pieceSize` bytes
    /// are ready, and at the end, they are handed to `consume`, so the whole
    /// encoding is never in memory at once. The pieces joined are ``encode(_:)``.
    static func encode<Failure: Error>(
        _ roadmap: Roadmap, pieceSize: Int, to consume: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        var out = JSONOutput(reservingCapacity: pieceSize + 65_536)
        try write(roadmap, into: &out) { (out: inout JSONOutput) throws(Failure) in
            guard out.bytes.count >= pieceSize else { return }
            try consume(out.bytes)
            out.removeAll()
        }
        try consume(out.bytes)
    }

    /// Room for the whole encoding, rarely exceeded: the text plus the layout
    /// around it (escapes are rare). Unused room costs address space, not memory.
    private static func estimatedSize(_ roadmap: Roadmap) -> Int {
        func size(_ text: LocalizedText) -> Int { text.allTexts.reduce(0) { $0 + $1.utf8.count + 40 } }
        var total = 1024 + size(roadmap.title) + (roadmap.notes?.utf8.count ?? 0)
        for workstream in roadmap.workstreams {
            total += 200 + size(workstream.title)
            for m in workstream.milestones {
                total += 240 + m.id.utf8.count + size(m.title) + (m.owner?.utf8.count ?? 0) + (m.notes?.utf8.count ?? 0)
                for entry in m.history {
                    total += 120 + entry.field.utf8.count + (entry.from?.utf8.count ?? 0) + (entry.to?.utf8.count ?? 0)
                }
            }
        }
        return total + total / 8
    }

    /// Writes the whole roadmap, calling `flush` after each milestone.
    private static func write<Failure: Error>(
        _ roadmap: Roadmap, into out: inout JSONOutput, flush: (inout JSONOutput) throws(Failure) -> Void
    ) throws(Failure) {
        out.raw("{")
        out.newline(indent: 1)
        out.raw("\"schema\": ")
        out.raw(String(roadmap.writtenSchema))
        out.raw(",")
        out.newline(indent: 1)
        out.raw("\"title\": ")
        write(roadmap.title, indent: 1, into: &out)
        if let notes = roadmap.notes {
            out.raw(",")
            out.newline(indent: 1)
            out.raw("\"notes\": ")
            out.string(notes)
        }
        if let timeZone = roadmap.timeZone {
            out.raw(",")
            out.newline(indent: 1)
            out.raw("\"timeZone\": ")
            out.string(timeZone)
        }
        if !roadmap.zoneChanges.isEmpty { write(roadmap.zoneChanges, into: &out) }
        if !roadmap.baselines.isEmpty {
            out.raw(",")
            out.newline(indent: 1)
            out.raw("\"baselines\": [")
            for (i, baseline) in roadmap.baselines.enumerated() {
                out.newline(indent: 2)
                write(baseline, into: &out)
                if i < roadmap.baselines.count - 1 { out.raw(",") }
            }
            out.newline(indent: 1)
            out.raw("]")
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
                try write(workstream, into: &out, flush: flush)
                if i < roadmap.workstreams.count - 1 { out.raw(",") }
            }
            out.newline(indent: 1)
            out.raw("]")
        }
        out.newline(indent: 0)
        out.raw("}\n")
    }

    private static func write<Failure: Error>(
        _ workstream: Workstream, into out: inout JSONOutput, flush: (inout JSONOutput) throws(Failure) -> Void
    ) throws(Failure) {
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
                try flush(&out)
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
        write(member: "\"start\": \"", milestone.start, indent: indent, into: &out)
        write(member: "\"due\": \"", milestone.due, indent: indent, into: &out)
        if let owner = milestone.owner {
            out.raw(",")
            out.newline(indent: indent)
            out.raw("\"owner\": ")
            out.string(owner)
        }
        if let lead = milestone.lead {
            out.raw(",")
            out.newline(indent: indent)
            out.raw("\"lead\": ")
            out.string(lead.rawValue)
        }
        if let notes = milestone.notes {
            out.raw(",")
            out.newline(indent: indent)
            out.raw("\"notes\": ")
            out.string(notes)
        }
        if !milestone.depends.isEmpty {
            out.raw(",")
            out.newline(indent: indent)
            out.raw("\"depends\": [")
            for (i, id) in milestone.depends.enumerated() {
                if i > 0 { out.raw(", ") }
                out.string(id)
            }
            out.raw("]")
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
                out.raw("{\"at\": \"")
                write(entry.at, into: &out)
                out.raw("\", \"field\": ")
                out.string(entry.field)
                writeChange(from: entry.from, to: entry.to, by: entry.by, reason: entry.reason, into: &out)
                out.raw(i < milestone.history.count - 1 ? "}," : "}")
            }
            out.newline(indent: indent)
            out.raw("]")
        }
        out.newline(indent: indent - 1)
        out.raw("}")
    }

    /// `, "from": …, "to": …, "by": …, "reason": …` of a history entry or a
    /// change of the time zone (`by` and `reason` when given).
    private static func writeChange(from: String?, to: String?, by: String?, reason: String?, into out: inout JSONOutput) {
        out.raw(", \"from\": ")
        out.optionalString(from)
        out.raw(", \"to\": ")
        out.optionalString(to)
        if let by {
            out.raw(", \"by\": ")
            out.string(by)
        }
        if let reason {
            out.raw(", \"reason\": ")
            out.string(reason)
        }
    }

    /// `"timeZoneHistory"`, one line per change as a milestone's history:
    /// `{"at": …, "from": …, "to": …, "by": …, "reason": …}` (`by` and `reason` when given).
    private static func write(_ changes: [ZoneChange], into out: inout JSONOutput) {
        out.raw(",")
        out.newline(indent: 1)
        out.raw("\"timeZoneHistory\": [")
        for (i, change) in changes.enumerated() {
            out.newline(indent: 2)
            out.raw("{\"at\": \"")
            write(change.at, into: &out)
            out.raw("\"")
            writeChange(from: change.from, to: change.to, by: change.by, reason: change.reason, into: &out)
            out.raw(i < changes.count - 1 ? "}," : "}")
        }
        out.newline(indent: 1)
        out.raw("]")
    }

    /// A baseline: its name, time, author and notes a line each, then one line per milestone.
    private static func write(_ baseline: Baseline, into out: inout JSONOutput) {
        out.raw("{")
        out.newline(indent: 3)
        out.raw("\"name\": ")
        out.string(baseline.name)
        out.raw(",")
        out.newline(indent: 3)
        out.raw("\"at\": \"")
        write(baseline.at, into: &out)
        out.raw("\"")
        if let by = baseline.by {
            out.raw(",")
            out.newline(indent: 3)
            out.raw("\"by\": ")
            out.string(by)
        }
        if let notes = baseline.notes {
            out.raw(",")
            out.newline(indent: 3)
            out.raw("\"notes\": ")
            out.string(notes)
        }
        out.raw(",")
        out.newline(indent: 3)
        out.raw("\"milestones\": [")
        if baseline.milestones.isEmpty { out.raw("]") }
        for (i, entry) in baseline.milestones.enumerated() {
            out.newline(indent: 4)
            out.raw("{\"id\": ")
            out.string(entry.id)
            if let start = entry.start {
                out.raw(", \"start\": \"")
                write(start, into: &out)
                out.raw("\"")
            }
            if let due = entry.due {
                out.raw(", \"due\": \"")
                write(due, into: &out)
                out.raw("\"")
            }
            out.raw(i < baseline.milestones.count - 1 ? "}," : "}")
            if i == baseline.milestones.count - 1 {
                out.newline(indent: 3)
                out.raw("]")
            }
        }
        out.newline(indent: 2)
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

    /// `,`, a new line and the member `key` (its opening quote included) with a date, when there is one.
    private static func write(member key: String, _ day: CalendarDay?, indent: Int, into out: inout JSONOutput) {
        guard let day else { return }
        out.raw(",")
        out.newline(indent: indent)
        out.raw(key)
        write(day, into: &out)
        out.raw("\"")
    }

    /// `YYYY-MM-DD`: ``CalendarDay/description``, which builds no string on the heap.
    private static func write(_ day: CalendarDay, into out: inout JSONOutput) {
        out.raw(day.description)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, as ``Timestamp/description`` spells it, without building strings.
    private static func write(_ time: Timestamp, into out: inout JSONOutput) {
        let day = time.utcDay
        guard (0...9999).contains(day.year) else { return out.raw(time.description) }
        let seconds = Int(time.secondsSinceEpoch - Int64(day.daysSinceEpoch) * 86_400)
        write(day, into: &out)
        out.raw("T")
        out.digits(seconds / 3600, width: 2)
        out.raw(":")
        out.digits(seconds / 60 % 60, width: 2)
        out.raw(":")
        out.digits(seconds % 60, width: 2)
        out.raw("Z")
    }
}
