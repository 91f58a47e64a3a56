import Foundation
import RoadmapCore
import Testing

/// The snapshot tests' fixture roadmap, zones and golden files.
enum SnapshotFixture {
    static let folder = RepoPaths.root.appendingPathComponent("Tests/RoadmapCoreTests")
    static let file = folder.appendingPathComponent("Fixtures/snapshot-roadmap.json")
    static let bangkok = TimeZone(identifier: "Asia/Bangkok")!
    static let utc = TimeZone(identifier: "UTC")!
    /// Friday of the fixture's last week of history.
    static let today = Fixture.day("2026-11-27")
    static let week = IsoWeek(year: 2026, week: 48)!

    /// The fixture roadmap: history spread over 2026-W46, W47 and W48.
    static func roadmap() throws -> Roadmap {
        try RoadmapStore(path: file.path).load()
    }

    /// The fixture's snapshot of 2026-W48 as of Friday 27 November, read in Bangkok time.
    static func snapshot() throws -> WeeklySnapshot {
        WeeklySnapshot(roadmap: try roadmap(), week: week, today: today, timeZone: bangkok)
    }

    /// Compares `text` with `Snapshots/<name>`, or rewrites that file when
    /// `ROADMAP_UPDATE_SNAPSHOTS=1` (read the diff before committing it).
    static func expectGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent("Snapshots/\(name)")
        if ProcessInfo.processInfo.environment["ROADMAP_UPDATE_SNAPSHOTS"] == "1" {
            try Data(text.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file Snapshots/\(name) (run with ROADMAP_UPDATE_SNAPSHOTS=1)", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if text != expected {
            let got = text.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
            let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            Issue.record("""
                Snapshots/\(name) differs at line \(line + 1):
                  expected: \((line < want.count ? want[line] : "<end>").debugDescription)
                  got:      \((line < got.count ? got[line] : "<end>").debugDescription)
                (run with ROADMAP_UPDATE_SNAPSHOTS=1 to rewrite it, then check the diff)
                """, sourceLocation: sourceLocation)
        }
    }

    /// A milestone with a history, for small hand-made roadmaps.
    static func milestone(
        _ id: String, _ title: LocalizedText = LocalizedText("Milestone"), status: Status = .planned, due: String? = nil,
        history: [(String, String, String?, String?)] = []
    ) -> Milestone {
        Milestone(id: id, title: title, status: status, due: due.map(Fixture.day), owner: "OIE",
                  history: history.map { HistoryEntry(at: Fixture.time($0.0), field: $0.1, from: $0.2, to: $0.3) })
    }

    /// A one-workstream roadmap holding `milestones`.
    static func roadmap(_ milestones: [Milestone]) -> Roadmap {
        Roadmap(title: LocalizedText("Test"), workstreams: [Workstream(id: "ws", title: LocalizedText("Workstream"), milestones: milestones)])
    }
}
