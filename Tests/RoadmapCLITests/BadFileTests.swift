import Foundation
import RoadmapCore
import Testing

/// A file that fails to load is reported with its path and position, and
/// never written, whichever command meets it.
@Suite("bad roadmap files")
struct BadFileTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = sandbox.file("bad roadmap.json")
    }

    /// Every command that reads the file, as an argument list without `--file`.
    static let commands: [[String]] = [
        ["list"], ["list", "--json"], ["show", "SC4"], ["show", "SC4", "--json"], ["set", "SC4", "--status", "done"],
        ["set", "SC4", "--due", "+1w", "--owner", "X"], ["add", "supply-chain", "New milestone"], ["remove", "SC4"], ["validate"],
    ]

    /// The built-in file's lines with `edit` applied to the first line equal to `line` inside milestone `id`.
    private func builtIn(editing line: String, in id: String, to replacement: String) throws -> [String] {
        var lines = LineDiff.lines(Fixtures.builtInBytes)
        let block = try #require(SetCommandTests.milestoneBlock(id, in: lines))
        let index = try #require(lines[block].firstIndex(of: line), "no line \(line) in \(id)")
        lines[index] = replacement
        return lines
    }

    /// Runs every command on the file and checks exit 65, the message, and that not a byte changed.
    private func expectRefusedEverywhere(
        message: (ProcessOutput) -> Bool, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let before = try Fixtures.bytes(file)
        for command in Self.commands {
            let result = try await sandbox.roadmap(command + ["--file", file.path])
            #expect(result.exitCode == 65, "\(result)", sourceLocation: sourceLocation)
            #expect(message(result), "\(result)", sourceLocation: sourceLocation)
            #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
            #expect(try Fixtures.bytes(file) == before, "\(command) changed the file", sourceLocation: sourceLocation)
            #expect(Fixtures.temporaries(besides: file).isEmpty, sourceLocation: sourceLocation)
        }
        let validate = try await sandbox.roadmap("validate", file.path)
        #expect(validate.exitCode == 65, "\(validate)", sourceLocation: sourceLocation)
        #expect(message(validate), "\(validate)", sourceLocation: sourceLocation)
    }

    @Test("a missing comma in the middle: exit 65 and FILE:LINE:COLUMN of the next token, file unchanged")
    func missingComma() async throws {
        // `"status": "planned",` loses its comma: the parser stops at the `"start"` on the next line.
        var lines = try builtIn(editing: #"          "status": "planned","#, in: "SC4", to: #"          "status": "planned""#)
        let statusLine = try #require(lines.firstIndex(of: #"          "status": "planned""#))
        #expect(lines[statusLine + 1].hasPrefix(#"          "start": "#))
        lines.append("")
        try Fixtures.write(Array(lines.dropLast().joined(separator: "\n").utf8), to: file)
        let position = "\(file.path):\(statusLine + 2):11:"
        #expect(statusLine > 50 && statusLine < lines.count - 50, "the error is in the middle of the file")
        try await expectRefusedEverywhere { $0.stderr.contains(position) }
    }

    @Test("a stray character after Japanese text: the column counts characters, not bytes or cells")
    func strayCharacterAfterJapanese() async throws {
        let original = #"            "ja": "クリーンエネルギー産業の協力""#
        let lines = try builtIn(editing: original, in: "SC4", to: original + " x")
        let line = try #require(lines.firstIndex(of: original + " x"))
        try Fixtures.write(Array(lines.joined(separator: "\n").utf8), to: file)
        let column = original.unicodeScalars.count + 2
        #expect(column == 36, "34 characters (62 bytes, 48 cells), a space, then the x")
        try await expectRefusedEverywhere { $0.stderr.contains("\(file.path):\(line + 1):\(column):") }
    }

    @Test("a file cut off half-way: exit 65 with the position at the end, file unchanged")
    func truncated() async throws {
        let bytes = Fixtures.builtInBytes
        let cut = Array(bytes[..<(bytes.count / 2)])
        try Fixtures.write(cut, to: file)
        let text = String(decoding: cut, as: UTF8.self)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        try await expectRefusedEverywhere { $0.stderr.contains("\(file.path):\(lineCount):") }
    }

    @Test("schema errors: every problem is listed as FILE:LINE:COLUMN: with the milestone's id, in every command, file unchanged")
    func schemaProblems() async throws {
        var text = String(decoding: Fixtures.builtInBytes, as: UTF8.self)
        // Each edit, and where its problem is: the text it starts with in the new line.
        let edits = [
            (#""owner": "MOI / METI""#, #""owner": 5"#, "5"),
            (#""due": "2026-09-30""#, #""due": "2026-13-01""#, #""2026-13-01""#),
            (#""status": "blocked""#, #""status": "stuck""#, #""stuck""#),
            (#""id": "CE1""#, #""id": "sc1""#, #""sc1""#),
            (#""id": "CE2","#, #""id": "CE2", "colour": "red","#, #""colour""#),
        ]
        // In the milestones, not in the baseline before them, which names the same ids and dates.
        for (old, new, _) in edits {
            let workstreams = try #require(text.range(of: #""workstreams""#))
            let range = try #require(text.range(of: old, range: workstreams.upperBound..<text.endIndex))
            text.replaceSubrange(range, with: new)
        }
        try Fixtures.write(Array(text.utf8), to: file)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var positions: [String] = []
        for (_, new, at) in edits {
            let line = try #require(lines.firstIndex { $0.contains(new) })
            let start = try #require(lines[line].range(of: new)).lowerBound
            let before = lines[line][..<start].unicodeScalars.count + new[..<(try #require(new.range(of: at))).lowerBound].unicodeScalars.count
            positions.append("\(file.path):\(line + 1):\(before + 1): ")
        }
        let expected = [
            "(5 problems)",
            positions[0] + "milestone SC1 owner: expected a string",
            positions[1] + #"milestone SME4 due: "2026-13-01": there is no month 13"#,
            positions[2] + #"milestone CE3 status: "stuck""#,
            positions[3] + #"milestone sc1 id: "sc1" is already used by workstreams[0].milestones[0]"#,
            positions[4] + #"milestone CE2: unknown key "colour""#,
        ]
        try await expectRefusedEverywhere { result in expected.allSatisfy { result.stderr.contains($0) } }
    }

    @Test("a file from a newer version (schema 5) is refused with a message saying so, and never rewritten")
    func newerSchema() async throws {
        var text = String(decoding: Fixtures.builtInBytes, as: UTF8.self)
        let range = try #require(text.range(of: #""schema": 3,"#))
        // A newer format may well have keys this version does not know.
        text.replaceSubrange(range, with: #""schema": 5,"# + "\n  \"calendars\": [\"gregorian\", \"buddhist\"],")
        try Fixtures.write(Array(text.utf8), to: file)
        try await expectRefusedEverywhere { result in
            result.stderr.contains(self.file.path) && result.stderr.contains("newer") && result.stderr.contains("schema 5")
                && !result.stderr.contains("calendars")
        }
    }

    @Test("a file that is not JSON at all (binary, empty) is refused without a crash")
    func notJSON() async throws {
        for bytes in [[UInt8](), [0xFF, 0xFE, 0x00, 0x7B], Array("roadmap: yes\n".utf8)] {
            try Fixtures.write(bytes, to: file)
            try await expectRefusedEverywhere { $0.stderr.contains("\(self.file.path):1:") }
        }
    }
}
