import Foundation
import RoadmapCore
import Testing

/// `roadmap timeline` and `roadmap snapshot --timeline`: plain text that fits
/// its width, with the time axis at the same column in every language.
@Suite("roadmap timeline")
struct TimelineCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        var roadmap = BuiltInRoadmap.load()
        roadmap[roadmap.locate("CE5")!].start = CalendarDay(iso: "2026-12-07")  // due 2027-02-26
        roadmap[roadmap.locate("SC7")!].title = LocalizedText("evil \u{1B}[2J title")
        file = sandbox.file("roadmap.json")
        try Fixtures.write(roadmap, to: file)
    }

    private func timeline(_ arguments: String...) async throws -> ProcessOutput {
        try await sandbox.roadmap(["timeline", "--file", file.path, "--today", "2026-11-26"] + arguments)
    }

    /// The display column where the time axis starts on each milestone row,
    /// found from the today line's column (the same on every row).
    private func todayColumns(_ lines: [String], glyph: Character = "│") -> Set<Int> {
        var columns = Set<Int>()
        for line in lines where line.hasPrefix("SC") || line.hasPrefix("SME") || line.hasPrefix("CE") {
            guard let index = line.firstIndex(of: glyph) else { continue }
            columns.insert(DisplayWidth.of(line[..<index]))
        }
        return columns
    }

    @Test(arguments: [("en", 80), ("th", 80), ("ja", 80), ("th", 160), ("en", 41)])
    func fitsTheWidthWithoutEscapesAndTheAxisLinesUp(_ language: String, _ width: Int) async throws {
        let result = try await timeline("--lang", language, "--width", "\(width)")
        #expect(result.exitCode == 0, "\(result)")
        #expect(!result.stdout.utf8.contains(0x1B), "no escape byte")
        let unsafe = result.stdout.unicodeScalars.filter { $0 != "\n" && TerminalSafe.isUnsafe($0) }
        #expect(unsafe.isEmpty, "no control character")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        // The legend, then the line naming the built-in's baseline (its ghosts ┆).
        let legendLines = (width < 80 ? 3 : width < 100 ? 2 : 1) + 1
        #expect(lines.count == 3 + 3 + 21 + legendLines, "\(result.stdout)")
        for line in lines { #expect(DisplayWidth.of(line) <= width, "too wide: \(line)") }
        let labelWidth = TimelineChart.labelWidth(forWidth: width)
        let todayColumn = labelWidth + 1 + TimelineScale.around(CalendarDay(iso: "2026-11-26")!, zoom: .month).column(of: CalendarDay(iso: "2026-11-26")!)
        #expect(todayColumns(lines) == [todayColumn], "the today line is at one column in \(language)")
        #expect(lines[2].contains("▼"))
    }

    @Test func thaiUsesBuddhistEraMonthsAndEnglishIsTheDefault() async throws {
        let thai = try await timeline("--lang", "th")
        #expect(thai.stdout.hasPrefix(String(repeating: " ", count: 25) + "พ.ศ. 2569"), "\(thai.stdout)")
        #expect(thai.stdout.contains("ต.ค.  พ.ย.  ธ.ค.  ม.ค."))
        let gregorian = try await timeline("--lang", "th", "--calendar", "gregorian")
        #expect(gregorian.stdout.hasPrefix(String(repeating: " ", count: 25) + "2026"), "\(gregorian.stdout)")
        // --calendar reaches the subcommand although the root command declares it too.
        let snapshot = try await sandbox.roadmap("snapshot", "--file", file.path, "--today", "2026-11-26", "--lang", "th", "--calendar", "gregorian")
        #expect(snapshot.stdout.contains("23–29 พ.ย. 2026"), "\(snapshot.stdout)")
        let english = try await timeline()
        #expect(english.stdout.contains("Oct   Nov   Dec   Jan"))
        #expect(english.stdout.contains("evil \\e[2J"), "titles are made terminal-safe")
    }

    @Test func drawsTheStartBarOverdueFlagAndEdgeArrows() async throws {
        let result = try await timeline()
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let ce5 = try #require(lines.first { $0.hasPrefix("CE5 ") })
        // Month zoom from 2026-10-01: Dec 7 is column 13, Feb 26 column 29.
        let axis = Array(ce5.dropFirst(25))
        #expect(String(axis[13...28]) == String(repeating: "━", count: 16), "\(ce5)")
        #expect(axis[29] == "◐", "\(ce5)")
        let ce2 = try #require(lines.first { $0.hasPrefix("CE2 ") })
        #expect(ce2.contains("▲!"), "an overdue milestone has its flag")
        let ce7 = try #require(lines.first { $0.hasPrefix("CE7 ") }), sc1 = try #require(lines.first { $0.hasPrefix("SC1 ") })
        #expect(ce7.hasSuffix("▸"), "due after the window")
        #expect(sc1.contains("◂"), "due before the window")
    }

    @Test func fromToZoomAndAscii() async throws {
        let result = try await timeline("--from", "2027-01-01", "--to", "2027-03-31", "--zoom", "quarter", "--ascii")
        #expect(result.exitCode == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasSuffix("2027") && lines[1].hasSuffix("Q1"))
        #expect(lines[2].trimmingCharacters(in: .whitespaces) == "+-----", "one quarter: six columns")
        let drawn = result.stdout.filter { "│━▼┬─◂▸○◐▲■✓✗".contains($0) }
        #expect(drawn.isEmpty, "marks and lines in ASCII")
        let reversed = try await timeline("--from", "2027-03-01", "--to", "2027-01-01")
        #expect(reversed.exitCode == 65, "\(reversed)")
        #expect(reversed.stderr.contains("--to 2027-01-01 is before"))
        for zoom in TimelineZoom.allCases {
            // Far from today: entered with --calendar gregorian (refused without it).
            let end = try await timeline("--from", "9998-12-31", "--zoom", zoom.rawValue, "--calendar", "gregorian")
            #expect(end.exitCode == 0, "the last day that can be entered: \(end)")
            let start = try await timeline("--from", "1000-01-01", "--zoom", zoom.rawValue, "--calendar", "gregorian")
            #expect(start.exitCode == 0, "the first day that can be entered: \(start)")
        }
        let narrow = try await timeline("--width", "20")
        #expect(narrow.exitCode == 64)
    }

    @Test func snapshotEndsWithTheTimelineInTextAndInAMarkdownCodeBlock() async throws {
        let text = try await sandbox.roadmap("snapshot", "--file", file.path, "--today", "2026-11-26", "--timeline")
        #expect(text.exitCode == 0, "\(text)")
        let picture = try await timeline()
        // The picture closes the report, then the blank lines down to the page's footer.
        let tail = try #require(text.stdout.components(separatedBy: "Timeline " + String(repeating: "-", count: 80 - 9) + "\n").last)
        #expect(tail.hasPrefix(picture.stdout) && tail.dropFirst(picture.stdout.count).allSatisfy { $0 == "\n" || !$0.isNewline }, "\(text.stdout)")
        #expect(tail.hasSuffix(" of \(text.stdout.components(separatedBy: "\u{0C}").count)\n") && tail.dropFirst(picture.stdout.count).hasPrefix("\n"))
        let plain = try await sandbox.roadmap("snapshot", "--file", file.path, "--today", "2026-11-26")
        #expect(!plain.stdout.contains("Timeline"))
        let markdown = try await sandbox.roadmap("snapshot", "--file", file.path, "--today", "2026-11-26", "--timeline", "--format", "markdown")
        #expect(markdown.stdout.hasSuffix("## Timeline\n\n```\n" + picture.stdout + "```\n"), "\(markdown.stdout)")
        let json = try await sandbox.roadmap("snapshot", "--file", file.path, "--timeline", "--format", "json")
        #expect(json.exitCode == 64 && json.stderr.contains("--timeline goes with --format text or markdown"), "\(json)")
        let thai = try await sandbox.roadmap("snapshot", "--file", file.path, "--today", "2026-11-26", "--timeline", "--lang", "th")
        #expect(thai.stdout.contains("เส้นเวลา") && thai.stdout.contains("พ.ศ. 2569"))
    }

    /// CE5 due 2027-02-26 in baseline "Kickoff", 2027-03-20 in "EID 2026-11", 2027-04-10 now.
    private func baselinedFile() throws -> URL {
        var roadmap = BuiltInRoadmap.load()
        let ce5 = roadmap.locate("CE5")!, at = Timestamp(rfc3339: "2026-11-01T09:00:00Z")!
        _ = try roadmap.saveBaseline(named: "Kickoff", at: at, by: nil)
        roadmap[ce5].due = CalendarDay(iso: "2027-03-20")
        _ = try roadmap.saveBaseline(named: "EID 2026-11", at: at, by: nil)
        roadmap[ce5].due = CalendarDay(iso: "2027-04-10")
        let url = sandbox.file("baselined.json")
        try Fixtures.write(roadmap, to: url)
        return url
    }

    @Test func theBaselineDueDateIsAGhostNamedInTheLegend() async throws {
        let url = try baselinedFile()
        func run(_ arguments: String...) async throws -> (ProcessOutput, [String]) {
            let result = try await sandbox.roadmap(["timeline", "--file", url.path, "--today", "2026-11-26", "--width", "80"] + arguments)
            return (result, result.stdout.split(separator: "\n").map(String.init))
        }
        /// The display column of `glyph` on CE5's row, after the label.
        func column(_ lines: [String], _ glyph: Character) -> Int? {
            guard let row = lines.first(where: { $0.hasPrefix("CE5 ") }), let index = row.firstIndex(of: glyph) else { return nil }
            return DisplayWidth.of(row[..<index]) - 25
        }
        let (latest, lines) = try await run()
        #expect(latest.exitCode == 0, "\(latest)")
        #expect(column(lines, "┆") == 33 && column(lines, "◐") == 37, "Mar 20 in the latest baseline, Apr 10 now\n\(latest.stdout)")
        #expect(lines.last == "┆ due in baseline “EID 2026-11”")
        #expect(lines.filter { $0.contains("┆") }.count == 2, "only the milestone that moved, and the legend")
        let (kickoff, old) = try await run("--baseline", "Kickoff", "--ascii")
        #expect(kickoff.exitCode == 0 && column(old, ":") == 29, "\(kickoff.stdout)")
        #expect(old.last == ": due in baseline “Kickoff”")
        let (japanese, ja) = try await run("--lang", "ja")
        #expect(japanese.exitCode == 0 && ja.last == "┆ ベースライン「EID 2026-11」の期限")
        let (unknown, _) = try await run("--baseline", "EID")
        #expect(unknown.exitCode == 65, "\(unknown)")
        #expect(unknown.stderr.contains("no baseline named \"EID\"") && unknown.stderr.contains("\"Kickoff\", \"EID 2026-11\""), "\(unknown.stderr)")
        var bare = BuiltInRoadmap.load()  // the built-in has a baseline of its own: take it away
        bare.baselines = []
        let bareURL = sandbox.file("bare.json")
        try Fixtures.write(bare, to: bareURL)
        let none = try await sandbox.roadmap("timeline", "--file", bareURL.path, "--today", "2026-11-26", "--baseline", "Kickoff")
        #expect(none.exitCode == 65 && none.stderr.contains("it has none"), "\(none)")
        let snapshot = try await sandbox.roadmap("snapshot", "--file", url.path, "--today", "2026-11-26", "--timeline")
        #expect(snapshot.stdout.contains("┆ due in baseline “EID 2026-11”"), "\(snapshot.stdout)")
    }
}
