import CSV
import Foundation

/// Milestones as RFC 4180 CSV for spreadsheets, one row per milestone under
/// a header row, written with the CSV.swift package and read by ``CSVRows``,
/// which refuses anything RFC 4180 does not allow.
///
/// Columns: `id`, `workstream`, `status`, `start`, `due`, `owner`, `lead`
/// (`th`, `jp` or `joint`), `depends` (the ids it waits for, separated by
/// spaces; reading takes `;` or `,` too), `title` (a title
/// without a language, as `roadmap add` without `--lang` makes), one
/// `title_<lang>` per language (`title_en`, `title_th`, `title_ja`, then any
/// other the milestones use), `notes`. Empty means absent. Rows end in CRLF.
///
/// Reading takes the same columns in any order. `id`, `workstream`, `status`
/// and a title column are required; `start`, `due`, `owner`, `lead`, `depends` and `notes` may be left
/// out, and then the import leaves those fields alone. A column with any
/// other name is refused (by name), never dropped. An empty `id` cell makes
/// a new milestone (or finds one by its title); an empty `status` is
/// `planned` for a new one and no change for an existing one; empty title
/// cells change nothing (a translation is never removed by an import).
public enum MilestoneCSV {
    /// The UTF-8 byte order mark that spreadsheet programs need to read Thai right.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static let fixedLanguages = ["en", "th", "ja"]

    /// The header row for these milestones.
    public static func columns(for roadmap: Roadmap) -> [String] {
        var languages = fixedLanguages
        for workstream in roadmap.workstreams {
            for milestone in workstream.milestones {
                for translation in milestone.title.translations ?? [] where !languages.contains(translation.language) {
                    languages.append(translation.language)
                }
            }
        }
        return ["id", "workstream", "status", "start", "due", "owner", "lead", "depends", "title"] + languages.map { "title_\($0)" } + ["notes"]
    }

    /// The CSV text of every milestone of the roadmap, in file order.
    public static func export(_ roadmap: Roadmap, byteOrderMark withMark: Bool) throws(RoadmapError) -> [UInt8] {
        let header = columns(for: roadmap)
        let stream = OutputStream.toMemory()
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: header)
            for workstream in roadmap.workstreams {
                for milestone in workstream.milestones {
                    try writer.write(row: header.map { cell($0, of: milestone, in: workstream) })
                }
            }
            stream.close()
        } catch {
            throw .badInput("could not write CSV: \(error)")
        }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        // CSV.swift ends the last row without a line break; RFC 4180 allows both, editors prefer one.
        return (withMark ? byteOrderMark : []) + [UInt8](data) + [0x0D, 0x0A]
    }

    private static func cell(_ column: String, of milestone: Milestone, in workstream: Workstream) -> String {
        switch column {
        case "id": return milestone.id
        case "workstream": return workstream.id
        case "status": return milestone.status.rawValue
        case "start": return milestone.start?.description ?? ""
        case "due": return milestone.due?.description ?? ""
        case "owner": return milestone.owner ?? ""
        case "lead": return milestone.lead?.rawValue ?? ""
        case "depends": return milestone.depends.joined(separator: " ")
        case "notes": return milestone.notes ?? ""
        case "title": return milestone.title.isPlain ? milestone.title.text(in: "") : ""
        default:
            let language = String(column.dropFirst("title_".count))
            return milestone.title.translations?.first { $0.language == language }?.text ?? ""
        }
    }
}
