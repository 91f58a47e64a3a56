import Foundation
import RoadmapCore
// The shared seeded generator, for every file of this target.
@_exported import RoadmapTestSupport

/// Paths inside the repository, found from this file's location
/// (`<repo>/Tests/RoadmapCoreTests/TestSupport.swift`).
enum RepoPaths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // RoadmapCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // <repo>

    static let seedRoadmap = root.appendingPathComponent("seeds/eid-roadmap.json")
    static let builtInSource = root.appendingPathComponent("Sources/RoadmapCore/Model/BuiltInRoadmap.swift")
    static let jsonTestSuite = root.deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/JSONTestSuite/test_parsing")
}

/// A fresh, empty temporary folder, removed when the value is released by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("roadmap-coretests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: false)
        // Resolve symlinks (e.g. /tmp → /private/tmp) so paths compare equal to realpath().
        path = URL(fileURLWithPath: base.path).resolvingSymlinksInPath().path
    }

    func file(_ name: String) -> String { "\(path)/\(name)" }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    func write(_ bytes: [UInt8], to name: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    }

    func write(_ text: String, to name: String) throws {
        try write(Array(text.utf8), to: name)
    }

    func read(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: file(name))))
    }

    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}

/// Builders for small roadmaps used across tests.
enum Fixture {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }
    static func time(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }

    static func trilingual(_ en: String, _ th: String, _ ja: String) -> LocalizedText {
        LocalizedText(translations: [
            .init(language: "en", text: en), .init(language: "th", text: th), .init(language: "ja", text: ja),
        ])
    }

    /// The built-in roadmap (Asia/Bangkok) with the changes of zone given,
    /// each as (time, zone set; nil for none), made by `t`.
    static func builtIn(zoneChanges changes: [(String, String?)]) -> Roadmap {
        var roadmap = BuiltInRoadmap.load()
        for (at, zone) in changes { roadmap.setTimeZone(zone, at: time(at), by: "t") }
        return roadmap
    }

    /// A small roadmap with two workstreams.
    static func small() -> Roadmap {
        Roadmap(
            title: LocalizedText("Test roadmap"),
            workstreams: [
                Workstream(id: "alpha", title: LocalizedText("Alpha"), milestones: [
                    Milestone(id: "A1", title: trilingual("Plan", "วางแผน", "計画"), status: .done, due: day("2026-01-15")),
                    Milestone(id: "A2", title: LocalizedText("Build"), status: .inProgress, due: day("2026-03-01"), owner: "OIE"),
                ]),
                Workstream(id: "beta", title: LocalizedText("Beta"), milestones: [
                    Milestone(id: "B1", title: LocalizedText("Review"), status: .planned, notes: "first note"),
                ]),
            ]
        )
    }
}

extension Array where Element == UInt8 {
    var utf8String: String { String(decoding: self, as: UTF8.self) }
}
