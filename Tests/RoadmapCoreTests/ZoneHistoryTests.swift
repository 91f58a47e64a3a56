import Foundation
import Testing
@testable import RoadmapCore

/// The time zone's history (`timeZoneHistory`, schema 4): recorded by
/// `setTimeZone`, written one line per change, read alike by both decoders
/// (the fast path takes it), checked by the one validator, listed in the
/// log, used for past weeks, and merged as a set.
@Suite("Time zone history")
struct ZoneHistoryTests {
    private static func time(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }

    /// A small file declaring `schema` and zone `Asia/Tokyo`, with `history` as the `timeZoneHistory` member's JSON text.
    private func file(schema: Int = 4, history: String?) -> [UInt8] {
        let member = history.map { ",\n  \"timeZoneHistory\": \($0)" } ?? ""
        return Array("""
            {
              "schema": \(schema),
              "title": "R",
              "timeZone": "Asia/Tokyo"\(member),
              "workstreams": [{"id": "w", "title": "W", "milestones": [{"id": "A", "title": "a", "status": "planned"}]}]
            }

            """.utf8)
    }

    private let entry = #"{"at": "2026-12-10T02:00:00Z", "from": "Asia/Bangkok", "to": "Asia/Tokyo", "by": "山田", "reason": "METI hosts"}"#

    /// The problems the full decoder reports, as the store prints them (path: message).
    private func problems(_ bytes: [UInt8]) -> [String] {
        guard case .failure(.invalidRoadmap(_, let found)) = referenceDecode(bytes) else { return [] }
        return found.problems.map(\.description)
    }

    @Test("a change is recorded with when, who, from, to and why; setting the same zone records nothing; a time before the last entry is moved up to it")
    func recording() throws {
        var roadmap = BuiltInRoadmap.load()
        #expect(roadmap.zoneChanges.isEmpty, "the built-in roadmap's zone was never changed")
        let change = roadmap.setTimeZone("Asia/Tokyo", at: Self.time("2026-12-10T02:00:00Z"), by: "山田", reason: "METI hosts")
        #expect(change == ZoneChange(at: Self.time("2026-12-10T02:00:00Z"), from: "Asia/Bangkok", to: "Asia/Tokyo", by: "山田", reason: "METI hosts"))
        #expect(roadmap.timeZone == "Asia/Tokyo" && roadmap.zoneChanges == [change!])
        #expect(roadmap.setTimeZone("Asia/Tokyo", at: Self.time("2026-12-11T00:00:00Z"), by: "x") == nil)
        #expect(roadmap.zoneChanges.count == 1)
        let none = roadmap.setTimeZone(nil, at: Self.time("2026-12-01T00:00:00Z"), by: nil)
        #expect(none?.at == Self.time("2026-12-10T02:00:00Z") && none?.from == "Asia/Tokyo" && none?.to == nil)
        #expect(roadmap.loadProblems.isEmpty)
        // Set back and forth within one second: no entry repeats another (the validator refuses repeats).
        for zone in ["Asia/Tokyo", nil, "Asia/Tokyo", nil] as [String?] { roadmap.setTimeZone(zone, at: Self.time("2026-12-10T02:00:00Z"), by: "x") }
        #expect(roadmap.zoneChanges.count == 6 && roadmap.loadProblems.isEmpty, "\(roadmap.zoneChanges)")
    }

