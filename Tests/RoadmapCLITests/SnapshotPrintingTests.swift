import Foundation
import Testing

/// The text snapshot's pages are the printer's pages: printed as the README
/// says (`paps --font "Monospace 10"`), each form feed starts a sheet and no
/// page spills onto an extra one, in English, Thai and Japanese, on A4 at
/// the default page length and on US Letter at 49 lines.
@Suite("roadmap snapshot on paper")
struct SnapshotPrintingTests {
    @Test("paps prints one sheet per page of the text snapshot", arguments: [
        ("en", "a4", 0), ("th", "a4", 0), ("ja", "a4", 0), ("en", "letter", 49), ("th", "letter", 49), ("ja", "letter", 49),
    ])
    func sheetsArePages(_ language: String, _ paper: String, _ pageLength: Int) async throws {
        try #require(ExternalTools.enabled(ExternalTools.paps), "paps is not installed (apt-get install paps fonts-thai-tlwg fonts-noto-cjk)")
        let sandbox = try RoadmapSandbox()
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let length = pageLength > 0 ? ["--page-length", String(pageLength)] : []
        let report = try await sandbox.roadmap(
            ["snapshot", "--file", file.path, "--today", "2026-11-26", "--tz", "Asia/Bangkok", "--lang", language] + length)
        #expect(report.exitCode == 0, "\(report)")
        let pages = report.stdout.split(separator: "\u{0C}", omittingEmptySubsequences: false).count
        #expect(pages > 1, "the built-in roadmap's report is longer than a page")
        try Fixtures.write(report.stdoutBytes, to: sandbox.file("report.txt"))
        let printed = try await sandbox.bash("paps --paper \(paper) --font 'Monospace 10' report.txt 2>/dev/null | grep -a '^%%Pages: [0-9]'")
        #expect(printed.stdout == "%%Pages: \(pages)\n", "\(language) on \(paper): \(printed)")
    }
}
