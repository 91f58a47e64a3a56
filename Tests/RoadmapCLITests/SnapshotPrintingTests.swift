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

    /// The built-in roadmap after a busy week (the core tests' fixture: seven changes with reasons in 2026-W49).
    static let busyWeek = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RoadmapCoreTests/Fixtures/busy-week-roadmap.json")

    @Test("--summary of the built-in roadmap and of a busy week prints on one sheet, A4 at the default page length and Letter at 49 lines", arguments: [
        ("en", "a4", 0), ("th", "a4", 0), ("ja", "a4", 0), ("th,en", "a4", 0), ("ja,en", "a4", 0),
        ("en", "letter", 49), ("th", "letter", 49), ("ja", "letter", 49), ("th,en", "letter", 49), ("ja,en", "letter", 49),
    ])
    func summaryIsOneSheet(_ language: String, _ paper: String, _ pageLength: Int) async throws {
        try #require(ExternalTools.enabled(ExternalTools.paps), "paps is not installed (apt-get install paps fonts-thai-tlwg fonts-noto-cjk)")
        let sandbox = try RoadmapSandbox()
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let busy = sandbox.file("busy.json")
        try Fixtures.write(Fixtures.bytes(Self.busyWeek), to: busy)
        let length = pageLength > 0 ? ["--page-length", String(pageLength)] : []
        for (path, today) in [(file.path, "2026-11-26"), (file.path, "2026-12-05"), (busy.path, "2026-12-05")] {
            let report = try await sandbox.roadmap(
                ["snapshot", "--summary", "--file", path, "--today", today, "--tz", "Asia/Bangkok", "--lang", language] + length)
            #expect(report.exitCode == 0, "\(report)")
            #expect(!report.stdout.contains("\u{0C}"), "\(language) \(path) \(today): one page")
            try Fixtures.write(report.stdoutBytes, to: sandbox.file("summary.txt"))
            let printed = try await sandbox.bash("paps --paper \(paper) --font 'Monospace 10' summary.txt 2>/dev/null | grep -a '^%%Pages: [0-9]'")
            #expect(printed.stdout == "%%Pages: 1\n", "\(language) \(path) \(today) on \(paper): \(printed)")
        }
    }
}

/// The HTML report printed as a browser prints it: headless Chromium to PDF,
/// read with poppler's pdfinfo and pdftotext.
@Suite("roadmap snapshot printed from the browser")
struct SnapshotBrowserPrintingTests {
    /// Prints `html` with headless Chromium on `paper` (the browser's
    /// default, Letter, or A4 as a print dialog sets it: `@page { size }`)
    /// and returns the PDF's page count and text.
    static func print(_ html: String, paper: String?, in sandbox: RoadmapSandbox) async throws -> (pages: Int, text: String) {
        let sized = paper.map { html.replacingOccurrences(of: "</style>", with: "@page { size: \($0); }\n</style>") } ?? html
        try Fixtures.write(Array(sized.utf8), to: sandbox.file("report.html"))
        let printed = try await sandbox.bash("""
            chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$PWD/chromium" \
              --print-to-pdf="$PWD/report.pdf" "file://$PWD/report.html" >/dev/null 2>&1
            pdfinfo report.pdf | sed -n 's/^Pages: *//p'
            pdftotext -layout report.pdf -
            """, timeout: 120)
        let lines = printed.stdout.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        return (Int(lines.first ?? "") ?? 0, lines.count > 1 ? String(lines[1]) : "")
    }

    @Test("--summary of the built-in roadmap is one page on A4 and on Letter, in English, Thai and Japanese, and in two languages", arguments: [
        ("en", "A4"), ("th", "A4"), ("ja", "A4"), ("en", "letter"), ("th", "letter"), ("ja", "letter"),
        ("th,en", "A4"), ("ja,en", "A4"), ("th,ja", "A4"), ("th,en", "letter"), ("ja,en", "letter"), ("th,ja", "letter"),
    ])
    func summaryIsOnePage(_ language: String, _ paper: String) async throws {
        try #require(ExternalTools.enabled(ExternalTools.chromium), "chromium and poppler-utils are not installed")
        let sandbox = try RoadmapSandbox()
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let report = try await sandbox.roadmap(["snapshot", "--file", file.path, "--today", "2026-11-26", "--tz", "Asia/Bangkok",
                                                "--lang", language, "--format", "html", "--summary"])
        #expect(report.exitCode == 0, "\(report)")
        let printed = try await Self.print(report.stdout, paper: paper, in: sandbox)
        #expect(printed.pages == 1, "\(language) on \(paper): \(printed.text)")
        let footer = ["en": "Page 1 of 1", "th": "หน้า 1 จาก 1", "ja": "1 / 1 ページ"][String(language.prefix(2))]!
        #expect(printed.text.contains(footer), "\(printed.text)")
        #expect(printed.text.contains("2026-W48"), "the week is in the page's header")
    }

    @Test("the full report: page one, then the workstreams' tables from page two; week and page x of y on every page")
    func fullReportPages() async throws {
        try #require(ExternalTools.enabled(ExternalTools.chromium), "chromium and poppler-utils are not installed")
        let sandbox = try RoadmapSandbox()
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let report = try await sandbox.roadmap(["snapshot", "--file", file.path, "--today", "2026-11-26", "--tz", "Asia/Bangkok", "--format", "html"])
        let printed = try await Self.print(report.stdout, paper: "A4", in: sandbox)
        #expect(printed.pages >= 2)
        let pages = printed.text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count == printed.pages)
        for (i, page) in pages.enumerated() {
            #expect(page.contains("Page \(i + 1) of \(printed.pages)") && page.contains("Week 48 (23–29 Nov 2026) · 2026-W48"), "page \(i + 1): \(page)")
        }
        #expect(!pages[0].contains("SME6") && pages[1].contains("Next-generation industrial supply chains"), "\(pages)")
        // Late and blocked rows are marked by glyph, not colour alone.
        #expect(pages[0].contains("▲ at-risk") && pages[0].contains("■ blocked") && pages[0].contains("✗ off track"))
    }
}
