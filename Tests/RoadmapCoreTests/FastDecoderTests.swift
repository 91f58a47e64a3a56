import Foundation
import Testing
@testable import RoadmapCore

/// The fast decoder against the parser and decoder it stands in for: on
/// valid files it gives exactly their roadmap, on anything else it steps
/// aside and the store reports exactly their error.
@Suite("Fast decoder")
struct FastDecoderTests {
    /// What the fast path makes of `bytes` from memory; it must agree when
    /// the same bytes stream from a file through a window of every small size.
    private func fast(_ bytes: [UInt8], windows: [Int] = [1, 2, 3, 5, 8, 64], sourceLocation: SourceLocation = #_sourceLocation) throws -> Roadmap? {
        let fromMemory = FastRoadmapDecoder.decode(bytes)
        guard !windows.isEmpty else { return fromMemory }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(bytes, to: "r.json")
        for size in windows {
            let fd = open(folder.file("r.json"), O_RDONLY)
            defer { close(fd) }
            let streamed = FastRoadmapDecoder.decode(ByteStream(fd: fd, windowSize: size))
            #expect(streamed == fromMemory, "window of \(size) bytes", sourceLocation: sourceLocation)
        }
        // Read in two halves from every object's start: a start that is not a
        // milestone after another is never joined, one that is gives the same roadmap.
        for start in bytes.indices where bytes[start] == UInt8(ascii: "{") {
            let fd = open(folder.file("r.json"), O_RDONLY)
            defer { close(fd) }
            let halves = FastRoadmapDecoder.decode(ByteStream(fd: fd, windowSize: 5), fd: fd, otherHalfFrom: start)
            #expect(halves.roadmap == fromMemory, "other half from byte \(start)", sourceLocation: sourceLocation)
        }
        return fromMemory
    }

    /// Checks that the fast path accepts `bytes` and gives the reference roadmap.
    private func expectSame(_ bytes: [UInt8], windows: [Int] = [1, 3, 64], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let reference = try referenceDecode(bytes).get()
        let decoded = try fast(bytes, windows: windows, sourceLocation: sourceLocation)
        #expect(decoded == reference, sourceLocation: sourceLocation)
        #expect(try RoadmapStore.decode(bytes, path: "test.json") == reference, sourceLocation: sourceLocation)
    }

    /// Checks that the fast path refuses `bytes` and that the store then reports the reference error.
    private func expectRefused(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard case .failure(let expected) = referenceDecode(bytes) else {
            Issue.record("the reference decoder accepts this input", sourceLocation: sourceLocation)
            return
        }
        #expect(try fast(bytes, windows: [1, 7]) == nil, sourceLocation: sourceLocation)
        #expect(throws: expected, sourceLocation: sourceLocation) { try RoadmapStore.decode(bytes, path: "test.json") }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(bytes, to: "test.json")
        let store = RoadmapStore(path: folder.file("test.json"))
        let expectedFromLoad = try #require(referenceDecode(bytes, path: store.path).failure)
        #expect(throws: expectedFromLoad, sourceLocation: sourceLocation) { try store.load() }
    }

    @Test func builtInSeedAndFixtureFilesDecodeTheSame() throws {
        try expectSame(Array(BuiltInRoadmap.json.utf8), windows: [1, 2, 3, 4, 5, 6, 7, 8, 13, 100, 4096])
        try expectSame(Array(try Data(contentsOf: RepoPaths.seedRoadmap)))
        try expectSame(Array(try Data(contentsOf: RepoPaths.root.appendingPathComponent("Tests/RoadmapCoreTests/Fixtures/snapshot-roadmap.json"))))
    }

    @Test(arguments: 0..<40)
    func generatedRoadmapsDecodeTheSameHoweverTheyAreSpelled(seed: Int) throws {
        var generator = RoadmapGenerator(seed: UInt64(seed))
        let roadmap = generator.roadmap()
        let encoded = RoadmapEncoder.encode(roadmap)
        try expectSame(encoded)
        #expect(FastRoadmapDecoder.decode(encoded) == roadmap)
        let json = try JSONParser.parse(encoded)
        for _ in 0..<8 {
            try expectSame(generator.spell(json))
        }
    }

