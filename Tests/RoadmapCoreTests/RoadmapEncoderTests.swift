import Foundation
import Testing
import RoadmapCore

@Suite("RoadmapEncoder")
struct RoadmapEncoderTests {
    private func decode(_ bytes: [UInt8]) throws -> Roadmap {
        try RoadmapStore.decode(bytes, path: "test")
    }

    /// A roadmap that uses every field the format has, with text that needs escaping.
    static func everything() -> Roadmap {
        let awkward = "line one\nline \"two\"\r\n\ttab \\ slash / ESC\u{1B}[2J BEL\u{07} DEL\u{7F} NEL\u{85} CSI\u{9B} NUL\u{0} ไทย 日本語 น้ำ 😀"
        return Roadmap(
            title: Fixture.trilingual("Roadmap", "แผนที่นำทาง", "ロードマップ"),
            notes: "Roadmap notes:\n\(awkward)",
            workstreams: [
                Workstream(id: "supply-chain", title: Fixture.trilingual("Supply", "ห่วงโซ่", "供給"), milestones: [
                    Milestone(
                        id: "SC1", title: Fixture.trilingual("First", "แรก", "最初"), status: .inProgress,
                        due: Fixture.day("2026-03-31"), owner: "OIE \u{1B}]0;x\u{07}", notes: awkward,
                        history: [
                            HistoryEntry(at: Fixture.time("2026-01-01T00:00:00Z"), field: "created", from: nil, to: "planned"),
                            HistoryEntry(at: Fixture.time("2026-02-03T04:05:06Z"), field: "status", from: "planned", to: "in-progress"),
                            HistoryEntry(at: Fixture.time("2026-02-04T00:00:00Z"), field: "notes", from: "old \"q\"\n", to: awkward),
                            HistoryEntry(at: Fixture.time("2026-02-05T00:00:00Z"), field: "due", from: "2026-03-01", to: nil),
                        ]
                    ),
                    Milestone(id: "SC2", title: LocalizedText("Plain \u{1B}title"), status: .dropped),
                ]),
                Workstream(id: "empty", title: LocalizedText("No milestones yet")),
                Workstream(id: "ce", title: LocalizedText(translations: [.init(language: "th", text: "เศรษฐกิจหมุนเวียน")]), milestones: [
                    Milestone(id: "CE1", title: LocalizedText("x"), status: .blocked, due: Fixture.day("2028-12-22"), owner: ""),
                ]),
            ]
        )
    }

    @Test func builtInRoadmapReEncodesToTheSameBytes() throws {
        let seed = Array(BuiltInRoadmap.json.utf8)
        #expect(RoadmapEncoder.encode(try decode(seed)) == seed)
    }

    @Test func seedFileReEncodesToTheSameBytes() throws {
        let seed = Array(try Data(contentsOf: RepoPaths.seedRoadmap))
        #expect(RoadmapEncoder.encode(try decode(seed)) == seed)
    }

    @Test func encodeDecodeEncodeIsStable() throws {
        let roadmap = Self.everything()
        let first = RoadmapEncoder.encode(roadmap)
        let decoded = try decode(first)
        #expect(decoded == roadmap)
        #expect(RoadmapEncoder.encode(decoded) == first)
    }

    @Test func emptyRoadmapIsStable() throws {
        let roadmap = Roadmap(title: LocalizedText(""), workstreams: [])
        let bytes = RoadmapEncoder.encode(roadmap)
        #expect(bytes.utf8String == "{\n  \"schema\": 2,\n  \"title\": \"\",\n  \"workstreams\": []\n}\n")
        #expect(try decode(bytes) == roadmap)
    }

    @Test func plainTitlesStayPlain() throws {
        let decoded = try decode(RoadmapEncoder.encode(Self.everything()))
        #expect(decoded.workstreams[0].milestones[1].title.isPlain)
        #expect(decoded.workstreams[1].title.isPlain)
        #expect(!decoded.workstreams[0].title.isPlain)
    }

    @Test func outputHasNoRawControlCharactersAndKeepsThaiAndJapaneseReadable() throws {
        let text = RoadmapEncoder.encode(Self.everything()).utf8String
        for scalar in text.unicodeScalars where scalar != "\n" {
            #expect(scalar.properties.generalCategory != .control, "raw U+\(String(scalar.value, radix: 16))")
        }
        #expect(text.contains(#"ESC\u001b[2J BEL\u0007 DEL\u007f NEL\u0085 CSI\u009b NUL\u0000"#))
        #expect(text.contains(#"line one\nline \"two\"\r\n\ttab \\ slash / "#))
        #expect(text.contains("ไทย 日本語 น้ำ 😀"))
        #expect(text.contains("\"th\": \"แผนที่นำทาง\""))
    }

