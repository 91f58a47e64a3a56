import Foundation
import RoadmapCore
import Testing

/// `roadmap snapshot`: the built binary prints the core's golden files,
/// writes --output atomically, and refuses bad options with exit 64.
@Suite("roadmap snapshot")
struct SnapshotCommandTests {
    /// `Tests/RoadmapCoreTests`, where the fixture roadmap and the golden files live.
    static let coreTests = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("RoadmapCoreTests")
    /// The golden files were made in Bangkok time.
    static let bangkok = ["TZ": "Asia/Bangkok"]

    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = sandbox.file("roadmap.json")
        try Fixtures.write(Fixtures.bytes(Self.coreTests.appendingPathComponent("Fixtures/snapshot-roadmap.json")), to: file)
    }

    private func golden(_ name: String) throws -> String {
        String(decoding: try Fixtures.bytes(Self.coreTests.appendingPathComponent("Snapshots/\(name)")), as: UTF8.self)
    }

    private func snapshot(_ arguments: String..., environment: [String: String] = bangkok) async throws -> ProcessOutput {
        try await sandbox.roadmap(["snapshot", "--file", file.path, "--today", "2026-11-27"] + arguments, environment: environment)
    }

    @Test("each format prints the golden file, in English and in Thai (Buddhist Era by default)", arguments: [
        ("text", "txt"), ("markdown", "md"), ("json", "json"), ("html", "html"),
    ])
    func formats(_ format: String, _ fileExtension: String) async throws {
        let english = try await snapshot("--format", format, "--lang", "en")
        #expect(english.exitCode == 0, "\(english)")
        #expect(english.stdout == (try golden("fixture-2026-W48-en.\(fileExtension)")), "\(english)")
        #expect(english.stderr.isEmpty)
        let thai = try await snapshot("--format", format, "--lang", "th")
        #expect(thai.exitCode == 0, "\(thai)")
        #expect(thai.stdout == (try golden("fixture-2026-W48-th-buddhist.\(fileExtension)")), "\(thai)")
    }

    @Test("with --tz, TZ=Asia/Tokyo and TZ=America/New_York print the same bytes, the golden file made in Bangkok")
    func zoneOption() async throws {
        let tokyo = try await snapshot("--tz", "Asia/Bangkok", environment: ["TZ": "Asia/Tokyo"])
        let newYork = try await snapshot("--tz", "Asia/Bangkok", environment: ["TZ": "America/New_York"])
        #expect(tokyo.exitCode == 0, "\(tokyo)")
        #expect(tokyo.stdoutBytes == newYork.stdoutBytes)
        #expect(tokyo.stdout == (try golden("fixture-2026-W48-en.txt")), "\(tokyo)")
        #expect(tokyo.stdout.contains("as of 2026-11-27 (Asia/Bangkok)"))
        // Without --tz the machine's zone counts, and the report says which: CE1 was blocked on Sunday in UTC, Monday in Bangkok.
        let utc = try await snapshot(environment: ["TZ": "UTC"])
        #expect(utc.stdout.contains("as of 2026-11-27 (UTC)") && utc.stdout != tokyo.stdout, "named as $TZ spells it, not GMT: \(utc)")
        let bad = try await snapshot("--tz", "Mars/Olympus")
        #expect(bad.exitCode == 64 && bad.stderr.contains("--tz \"Mars/Olympus\" is not a time zone"), "\(bad)")
    }

    @Test("--today pins the report to the file as it was that day: a milestone added and a status set later are not in it")
    func pastDayFromHistory() async throws {
        let w47 = try await sandbox.roadmap(["snapshot", "--file", file.path, "--today", "2026-11-20", "--tz", "Asia/Bangkok"])
        #expect(w47.exitCode == 0, "\(w47)")
        #expect(!w47.stdout.contains("SME3"), "SME3 is added on 25 Nov: \(w47.stdout)")
        let sc3 = w47.stdout.split(separator: "\n").filter { $0.hasPrefix("SC3 ") && $0.contains("2026-12-04") }
        #expect(!sc3.isEmpty && sc3.allSatisfy { $0.contains(" planned ") }, "SC3 starts on 25 Nov: \(w47.stdout)")
        #expect(w47.stdout.contains("as of 2026-11-20 (Asia/Bangkok)"), "\(w47.stdout)")
        let later = try await sandbox.roadmap(["snapshot", "--file", file.path, "--today", "2027-02-01", "--week", "2026-W47", "--tz", "Asia/Bangkok"])
        #expect(later.stdout.contains("as of 2026-11-22 (Asia/Bangkok)") && !later.stdout.contains("SME3"), "\(later.stdout)")
    }

    @Test("--date and --week pick the same week as today; two runs give the same bytes")
    func weekSelection() async throws {
        let plain = try await snapshot()
        let byDate = try await snapshot("--date", "2026-11-23")
        let byRelativeDate = try await snapshot("--date", "-4d")
        let byWeek = try await snapshot("--week", "2026-w48")
        let again = try await snapshot()
        #expect(plain.exitCode == 0, "\(plain)")
        for other in [byDate, byRelativeDate, byWeek, again] {
            #expect(other.stdoutBytes == plain.stdoutBytes, "\(other)")
        }
        let previous = try await snapshot("--week", "2026-W47")
        #expect(previous.stdout.contains("Week 47 (16–22 Nov 2026)"), "\(previous)")
        #expect(previous.stdout.contains("SC1  Confirm EID framework and working groups\n     status: planned → in-progress\n"))
    }

    @Test("changes are put in weeks by local time: TZ moves the Sunday-night change into the next week")
    func timeZoneFromEnvironment() async throws {
        // CE1's change is Sunday 23:59 in Bangkok but 16:59 UTC; CE2's is Monday 00:00 in Bangkok but Sunday 17:00 UTC.
        let bangkok = try await snapshot("--week", "2026-W47")
        let utc = try await snapshot("--week", "2026-W47", environment: ["TZ": "UTC"])
        #expect(bangkok.stdout.contains("CE1  End-of-life") && !bangkok.stdout.contains("CE2  Draft"), "\(bangkok)")
        #expect(utc.stdout.contains("CE1  End-of-life") && utc.stdout.contains("CE2  Draft"), "\(utc)")
    }

    @Test("--output writes the file atomically and prints nothing")
    func output() async throws {
        let target = sandbox.file("out/report.md")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let written = try await snapshot("--format", "markdown", "--output", target.path)
        #expect(written.exitCode == 0, "\(written)")
        #expect(written.stdout.isEmpty && written.stderr.isEmpty, "\(written)")
        #expect(String(decoding: try Fixtures.bytes(target), as: UTF8.self) == (try golden("fixture-2026-W48-en.md")))
        #expect(Fixtures.temporaries(besides: target).isEmpty)

        let missing = sandbox.file("no/such/folder/report.txt")
        let failed = try await snapshot("--output", missing.path)
        #expect(failed.exitCode == 73, "\(failed)")  // cannot create: the folder is missing
        #expect(failed.stderr.contains(missing.deletingLastPathComponent().path), "\(failed)")
    }

    @Test("text fits --width in every language and sends no control bytes but newlines and form feeds", arguments: ["en", "th", "ja"])
    func widthAndBytes(_ language: String) async throws {
        for width in [40, 60, 80, 120] {
            let result = try await snapshot("--lang", language, "--width", String(width))
            #expect(result.exitCode == 0, "\(result)")
            for line in result.stdout.split(separator: "\n") {
                #expect(DisplayWidth.of(line) <= width, "\(width): \(line)")
            }
            #expect(TerminalBytes.rawControls(in: result.stdoutBytes).allSatisfy { $0.byte == 0x0C }, "\(result)")
        }
    }

    @Test("the built-in roadmap's snapshot (the README's sample)")
    func builtIn() async throws {
        let builtIn = sandbox.file("builtin.json")
        try Fixtures.builtInFile(at: builtIn)
        let result = try await sandbox.roadmap("snapshot", "--file", builtIn.path, "--today", "2026-11-26", "--tz", "Asia/Bangkok")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == (try golden("builtin-2026-W48-en.txt")), "\(result)")
    }

    @Test("usage errors exit 64 and write nothing to stdout", arguments: [
        ["--week", "2026-W48", "--date", "2026-11-27"], ["--week", "2025-W53"], ["--week", "2026-48"], ["--width", "39"],
        ["--width", "wide"], ["--format", "pdf"], ["--calendar", "julian"], ["--lang", "xx"], ["--date", "someday"],
        ["--today", "2026-13-01"], ["--page-length", "19"], ["--page-length", "10001"], ["--page-length", "a4"], ["--tz", ""],
        ["--tz", "Asia/Nowhere"], ["--tz", "../../etc/passwd"], ["--ascii", "--format", "html"], ["--lang", "th,xx"], ["--lang", "th,en,ja"],
        ["--lang", "th,th"], ["--lang", "th,"], ["--fiscal", "xx", "--format", "html"], ["--fiscal", "th"],
    ])
    func usageErrors(_ arguments: [String]) async throws {
        let result = try await sandbox.roadmap(["snapshot", "--file", file.path] + arguments)
        #expect(result.exitCode == 64, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(!result.stderr.isEmpty)
    }

    @Test("a missing file exits 66; a broken one 65")
    func badFiles() async throws {
        let missing = try await sandbox.roadmap("snapshot", "--file", sandbox.file("missing.json").path)
        #expect(missing.exitCode == 66, "\(missing)")
        let broken = sandbox.file("broken.json")
        try Fixtures.write(Array("{\"schema\": 1,".utf8), to: broken)
        let result = try await sandbox.roadmap("snapshot", "--file", broken.path)
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stdout.isEmpty)
    }
}
