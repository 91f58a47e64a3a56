import Foundation
import RoadmapCore
import Testing

/// `roadmap set`: what it writes, and what it refuses.
@Suite("roadmap set")
struct SetCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// The built-in roadmap with one milestone replaced by what the file now holds.
    private func expectOnlyChanged(_ id: String, in roadmap: Roadmap, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var expected = BuiltInRoadmap.load()
        let location = try #require(expected.locate(id), sourceLocation: sourceLocation)
        expected[location] = roadmap[try #require(roadmap.locate(id), sourceLocation: sourceLocation)]
        #expect(roadmap == expected, "only \(id) may change", sourceLocation: sourceLocation)
    }

    @Test("--status done persists, appends one history entry, and is a diff inside that milestone only")
    func statusDone() async throws {
        let before = try Fixtures.bytes(file)
        let start = Int64(Date().timeIntervalSince1970) - 1
        let result = try await sandbox.roadmap("set", "sc3", "--status", "done", "--file", file.path)
        let end = Int64(Date().timeIntervalSince1970) + 1
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "SC3: status planned → done\n", "\(result)")

        let roadmap = try Fixtures.load(file)
        let milestone = roadmap[try #require(roadmap.locate("SC3"))]
        #expect(milestone.status == .done)
        try #require(milestone.history.count == 1, "\(milestone.history)")
        let entry = milestone.history[0]
        #expect(entry.field == "status")
        #expect(entry.from == "planned")
        #expect(entry.to == "done")
        #expect((start...end).contains(entry.at.secondsSinceEpoch), "\(entry.at) is not now")
        try expectOnlyChanged("SC3", in: roadmap)

        // The diff: the status line, and `"history": []` opened up to hold one entry line.
        let old = LineDiff.lines(before), new = LineDiff.lines(try Fixtures.bytes(file))
        let hunks = LineDiff.hunks(old: old, new: new)
        let block = try #require(Self.milestoneBlock("SC3", in: old))
        for hunk in hunks {
            #expect(block.contains(hunk.oldRange.lowerBound) && hunk.oldRange.upperBound <= block.upperBound, "\(hunk) outside SC3")
        }
        let removed = hunks.flatMap { old[$0.oldRange] }
        let added = hunks.flatMap { new[$0.newRange] }
        #expect(removed == [#"          "status": "planned","#, #"          "history": []"#])
        try #require(added.count == 4, "\(added)")
        #expect(added[0] == #"          "status": "done","#)
        #expect(added[1] == #"          "history": ["#)
        let pattern = #/^            \{"at": "(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)", "field": "status", "from": "planned", "to": "done", "by": "[^"]+"\}$/#
        let match = try #require(added[2].wholeMatch(of: pattern), "\(added[2])")
        #expect(Timestamp(rfc3339: String(match.1)) == entry.at)
        #expect(added[3] == "          ]")
        #expect(hunks.count <= 2, "\(hunks)")
    }

    @Test("a second change adds exactly one more history line to the same block")
    func secondChange() async throws {
        _ = try await sandbox.roadmap("set", "SC3", "--status", "in-progress", "--file", file.path)
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap("set", "SC3", "--owner", "BOI / JETRO", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        let old = LineDiff.lines(before), new = LineDiff.lines(try Fixtures.bytes(file))
        let hunks = LineDiff.hunks(old: old, new: new)
        let block = try #require(Self.milestoneBlock("SC3", in: old))
        #expect(hunks.allSatisfy { block.contains($0.oldRange.lowerBound) && $0.oldRange.upperBound <= block.upperBound }, "\(hunks)")
        // The owner line, the previous last history line (gains a comma), and the new history line.
        #expect(hunks.flatMap { old[$0.oldRange] }.count == 2, "\(hunks)")
        #expect(hunks.flatMap { new[$0.newRange] }.count == 3, "\(hunks)")
        let milestone = try Fixtures.load(file)[try #require(try Fixtures.load(file).locate("SC3"))]
        #expect(milestone.owner == "BOI / JETRO")
        #expect(milestone.history.map(\.field) == ["status", "owner"])
        #expect(milestone.history.last?.from == "BOI")
    }

    @Test("--title with --lang changes only that language's title, wherever --lang is written")
    func titleInOneLanguage() async throws {
        let original = BuiltInRoadmap.load()[try #require(BuiltInRoadmap.load().locate("SC3"))].title
        let thai = try await sandbox.roadmap("set", "SC3", "--title", "เซมิคอนดักเตอร์", "--lang", "th", "--file", file.path)
        #expect(thai.exitCode == 0, "\(thai)")
        let japanese = try await sandbox.roadmap("--lang", "ja", "set", "SC3", "--title", "半導体", "--file", file.path)
        #expect(japanese.exitCode == 0, "\(japanese)")
        let roadmap = try Fixtures.load(file)
        let milestone = roadmap[try #require(roadmap.locate("SC3"))]
        #expect(milestone.title.text(in: "th") == "เซมิคอนดักเตอร์")
        #expect(milestone.title.text(in: "ja") == "半導体")
        #expect(milestone.title.text(in: "en") == original.text(in: "en"), "the English title is untouched")
        #expect(milestone.history.map(\.field) == ["title.th", "title.ja"])
        #expect(milestone.history.first?.from == original.text(in: "th"))
    }

    @Test("setting the value a field already has changes nothing, not even the bytes")
    func unchangedValue() async throws {
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap("set", "SC1", "--status", "done", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("nothing changed"), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("--due +Nw counts from SC1's due date (2026-03-31), as in the UI; today and tomorrow from a pinned --today", arguments: [
        ("2026-02-20", "+2w", "2026-04-14"),
        ("2026-02-20", "+10d", "2026-04-10"),
        ("2026-01-31", "+1m", "2026-04-30"),
        ("2028-02-28", "tomorrow", "2028-02-29"),
        ("2026-03-01", "-1d", "2026-03-30"),
        ("2026-12-31", "today", "2026-12-31"),
        ("2026-12-31", "2027-04-15", "2027-04-15"),
    ])
    func relativeDue(today: String, input: String, expected: String) async throws {
        // SC1 starts 2025-12-09, before every expected date (CE1's start, 2027-01-04, would refuse the earlier ones).
        let result = try await sandbox.roadmap("set", "SC1", "--due", input, "--today", today, "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        let roadmap = try Fixtures.load(file)
        let milestone = roadmap[try #require(roadmap.locate("SC1"))]
        #expect(milestone.due?.description == expected)
        #expect(milestone.history.last.map { [$0.field, $0.from, $0.to] } == ["due", "2026-03-31", expected])
    }

    @Test("--due none removes the due date and records it in the history")
    func dueNone() async throws {
        let result = try await sandbox.roadmap("set", "CE1", "--due", "none", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        let roadmap = try Fixtures.load(file)
        let milestone = roadmap[try #require(roadmap.locate("CE1"))]
        #expect(milestone.due == nil)
        #expect(milestone.history.last.map { [$0.field, $0.from, $0.to] } == ["due", "2027-12-24", nil])
        let text = String(decoding: try Fixtures.bytes(file), as: UTF8.self)
        #expect(text.contains(#""field": "due", "from": "2027-12-24", "to": null, "by": "#))
        let block = try #require(Self.milestoneBlock("CE1", in: LineDiff.lines(try Fixtures.bytes(file))))
        #expect(!LineDiff.lines(try Fixtures.bytes(file))[block].contains { $0.contains(#""due":"#) })
        try expectOnlyChanged("CE1", in: roadmap)
    }

    @Test("a date that is not a date is exit 65 and leaves the file's bytes as they were", arguments: [
        "2026-02-30", "2026-13-01", "next week", "+2x", "26-01-01", "",
    ])
    func badDate(input: String) async throws {
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap("set", "SC3", "--due", input, "--status", "done", "--file", file.path)
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stderr.contains("not a date"), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("an unknown status is exit 65 and changes nothing, not even the other fields given")
    func badStatus() async throws {
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap("set", "SC3", "--owner", "X", "--status", "finished", "--file", file.path)
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stderr.contains("finished"), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("an unknown id is exit 65 and names the id")
    func unknownID() async throws {
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap("set", "ZZ9", "--status", "done", "--file", file.path)
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stderr.contains("ZZ9"), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("set without anything to change is a usage error, exit 64")
    func nothingToChange() async throws {
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap("set", "SC3", "--file", file.path)
        #expect(result.exitCode == 64, "\(result)")
        #expect(result.stderr.hasPrefix("Error: Nothing to change: give --status, "), "\(result)")
        #expect(result.stderr.hasSuffix("See 'roadmap set --help' for more information.\n"), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("a mistyped option alone is named as unknown, with what was meant, not as nothing to change", arguments: [
        ["set", "SC3", "--stauts", "done"], ["set", "SC3", "--stauts", "done", "--owner", "X"], ["set", "--stauts", "done", "SC3"],
    ])
    func mistypedOptionAlone(arguments: [String]) async throws {
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap(arguments + ["--file", file.path])
        #expect(result.exitCode == 64, "\(result)")
        #expect(result.stderr.hasPrefix("Error: Unknown option '--stauts'. Did you mean '--status'?\nUsage: roadmap set "), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
    }

    /// The lines of a milestone's object in the stable file form: from its
    /// `{` to its closing `}` (exclusive upper bound).
    static func milestoneBlock(_ id: String, in lines: [String]) -> Range<Int>? {
        guard let idLine = lines.firstIndex(of: #"          "id": "\#(id)","#), idLine > 0,
              lines[idLine - 1] == "        {" else { return nil }
        guard let close = lines[idLine...].firstIndex(where: { $0 == "        }" || $0 == "        }," }) else { return nil }
        return (idLine - 1)..<(close + 1)
    }
}
