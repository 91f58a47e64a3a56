import Foundation
import RoadmapCore
import Testing

/// The fixture's week 48 in every format, in English and in Thai with
/// Buddhist Era dates, byte for byte. `ROADMAP_UPDATE_SNAPSHOTS=1` rewrites
/// the files in `Snapshots/`.
@Suite("Snapshot: golden files")
struct SnapshotGoldenTests {
    static let styles: [(name: String, style: SnapshotStyle)] = [
        ("en", SnapshotStyle(language: .en, calendar: .gregorian)),
        ("th-buddhist", SnapshotStyle(language: .th, calendar: .buddhist)),
    ]

    @Test(arguments: SnapshotFormat.allCases, 0..<styles.count)
    func golden(_ format: SnapshotFormat, _ style: Int) throws {
        let (name, chosen) = Self.styles[style]
        let text = try SnapshotFixture.snapshot().render(format, style: chosen)
        try SnapshotFixture.expectGolden(text, named: "fixture-2026-W48-\(name).\(format.fileExtension)")
    }

    @Test("the built-in roadmap's text snapshot, as the README shows it")
    func builtIn() throws {
        let snapshot = WeeklySnapshot(roadmap: BuiltInRoadmap.load(), week: IsoWeek(year: 2026, week: 48)!, today: Fixture.day("2026-11-26"),
                                      timeZone: SnapshotFixture.bangkok)
        let text = snapshot.render(.text)
        try SnapshotFixture.expectGolden(text, named: "builtin-2026-W48-en.txt")
        // The README shows its first printed page, the blank lines above the footer left out.
        let readme = String(decoding: try Data(contentsOf: RepoPaths.root.appendingPathComponent("README.md")), as: UTF8.self)
        let firstPage = try #require(text.components(separatedBy: "\n\u{0C}").first).split(separator: "\n", omittingEmptySubsequences: false)
        let body = firstPage.dropLast().reversed().drop { $0.isEmpty }.reversed()
        let sample = body.joined(separator: "\n") + "\n⋮\n" + (firstPage.last ?? "")
        #expect(readme.contains("```\n" + sample + "\n```"), "the README's sample is out of date:\n\(sample)")
    }
}
