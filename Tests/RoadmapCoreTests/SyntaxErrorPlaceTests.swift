import Foundation
import Testing
@testable import RoadmapCore

/// A syntax error deep in a file names the milestone it is in (try-23
/// finding 8), as a located problem does; outside any milestone, nothing.
@Suite("syntax errors named by their milestone")
struct SyntaxErrorPlaceTests {
    /// The store's message for `text`.
    private func message(_ text: String) -> String {
        do {
            _ = try RoadmapStore.decode(Array(text.utf8), path: "r.json")
            return "loaded"
        } catch {
            return error.description
        }
    }

    /// The built-in roadmap with the first `old` from milestone `id`'s id line on replaced.
    private func builtIn(_ id: String, _ old: String, _ new: String) throws -> String {
        var text = BuiltInRoadmap.json
        let start = try #require(text.range(of: "\n          \"id\": \"\(id)\",")).lowerBound
        text.replaceSubrange(try #require(text.range(of: old, range: start..<text.endIndex)), with: new)
        return text
    }

    @Test("a missing comma in CE4, after notes holding escaped quotes and Thai: the message names CE4")
    func inAMilestone() throws {
        let text = try builtIn("CE4", #""owner": "DPIM","#, #""owner": "DPIM""#)
        let error = message(text)
        #expect(error.contains(": milestone CE4: not valid JSON: unexpected character '\"', expected ',' or '}'. The file was not changed"), "\(error)")
        #expect(error.hasPrefix("r.json:"))
    }

    @Test("an error in a workstream's title names the workstream; one before a milestone's id names its path")
    func workstreamAndPath() throws {
        let title = BuiltInRoadmap.json.replacingOccurrences(of: #""en": "Circular economy and recycling","#, with: #""en": "Circular economy and recycling""#)
        #expect(title != BuiltInRoadmap.json)
        #expect(message(title).contains(": workstream circular-economy: not valid JSON:"), "\(message(title))")
        let beforeID = try builtIn("SME2", #""id": "SME2","#, #", "id": "SME2","#)
        #expect(message(beforeID).contains(": workstreams[1].milestones[1]: not valid JSON:"), "\(message(beforeID))")
    }

    @Test("outside every workstream, or in a file that is no roadmap: no place")
    func outside() {
        let top = BuiltInRoadmap.json.replacingOccurrences(of: #""schema": "#, with: #""schema" "#)
        #expect(message(top).contains(": not valid JSON:") && !message(top).contains("milestone"), "\(message(top))")
        #expect(message(#"[{"workstreams": [{"milestones": [{"id": "A1" x}]}]}]"#) == "r.json:1:47: not valid JSON: unexpected character 'x', expected ',' or '}'. The file was not changed; fix it and try again.")
        #expect(message(#"{"workstreams": [{"milestones": [{"id": "A\"1" x}]}]}"#).contains("1:48: workstreams[0].milestones[0]: not valid JSON"))
    }
}
