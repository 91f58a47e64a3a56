import Foundation
import Testing
@testable import RoadmapCore

/// A large file read in two halves at once (``OtherHalf``): the same roadmap
/// as one reading whenever the halves join, and the same refusal when the
/// second half holds what the fast decoder refuses, even when the problem
/// is only visible across the halves.
@Suite("Fast decoder in two halves")
struct FastDecoderHalvesTests {
    /// The `{` of every milestone in `bytes` as this tool writes them, or
    /// only of those that follow another (what ``OtherHalf/start(fd:size:)`` looks for).
    private func milestoneStarts(_ bytes: [UInt8], afterAnother: Bool = true) -> [Int] {
        let pattern = Array("\n        {\n          \"id\":".utf8)
        let after = Array("},".utf8)
        return (2...(bytes.count - pattern.count)).filter {
            bytes[$0..<$0 + pattern.count].elementsEqual(pattern) && (!afterAnother || bytes[$0 - 2..<$0].elementsEqual(after))
        }.map { $0 + 9 }
    }

    /// Decodes `bytes` from a file in two halves, the second from `start`.
    private func halves(_ bytes: [UInt8], from start: Int) throws -> (roadmap: Roadmap?, joined: Bool) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(bytes, to: "r.json")
        let fd = open(folder.file("r.json"), O_RDONLY)
        defer { close(fd) }
        return FastRoadmapDecoder.decode(ByteStream(fd: fd, windowSize: 4096), fd: fd, otherHalfFrom: start)
    }

    @Test func everyMilestoneAfterAnotherIsAJoinAndGivesTheSameRoadmap() throws {
        let bytes = Array(BuiltInRoadmap.json.utf8)
        let reference = try #require(FastRoadmapDecoder.decode(bytes))
        let starts = milestoneStarts(bytes)
        #expect(starts.count == 18, "21 milestones in 3 workstreams: 18 follow another")
        for start in starts {
            let (roadmap, joined) = try halves(bytes, from: start)
            #expect(joined, "byte \(start)")
            #expect(roadmap == reference, "byte \(start)")
        }
    }

    @Test(arguments: 0..<12)
    func generatedRoadmapsJoinAtEveryMilestone(seed: Int) throws {
        var generator = RoadmapGenerator(seed: UInt64(seed) + 1000)
        let roadmap = generator.roadmap()
        let bytes = RoadmapEncoder.encode(roadmap)
        for start in milestoneStarts(bytes) {
            let (decoded, joined) = try halves(bytes, from: start)
            #expect(joined && decoded == roadmap, "seed \(seed), byte \(start)")
        }
    }

    /// A file whose only problem is seen by comparing the halves is refused
    /// after the join, and the store then says what the full decoder says.
    @Test(arguments: [
        ("a milestone id in both halves", "\"id\": \"SC7\"", "\"id\": \"SC2\""),
        ("a workstream id in both halves", "\"id\": \"circular-economy\"", "\"id\": \"supply-chain\""),
        ("a dependency on a milestone that is not there", "\"id\": \"CE7\",", "\"id\": \"CE7\", \"depends\": [\"XX9\"],"),
    ])
    func aProblemAcrossTheHalvesIsRefusedAfterJoining(_ problem: String, _ find: String, _ replace: String) throws {
        let text = BuiltInRoadmap.json
        let range = try #require(text.range(of: find, options: .backwards), "\(problem): fixture changed")
        let bytes = Array(text.replacingCharacters(in: range, with: replace).utf8)
        guard case .failure = referenceDecode(bytes) else {
            Issue.record("\(problem): the reference decoder accepts it")
            return
        }
        let start = try #require(milestoneStarts(bytes).first { $0 < bytes.count / 2 + 2000 && $0 > bytes.count / 3 })
        let (roadmap, joined) = try halves(bytes, from: start)
        #expect(joined, "\(problem)")
        #expect(roadmap == nil, "\(problem)")
    }

    @Test func aKeyInTheFirstHalfGivenAgainInTheSecondIsRefused() throws {
        // The workstream's title before its milestones, and again after them.
        let text = BuiltInRoadmap.json
        let closing = try #require(text.range(of: "\n      ]\n    }\n  ]", options: .backwards))
        let bytes = Array(text.replacingCharacters(in: closing, with: "\n      ],\n      \"title\": \"again\"\n    }\n  ]").utf8)
        #expect(referenceDecode(bytes).failure != nil)
        let start = try #require(milestoneStarts(bytes).last)
        let (roadmap, joined) = try halves(bytes, from: start)
        #expect(joined && roadmap == nil)
    }

    @Test func aWrongGuessIsNeverJoined() throws {
        let bytes = Array(BuiltInRoadmap.json.utf8)
        let reference = try #require(FastRoadmapDecoder.decode(bytes))
        // Every other object's start: the roadmap, workstreams, titles, history entries.
        let milestones = Set(milestoneStarts(bytes, afterAnother: false))
        #expect(milestones.count == 21)
        for start in bytes.indices where bytes[start] == UInt8(ascii: "{") && !milestones.contains(start) {
            let (roadmap, joined) = try halves(bytes, from: start)
            #expect(!joined && roadmap == reference, "byte \(start)")
        }
    }

    @Test func theGuessNearTheMiddleIsAMilestoneAndTheStoreLoadsTheSame() throws {
        // The built-in roadmap's milestones copied over and over, to pass the
        // size from which a file is read in halves.
        var roadmap = try RoadmapStore.decode(Array(BuiltInRoadmap.json.utf8), path: "built-in")
        let copies = 2 * FastRoadmapDecoder.twoHalvesFrom / BuiltInRoadmap.json.utf8.count
        for w in roadmap.workstreams.indices {
            let originals = roadmap.workstreams[w].milestones
            for copy in 1...copies {
                roadmap.workstreams[w].milestones += originals.map {
                    var milestone = $0
                    milestone.id += "-\(copy)"
                    milestone.depends = milestone.depends.map { "\($0)-\(copy)" }
                    return milestone
                }
            }
        }
        let bytes = RoadmapEncoder.encode(roadmap)
        #expect(bytes.count > FastRoadmapDecoder.twoHalvesFrom)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(bytes, to: "big.json")
        let fd = open(folder.file("big.json"), O_RDONLY)
        defer { close(fd) }
        let start = try #require(OtherHalf.start(fd: fd, size: bytes.count))
        #expect(milestoneStarts(bytes).contains(start))
        #expect(abs(start - bytes.count / 2) < 1 << 15)
        let (decoded, joined) = FastRoadmapDecoder.decode(ByteStream(fd: fd), fd: fd, otherHalfFrom: start)
        #expect(joined && decoded == roadmap)
        #expect(try RoadmapStore(path: folder.file("big.json")).load() == roadmap)
    }
}
