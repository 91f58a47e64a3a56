import Foundation
import RoadmapCore
import Testing

/// Nothing from a path or an argument drives the terminal: every message that
/// quotes one shows its escape sequences, bidi controls and invisible
/// characters as visible escapes, and the exit codes stay what they were.
@Suite("terminal safety of messages")
struct MessageSafetyTests {
    /// A name that would set the window title, clear the screen, start a CSI, flip the text and hide a space.
    static let evilName = "evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}6n\u{202E}\u{200B}.json"
    static let shownName = #"evil\e]0;pwned\u0007\e[2J\u009B6n\u202E\u200B.json"#

    let sandbox: RoadmapSandbox

    init() throws {
        sandbox = try RoadmapSandbox()
    }

    /// Runs roadmap and checks that neither stream holds a raw control, bidi or invisible scalar.
    private func run(
        _ arguments: [String], environment: [String: String] = [:], expecting code: Int32,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> ProcessOutput {
        let result = try await sandbox.roadmap(arguments, environment: environment)
        #expect(result.exitCode == code, "\(result)", sourceLocation: sourceLocation)
        for (name, bytes) in [("stdout", result.stdoutBytes), ("stderr", result.stderrBytes)] {
            #expect(TerminalBytes.rawControls(in: bytes).isEmpty, "raw control bytes in \(name): \(result)", sourceLocation: sourceLocation)
            let unsafe = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 != "\n" && TerminalSafe.isUnsafe($0) }
            #expect(unsafe.isEmpty, "raw \(unsafe.map { "U+\(String($0.value, radix: 16))" }) in \(name): \(result)",
                    sourceLocation: sourceLocation)
        }
        return result
    }

    @Test func aSyntaxErrorShowsTheFileNameEscaped() async throws {
        let file = sandbox.file(Self.evilName)
        try Fixtures.write(Array("{ bad".utf8), to: file)
        let result = try await run(["list", "--file", file.path], expecting: 65)
        #expect(result.stderr.contains(Self.shownName + ":1:3: not valid JSON"), "\(result)")
    }

    @Test func aMissingFileIsNamedEscaped() async throws {
        let result = try await run(["list", "--file", Self.evilName], expecting: 66)
        #expect(result.stderr.contains("roadmap: \(Self.shownName): no such file"), "\(result)")
        #expect(result.stderr.contains("roadmap init \(Self.shownName)`"), "\(result)")
    }

    @Test func initNamesTheFileEscaped() async throws {
        let created = try await run(["init", Self.evilName], expecting: 0)
        #expect(created.stdout == "created \(Self.shownName) from the built-in EID roadmap\n", "\(created)")
        let exists = try await run(["init", Self.evilName], expecting: 73)
        #expect(exists.stderr.contains("\(Self.shownName) already exists"), "\(exists)")
        let valid = try await run(["validate", "--file", Self.evilName], expecting: 0)
        #expect(valid.stdout.hasPrefix("\(Self.shownName): valid roadmap"), "\(valid)")
        // The default file, made on first use under $XDG_DATA_HOME, is announced on stderr.
        let data = sandbox.file("x\u{1B}[2J").path
        let first = try await run(["list"], environment: ["XDG_DATA_HOME": data], expecting: 0)
        #expect(first.stderr.contains(#"created "# + sandbox.file(#"x\e[2J/roadmap/roadmap.json"#).path), "\(first)")
    }

    @Test func importNamesTheFileEscaped() async throws {
        let roadmap = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let missing = try await run(["import", "--from", "csv", Self.evilName, "--file", roadmap.path], expecting: 66)
        #expect(missing.stderr.contains("roadmap: \(Self.shownName): no such file to import."), "\(missing)")
        let csv = sandbox.file(Self.evilName)
        try Fixtures.write(Array("bogus\u{1B}[2J\n1\n".utf8), to: csv)
        let bad = try await run(["import", "--from", "csv", csv.path, "--file", roadmap.path], expecting: 65)
        #expect(bad.stderr.contains(Self.shownName), "\(bad)")
        let taskwarrior = try await run(["import", "--from", "taskwarrior", csv.path, "--file", roadmap.path], expecting: 65)
        #expect(taskwarrior.stderr.contains(Self.shownName + ":1:1: not valid JSON"), "\(taskwarrior)")
    }

    @Test func mergeNamesItsFilesEscaped() async throws {
        let missing = try await run(["merge", Self.evilName, Self.evilName, Self.evilName], expecting: 66)
        #expect(missing.stderr.contains("\(Self.shownName): no such file"), "\(missing)")
        // A conflict, reported under git's name for the file.
        let base = try Fixtures.builtInFile(at: sandbox.file("base.json"))
        var ours = try Fixtures.load(base)
        var theirs = ours
        let sc1 = try #require(ours.locate("SC1"))
        ours[sc1].owner = "ours\u{1B}[5m"
        theirs[sc1].owner = "theirs\u{202E}"
        let oursFile = sandbox.file("ours.json"), theirsFile = sandbox.file("theirs.json")
        try Fixtures.write(ours, to: oursFile)
        try Fixtures.write(theirs, to: theirsFile)
        let merged = try await run(["merge", base.path, oursFile.path, theirsFile.path, Self.evilName], expecting: 1)
        #expect(merged.stderr.hasPrefix("roadmap merge: \(Self.shownName): 1 conflict"), "\(merged)")
        #expect(merged.stderr.contains(#"ours "ours\e[5m" (kept), theirs "theirs\u202E""#), "\(merged)")
    }

    @Test("ArgumentParser's own errors quote arguments escaped", arguments: [
        (["list", "--bo\u{1B}[2Jgus"], #"Unknown option '--bo\e[2Jgus'"#),
        (["\u{1B}]0;pwned\u{07}"], #"Unexpected argument '\e]0;pwned\u0007'"#),
        (["timeline", "--width", "\u{9B}2J\u{2066}"], #"The value '\u009B2J\u2066' is invalid for '--width <n>'"#),
        (["list", "--lang", "\u{200B}"], #"--lang "\u200B": "\u200B" is not a language; use en, th or ja"#),
        (["list", "--today", "\u{1B}[2J\u{FEFF}"], #"--today "\e[2J\uFEFF" is not a date"#),
    ])
    func argumentParserErrors(arguments: [String], message: String) async throws {
        let result = try await run(arguments + ["--file", sandbox.file("none.json").path], expecting: 64)
        #expect(result.stderr.hasPrefix("Error: "), "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
        #expect(result.stderr.contains("Usage: roadmap"), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test("help still goes to standard output and exits 0", arguments: [["--help"], ["list", "--help"], ["help", "merge"]])
    func help(arguments: [String]) async throws {
        let result = try await run(arguments, expecting: 0)
        #expect(result.stdout.contains("USAGE: roadmap"), "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test func zeroWidthAndBidiTextIsShownVisiblyAndEscapedInJSON() async throws {
        let file = sandbox.file("roadmap.json")
        var roadmap = BuiltInRoadmap.load()
        let sc1 = try #require(roadmap.locate("SC1"))
        let title = "pay\u{200B}ment\u{2060} bidi\u{202E}gpj.exe tag\u{E0041}\u{FEFF} csi\u{9B}2J 👨\u{200D}👩 ก\u{200D}ข"
        roadmap[sc1].title = LocalizedText(title)
        roadmap[sc1].owner = "\u{2066}owner\u{2069}"
        try Fixtures.write(roadmap, to: file)
        let shown = #"pay\u200Bment\u2060 bidi\u202Egpj.exe tag\uE0041\uFEFF csi\u009B2J "# + "👨\u{200D}👩 ก\u{200D}ข"
        let arguments = ["--file", file.path, "--today", "2026-11-26"]
        let show = try await run(["show", "SC1"] + arguments, expecting: 0)
        #expect(show.stdout.contains(shown), "\(show)")
        #expect(show.stdout.contains(#"\u2066owner\u2069"#), "\(show)")
        let list = try await run(["list", "--workstream", "supply-chain"] + arguments, expecting: 0)
        #expect(list.stdout.contains(#"pay\u200Bment"#), "\(list)")
        for command in [["show", "SC1", "--json"], ["list", "--json"], ["export", "--format", "json"], ["snapshot", "--format", "json"]] {
            let result = try await run(command + arguments, expecting: 0)
            #expect(result.stdout.contains(#"pay\u200bment\u2060 bidi\u202egpj.exe tag\udb40\udc41\ufeff csi\u009b2J"#), "\(result)")
            _ = try JSONSerialization.jsonObject(with: Data(result.stdoutBytes))
        }
        let json = try await run(["show", "SC1", "--json"] + arguments, expecting: 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any])
        #expect(object["title"] as? String == title, "\(json)")  // one language: a plain string
        #expect(object["owner"] as? String == "\u{2066}owner\u{2069}")
    }
}
