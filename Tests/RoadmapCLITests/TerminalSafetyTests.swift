import Foundation
import RoadmapCore
import Testing

/// Nothing from the file (or quoted from it) reaches the terminal raw:
/// escape sequences, BEL, DEL, NUL and C1 controls are shown as visible escapes.
@Suite("terminal safety")
struct TerminalSafetyTests {
    static let clearScreen = "\u{1B}[2J"
    static let setTitle = "\u{1B}]0;pwned\u{07}"
    static let evilTitle = "Evil \(clearScreen)title\(setTitle) end"
    static let evilThai = "น้ำท่วม\u{9B}31mไทย"
    static let evilOwner = "own\u{7F}er\u{07}\u{1B}[5m"
    static let evilNotes = "line 1\n\u{1B}[31mred\u{1B}[0m \u{9B}2J\u{0}nul\u{08}\u{0D}cr"
    static let evilWorkstreamTitle = "Supply \(clearScreen)chains"

    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = sandbox.file("roadmap.json")
        var roadmap = BuiltInRoadmap.load()
        let sc1 = roadmap.locate("SC1")!
        roadmap[sc1].title = LocalizedText(translations: [
            .init(language: "en", text: Self.evilTitle), .init(language: "th", text: Self.evilThai),
            .init(language: "ja", text: "日本語\(Self.setTitle)"),
        ])
        roadmap[sc1].owner = Self.evilOwner
        roadmap[sc1].notes = Self.evilNotes
        roadmap[sc1].status = .atRisk
        roadmap[sc1].history = [HistoryEntry(at: Timestamp(rfc3339: "2026-11-20T09:00:00Z")!, field: "owner", from: "\u{1B}[2J", to: Self.evilOwner)]
        roadmap.workstreams[0].title = LocalizedText(Self.evilWorkstreamTitle)
        try Fixtures.write(roadmap, to: file)
    }

    /// Runs roadmap on the evil file and checks that neither stream holds a raw control byte.
    @discardableResult
    private func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> ProcessOutput {
        let result = try await sandbox.roadmap(arguments + ["--file", file.path, "--today", "2026-11-26"])
        for (name, bytes) in [("stdout", result.stdoutBytes), ("stderr", result.stderrBytes)] {
            let raw = TerminalBytes.rawControls(in: bytes)
            #expect(raw.isEmpty, "raw control bytes in \(name) at \(raw.prefix(5).map { "\($0.offset): 0x\(String($0.byte, radix: 16))" }): \(result)",
                    sourceLocation: sourceLocation)
        }
        return result
    }

    @Test("reading commands print no raw control byte", arguments: [
        ["list"], ["list", "--lang", "th"], ["list", "--lang", "ja"], ["list", "--json"], ["list", "--status", "at-risk"],
        ["list", "--workstream", "supply-chain", "--json"], ["show", "SC1"], ["show", "sc1", "--json"], ["validate"],
    ])
    func readingCommands(arguments: [String]) async throws {
        let result = try await run(arguments)
        #expect(result.exitCode == 0, "\(result)")
        #expect(!result.stdout.isEmpty)
    }

    @Test("list shows the escapes as visible text")
    func visibleEscapes() async throws {
        let english = try await run(["list"])
        #expect(english.stdout.contains(#"Evil \e[2Jtitle\e]0;pwned\u0007 end"#), "\(english)")
        #expect(english.stdout.contains(#"own\u007Fer\u0007\e[5m"#), "\(english)")
        let thai = try await run(["list", "--lang", "th"])
        #expect(thai.stdout.contains(#"น้ำท่วม\u009B31mไทย"#), "\(thai)")
    }

    @Test("show shows notes line by line, history values and workstream titles escaped")
    func showEscapes() async throws {
        let result = try await run(["show", "SC1"])
        #expect(result.stdout.contains(#"\e[31mred\e[0m \u009B2J\u0000nul\u0008\rcr"#), "\(result)")
        #expect(result.stdout.contains("line 1\n"), "a newline in notes stays a line break: \(result)")
        #expect(result.stdout.contains(#"Supply \e[2Jchains"#), "\(result)")
        #expect(result.stdout.contains(#"\e[2J → own\u007Fer"#), "\(result)")
    }

    @Test("JSON output escapes control characters as \\u sequences and still parses back to the same text")
    func jsonEscapes() async throws {
        let result = try await run(["show", "SC1", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [String: Any])
        let title = try #require(object["title"] as? [String: String])
        #expect(title["en"] == Self.evilTitle)
        #expect(title["th"] == Self.evilThai)
        #expect(object["owner"] as? String == Self.evilOwner)
        #expect(object["notes"] as? String == Self.evilNotes)
    }

    @Test("changing commands print what changed escaped", arguments: [
        ["set", "SC1", "--owner", "new\u{1B}[2Jowner\u{07}"],
        ["set", "SC1", "--notes", "\u{9B}6n"],
        ["set", "SC1", "--title", "t\u{1B}]0;x\u{07}", "--lang", "th"],
        ["set", "SC1", "--status", "done"],
        ["remove", "SC1"],
        ["add", "supply-chain", "added\u{1B}[2J", "--owner", "\u{7F}", "--notes", "\u{1B}c"],
    ])
    func changingCommands(arguments: [String]) async throws {
        let result = try await run(arguments)
        #expect(result.exitCode == 0, "\(result)")
        let after = try Fixtures.load(file)
        if arguments[0] == "add" {
            let id = result.stdout.trimmingCharacters(in: .newlines)
            let shown = try await run(["show", id])
            #expect(shown.stdout.contains(#"added\e[2J"#), "\(shown)")
            let removed = try await run(["remove", id])
            #expect(removed.stdout.contains(#"added\e[2J"#), "\(removed)")
        } else if arguments[0] == "set" {
            let milestone = after[try #require(after.locate("SC1"))]
            #expect(milestone.history.count == 2, "the change was made")
            let shown = try await run(["show", "SC1"])
            #expect(shown.exitCode == 0)
        }
    }

    @Test("error messages that quote text escape it", arguments: [
        ["show", "\u{1B}[2J"],
        ["set", "\u{1B}]0;pwned\u{07}", "--status", "done"],
        ["list", "--workstream", "\u{1B}[2J"],
        ["list", "--status", "\u{9B}2J"],
        ["set", "SC1", "--status", "\u{1B}[2J"],
        ["set", "SC1", "--due", "\u{1B}[2J"],
        ["add", "\u{1B}[2J", "title"],
        ["add", "supply-chain", "title", "--status", "\u{07}"],
        ["add", "supply-chain", "title", "--due", "\u{7F}"],
        ["list", "--today", "\u{1B}[2J"],
    ])
    func quotedErrors(arguments: [String]) async throws {
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap(arguments + ["--file", file.path])
        #expect(result.exitCode == 65 || result.exitCode == 64, "\(result)")
        #expect(!result.stderr.isEmpty)
        let raw = TerminalBytes.rawControls(in: result.stderrBytes + result.stdoutBytes)
        #expect(raw.isEmpty, "raw control bytes: \(result)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("schema problems that quote the file's text escape it")
    func quotedSchemaProblems() async throws {
        var text = String(decoding: try Fixtures.bytes(file), as: UTF8.self)
        for (old, new) in [
            (#""status": "planned""#, #""status": "\u001b[2J""#),
            (#""due": "2027-06-30""#, #""due": "\u001b]0;pwned\u0007""#),
            (#""id": "CE2","#, #""id": "CE2", "\u009b2J": 1,"#),
            (#""id": "CE3""#, #""id": "\u001b[2J""#),
        ] {
            let range = try #require(text.range(of: old))
            text.replaceSubrange(range, with: new)
        }
        try Fixtures.write(Array(text.utf8), to: file)
        let result = try await run(["validate"])
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stderr.contains(#"\e[2J"#), "\(result)")
        #expect(result.stderr.contains("4 problems"), "\(result)")
    }
}
