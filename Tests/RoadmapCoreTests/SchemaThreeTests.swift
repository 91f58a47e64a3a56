import Foundation
import Testing
@testable import RoadmapCore

/// Schema 3: a file declares the lowest schema that holds what it uses, 3
/// when it names a time zone, 2 otherwise, so that a build from before the
/// zone says "upgrade" instead of "unknown key" and files without a zone stay
/// readable by it. The schema is the file's, not the roadmap's: `==` ignores it.
@Suite("Schema 3")
struct SchemaThreeTests {
    /// A small file declaring `schema`, naming `zone` when given.
    private func file(schema: Int, zone: String?) -> [UInt8] {
        let member = zone.map { ",\n  \"timeZone\": \"\($0)\"" } ?? ""
        return Array("""
            {
              "schema": \(schema),
              "title": "R"\(member),
              "workstreams": [{"id": "w", "title": "W", "milestones": [{"id": "A", "title": "a", "status": "planned"}]}]
            }

            """.utf8)
    }

    private func declared(_ bytes: [UInt8]) -> String? {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("  \"schema\"") }.map(String.init)
    }

    @Test("the encoder declares 3 when the roadmap names a zone, 2 when it does not, whatever schema it was read in")
    func encoderDeclaresTheLowestSchema() throws {
        var roadmap = try referenceDecode(file(schema: 2, zone: nil)).get()
        #expect(declared(RoadmapEncoder.encode(roadmap)) == "  \"schema\": 2,")
        roadmap.timeZone = "Asia/Bangkok"
        #expect(declared(RoadmapEncoder.encode(roadmap)) == "  \"schema\": 3,")
        roadmap.schema = 1
        #expect(declared(RoadmapEncoder.encode(roadmap)) == "  \"schema\": 3,")
        roadmap.timeZone = nil
        roadmap.schema = Roadmap.currentSchema
        #expect(declared(RoadmapEncoder.encode(roadmap)) == "  \"schema\": 2,")
        #expect(declared(RoadmapEncoder.encode(BuiltInRoadmap.load())) == "  \"schema\": 3,", "the built-in roadmap names Asia/Bangkok")
    }

    @Test("both decoders read a schema-3 file, with or without a zone, to the same roadmap")
    func bothDecodersReadThree() throws {
        for zone in ["Asia/Tokyo", nil] as [String?] {
            let bytes = file(schema: 3, zone: zone)
            let reference = try referenceDecode(bytes).get()
            #expect(reference.timeZone == zone && reference.schema == 3)
            let fast = try #require(FastRoadmapDecoder.decode(bytes), "the fast path takes schema 3")
            #expect(fast == reference && fast.schema == 3)
        }
    }

    @Test("a schema-2 file naming a zone (as roadmap wrote them) loads in both decoders and counts as schema 3")
    func schemaTwoWithAZoneCountsAsThree() throws {
        let bytes = file(schema: 2, zone: "Asia/Bangkok")
        let reference = try referenceDecode(bytes).get()
        #expect(reference.timeZone == "Asia/Bangkok" && reference.schema == 3)
        let fast = try #require(FastRoadmapDecoder.decode(bytes))
        #expect(fast.schema == 3)
        #expect(try referenceDecode(file(schema: 2, zone: nil)).get().schema == 2)
    }

    @Test("a schema newer than 4 is refused as written by a newer roadmap, never as an unknown key")
    func newerIsRefusedWithUpgrade() throws {
        let bytes = file(schema: 5, zone: "Asia/Bangkok")
        #expect(FastRoadmapDecoder.decode(bytes) == nil)
        guard case .failure(let error) = referenceDecode(bytes) else {
            Issue.record("a schema-5 file loaded")
            return
        }
        let message = error.description
        #expect(message.contains("written by a newer roadmap (schema 5; this build reads schema 4). Upgrade roadmap"), "\(message)")
        #expect(!message.contains("unknown key"))
    }

    /// Writes `bytes`, runs `change` through the store and returns the file
    /// written and the upgrades the store announced.
    private func save(_ bytes: [UInt8], _ change: (inout Roadmap) -> Void) throws -> (written: [UInt8], upgrades: [String]) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(bytes, to: "r.json")
        var store = RoadmapStore(path: folder.file("r.json"), lockTimeout: 1)
        let said = Said()
        store.onUpgrade = { _, from, to in said.append("\(from)→\(to)") }
        try store.modify(change)
        return (try folder.read("r.json"), said.lines)
    }

    @Test("saving: a schema-2 file naming a zone is written as 3 without an upgrade notice; naming a zone upgrades 2 to 3 and says so; removing it writes 2")
    func saves() throws {
        let old = try save(file(schema: 2, zone: "Asia/Bangkok")) { $0.notes = "n" }
        #expect(declared(old.written) == "  \"schema\": 3,")
        #expect(old.upgrades.isEmpty, "the file already needed schema 3: \(old.upgrades)")
        let named = try save(file(schema: 2, zone: nil)) { $0.timeZone = "Asia/Tokyo" }
        #expect(declared(named.written) == "  \"schema\": 3,")
        #expect(named.upgrades == ["2→3"])
        let removed = try save(file(schema: 3, zone: "Asia/Tokyo")) { $0.timeZone = nil }
        #expect(declared(removed.written) == "  \"schema\": 2,", "readable by older builds again")
        #expect(removed.upgrades.isEmpty)
        let plain = try save(file(schema: 2, zone: nil)) { $0.notes = "n" }
        #expect(declared(plain.written) == "  \"schema\": 2," && plain.upgrades.isEmpty)
        let schemaOne = try save(file(schema: 1, zone: nil)) { $0.notes = "n" }
        #expect(declared(schemaOne.written) == "  \"schema\": 2," && schemaOne.upgrades == ["1→2"])
    }

    @Test("== and the hash ignore the schema, and compare every other stored property")
    func equalityIgnoresTheSchema() throws {
        let three = try referenceDecode(file(schema: 3, zone: "Asia/Tokyo")).get()
        var two = three
        two.schema = 2
        #expect(two == three && two.hashValue == three.hashValue && two.isIdentical(to: three))
        // A new stored property must join == and hash(into:) by hand (see Roadmap.swift).
        let labels = Mirror(reflecting: three).children.compactMap(\.label)
        #expect(labels == ["schema", "title", "notes", "timeZone", "zoneChanges", "baselines", "workstreams"])
        var changed = three
        changed.title = LocalizedText("S")
        #expect(changed != three)
        changed = three
        changed.notes = "n"
        #expect(changed != three)
        changed = three
        changed.timeZone = nil
        #expect(changed != three)
        changed = three
        changed.zoneChanges = [ZoneChange(at: Timestamp(secondsSinceEpoch: 0), from: "UTC", to: "Asia/Tokyo")]
        #expect(changed != three && !changed.isIdentical(to: three))
        changed = three
        changed.baselines = [Baseline(name: "b", at: Timestamp(secondsSinceEpoch: 0), milestones: [])]
        #expect(changed != three)
        changed = three
        changed.workstreams = []
        #expect(changed != three)
    }
}

/// Lines told from a `@Sendable` callback.
private final class Said: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var lines: [String] { lock.withLock { stored } }
    func append(_ line: String) { lock.withLock { stored.append(line) } }
}
