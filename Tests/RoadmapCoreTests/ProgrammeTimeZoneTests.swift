import Foundation
import Testing
@testable import RoadmapCore

/// The file's `timeZone`: read by both decoders, written by the encoder,
/// checked by the shared validator, merged as a value, and the clock the
/// weekly snapshot counts days and weeks in.
@Suite("Programme time zone")
struct ProgrammeTimeZoneTests {
    let time = Timestamp(rfc3339: "2026-11-26T09:00:00Z")!

    /// A small schema-2 file with `zone` spliced in as the `timeZone` member (its JSON text).
    private func file(zone: String?, schema: Int = 2) -> [UInt8] {
        let member = zone.map { ",\n  \"timeZone\": \($0)" } ?? ""
        return Array("""
            {
              "schema": \(schema),
              "title": "R"\(member),
              "workstreams": [{"id": "w", "title": "W", "milestones": [{"id": "A", "title": "a", "status": "planned"}]}]
            }
            """.utf8)
    }

    private func problems(_ bytes: [UInt8]) -> [String] {
        guard case .failure(.invalidRoadmap(_, let found)) = referenceDecode(bytes) else { return [] }
        return found.problems.map(\.description)
    }

    @Test("the built-in roadmap names Asia/Bangkok; both decoders read it, the encoder writes it after the notes")
    func builtIn() throws {
        let roadmap = BuiltInRoadmap.load()
        #expect(roadmap.timeZone == "Asia/Bangkok")
        #expect(roadmap.programmeZone == TimeZone(identifier: "Asia/Bangkok"))
        let text = String(decoding: RoadmapEncoder.encode(roadmap), as: UTF8.self)
        #expect(text == BuiltInRoadmap.json)
        let lines = text.split(separator: "\n")
        let notes = try #require(lines.firstIndex { $0.hasPrefix("  \"notes\"") })
        #expect(lines[notes + 1] == "  \"timeZone\": \"Asia/Bangkok\",")
    }

    @Test("a zone, null or none: the fast decoder gives the decoder's roadmap; encoding and decoding again gives the same")
    func roundTrip() throws {
        for (zone, expected) in [("\"Asia/Tokyo\"", "Asia/Tokyo"), ("null", nil), (nil, nil), ("\"UTC\"", "UTC")] as [(String?, String?)] {
            let bytes = file(zone: zone)
            let reference = try referenceDecode(bytes).get()
            #expect(reference.timeZone == expected)
            #expect(FastRoadmapDecoder.decode(bytes) == reference, "\(zone ?? "absent")")
            let again = RoadmapEncoder.encode(reference)
            #expect(FastRoadmapDecoder.decode(again) == reference)
            #expect(try referenceDecode(again).get() == reference)
        }
    }

    @Test("an unknown zone is a load problem at timeZone with a clear message; the fast path steps aside; the store refuses to write one")
    func unknownZone() throws {
        for zone in ["Asia/Tokio", "", "Mars/Olympus"] {
            let bytes = file(zone: "\"\(zone)\"")
            #expect(FastRoadmapDecoder.decode(bytes) == nil)
            #expect(problems(bytes) == ["timeZone: \"\(zone)\" is not a time zone; use an IANA name such as Asia/Bangkok or Asia/Tokyo"])
            var roadmap = BuiltInRoadmap.load()
            roadmap.timeZone = zone
            #expect(roadmap.loadProblems.map(\.description) == ["timeZone: \"\(zone)\" is not a time zone; use an IANA name such as Asia/Bangkok or Asia/Tokyo"])
        }
        #expect(problems(file(zone: "7")).first?.hasPrefix("timeZone: expected a string") == true)
        // A control character in the name is escaped in the message, and a long name is cut.
        var hostile = BuiltInRoadmap.load()
        hostile.timeZone = "\u{1B}[2J" + String(repeating: "x", count: 100)
        let message = try #require(hostile.loadProblems.first?.message)
        #expect(!message.contains("\u{1B}") && !message.contains(String(repeating: "x", count: 41)), "\(message)")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("r.json"))
        try store.create(BuiltInRoadmap.load(), overwrite: false)
        #expect(throws: RoadmapError.self) { try store.modify { $0.timeZone = "Asia/Tokio" } }
        #expect(try store.load().timeZone == "Asia/Bangkok", "the file is left as it was")
    }