    @Test func writesTheDocumentedLayout() {
        let roadmap = Roadmap(title: LocalizedText("T"), workstreams: [
            Workstream(id: "w", title: Fixture.trilingual("W", "ว", "ダ"), milestones: [
                Milestone(id: "A1", title: LocalizedText("t"), status: .done, due: Fixture.day("2026-03-31"), owner: "OIE", notes: "n",
                          history: [
                              HistoryEntry(at: Fixture.time("2026-11-26T09:30:00Z"), field: "status", from: "planned", to: "done"),
                              HistoryEntry(at: Fixture.time("2026-11-27T09:30:00Z"), field: "owner", from: nil, to: "OIE"),
                          ]),
            ]),
        ])
        let expected = """
        {
          "schema": 2,
          "title": "T",
          "workstreams": [
            {
              "id": "w",
              "title": {
                "en": "W",
                "th": "ว",
                "ja": "ダ"
              },
              "milestones": [
                {
                  "id": "A1",
                  "title": "t",
                  "status": "done",
                  "due": "2026-03-31",
                  "owner": "OIE",
                  "notes": "n",
                  "history": [
                    {"at": "2026-11-26T09:30:00Z", "field": "status", "from": "planned", "to": "done"},
                    {"at": "2026-11-27T09:30:00Z", "field": "owner", "from": null, "to": "OIE"}
                  ]
                }
              ]
            }
          ]
        }

        """
        #expect(RoadmapEncoder.encode(roadmap).utf8String == expected)
    }

    @Test func optionalFieldsAreLeftOutWhenAbsent() {
        let roadmap = Roadmap(title: LocalizedText("T"), workstreams: [
            Workstream(id: "w", title: LocalizedText("W"), milestones: [Milestone(id: "A1", title: LocalizedText("t"))]),
        ])
        let text = RoadmapEncoder.encode(roadmap).utf8String
        #expect(!text.contains("\"due\""))
        #expect(!text.contains("\"owner\""))
        #expect(!text.contains("\"notes\""))
        #expect(text.contains("\"history\": []"))
        #expect(text.contains("\"status\": \"planned\""))
    }

    /// The first and last line index (in `lines`) of the block of the milestone with `id`.
    private func block(of id: String, in lines: [Substring]) throws -> ClosedRange<Int> {
        let idLine = try #require(lines.firstIndex(of: "          \"id\": \"\(id)\","[...]))
        let open = idLine - 1
        #expect(lines[open] == "        {")
        let close = try #require(lines[idLine...].firstIndex { $0 == "        }" || $0 == "        }," })
        return open...close
    }

    /// The lines that differ between `old` and `new`, as ranges after removing the common prefix and suffix.
    private func changedRegion(_ old: [Substring], _ new: [Substring]) -> (old: Range<Int>, new: Range<Int>) {
        var prefix = 0
        while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        return (prefix..<old.count - suffix, prefix..<new.count - suffix)
    }

    @Test(arguments: ["SC1", "SC4", "SME3", "CE7"])
    func statusChangeOnlyTouchesThatMilestonesBlock(_ id: String) throws {
        var roadmap = BuiltInRoadmap.load()
        let before = RoadmapEncoder.encode(roadmap).utf8String.split(separator: "\n", omittingEmptySubsequences: false)
        let location = try #require(roadmap.locate(id))
        let newStatus: Status = roadmap[location].status == .blocked ? .done : .blocked
        #expect(try roadmap[location].set(.status, to: newStatus.rawValue, at: Fixture.time("2026-12-01T08:00:00Z")))
        let after = RoadmapEncoder.encode(roadmap).utf8String.split(separator: "\n", omittingEmptySubsequences: false)

        let region = changedRegion(before, after)
        #expect(!region.old.isEmpty)
        let oldBlock = try block(of: id, in: before)
        let newBlock = try block(of: id, in: after)
        #expect(oldBlock.contains(region.old.lowerBound) && oldBlock.contains(region.old.upperBound - 1))
        #expect(newBlock.contains(region.new.lowerBound) && newBlock.contains(region.new.upperBound - 1))
        // Outside the block, every line is the same.
        #expect(before[..<oldBlock.lowerBound] == after[..<newBlock.lowerBound])
        #expect(before[(oldBlock.upperBound + 1)...] == after[(newBlock.upperBound + 1)...])
        // Inside it: the status line and the history.
        let changedNew = Set(after[region.new].map(String.init))
        let changedOld = Set(before[region.old].map(String.init))
        #expect(changedNew.subtracting(changedOld).contains("          \"status\": \"\(newStatus.rawValue)\","))
        #expect(after[region.new].contains { $0.contains(#""field": "status""#) && $0.contains(#""to": "\#(newStatus.rawValue)""#) })
        #expect(after.count - before.count == 2)  // "history": [] becomes three lines
    }

    @Test func secondChangeAddsOneHistoryLine() throws {
        var roadmap = BuiltInRoadmap.load()
        let location = try #require(roadmap.locate("SC2"))
        try roadmap[location].set(.status, to: "at-risk", at: Fixture.time("2026-12-01T08:00:00Z"))
        let before = RoadmapEncoder.encode(roadmap).utf8String.split(separator: "\n", omittingEmptySubsequences: false)
        try roadmap[location].set(.due, to: "2027-09-30", at: Fixture.time("2026-12-02T08:00:00Z"))
        let after = RoadmapEncoder.encode(roadmap).utf8String.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(after.count == before.count + 1)
        let region = changedRegion(before, after)
        let block = try block(of: "SC2", in: after)
        #expect(block.contains(region.new.lowerBound) && block.contains(region.new.upperBound - 1))
        #expect(after.contains("          \"due\": \"2027-09-30\","))
    }
}
