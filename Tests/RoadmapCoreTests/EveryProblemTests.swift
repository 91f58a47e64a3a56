import Foundation
import Testing
@testable import RoadmapCore

/// A refused file's problems are listed all at once, dependencies included,
/// in the file's order (try-23 finding 3), whether the file is decoded from
/// memory or read from disk; a rule across milestones is said only when it
/// stays true whatever the other problems' fixes are.
@Suite("every problem in one list")
struct EveryProblemTests {
    /// The built-in roadmap with `edits` applied, each as (milestone id, old line text, new line text):
    /// the first occurrence of the old text from the milestone's `"id": ID` line on.
    private func builtIn(_ edits: [(String, String, String)]) throws -> String {
        var text = BuiltInRoadmap.json
        for (id, old, new) in edits {
            let start = try #require(text.range(of: "\n          \"id\": \"\(id)\",")).lowerBound
            let found = try #require(text.range(of: old, range: start..<text.endIndex), "\(old) after \(id)")
            text.replaceSubrange(found, with: new)
        }
        return text
    }

    /// The problems, each as `LINE:COLUMN: PLACE: MESSAGE`, the store gives for `text`,
    /// decoded from memory and loaded from a file (the two must agree); the fast decoder refuses it.
    private func problems(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let bytes = Array(text.utf8)
        #expect(FastRoadmapDecoder.decode(bytes) == nil, "the fast decoder refuses it", sourceLocation: sourceLocation)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(bytes, to: "r.json")
        var lists: [[String]] = []
        for load in [{ _ = try RoadmapStore.decode(bytes, path: "r.json") }, { _ = try RoadmapStore(path: folder.file("r.json")).load() }] {
            do {
                try load()
                Issue.record("loaded", sourceLocation: sourceLocation)
            } catch RoadmapError.invalidRoadmap(_, let problems) {
                lists.append(problems.problems.map { $0.line(in: "r.json") })
            } catch {
                Issue.record("\(error)", sourceLocation: sourceLocation)
            }
        }
        #expect(lists.count == 2 && lists[0] == lists[1], "from memory and from the file", sourceLocation: sourceLocation)
        return lists.first ?? []
    }

