import Foundation
import Testing

/// The report options of issue 13 through the binary: two languages for
/// snapshot only, --fiscal for the quarter zoom and the HTML picture, --ascii.
@Suite("snapshot and timeline: --lang pairs, --fiscal, --ascii")
struct ReportOptionsTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() async throws {
        sandbox = try RoadmapSandbox()
        file = sandbox.file("roadmap.json")
        _ = try await sandbox.roadmap("init", file.path)
    }

    private func run(_ arguments: String...) async throws -> ProcessOutput {
        try await sandbox.roadmap(arguments + ["--file", file.path, "--today", "2026-11-26"])
    }

    @Test("snapshot --lang th,en: the Thai interface, titles in Thai and English")
    func pair() async throws {
        let result = try await run("snapshot", "--lang", "th,en")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("ความเคลื่อนไหวในสัปดาห์นี้") && result.stdout.contains("วางระบบเศรษฐกิจหมุนเวียนและรีไซเคิล / Circular economy and recycling"), "\(result)")
        let html = try await run("snapshot", "--lang", "ja,en", "--format", "html")
        #expect(html.exitCode == 0 && html.stdout.contains("<html lang=\"ja\">") && html.stdout.contains("今週の動き")
                && html.stdout.contains("循環経済・リサイクル") && html.stdout.contains("Circular economy and recycling"), "\(html.stdout.prefix(600))")
    }

    @Test("a pair or a bad language is refused (64) where one language is shown, naming what is wrong", arguments: [
        (["snapshot", "--lang", "th,xx"], "\"xx\" is not a language"), (["list", "--lang", "th,en"], "--lang takes one language here"),
        (["show", "SC1", "--lang", "ja,en"], "--lang takes one language here"), (["set", "SC1", "--title", "x", "--lang", "th,en"], "--lang takes one language here"),
        (["timeline", "--lang", "th,ja"], "--lang takes one language here"), (["export", "--format", "csv", "--lang", "en,th"], "--lang takes one language here"),
        (["snapshot", "--lang", "en,th,ja"], "give one language, or two different ones"),
    ])
    func refused(_ arguments: [String], _ message: String) async throws {
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap(arguments + ["--file", file.path])
        #expect(result.exitCode == 64 && result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("timeline --zoom quarter --fiscal th|jp names fiscal quarters and years; --fiscal needs the quarter zoom, and th or jp")
    func fiscalTimeline() async throws {
        let thai = try await run("timeline", "--zoom", "quarter", "--fiscal", "th", "--width", "100")
        #expect(thai.exitCode == 0 && thai.stdout.contains("FY2570") && thai.stdout.split(separator: "\n")[1].contains("Q4    Q1    Q2"), "\(thai)")
        let japanese = try await run("timeline", "--zoom", "quarter", "--fiscal", "jp", "--lang", "ja", "--width", "100")
        #expect(japanese.exitCode == 0 && japanese.stdout.contains("2027年度"), "\(japanese)")
        for arguments in [["timeline", "--fiscal", "th"], ["timeline", "--zoom", "quarter", "--fiscal", "us"], ["snapshot", "--fiscal", "jp"]] {
            let result = try await sandbox.roadmap(arguments + ["--file", file.path])
            #expect(result.exitCode == 64 && result.stdout.isEmpty && result.stderr.contains("--fiscal"), "\(result)")
        }
        let html = try await run("snapshot", "--format", "html", "--fiscal", "th")
        #expect(html.exitCode == 0 && html.stdout.contains(">Q2 FY2570</text>"), "\(html.stderr)")
    }

    @Test("snapshot --ascii prints the English report in ASCII alone")
    func ascii() async throws {
        let result = try await run("snapshot", "--ascii", "--timeline", "--lang", "en")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdoutBytes.allSatisfy { $0 < 0x80 }, "\(result.stdout.unicodeScalars.filter { $0.value >= 0x80 })")
        #expect(result.stdout.contains("x off track") && result.stdout.contains("Page 1 of "))
    }
}
