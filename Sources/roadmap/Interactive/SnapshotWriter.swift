import Foundation
import RoadmapCore
import RoadmapUI

/// Writes the UI's `p` snapshot: this week's text snapshot in the UI's
/// language and calendar, to the path the user confirmed.
enum SnapshotWriter {
    /// Writes to `typed` (`~` is the home folder; a relative path is taken
    /// from `folder`, the roadmap file's) and says what happened. A file that
    /// exists is left alone unless `replacing`: the UI asks first.
    static func write(_ state: AppState, to typed: String, replacing: Bool, folder: String) -> Message {
        let path = resolve(typed, folder: folder)
        var info = stat()
        if !replacing && lstat(path, &info) == 0 { return .snapshotExists(path: path) }
        let week = IsoWeek(containing: state.today)
        let snapshot = WeeklySnapshot(
            roadmap: state.roadmap, week: week, today: state.today, timeZone: state.roadmap.zone(for: week),
            startZone: state.roadmap.startZone(of: week))
        let text = snapshot.render(.text, style: SnapshotStyle(language: state.language, calendar: state.calendar))
        do {
            try OutputFile.write(Array(text.utf8), to: path, roadmap: nil)
            return .snapshotWritten(path: path)
        } catch {
            return .snapshotFailed(path: path, reason: error.description)
        }
    }

    /// The absolute path a typed path names.
    static func resolve(_ typed: String, folder: String) -> String {
        let expanded = (typed as NSString).expandingTildeInPath
        guard !expanded.hasPrefix("/") else { return expanded }
        return ((folder as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }
}
