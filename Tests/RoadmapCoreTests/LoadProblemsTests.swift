import Foundation
import Testing
@testable import RoadmapCore

/// ``Roadmap/loadProblems``, which every write runs, refuses exactly what the
/// decoder refuses: checked by encoding each case and loading it back.
@Suite("the rules every write runs")
struct LoadProblemsTests {
    /// Whether the encoded roadmap loads (through the store's fast-then-full path).
    private func loads(_ roadmap: Roadmap) -> Bool {
        (try? RoadmapStore.decode(RoadmapEncoder.encode(roadmap), path: "x")) != nil
    }

    private func roadmap(titleLanguages: [String] = ["en"], ids: [String] = ["A1"], workstreamIDs: [String] = ["ws"]) -> Roadmap {
        let title = LocalizedText(translations: titleLanguages.map { .init(language: $0, text: "t") })
        let workstreams = workstreamIDs.enumerated().map { w, id in
            Workstream(id: id, title: LocalizedText("W"), milestones: w == 0 ? ids.map { Milestone(id: $0, title: title) } : [])
        }
        return Roadmap(title: LocalizedText("R"), workstreams: workstreams)
    }

    @Test(arguments: [
        ["en"], ["en", "th", "ja"], ["zh-Hant"], ["ไทย"], [String(repeating: "a", count: 16)], [String(repeating: "a", count: 17)],
        ["title_1"], ["1"], [""], [], ["en", "en"], ["en", "EN"], ["e\u{301}", "\u{E9}"], ["é", "é"], ["x y"], ["a\u{1B}"],
    ])
    func languageCodes(_ codes: [String]) {
        let roadmap = roadmap(titleLanguages: codes)
        #expect(roadmap.loadProblems.isEmpty == loads(roadmap), "\(codes): \(roadmap.loadProblems)")
    }

    @Test(arguments: [
        ["A1"], ["A1", "a1"], ["A1", "A2"], [String(repeating: "B", count: 32)], [String(repeating: "B", count: 33)],
        ["-x"], ["x y"], ["é1"], [""], ["SC9223372036854775807"], ["a.b_c-d"],
    ])
    func milestoneIDs(_ ids: [String]) {
        let roadmap = roadmap(ids: ids)
        #expect(roadmap.loadProblems.isEmpty == loads(roadmap), "\(ids): \(roadmap.loadProblems)")
    }

    @Test(arguments: [["ws"], ["ws", "WS"], ["ws", "other"], ["bad id"]])
    func workstreamIDs(_ ids: [String]) {
        let roadmap = roadmap(workstreamIDs: ids)
        #expect(roadmap.loadProblems.isEmpty == loads(roadmap), "\(ids): \(roadmap.loadProblems)")
    }

    @Test func aWriteOfWhatWouldNotLoadIsRefusedWithNothingWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("r.json"), lockTimeout: 1)
        try store.write(roadmap())
        let before = try folder.read("r.json")
        let error = #expect(throws: RoadmapError.self) { try store.write(roadmap(ids: ["A1", "a1"])) }
        #expect(error?.exitCode == 65)
        #expect(try folder.read("r.json") == before)
        #expect(try folder.entries() == ["r.json"])
    }
}
