import Foundation
import Testing
@testable import RoadmapCore

/// A refused file's problems name the line and column they are at, and the
/// milestone or workstream by id (try-22a finding 6), whichever decoder met
/// the file first and however it was read; columns count characters, as
/// syntax errors do.
@Suite("problems located in the file")
struct ProblemLocationTests {
    /// The store's refusal of `bytes` (the fast decoder steps aside; the full one words it).
    private func refusal(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> SchemaProblems? {
        #expect(FastRoadmapDecoder.decode(bytes) == nil, "the fast decoder refuses it", sourceLocation: sourceLocation)
        do {
            _ = try RoadmapStore.decode(bytes, path: "r.json")
            Issue.record("loaded", sourceLocation: sourceLocation)
        } catch .invalidRoadmap(_, let problems) {
            return problems
        } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    /// The 1-based line and character column of the first `needle` after `after` in `text`, counted here
    /// independently of ``TextPosition``: lines split at LF, a CR dropped, characters as Unicode scalars.
    private func position(of needle: String, after: String = "", in text: String) throws -> TextPosition {
        let from = after.isEmpty ? text.startIndex : try #require(text.range(of: after)).upperBound
        let found = try #require(text.range(of: needle, range: from..<text.endIndex))
        let before = text[..<found.lowerBound]
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        return TextPosition(line: lines.count, column: lines.last!.unicodeScalars.count + 1)
    }

    /// A roadmap of `count` milestones per workstream, with Thai titles and notes (about 300 bytes each).
    private func roadmap(milestonesPerWorkstream count: Int) -> Roadmap {
        let workstreams = ["sc", "sme", "ce"].map { ws in
            Workstream(id: ws, title: LocalizedText(ws), milestones: (1...count).map { n in
                Milestone(id: "\(ws.uppercased())\(n)", title: Fixture.trilingual("Milestone \(n)", "ผู้ประกอบการ \(n)", "里程標 \(n)"),
                          status: .planned, due: Fixture.day("2027-01-31"), owner: "OIE", notes: "ยานยนต์ไฟฟ้า note \(n)")
            })
        }
        return Roadmap(title: LocalizedText("Big"), workstreams: workstreams)
    }

    /// `text` with the last occurrence of `old` replaced.
    private func replacingLast(_ old: String, with new: String, in text: String) throws -> String {
        let range = try #require(text.range(of: old, options: .backwards))
        return text.replacingCharacters(in: range, with: new)
    }

    @Test("a bad status in the last milestone: its line, the value's column and the milestone's id")
    func lastMilestone() throws {
        let text = try replacingLast(#""status": "planned""#, with: #""status": "finished""#,
                                     in: RoadmapEncoder.encode(roadmap(milestonesPerWorkstream: 300)).utf8String)
        let problems = try #require(refusal(Array(text.utf8)))
        let problem = try #require(problems.problems.first)
        #expect(problems.problems.count == 1)
        #expect(problem.path == "workstreams[2].milestones[299].status")
        let expected = try position(of: #""finished""#, in: text)
        #expect(problem.location == FileProblem.Location(position: expected, place: "milestone CE300 status"))
        #expect(expected.line > 5_000 && expected.column == 21, "deep in the file, at the value")
        #expect(problem.line(in: "r.json") == #"r.json:\#(expected.line):21: milestone CE300 status: "finished" is not a status (expected one of planned, in-progress, at-risk, blocked, done, dropped)"#)
        #expect(RoadmapError.invalidRoadmap(path: "r.json", problems).description
            == "r.json: not a valid roadmap (1 problem); the file was not changed:\n" + problem.line(in: "r.json"))
    }

    @Test("a dependency that is no milestone: the entry in the list, not the list")
    func dependencyList() throws {
        var model = Fixture.small()
        model.workstreams[0].milestones[1].depends = ["A1", "B1"]
        let text = RoadmapEncoder.encode(model).utf8String.replacingOccurrences(of: #""B1"]"#, with: #""B9"]"#)
        let problem = try #require(refusal(Array(text.utf8))?.problems.first)
        #expect(problem.path == "workstreams[0].milestones[1].depends[1]")
        #expect(problem.location == FileProblem.Location(position: try position(of: #""B9""#, in: text), place: "milestone A2 depends[1]"))
        #expect(problem.message == #""B9" is not a milestone of this roadmap"#)
    }

    @Test("a cycle is named at the first milestone's entry for the next")
    func cycle() throws {
        var model = Fixture.small()
        model.workstreams[0].milestones[0].depends = ["B1", "A2"]
        model.workstreams[0].milestones[1].depends = ["A1"]
        let text = RoadmapEncoder.encode(model).utf8String
        let problem = try #require(refusal(Array(text.utf8))?.problems.first)
        #expect(problem.message.hasPrefix("a cycle: A1 → A2 → A1"))
        #expect(problem.location == FileProblem.Location(position: try position(of: #""A2""#, after: #""depends""#, in: text),
                                                         place: "milestone A1 depends[1]"))
    }

    @Test("a key given twice: the second copy's key, in a milestone, a title and at the top; a key given three times: each copy")
    func keyGivenTwice() throws {
        let base = RoadmapEncoder.encode(Fixture.small()).utf8String
        var text = base.replacingOccurrences(of: #""status": "planned""#, with: #""status": "planned", "status": "done", "status": "x""#)
        text = text.replacingOccurrences(of: #""en": "Plan","#, with: #""en": "Plan", "en": "Plan again","#)
        text = text.replacingOccurrences(of: #""title": "Test roadmap","#, with: #""title": "Test roadmap", "title": "again","#)
        let problems = try #require(refusal(Array(text.utf8))).problems
        let placed = problems.map { "\($0.location?.place ?? "?") \($0.message)" }
        #expect(placed == ["title duplicate key", "milestone A1 title.en duplicate key", "milestone B1 status duplicate key", "milestone B1 status duplicate key"])
        #expect(problems.map { $0.location?.position } == [
            try position(of: #""title""#, after: #""title": "Test roadmap", "#, in: text),
            try position(of: #""en""#, after: #""en": "Plan", "#, in: text),
            try position(of: #""status""#, after: #""status": "planned", "#, in: text),
            try position(of: #""status""#, after: #""status": "done", "#, in: text),
        ])
    }

    @Test("an unknown key is found at the key; a missing one at the object it is missing from")
    func unknownAndMissingKeys() throws {
        let text = RoadmapEncoder.encode(Fixture.small()).utf8String
            .replacingOccurrences(of: #""owner": "OIE""#, with: #""owner": "OIE", "colour": "red""#)
            .replacingOccurrences(of: #""status": "planned","#, with: "")
        let problems = try #require(refusal(Array(text.utf8))).problems
        #expect(problems.map(\.description) == [
            #"workstreams[0].milestones[1]: unknown key "colour" (expected id, title, status, start, due, owner, notes, history, lead, depends)"#,
            "workstreams[1].milestones[0].status: missing",
        ])
        #expect(problems.map(\.location) == [
            FileProblem.Location(position: try position(of: #""colour""#, in: text), place: "milestone A2"),
            FileProblem.Location(position: try position(of: "{", after: #""id": "beta""#, in: text), place: "milestone B1 status"),
        ])
    }

    @Test("a duplicate id is named by the id; an id that is no id leaves the JSON path as the name")
    func ids() throws {
        let text = RoadmapEncoder.encode(Fixture.small()).utf8String
            .replacingOccurrences(of: #""id": "A2""#, with: #""id": "a1""#)
            .replacingOccurrences(of: #""id": "B1""#, with: #""id": "B 1""#)
        let problems = try #require(refusal(Array(text.utf8))).problems
        #expect(problems.map { $0.location?.place } == ["milestone a1 id", "workstreams[1].milestones[0].id"])
        #expect(problems.map { $0.location?.position } == [try position(of: #""a1""#, in: text), try position(of: #""B 1""#, in: text)])
        // The first use is named by its line too.
        #expect(problems[0].location?.otherLine == (try position(of: #""A1""#, in: text)).line)
        #expect(problems[0].line(in: "r.json").hasSuffix(#"is already used by workstreams[0].milestones[0] (ids are unique across the file, ignoring case); the first is on line \#(try position(of: #""A1""#, in: text).line)"#))
    }

    @Test("CRLF line ends and Thai before the problem on its line: the column counts characters, as a syntax error's does")
    func crlfAndThai() throws {
        let thai = "ผู้ประกอบการยานยนต์"
        let line = #"{"id": "A1", "title": "\#(thai)", "status": "finished"}"#
        let text = ["{", #""schema": 4,"#, #""title": "T","#, #""workstreams": [{"id": "w", "title": "W", "milestones": ["#, line, "]}]}", ""]
            .joined(separator: "\r\n")
        let problem = try #require(refusal(Array(text.utf8))?.problems.first)
        let column = line.unicodeScalars.count - #""finished"}"#.count + 1
        #expect(thai.unicodeScalars.count == 19 && thai.utf8.count == 57, "19 characters, 57 bytes")
        #expect(problem.location == FileProblem.Location(position: TextPosition(line: 5, column: column), place: "milestone A1 status"))
        // A syntax error at the same place is reported at the same column.
        let broken = text.replacingOccurrences(of: #""finished""#, with: "finished")
        let error = #expect(throws: RoadmapError.self) { try RoadmapStore.decode(Array(broken.utf8), path: "r.json") }
        guard case .syntax(_, let syntax)? = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(syntax.line == 5 && syntax.column == column)
    }

    @Test("a file over 2 MiB, read in two halves: a problem in each half is located as in one reading")
    func twoHalves() throws {
        var text = RoadmapEncoder.encode(roadmap(milestonesPerWorkstream: 3000)).utf8String
        #expect(text.utf8.count > FastRoadmapDecoder.twoHalvesFrom, "\(text.utf8.count) bytes")
        let tenth = try #require(text.range(of: #""id": "SC10","#))
        text.replaceSubrange(tenth, with: #""id": "SC10", "start": "2027-02-30","#)
        text = try replacingLast(#""status": "planned""#, with: #""status": "finished""#, in: text)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(text, to: "big.json")
        let error = #expect(throws: RoadmapError.self) { try RoadmapStore(path: folder.file("big.json")).load() }
        guard case .invalidRoadmap(_, let problems)? = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(problems.problems.map { $0.location?.place } == ["milestone SC10 start", "milestone CE3000 status"])
        #expect(problems.problems.map { $0.location?.position } == [try position(of: #""2027-02-30""#, in: text), try position(of: #""finished""#, in: text)])
        #expect(problems == refusal(Array(text.utf8)), "the same as the bytes decoded in one piece")
    }

    @Test("start after due (loads, validate refuses) is located like any other problem")
    func startAfterDue() throws {
        var model = Fixture.small()
        model.workstreams[0].milestones[1].start = Fixture.day("2026-04-01")
        let bytes = RoadmapEncoder.encode(model)
        let located = SchemaProblems(problems: try RoadmapStore.decode(bytes, path: "r.json").dateProblems).located(in: bytes)
        #expect(located.problems.first?.line(in: "r.json")
            == "r.json:\(try position(of: #""2026-04-01""#, in: bytes.utf8String).line):20: milestone A2 start: 2026-04-01 is after the due date 2026-03-01")
    }

    @Test("the locator: paths as components, a BOM, escaped keys and ids, and bytes that are not JSON end the walk without a crash")
    func locator() throws {
        #expect(JSONLocator.components("workstreams[1].milestones[2499].history[3].at")
            == [.key("workstreams"), .index(1), .key("milestones"), .index(2499), .key("history"), .index(3), .key("at")])
        #expect(JSONLocator.components("").isEmpty)
        let text = "\u{FEFF}" + #"{"w\u0073": [1, {"id": "\u0041", "x": [true, null, {"y": "]}"}, 2.5e3]}]}"#
        let found = JSONLocator.locate([JSONLocator.Request(path: JSONLocator.components("ws[1].x[3]")),
                                        JSONLocator.Request(path: JSONLocator.components("ws[1].x[2].z"))], in: Array(text.utf8))
        #expect(found.map(\.offset) == [Array(text.utf8).lastIndex(of: UInt8(ascii: "2"))!, Array(text.utf8).lastIndex(of: UInt8(ascii: "{"))!])
        #expect(found[0].ids == [2: "A"])
        for cut in [5, 20, 40] {
            let broken = JSONLocator.locate([JSONLocator.Request(path: JSONLocator.components("ws[1].x[3]"))], in: Array(text.utf8.prefix(cut)))
            #expect(broken.count == 1)
        }
    }
}