    @Test("timeZone came with schema 2: a schema-1 file naming one is refused by name, by both decoders")
    func schemaOne() {
        let bytes = file(zone: "\"Asia/Tokyo\"", schema: 1)
        #expect(FastRoadmapDecoder.decode(bytes) == nil)
        #expect(problems(bytes).first?.hasPrefix("timeZone: comes with schema 2") == true, "\(problems(bytes))")
    }

    private func zoned(_ roadmap: Roadmap, _ zone: String?) -> Roadmap {
        var copy = roadmap
        copy.timeZone = zone
        return copy
    }

    @Test("merge: a zone changed on one side is taken; the same change on both is no conflict; different changes are one conflict, ours kept by the driver")
    func merge() throws {
        let base = BuiltInRoadmap.load()
        let tokyo = zoned(base, "Asia/Tokyo"), utc = zoned(base, "UTC")
        let oursOnly = ThreeWayMerge.merge(base: base, ours: tokyo, theirs: base, at: time)
        #expect(oursOnly.conflicts.isEmpty && oursOnly.merged.timeZone == "Asia/Tokyo")
        let theirsOnly = ThreeWayMerge.merge(base: base, ours: base, theirs: tokyo, at: time)
        #expect(theirsOnly.conflicts.isEmpty && theirsOnly.merged.timeZone == "Asia/Tokyo")
        let removed = ThreeWayMerge.merge(base: base, ours: zoned(base, nil), theirs: base, at: time)
        #expect(removed.conflicts.isEmpty && removed.merged.timeZone == nil)
        let same = ThreeWayMerge.merge(base: base, ours: tokyo, theirs: tokyo, at: time)
        #expect(same.conflicts.isEmpty && same.merged.timeZone == "Asia/Tokyo")
        // Ours also changed a milestone in place: the in-place merge path sees the zone too.
        var oursEdited = tokyo
        try oursEdited[oursEdited.locate("SC1")!].set(.owner, to: "MOI", at: time)
        var both = ThreeWayMerge.merge(base: base, ours: oursEdited, theirs: utc, at: time)
        let conflict = try #require(both.conflicts.first)
        #expect(both.conflicts.count == 1 && conflict.field == .timeZone)
        #expect((conflict.base, conflict.ours, conflict.theirs) == ("Asia/Bangkok", "Asia/Tokyo", "UTC"))
        #expect(both.merged.timeZone == "UTC", "theirs until resolved")
        #expect(both.merged[both.merged.locate("SC1")!].owner == "MOI")
        both.keepOurs(conflict, at: time)
        #expect(both.merged.timeZone == "Asia/Tokyo" && both.conflicts.isEmpty)
        let driven = GitMergeDriver.merge(base: base, ours: tokyo, theirs: utc, at: time)
        #expect(driven.merged.timeZone == "Asia/Tokyo" && driven.conflicts.map(\.field) == [.timeZone])
        #expect(GitMergeDriver.report(driven.conflicts, fileName: "r.json").contains(
            "  the programme's time zone: base \"Asia/Bangkok\", ours \"Asia/Tokyo\" (kept), theirs \"UTC\"; theirs is in the time zone's history; take it with `roadmap time-zone UTC`.\nThen `git add r.json` and commit.\n"))
        #expect(driven.merged.loadProblems.isEmpty)
    }

    @Test("the clock: --tz over the file's zone over the machine's")
    func clock() {
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!, york = TimeZone(identifier: "America/New_York")!
        let roadmap = BuiltInRoadmap.load()
        #expect(roadmap.clock(override: tokyo, fallback: york) == tokyo)
        #expect(roadmap.clock(fallback: york) == TimeZone(identifier: "Asia/Bangkok"))
        #expect(zoned(roadmap, nil).clock(fallback: york) == york)
    }
}
