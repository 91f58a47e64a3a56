extension WeeklySnapshot {
    /// The file name of a week's snapshot: `roadmap-snapshot-2026-W48.txt`.
    public static func fileName(week: IsoWeek, format: SnapshotFormat) -> String {
        "roadmap-snapshot-\(week).\(format.fileExtension)"
    }
}
