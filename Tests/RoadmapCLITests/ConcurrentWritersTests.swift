import Foundation
import RoadmapCore
import Testing

/// Two writers changing one file at the same time never lose each other's updates.
@Suite("concurrent writers", .serialized)
struct ConcurrentWritersTests {
    let sandbox: RoadmapSandbox
    init() throws { sandbox = try RoadmapSandbox() }

    static let changesPerWriter = 100

    @Test("two processes making 100 changes each to different milestones: all 200 are in the file")
    func noLostUpdates() async throws {
        // Filler milestones make each read → change → write long enough to overlap the other's.
        let file = sandbox.file("shared/roadmap.json")
        let before = Fixtures.builtInWithFillers(150)
        try Fixtures.write(before, to: file)

        func loop(id: String, option: String, prefix: String) -> String {
            """
            for i in $(seq 1 \(Self.changesPerWriter)); do
              "$ROADMAP" set \(id) \(option) "\(prefix)$i" --file "$F" >/dev/null || { echo "\(prefix)$i failed" >&2; exit 1; }
            done
            """
        }
        let environment = ["F": file.path, "ROADMAP_LOCK_TIMEOUT": "30"]
        async let a = sandbox.bash(loop(id: "SC1", option: "--notes", prefix: "a"), environment: environment, timeout: 120)
        async let b = sandbox.bash(loop(id: "ce1", option: "--owner", prefix: "b"), environment: environment, timeout: 120)
        let (writerA, writerB) = try await (a, b)
        #expect(writerA.exitCode == 0, "\(writerA)")
        #expect(writerB.exitCode == 0, "\(writerB)")

        let after = try Fixtures.load(file)
        let sc1 = after[try #require(after.locate("SC1"))]
        let ce1 = after[try #require(after.locate("CE1"))]
        let values = 1...Self.changesPerWriter
        #expect(sc1.notes == "a\(Self.changesPerWriter)")
        #expect(ce1.owner == "b\(Self.changesPerWriter)")
        #expect(sc1.history.map(\.field) == Array(repeating: "notes", count: values.count))
        #expect(sc1.history.map(\.to) == values.map { "a\($0)" }, "every one of A's changes, in order")
        #expect(ce1.history.map(\.field) == Array(repeating: "owner", count: values.count))
        #expect(ce1.history.map(\.to) == values.map { "b\($0)" }, "every one of B's changes, in order")
        #expect(Array(sc1.history.dropFirst().map(\.from)) == Array(sc1.history.dropLast().map(\.to)), "each change starts from the last")
        #expect(Array(ce1.history.dropFirst().map(\.from)) == Array(ce1.history.dropLast().map(\.to)), "each change starts from the last")

        var rest = after
        for id in ["SC1", "CE1"] {
            let location = try #require(before.locate(id))
            rest[location] = before[location]
        }
        #expect(rest == before, "nothing else changed")
        #expect(Fixtures.temporaries(besides: file).isEmpty)
    }
}