    @Test("the encoder writes schema 4 and one line per change after timeZone; both decoders read it to the same roadmap, and the fast path takes it")
    func writtenAndReadBack() throws {
        var roadmap = BuiltInRoadmap.load()
        roadmap.setTimeZone("Asia/Tokyo", at: Self.time("2026-12-10T02:00:00Z"), by: "山田", reason: "METI hosts")
        roadmap.setTimeZone(nil, at: Self.time("2026-12-11T02:00:00Z"), by: nil)
        let bytes = RoadmapEncoder.encode(roadmap)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let zone = try #require(lines.firstIndex { $0.hasPrefix("  \"timeZoneHistory\"") })
        #expect(lines[1] == "  \"schema\": 4,")
        #expect(Array(lines[zone...(zone + 3)]) == [
            "  \"timeZoneHistory\": [",
            "    {\"at\": \"2026-12-10T02:00:00Z\", \"from\": \"Asia/Bangkok\", \"to\": \"Asia/Tokyo\", \"by\": \"山田\", \"reason\": \"METI hosts\"},",
            "    {\"at\": \"2026-12-11T02:00:00Z\", \"from\": \"Asia/Tokyo\", \"to\": null}",
            "  ],",
        ])
        let reference = try referenceDecode(bytes).get()
        #expect(reference == roadmap && reference.schema == 4)
        let fast = try #require(FastRoadmapDecoder.decode(bytes), "the fast path takes a file with the zone's history")
        #expect(fast == reference && fast.schema == 4)
        #expect(RoadmapEncoder.encode(fast) == bytes, "loading and saving gives the same bytes")
        // Written by hand in any order of keys and spacing: still the fast path, the same roadmap.
        let spelled = file(history: #"[ {"reason":"METI hosts","by":"山田","to":"Asia/Tokyo","from":"Asia/Bangkok","at":"2026-12-10T02:00:00Z"} ]"#)
        let handWritten = try referenceDecode(spelled).get()
        #expect(FastRoadmapDecoder.decode(spelled) == handWritten)
        #expect(handWritten.zoneChanges == [ZoneChange(at: Self.time("2026-12-10T02:00:00Z"), from: "Asia/Bangkok", to: "Asia/Tokyo", by: "山田", reason: "METI hosts")])
    }

    @Test("a file whose zone was never changed is written as before: schema 3 with a zone, no timeZoneHistory, readable by older builds")
    func noHistoryNoNewSchema() throws {
        let bytes = RoadmapEncoder.encode(BuiltInRoadmap.load())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"schema\": 3,") && !text.contains("timeZoneHistory"))
        #expect(FastRoadmapDecoder.decode(file(history: "[]"))?.zoneChanges == [], "an empty history is no history")
    }

    @Test("a history in a file that says schema 2 or 3 is refused by name in both decoders")
    func olderSchemaRefusesIt() throws {
        for schema in [2, 3] {
            let bytes = file(schema: schema, history: "[\(entry)]")
            #expect(FastRoadmapDecoder.decode(bytes) == nil)
            #expect(problems(bytes) == ["timeZoneHistory: comes with schema 4, but the file says schema \(schema); set \"schema\": 4 (or let roadmap write the file)"])
        }
        #expect(problems(file(schema: 1, history: "[]")).contains { $0.hasPrefix("timeZoneHistory: comes with schema 2") })
    }

    /// Hostile or broken histories, each with the exact problems the store reports (path: message).
    static let hostile: [(history: String, problems: [String])] = [
        ("5", ["timeZoneHistory: expected an array, found a number"]),
        (#"{"at": "2026-12-10T02:00:00Z"}"#, ["timeZoneHistory: expected an array, found an object"]),
        ("[5]", ["timeZoneHistory[0]: expected an object, found a number"]),
        (#"[{"at": "2026-12-10T02:00:00Z", "from": "Asia/Bangkok", "to": "Asia/Tokio"}]"#,
         [#"timeZoneHistory[0].to: "Asia/Tokio" is not a time zone; use an IANA name such as Asia/Bangkok, or null for none"#]),
        (#"[{"at": "2026-12-10T02:00:00Z", "from": "", "to": "Asia/Tokyo"}]"#,
         [#"timeZoneHistory[0].from: "" is not a time zone; use an IANA name such as Asia/Bangkok, or null for none"#]),
        (#"[{"at": "2026-12-10T02:00:00Z", "from": "\u001b[2J", "to": "Asia/Tokyo"}]"#,
         [#"timeZoneHistory[0].from: "\e[2J" is not a time zone; use an IANA name such as Asia/Bangkok, or null for none"#]),
        (#"[{"at": "2026-12-10T02:00:00Z", "from": "Asia/Tokyo", "to": "Asia/Tokyo"}]"#,
         ["timeZoneHistory[0]: changes the zone to the one it was (Asia/Tokyo); remove the entry"]),
        (#"[{"at": "2026-12-10T02:00:00Z", "from": "Asia/Bangkok", "to": "UTC"}, {"at": "2026-12-09T02:00:00Z", "from": "UTC", "to": "Asia/Tokyo"}]"#,
         ["timeZoneHistory[1].at: 2026-12-09T02:00:00Z is earlier than the entry before it (2026-12-10T02:00:00Z); entries are oldest first"]),
        (#"[{"at": "2026-12-10T02:00:00Z", "from": "Asia/Bangkok", "to": "Asia/Tokyo"}, {"at": "2026-12-10T02:00:00Z", "from": "Asia/Bangkok", "to": "Asia/Tokyo"}]"#,
         ["timeZoneHistory[1]: the same entry as timeZoneHistory[0]; remove one"]),
        (#"[{"at": "yesterday", "from": "Asia/Bangkok", "to": "Asia/Tokyo"}]"#,
         [#"timeZoneHistory[0].at: "yesterday" is not a UTC time (expected YYYY-MM-DDTHH:MM:SSZ)"#]),
        (#"[{"from": "Asia/Bangkok", "to": "Asia/Tokyo"}]"#, ["timeZoneHistory[0].at: missing"]),
        (#"[{"at": "2026-12-10T02:00:00Z", "to": "Asia/Tokyo"}]"#, ["timeZoneHistory[0].from: missing (null for no zone)"]),
        (#"[{"at": "2026-12-10T02:00:00Z", "from": 7, "to": ["Asia/Tokyo"], "by": true, "reason": {}}]"#, [
            "timeZoneHistory[0].from: expected a string, found a number", "timeZoneHistory[0].to: expected a string, found an array",
            "timeZoneHistory[0].by: expected a string, found a boolean", "timeZoneHistory[0].reason: expected a string, found an object",
        ]),
        (#"[{"at": "2026-12-10T02:00:00Z", "from": null, "to": "Asia/Tokyo", "field": "timeZone"}]"#,
         [#"timeZoneHistory[0]: unknown key "field" (expected at, from, to, by, reason)"#]),
        (#"[{"at": "2026-12-10T02:00:00Z", "at": "2026-12-11T02:00:00Z", "from": null, "to": "Asia/Tokyo"}]"#,
         ["timeZoneHistory[0].at: duplicate key"]),
    ]

    @Test("hostile histories: the fast path steps aside and the store names each problem at its path", arguments: 0..<hostile.count)
    func hostileInput(index: Int) throws {
        let (history, expected) = Self.hostile[index]
        let bytes = file(history: history)
        #expect(FastRoadmapDecoder.decode(bytes) == nil)
        #expect(problems(bytes) == expected, "\(history)")
        #expect(throws: RoadmapError.self) { try RoadmapStore.decode(bytes, path: "r.json") }
    }

    @Test("a history broken as JSON is reported at its line and column")
    func syntaxAtLineAndColumn() throws {
        let bytes = file(history: #"[{"at": "2026-12-10T02:00:00Z", "from": null "to": "Asia/Tokyo"}]"#)
        #expect(throws: RoadmapError.self) { try RoadmapStore.decode(bytes, path: "r.json") }
        guard case .failure(let error) = referenceDecode(bytes, path: "r.json") else {
            Issue.record("loaded")
            return
        }
        #expect(error.description.hasPrefix("r.json:5:67: not valid JSON"), "\(error.description)")
    }

    @Test("a writer cannot write a bad history: the store refuses it and leaves the file as it was")
    func writersAreChecked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = RoadmapStore(path: folder.file("r.json"))
        try store.create(BuiltInRoadmap.load(), overwrite: false)
        let late = Self.time("2026-12-10T02:00:00Z")
        #expect(throws: RoadmapError.self) {
            try store.modify { $0.zoneChanges = [ZoneChange(at: late, from: "Asia/Bangkok", to: "Mars/Base")] }
        }
        #expect(throws: RoadmapError.self) {
            try store.modify { roadmap in
                roadmap.setTimeZone("Asia/Tokyo", at: late, by: nil)
                roadmap.zoneChanges.insert(ZoneChange(at: Timestamp(secondsSinceEpoch: late.secondsSinceEpoch + 60), from: "UTC", to: "Asia/Bangkok"), at: 0)
            }
        }
        #expect(try store.load().zoneChanges.isEmpty, "the file is left as it was")
        try store.modify { roadmap in _ = roadmap.setTimeZone("Asia/Tokyo", at: late, by: "山田", reason: "METI hosts") }
        let bytes = try store.readBytes()
        #expect(FastRoadmapDecoder.decode(bytes) == (try referenceDecode(bytes).get()))
        #expect(try store.load().zoneChanges.map(\.to) == ["Asia/Tokyo"])
    }

    @Test("the log lists a change of the zone as one of the whole roadmap: --since and --author pick it, a workstream or milestone filter leaves it out")
    func inTheLog() {
        var roadmap = BuiltInRoadmap.load()
        roadmap.setTimeZone("Asia/Tokyo", at: Self.time("2026-12-10T02:00:00Z"), by: "山田 太郎", reason: "METI hosts")
        let all = RoadmapLog.changes(in: roadmap)
        let first = try! #require(all.first)
        #expect(first.isWholeRoadmap && first.workstreamID.isEmpty && first.author == "山田 太郎")
        #expect(first.entry == HistoryEntry(at: Self.time("2026-12-10T02:00:00Z"), field: "timeZone", from: "Asia/Bangkok", to: "Asia/Tokyo", by: "山田 太郎", reason: "METI hosts"))
        #expect(all.count == RoadmapLog.changes(in: BuiltInRoadmap.load()).count + 1)
        let since = roadmap.start(of: CalendarDay(iso: "2026-12-10")!)
        #expect(since == Self.time("2026-12-09T15:00:00Z"), "Thursday on Tokyo's clock, the week's")
        #expect(RoadmapLog.changes(in: roadmap, filter: .init(from: since)).map(\.isWholeRoadmap) == [true])
        #expect(RoadmapLog.changes(in: roadmap, filter: .init(from: roadmap.start(of: CalendarDay(iso: "2026-12-11")!))).isEmpty)
        #expect(RoadmapLog.changes(in: roadmap, filter: .init(author: "山田")).map(\.isWholeRoadmap) == [true])
        #expect(!RoadmapLog.changes(in: roadmap, filter: .init(workstream: roadmap.workstreams[0].id)).contains { $0.isWholeRoadmap })
        #expect(!RoadmapLog.changes(in: roadmap, filter: .init(milestones: ["SC2"])).contains { $0.isWholeRoadmap })
    }
}