    /// The 1-based line and character column of each occurrence of `needle` in `text`.
    private func positions(of needle: String, in text: String) -> [String] {
        text.ranges(of: needle).map { found in
            let lines = text[..<found.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            return "\(lines.count):\(lines.last!.unicodeScalars.count + 1)"
        }
    }

    /// try-24 finding 3: a bad zone in the time zone's history was said only once the rest was fixed.
    @Test("a bad entry of the time zone's history is listed beside the milestones' problems")
    func zoneHistoryAmongOtherProblems() throws {
        let history = #""timeZone": "Asia/Bangkok", "timeZoneHistory": [{"at": "2026-01-05T03:00:00Z", "from": "Asia/Tokio", "to": "Asia/Bangkok"}],"#
        let text = try builtIn([("SC3", #""status": "planned""#, #""status": "finished""#)])
            .replacingOccurrences(of: #""schema": 3,"#, with: #""schema": 4,"#)
            .replacingOccurrences(of: #""timeZone": "Asia/Bangkok","#, with: history)
        let problems = try problems(text)
        #expect(problems.contains { $0.contains("milestone SC3 status") }, "\(problems)")
        #expect(problems.contains { $0.contains("timeZoneHistory[0].from") && $0.contains("Asia/Tokio") }, "\(problems)")
        // Alone, the history's problem is the one said.
        let alone = try self.problems(text.replacingOccurrences(of: #""status": "finished""#, with: #""status": "planned""#))
        #expect(alone.count == 1 && alone[0].contains("timeZoneHistory[0].from"), "\(alone)")
    }

    @Test("try-23's bad file: five problems, the dangling dependency among them, counted and in file order")
    func fiveProblems() throws {
        let text = try builtIn([
            ("SC3", #""status": "planned""#, #""status": "finished""#),
            ("SME2", #""due": "2027-09-30""#, #""due": "2027-02-30""#),
            ("SME5", #""owner": "DIPROM / AOTS","#, #""owner": "DIPROM / AOTS", "owner": "AOTS","#),
            ("CE1", #""depends": ["CE2"]"#, #""depends": ["CE9"]"#),
            ("CE4", #""id": "CE4""#, #""id": "CE3""#),
        ])
        // The milestones' ids (the baseline's are inline, further right); the value is 6 characters after the key.
        let ids = positions(of: #""id": "CE3","#, in: text).map { $0.split(separator: ":").map { Int($0)! } }.filter { $0[1] == 11 }.map { "\($0[0]):17" }
        #expect(ids.count == 2)
        let firstLine = try #require(ids.first?.split(separator: ":").first)
        #expect(try problems(text) == [
            #"r.json:\#(positions(of: #""finished""#, in: text)[0]): milestone SC3 status: "finished" is not a status (expected one of planned, in-progress, at-risk, blocked, done, dropped)"#,
            #"r.json:\#(positions(of: #""2027-02-30""#, in: text)[0]): milestone SME2 due: "2027-02-30": February 2027 has no day 30"#,
            #"r.json:\#(positions(of: #""owner": "AOTS""#, in: text)[0]): milestone SME5 owner: duplicate key"#,
            #"r.json:\#(positions(of: #""CE9""#, in: text)[0]): milestone CE1 depends[0]: "CE9" is not a milestone of this roadmap"#,
            #"r.json:\#(ids[1]): milestone CE3 id: "CE3" is already used by workstreams[2].milestones[2] (ids are unique across the file, ignoring case); the first is on line \#(firstLine)"#,
        ], "the renamed CE4 waits for CE3, its id now: renaming it back is the fix, so no \"waits for itself\"")
    }

    @Test("the dependency alone gives the same line as in the full list")
    func dependencyAlone() throws {
        let text = try builtIn([("CE1", #""depends": ["CE2"]"#, #""depends": ["CE9"]"#)])
        #expect(try problems(text) == [#"r.json:\#(positions(of: #""CE9""#, in: text)[0]): milestone CE1 depends[0]: "CE9" is not a milestone of this roadmap"#])
    }

    @Test("with a bad status elsewhere, a cycle or a self-wait is listed too: every id is known")
    func cycleBesideAnotherProblem() throws {
        let status = ("SC3", #""status": "planned""#, #""status": "finished""#)
        let statusProblem = #"milestone SC3 status: "finished" is not a status (expected one of planned, in-progress, at-risk, blocked, done, dropped)"#
        let cycle = try builtIn([status, ("CE1", #""depends": ["CE2"]"#, #""depends": ["CE4"]"#), ("CE4", #"["CE3", "SC2"]"#, #"["CE1", "SC2"]"#)])
        #expect(try problems(cycle).map { $0.split(separator: ": ", maxSplits: 1).last.map(String.init) } == [
            statusProblem, "milestone CE1 depends[0]: a cycle: CE1 → CE4 → CE1 (each waits for the next to finish)",
        ])
        let itself = try builtIn([status, ("CE1", #""depends": ["CE2"]"#, #""depends": ["CE1"]"#)])
        #expect(try problems(itself).map { $0.split(separator: ": ", maxSplits: 1).last.map(String.init) } == [
            statusProblem, "milestone CE1 depends[0]: CE1 cannot wait for itself",
        ])
    }

    @Test("a milestone whose id cannot be read: an unknown id is not said (it may be that one), an id given twice is")
    func unreadableID() throws {
        let text = try builtIn([
            ("SC2", #""id": "SC2""#, #""id": 2"#),
            ("CE1", #""depends": ["CE2"]"#, #""depends": ["SC2", "CE2", "ce2"]"#),
        ].reversed())
        let found = try problems(text)
        #expect(found.count == 2, "\(found)")
        guard found.count == 2 else { return }
        #expect(found[0].hasSuffix("workstreams[0].milestones[1].id: expected a string, found a number"), "\(found)")
        #expect(found[1].hasSuffix(#"milestone CE1 depends[2]: "ce2" is given twice"#), "\(found)")
    }

    @Test("no such day: the month and year say why; a text not in the form keeps the form's hint",
          arguments: [
              ("2027-02-30", #""2027-02-30": February 2027 has no day 30"#),
              ("2028-02-30", #""2028-02-30": February 2028 has no day 30"#),
              ("2027-04-31", #""2027-04-31": April 2027 has no day 31"#),
              ("2027-02-00", #""2027-02-00": February 2027 has no day 0"#),
              ("2027-13-01", #""2027-13-01": there is no month 13"#),
              ("0000-01-01", #""0000-01-01": there is no year 0000"#),
              ("2027-2-3", #""2027-2-3" is not a date (expected YYYY-MM-DD)"#),
              ("๒๕๗๐-๐๒-๐๓", #""๒๕๗๐-๐๒-๐๓" is not a date (expected YYYY-MM-DD)"#),
          ])
    func noSuchDay(value: String, message: String) throws {
        let text = try builtIn([("SME2", #""due": "2027-09-30""#, #""due": "\#(value)""#)])
        #expect(try problems(text).map { $0.components(separatedBy: "milestone SME2 due: ").last } == [message])
        #expect(CalendarDay.whyNoSuchDay(iso: "2028-02-29") == nil && CalendarDay.whyNoSuchDay(iso: "x") == nil)
    }
}
