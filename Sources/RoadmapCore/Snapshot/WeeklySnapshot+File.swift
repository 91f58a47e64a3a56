import Foundation

extension WeeklySnapshot {
    /// The file name of a week's snapshot: `roadmap-snapshot-2026-W48.txt`.
    public static func fileName(week: IsoWeek, format: SnapshotFormat) -> String {
        "roadmap-snapshot-\(week).\(format.fileExtension)"
    }

    /// Writes the text snapshot of the week holding `today` (80 columns) into
    /// `folder`, atomically, replacing an older one of the same week, and
    /// returns the path written. For the interactive UI's `p` key.
    public static func writeTextFile(
        roadmap: Roadmap, today: CalendarDay, language: InterfaceLanguage, calendar: CalendarSystem,
        folder: String, timeZone: TimeZone = .current
    ) throws(RoadmapError) -> String {
        let week = IsoWeek(containing: today)
        let snapshot = WeeklySnapshot(roadmap: roadmap, week: week, today: today, timeZone: timeZone)
        let text = snapshot.render(.text, style: SnapshotStyle(language: language, calendar: calendar))
        let path = (folder as NSString).appendingPathComponent(fileName(week: week, format: .text))
        try OutputFile.write(Array(text.utf8), to: path, roadmap: nil)
        return path
    }
}
