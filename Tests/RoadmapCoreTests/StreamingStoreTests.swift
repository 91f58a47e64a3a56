import Foundation
import Testing
@testable import RoadmapCore

/// The store's memory-lean paths: encoding in pieces straight into the file,
/// digests instead of kept copies, and a session that decodes the file on
/// save only when its digest changed.
@Suite("Streaming store")
struct StreamingStoreTests {
    @Test func digestIsTheSameWhateverThePieces() {
        var rng = SplitMix64(seed: 7)
        for length in [0, 1, 8, 15, 16, 17, 31, 32, 33, 1000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let whole = ContentDigest(of: bytes)
            for _ in 0..<20 {
                var hasher = ContentDigest.Hasher128()
                var start = 0
                while start < bytes.count {
                    let end = min(bytes.count, start + Int.random(in: 0...20, using: &rng))
                    bytes[start..<end].withUnsafeBytes { hasher.update($0) }
                    start = end
                }
                #expect(hasher.digest() == whole, "length \(length)")
            }
        }
    }

    @Test func digestTellsAnyChangeApart() {
        let bytes = RoadmapEncoder.encode(BuiltInRoadmap.load())
        let digest = ContentDigest(of: bytes)
        #expect(ContentDigest(of: bytes + [0x0A]) != digest)
        #expect(ContentDigest(of: Array(bytes.dropLast())) != digest)
        for index in stride(from: 0, to: bytes.count, by: 97) {
            var changed = bytes
            changed[index] ^= 1
            #expect(ContentDigest(of: changed) != digest, "bit flipped at \(index)")
        }
    }

    @Test(arguments: [1, 100, 4096, 1 << 20])
    func piecesJoinedAreTheWholeEncoding(pieceSize: Int) {
        var generator = RoadmapGenerator(seed: UInt64(pieceSize))
        for roadmap in [BuiltInRoadmap.load(), generator.roadmap(), generator.roadmap()] {
            var joined: [UInt8] = []
            RoadmapEncoder.encode(roadmap, pieceSize: pieceSize) { joined += $0 }
            #expect(joined == RoadmapEncoder.encode(roadmap))
        }
    }

    /// The encoder skips runs of plain bytes eight at a time: it must still
    /// escape exactly the quote, the backslash and the C0, DEL and C1 controls.
    @Test func stringsAreEscapedExactlyWhereverTheSpecialCharactersFall() {
        func reference(_ text: String) -> String {
            let short: [Unicode.Scalar: String] = ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{8}": "\\b", "\u{C}": "\\f"]
            return text.unicodeScalars.map { scalar in
                if let escape = short[scalar] { return escape }
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                return String(scalar)
            }.joined()
        }
        let pool = ["a", "ไ", "日", "é", "\u{80}", "\u{9F}", "\u{A0}", "©", "\"", "\\", "\n", "\u{1}", "\u{7F}", "😀", "/", "\u{C}"]
        var rng = SplitMix64(seed: 5)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...40, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            #expect(JSONValue.string(text).serialized() == "\"" + reference(text) + "\"\n", "\(text.debugDescription)")
        }
    }

    @Test func writingStreamsTheEncodingAndReturnsItsDigest() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("r.json"))
        var generator = RoadmapGenerator(seed: 3)
        let roadmap = generator.roadmap()
        let file = try ResolvedFile.resolve(store.path)
        let digest = try store.write(roadmap, in: file, replacing: nil)
        let bytes = try store.readBytes()
        #expect(bytes == RoadmapEncoder.encode(roadmap))
        #expect(digest == ContentDigest(of: bytes))
        #expect(try store.currentDigest(file).digest == digest)
        #expect(try folder.entries() == ["r.json"], "no temporary file left")
    }

    @Test func loadingGivesTheDigestOfTheBytesOnBothPaths() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("r.json"))
        let notForTheFastPath = #"{"schema":1,"title":{"ไทย":"ชื่อ"},"workstreams":[]}"#
        for text in [BuiltInRoadmap.json, notForTheFastPath] {
            try folder.write(text, to: "r.json")
            let (roadmap, digest) = try store.loadWithDigest()
            #expect(roadmap == (try RoadmapStore.decode(Array(text.utf8), path: "r.json")))
            #expect(digest == ContentDigest(of: Array(text.utf8)))
        }
    }

    @Test func sessionLeavesAnUntouchedFileAloneEvenIfNotInTheStableForm() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = #"{"schema":1,"title":"T","workstreams":[{"id":"w","title":"W","milestones":[]}]}"#
        try folder.write(text, to: "r.json")
        let session = try RoadmapSession(store: RoadmapStore(path: folder.file("r.json")))
        #expect(session.save(session.base) == .saved(session.base))
        #expect(try folder.read("r.json").utf8String == text)
    }

    @Test func sessionMergesAnOutsideRewriteThatOnlyChangedTheLayout() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("r.json"))
        try store.write(Fixture.small())
        let session = try RoadmapSession(store: store)
        try folder.write(try store.readBytes().utf8String.replacingOccurrences(of: "\n", with: "\r\n\t"), to: "r.json")
        var ours = session.base
        ours.workstreams[0].milestones[0].status = .blocked
        #expect(session.save(ours) == .saved(ours))
        #expect(try store.load() == ours)
        #expect(try store.readBytes() == RoadmapEncoder.encode(ours))
    }

    @Test func aPipeIsRefusedWithoutWaitingForAWriter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(mkfifo(folder.file("pipe.json"), 0o600) == 0)
        let store = RoadmapStore(path: folder.file("pipe.json"))
        #expect(throws: RoadmapError.badInput("\(store.path): not a regular file")) { try store.load() }
        #expect(throws: RoadmapError.badInput("\(store.path): not a regular file")) { try RoadmapSession(store: store) }
    }
}