    @Test func emptyWorkstreamsNullsAndMissingOptionalsDecodeTheSame() throws {
        try expectSame(Array(#"{"schema":1,"title":"T","workstreams":[]}"#.utf8))
        try expectSame(Array(#"{"workstreams":[{"milestones":[],"title":{"ja":"空"},"id":"e"}],"notes":null,"title":"T","schema":1}"#.utf8))
        try expectSame(Array("""
        \u{FEFF}{"schema":1,"title":"T","workstreams":[{"id":"w","title":"W","milestones":[
          {"id":"a","title":"A","status":"done","due":null,"owner":null,"notes":null,"history":null},
          {"id":"b","title":"B","status":"dropped","history":[{"to":null,"from":null,"field":"","at":"0001-01-01T00:00:00Z"}]}
        ]}]}\r\n\t
        """.utf8))
    }

    /// The key masks' trap (STYLE.md): a key the fast path does not know
    /// sends every file that uses it to the slow path, silently. A file with
    /// every top-level key, and every key of every object, takes the fast path.
    @Test func aFileUsingEveryKeyTakesTheFastPath() throws {
        var roadmap = BuiltInRoadmap.load()
        roadmap.setTimeZone("Asia/Tokyo", at: Timestamp(rfc3339: "2026-12-10T02:00:00Z")!, by: "山田", reason: "METI hosts")
        _ = try roadmap.saveBaseline(named: "agreed", at: Timestamp(rfc3339: "2026-12-11T02:00:00Z")!, by: "x", notes: "n")
        roadmap.notes = "notes"
        let bytes = RoadmapEncoder.encode(roadmap)
        guard case .object(let members) = try JSONParser.parse(bytes) else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["schema", "title", "notes", "timeZone", "timeZoneHistory", "baselines", "workstreams"])
        let fast = try #require(FastRoadmapDecoder.decode(bytes), "the fast path takes it")
        #expect(fast == (try referenceDecode(bytes).get()))
    }

    @Test func validInputTheFastPathDoesNotExpectFallsBackToTheFullDecoder() throws {
        let bytes = Array(#"{"schema":1,"title":{"ไทย":"ชื่อ","en":"Name"},"workstreams":[]}"#.utf8)
        #expect(FastRoadmapDecoder.decode(bytes) == nil)
        #expect(try RoadmapStore.decode(bytes, path: "t.json") == referenceDecode(bytes).get())
    }

    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        let edges: [UInt8] = [
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
            0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        func check(_ sequence: [UInt8]) {
            for bytes in [sequence, Array("abcdefgh".utf8) + sequence + Array("ijklmnopq".utf8)] {
                let valid = bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
                if valid != (String(validating: bytes, as: UTF8.self) != nil) { Issue.record("\(bytes) judged \(valid)") }
            }
        }
        for a in 0...255 { check([UInt8(a)]) }
        for a in 0xC0...0xFF { for b in 0...255 { check([UInt8(a), UInt8(b)]) } }
        for a in edges { for b in edges { for c in edges { check([a, b, c]) } } }
        for a in edges where a >= 0xE0 { for b in edges { for c in edges { for d in edges { check([a, b, c, d]) } } } }
        // Runs of three-byte characters (taken a character at a time) with one byte changed anywhere in them.
        var random = SplitMix64(seed: 20261205)
        let characters = ["ก", "ำ", "น้ำ", "日本", "ロ", "ー", "（", "\u{0800}", "\u{FFFD}", "\u{D7FF}", "\u{E000}", "é", "𝄞", "a"].map { Array($0.utf8) }
        for _ in 0..<20_000 {
            var bytes = (0..<(1 + Int(random.next() % 12))).flatMap { _ in characters[Int(random.next() % UInt64(characters.count))] }
            if random.next() % 4 != 0 { bytes[Int(random.next() % UInt64(bytes.count))] = edges[Int(random.next() % UInt64(edges.count))] }
            check(bytes)
        }
    }

    static let invalidDocuments: [String] = {
        let milestone = #""id":"A1","title":"A","status":"planned""#
        func doc(top: String = #""schema":1,"title":"T""#, workstreams: String? = nil, milestone m: String = milestone) -> String {
            let ws = workstreams ?? #"[{"id":"w","title":"W","milestones":[{"# + m + "}]}]"
            return "{" + top + #","workstreams":"# + ws + "}"
        }
        return [
            // Syntax.
            "", "\u{FEFF}", "\u{FEFF}\u{FEFF}{}", "{", "{}x", "{} {}", "[]", "null", "\"roadmap\"", "1",
            doc() + ",", doc().replacingOccurrences(of: ",\"title\"", with: " \"title\""),
            doc().replacingOccurrences(of: "\"planned\"}", with: "\"planned\",}"),
            doc().replacingOccurrences(of: "{", with: "{ // comment\n"),
            doc().replacingOccurrences(of: "\"T\"", with: "'T'"),
            doc().replacingOccurrences(of: "\"T\"", with: "\"T"), doc(milestone: milestone + #","notes":"\uD800""#),
            doc(milestone: milestone + #","notes":"\uDC00x""#), doc(milestone: milestone + #","notes":"\x""#),
            doc(milestone: milestone + ",\"notes\":\"tab\there\""), doc(milestone: milestone + ",\"notes\":\"nul\u{0}\""),
            doc().replacingOccurrences(of: ":1,", with: ":1,\u{0}"), doc(milestone: milestone + #","due":nul"#),
            String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
            // Schema.
            doc(top: #""schema":5,"title":"T""#), doc(top: #""schema":0,"title":"T""#), doc(top: #""schema":-1,"title":"T""#),
            doc(top: #""schema":1.0,"title":"T""#), doc(top: #""schema":1e0,"title":"T""#), doc(top: #""schema":"1","title":"T""#),
            doc(top: #""schema":null,"title":"T""#), doc(top: #""schema":99999999999999999999999,"title":"T""#),
            doc(top: #""title":"T""#), doc(top: #""schema":1,"schema":1,"title":"T""#),
            // The roadmap object.
            doc(top: #""schema":1"#), doc(top: #""schema":1,"title":5"#), doc(top: #""schema":1,"title":[]"#),
            doc(top: #""schema":1,"title":{}"#), doc(top: #""schema":1,"title":{"":"x"}"#), doc(top: #""schema":1,"title":{"en":5}"#),
            doc(top: #""schema":1,"title":{"en":"a","en":"b"}"#), doc(top: #""schema":1,"title":null"#),
            doc(top: #""schema":1,"title":"T","extra":1"#), doc(top: #""schema":1,"title":"T","notes":"a","notes":"b""#),
            doc(top: #""schema":1,"title":"T","notes":5"#), #"{"schema":1,"title":"T"}"#,
            doc(workstreams: "{}"), doc(workstreams: "null"), doc(workstreams: "[5]"), doc(workstreams: "[[]]"),
            // Workstreams.
            doc(workstreams: #"[{"id":"w","title":"W"}]"#), doc(workstreams: #"[{"id":"w","milestones":[]}]"#),
            doc(workstreams: #"[{"title":"W","milestones":[]}]"#), doc(workstreams: #"[{"id":"","title":"W","milestones":[]}]"#),
            doc(workstreams: #"[{"id":"-w","title":"W","milestones":[]}]"#), doc(workstreams: #"[{"id":"a b","title":"W","milestones":[]}]"#),
            doc(workstreams: #"[{"id":"\#(String(repeating: "x", count: 33))","title":"W","milestones":[]}]"#),
            doc(workstreams: #"[{"id":5,"title":"W","milestones":[]}]"#),
            doc(workstreams: #"[{"id":"w","title":"W","milestones":[]},{"id":"W","title":"X","milestones":[]}]"#),
            doc(workstreams: #"[{"id":"w","title":"W","milestones":{}}]"#),
            doc(workstreams: #"[{"id":"w","title":"W","milestones":[],"x":1}]"#),
            // Milestones.
            doc(workstreams: #"[{"id":"w","title":"W","milestones":[{"id":"A1","title":"A","status":"done"}]},"#
                + #"{"id":"v","title":"V","milestones":[{"id":"a1","title":"B","status":"done"}]}]"#),
            doc(milestone: #""title":"A","status":"planned""#), doc(milestone: #""id":"A1","status":"planned""#),
            doc(milestone: #""id":"A1","title":"A""#), doc(milestone: #""id":"A1","title":"A","status":"finished""#),
            doc(milestone: #""id":"A1","title":"A","status":"Planned""#), doc(milestone: #""id":"A1","title":"A","status":null"#),
            doc(milestone: milestone + #","due":"2026-02-30""#), doc(milestone: milestone + #","due":"2026-1-01""#),
            doc(milestone: milestone + #","due":5"#), doc(milestone: milestone + #","due":"""#),
            doc(milestone: milestone + #","owner":5"#), doc(milestone: milestone + #","notes":true"#),
            doc(milestone: milestone + #","history":{}"#), doc(milestone: milestone + #","history":[5]"#),
            doc(milestone: milestone + #","extra":1"#), doc(milestone: milestone + #","title":"B""#),
            // History entries.
            doc(milestone: milestone + #","history":[{"field":"status"}]"#),
            doc(milestone: milestone + #","history":[{"at":"2026-01-01T00:00:00","field":"status"}]"#),
            doc(milestone: milestone + #","history":[{"at":"2026-01-01T24:00:00Z","field":"status"}]"#),
            doc(milestone: milestone + #","history":[{"at":"2026-01-01t00:00:00z","field":"status"}]"#),
            doc(milestone: milestone + #","history":[{"at":"2026-01-01T00:00:00Z","field":null}]"#),
            doc(milestone: milestone + #","history":[{"at":"2026-01-01T00:00:00Z"}]"#),
            doc(milestone: milestone + #","history":[{"at":"2026-01-01T00:00:00Z","field":"f","from":5}]"#),
            doc(milestone: milestone + #","history":[{"at":"2026-01-01T00:00:00Z","field":"f","by":"me"}]"#),
            // The time zone's history (schema 4).
            doc(top: #""schema":3,"title":"T","timeZone":"UTC","timeZoneHistory":[]"#),
            doc(top: #""schema":4,"title":"T","timeZoneHistory":5"#), doc(top: #""schema":4,"title":"T","timeZoneHistory":[5]"#),
            doc(top: #""schema":4,"title":"T","timeZoneHistory":[],"timeZoneHistory":[]"#),
            doc(top: #""schema":4,"title":"T","timeZoneHistory":[{"at":"2026-01-01T00:00:00Z","from":null}]"#),
            doc(top: #""schema":4,"title":"T","timeZoneHistory":[{"at":"2026-01-01T00:00:00Z","from":null,"to":"Asia/Tokio"}]"#),
            doc(top: #""schema":4,"title":"T","timeZoneHistory":[{"at":"2026-01-01T00:00:00Z","from":"UTC","to":"UTC"}]"#),
            doc(top: #""schema":4,"title":"T","timeZoneHistory":[{"at":"2026-01-01T00:00:00Z","from":null,"to":"UTC","field":"x"}]"#),
            doc(top: #""schema":4,"title":"T","timeZoneHistory":[{"at":"2026-01-02T00:00:00Z","from":null,"to":"UTC"},{"at":"2026-01-01T00:00:00Z","from":"UTC","to":null}]"#),
            doc(top: #""schema":4,"title":"T","timeZoneHistory":[{"at":"2026-01-01T00:00:00Z","from":null,"to":"UTC"},{"at":"2026-01-01T00:00:00Z","from":null,"to":"UTC"}]"#),
        ]
    }()

    @Test(arguments: invalidDocuments)
    func invalidDocumentsAreRefusedAndReportedByTheFullDecoder(_ text: String) throws {
        try expectRefused(Array(text.utf8))
    }

    @Test func invalidBytesAreRefusedAndReportedByTheFullDecoder() throws {
        let valid = Array(#"{"schema":1,"title":"T","workstreams":[]}"#.utf8)
        let at = valid.firstIndex(of: UInt8(ascii: "T"))!
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE0, 0xB8], [0xFF], [0x80], [0xF4, 0x90, 0x80, 0x80]] {
            var bytes = valid
            bytes.replaceSubrange(at...at, with: bad)
            try expectRefused(bytes)
        }
    }

    /// Seeded mutations of generated files: whenever the reference refuses a
    /// mutant, so does the fast path; whenever it accepts one, the fast path
    /// gives the same roadmap or steps aside. 2,000 cases; as many as the
    /// fuzzer when `ROADMAP_FUZZ_CASES` asks for a long run (see ``HostileInputFuzzTests``).
    @Test(arguments: 0..<8)
    func mutantsGetTheReferenceResult(shard: Int) throws {
        let seed = HostileInputFuzzTests.seed &+ UInt64(shard)
        var generator = RoadmapGenerator(seed: seed)
        let mutator = JSONMutator(generator.spell(try JSONParser.parse(RoadmapEncoder.encode(generator.roadmap()))))
        var rng = SplitMix64(seed: seed)
        let longRun = HostileInputFuzzTests.environment["ROADMAP_FUZZ_CASES"] != nil
        for i in 0..<(longRun ? HostileInputFuzzTests.cases / 8 : 250) {
            let bytes = mutator.mutate(using: &rng)
            let decoded = try fast(bytes, windows: i % 5 == 0 ? [3] : [])
            switch referenceDecode(bytes) {
            case .success(let reference):
                if let decoded { #expect(decoded == reference, "\(bytes.utf8String)") }
                #expect(try RoadmapStore.decode(bytes, path: "test.json") == reference)
            case .failure(let error):
                #expect(decoded == nil, "\(bytes.utf8String)")
                #expect(throws: error) { try RoadmapStore.decode(bytes, path: "test.json") }
            }
        }
    }
}

extension Result {
    /// The error, when there is one.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
