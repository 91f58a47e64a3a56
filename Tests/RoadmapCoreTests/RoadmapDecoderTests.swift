import Testing
import RoadmapCore

@Suite("RoadmapDecoder")
struct RoadmapDecoderTests {
    private func decode(_ text: String) throws -> Roadmap {
        try RoadmapDecoder.decode(try JSONParser.parse(Array(text.utf8)))
    }

    /// The problems found in `text`; the test fails when it decodes.
    private func problems(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> SchemaProblems {
        let json = try JSONParser.parse(Array(text.utf8))
        do {
            let roadmap = try RoadmapDecoder.decode(json)
            Issue.record("expected schema problems, decoded \(roadmap)", sourceLocation: sourceLocation)
            throw UnexpectedSuccess()
        } catch let error as SchemaProblems {
            return error
        }
    }

    private struct UnexpectedSuccess: Error {}

    /// A one-milestone roadmap with `milestone` spliced in as the milestone's members.
    private func withMilestone(_ members: String) -> String {
        #"{"schema": 1, "title": "T", "workstreams": [{"id": "w", "title": "W", "milestones": [{"#
            + members + "}]}]}"
    }

    @Test func decodesACompleteDocument() throws {
        let roadmap = try decode("""
        {
          "schema": 1,
          "title": {"en": "Roadmap", "th": "แผนที่นำทาง", "ja": "ロードマップ"},
          "notes": "illustrative",
          "workstreams": [
            {
              "id": "supply-chain",
              "title": "Supply chain",
              "milestones": [
                {
                  "id": "SC1",
                  "title": {"en": "First", "th": "แรก"},
                  "status": "in-progress",
                  "due": "2026-03-31",
                  "owner": "OIE",
                  "notes": "a\\nb",
                  "history": [
                    {"at": "2026-11-26T09:30:00Z", "field": "status", "from": "planned", "to": "in-progress"},
                    {"at": "2026-11-27T00:00:00Z", "field": "owner", "from": null, "to": "OIE"}
                  ]
                },
                {"id": "SC2", "title": "Second", "status": "planned", "due": null, "owner": null}
              ]
            },
            {"id": "empty", "title": "Nothing yet", "milestones": []}
          ]
        }
        """)
        #expect(roadmap.schema == 1)
        #expect(roadmap.title.text(in: "th") == "แผนที่นำทาง")
        #expect(roadmap.notes == "illustrative")
        #expect(roadmap.workstreams.map(\.id) == ["supply-chain", "empty"])
        let sc1 = roadmap.workstreams[0].milestones[0]
        #expect(sc1 == Milestone(
            id: "SC1",
            title: LocalizedText(translations: [.init(language: "en", text: "First"), .init(language: "th", text: "แรก")]),
            status: .inProgress, due: Fixture.day("2026-03-31"), owner: "OIE", notes: "a\nb",
            history: [
                HistoryEntry(at: Fixture.time("2026-11-26T09:30:00Z"), field: "status", from: "planned", to: "in-progress"),
                HistoryEntry(at: Fixture.time("2026-11-27T00:00:00Z"), field: "owner", from: nil, to: "OIE"),
            ]
        ))
        let sc2 = roadmap.workstreams[0].milestones[1]
        #expect(sc2 == Milestone(id: "SC2", title: LocalizedText("Second"), status: .planned))
        #expect(sc2.title.isPlain)
        #expect(roadmap.workstreams[1].milestones.isEmpty)
    }

    @Test func collectsEveryProblemWithItsPath() throws {
        let found = try problems("""
        {
          "schema": 1,
          "title": "T",
          "workstreams": [
            {"id": "a", "title": "A", "milestones": [
              {"id": "M1", "title": "ok", "status": "planned"}
            ]},
            {"id": "b", "title": "B", "milestones": [
              {"id": "X1", "title": "fine", "status": "planned"},
              {"id": "X2", "title": "x", "status": "finished"},
              {"id": "m1", "title": "x", "status": "planned"},
              {"id": "X4", "title": "x", "status": "planned", "due": "2026-13-01"},
              {"id": "X5", "status": "planned"},
              {"id": "X6", "title": "x", "status": "planned", "owner": 7}
            ]}
          ]
        }
        """)
        #expect(found.newerSchema == nil)
        #expect(found.problems.map(\.path) == [
            "workstreams[1].milestones[1].status",
            "workstreams[1].milestones[2].id",
            "workstreams[1].milestones[3].due",
            "workstreams[1].milestones[4].title",
            "workstreams[1].milestones[5].owner",
        ])
        let descriptions = found.problems.map(\.description)
        #expect(descriptions[0].contains(#""finished" is not a status"#))
        #expect(descriptions[0].contains("in-progress"))
        #expect(descriptions[1].contains(#""m1" is already used by workstreams[0].milestones[0]"#))
        #expect(descriptions[2].hasPrefix(#"workstreams[1].milestones[3].due: "2026-13-01": there is no month 13"#))
        #expect(descriptions[3] == "workstreams[1].milestones[4].title: missing")
        #expect(descriptions[4] == "workstreams[1].milestones[5].owner: expected a string, found a number")
    }

    @Test func storeErrorListsEveryProblem() throws {
        let text = withMilestone(#""id": "X1", "title": 5, "status": "late", "due": "tomorrow""#)
        do {
            _ = try RoadmapStore.decode(Array(text.utf8), path: "plan.json")
            Issue.record("expected an invalid roadmap")
        } catch {
            guard case .invalidRoadmap(let path, let found) = error else {
                Issue.record("expected .invalidRoadmap, got \(error)")
                return
            }
            #expect(path == "plan.json")
            #expect(found.problems.count == 3)
            let message = error.description
            #expect(message.contains("plan.json"))
            #expect(message.contains("3 problems"))
            // One line per problem, each FILE:LINE:COLUMN: and the milestone by id.
            let lines = message.split(separator: "\n").dropFirst()
            #expect(lines.count == 3 && lines.allSatisfy { $0.hasPrefix("plan.json:") }, "\(message)")
            #expect(message.contains(": milestone X1 title: expected a string"))
            #expect(message.contains(#": milestone X1 status: "late" is not a status"#))
            #expect(message.contains(#": milestone X1 due: "tomorrow" is not a date"#))
            #expect(error.exitCode == 65)
        }
    }

    @Test func newerSchemaIsRefusedAndFlagged() throws {
        // Everything else is wrong too, but a newer file is refused for its version alone.
        let found = try problems(#"{"schema": 5, "title": 5, "workstreams": "x", "future": true}"#)
        #expect(found.newerSchema == 5)
        #expect(found.problems.count == 1)
        #expect(found.problems.first?.path == "schema")
        #expect(found.problems.first?.message.contains("newer") == true)
        let error = RoadmapError.invalidRoadmap(path: "f.json", found)
        #expect(error.description.contains("newer roadmap"))
        #expect(error.description.contains("schema 5"))
    }

    @Test(arguments: [
        (#"{"title": "T", "workstreams": []}"#, "missing"),
        (#"{"schema": 0, "title": "T", "workstreams": []}"#, "not a schema version"),
        (#"{"schema": 1.5, "title": "T", "workstreams": []}"#, "not a schema version"),
        (#"{"schema": "1", "title": "T", "workstreams": []}"#, "expected a whole number"),
    ])
    func badSchemaValues(_ text: String, _ message: String) throws {
        let found = try problems(text)
        #expect(found.newerSchema == nil)
        #expect(found.problems.map(\.path) == ["schema"])
        #expect(found.problems.first?.message.contains(message) == true)
    }

    @Test func topLevelMustBeAnObject() throws {
        let found = try problems("[1, 2]")
        #expect(found.problems == [FileProblem(path: "", message: "expected a roadmap object at the top level, found an array")])
    }

    @Test func unknownKeysAreReportedEverywhere() throws {
        let found = try problems("""
        {"schema": 1, "title": "T", "colour": "red", "workstreams": [
          {"id": "w", "title": "W", "extra": 1, "milestones": [
            {"id": "A1", "title": "t", "status": "planned", "priority": "high",
             "history": [{"at": "2026-01-01T00:00:00Z", "field": "status", "from": null, "to": "done", "who": "me"}]}
          ]}
        ]}
        """)
        #expect(found.problems.map(\.path) == [
            "",
            "workstreams[0]",
            "workstreams[0].milestones[0]",
            "workstreams[0].milestones[0].history[0]",
        ])
        let messages = found.problems.map(\.message)
        #expect(messages[0].contains(#"unknown key "colour""#))
        #expect(messages[1].contains(#"unknown key "extra""#))
        #expect(messages[2].contains(#"unknown key "priority""#))
        #expect(messages[3].contains(#"unknown key "who""#))
    }

    @Test func unknownKeyWithControlCharactersIsEscapedInTheMessage() throws {
        let found = try problems(#"{"schema": 1, "title": "T", "workstreams": [], "\u001b[2J": 1}"#)
        let message = try #require(found.problems.first?.message)
        #expect(message.contains(#"\e[2J"#))
        #expect(!message.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func duplicateKeysAreReported() throws {
        let found = try problems("""
        {"schema": 1, "title": "T", "title": "U", "workstreams": [
          {"id": "w", "title": {"en": "a", "en": "b"}, "milestones": [
            {"id": "A1", "title": "t", "status": "planned", "status": "done"}
          ]}
        ]}
        """)
        #expect(found.problems == [
            FileProblem(path: "title", message: "duplicate key"),
            FileProblem(path: "workstreams[0].title.en", message: "duplicate key"),
            FileProblem(path: "workstreams[0].milestones[0].status", message: "duplicate key"),
        ])
    }

    @Test func duplicateIDsAreFoundIgnoringCase() throws {
        let found = try problems("""
        {"schema": 1, "title": "T", "workstreams": [
          {"id": "Same", "title": "W", "milestones": [{"id": "sc1", "title": "t", "status": "planned"}]},
          {"id": "same", "title": "W", "milestones": [{"id": "SC1", "title": "t", "status": "planned"}]}
        ]}
        """)
        #expect(found.problems.map(\.path) == ["workstreams[1].id", "workstreams[1].milestones[0].id"])
        #expect(found.problems[0].message.contains("workstreams[0]"))
        #expect(found.problems[1].message.contains("ignoring case"))
    }

    @Test func wrongTypesAreNamed() throws {
        let found = try problems("""
        {"schema": 1, "title": ["T"], "notes": 3, "workstreams": [
          "not an object",
          {"id": 7, "title": "W", "milestones": {}},
          {"id": "w", "title": "W", "milestones": [
            {"id": "A1", "title": "t", "status": true, "due": 20260101, "notes": false, "history": {}},
            {"id": "A2", "title": "t", "status": "planned", "history": [1]}
          ]}
        ]}
        """)
        #expect(found.problems.map(\.description) == [
            "title: expected a string or an object of translations, found an array",
            "notes: expected a string, found a number",
            "workstreams[0]: expected an object, found a string",
            "workstreams[1].id: expected a string, found a number",
            "workstreams[1].milestones: expected an array, found an object",
            "workstreams[2].milestones[0].status: expected a string, found a boolean",
            "workstreams[2].milestones[0].due: expected a string, found a number",
            "workstreams[2].milestones[0].notes: expected a string, found a boolean",
            "workstreams[2].milestones[0].history: expected an array, found an object",
            "workstreams[2].milestones[1].history[0]: expected an object, found a number",
        ])
    }

    @Test func missingRequiredFields() throws {
        let found = try problems(#"{"schema": 1, "workstreams": [{"milestones": [{}]}]}"#)
        #expect(found.problems.map(\.description) == [
            "title: missing",
            "workstreams[0].id: missing",
            "workstreams[0].title: missing",
            "workstreams[0].milestones[0].id: missing",
            "workstreams[0].milestones[0].title: missing",
            "workstreams[0].milestones[0].status: missing",
        ])
        let noWorkstreams = try problems(#"{"schema": 1, "title": "T"}"#)
        #expect(noWorkstreams.problems.map(\.description) == ["workstreams: missing"])
    }

    @Test func badHistoryEntries() throws {
        let found = try problems(withMilestone(#"""
        "id": "A1", "title": "t", "status": "planned", "history": [
          {"at": "2026-01-01 10:00:00", "field": "status", "from": "planned", "to": "done"},
          {"at": "2026-01-01T10:00:00Z", "from": 1, "to": "done"}
        ]
        """#))
        #expect(found.problems.map(\.path) == [
            "workstreams[0].milestones[0].history[0].at",
            "workstreams[0].milestones[0].history[1].field",
            "workstreams[0].milestones[0].history[1].from",
        ])
        #expect(found.problems[0].message.contains("not a UTC time"))
    }

    @Test func badTitles() throws {
        let found = try problems(#"""
        {"schema": 1, "title": {}, "workstreams": [
          {"id": "w", "title": {"e n": "x"}, "milestones": [
            {"id": "A1", "title": {"en": 5}, "status": "planned"}
          ]}
        ]}
        """#)
        #expect(found.problems.map(\.path) == ["title", "workstreams[0].title", "workstreams[0].milestones[0].title.en"])
        #expect(found.problems[0].message.contains("at least one language"))
        #expect(found.problems[1].message.contains("not a language code"))
    }

    @Test("a title's language code: the decoder, the store's fast path and LocalizedText.isLanguageCode agree", arguments: [
        "en", "pt-br", "ไทย", "abcdefghijklmnop", "-",
        "", "1", "en1", "e n", "a_b", "abcdefghijklmnopq", "ไทยไทยไทยไทยไทยไทย",
    ])
    func languageCodesFollowOneRule(_ code: String) throws {
        let document = withMilestone(#""id": "A1", "title": {"\#(code)": "t"}, "status": "planned""#)
        let expected = ["en", "pt-br", "ไทย", "abcdefghijklmnop", "-"].contains(code)
        #expect(LocalizedText.isLanguageCode(code) == expected)
        #expect(((try? decode(document)) != nil) == expected, "the decoder")
        #expect(((try? RoadmapStore.decode(Array(document.utf8), path: "r.json")) != nil) == expected, "the store, fast path first")
    }

    @Test(arguments: ["", "bad id", "-lead", "a/b", "ก1", String(repeating: "x", count: 33)])
    func invalidIDsAreReported(_ id: String) throws {
        let found = try problems(withMilestone(#""id": "\#(id)", "title": "t", "status": "planned""#))
        #expect(found.problems.map(\.path) == ["workstreams[0].milestones[0].id"])
        #expect(found.problems.first?.message.contains("not a valid id") == true)
    }

    @Test func idRules() {
        for good in ["SC1", "a", "9", "a-b.c_d", "SME-2026.1", String(repeating: "x", count: 32)] {
            #expect(RoadmapDecoder.isValidID(good), "\(good)")
        }
        for bad in ["", ".a", "_a", "-a", "a b", "a/b", "é", "ก", "日本", String(repeating: "x", count: 33), "a\u{1B}"] {
            #expect(!RoadmapDecoder.isValidID(bad), "\(bad)")
        }
    }

    @Test(arguments: Status.allCases)
    func everyStatusWordDecodes(_ status: Status) throws {
        let roadmap = try decode(withMilestone(#""id": "A1", "title": "t", "status": "\#(status.rawValue)""#))
        #expect(roadmap.workstreams[0].milestones[0].status == status)
    }

    @Test(arguments: ["In-Progress", "in_progress", "DONE", "complete", ""])
    func statusWordsAreExact(_ word: String) throws {
        let found = try problems(withMilestone(#""id": "A1", "title": "t", "status": "\#(word)""#))
        #expect(found.problems.map(\.path) == ["workstreams[0].milestones[0].status"])
    }
}
