import Foundation
import RoadmapCore
import Testing

@Suite("Snapshot: formats")
struct SnapshotFormatTests {
    static let widths = [40, 60, 80, 120]

    /// The fixture with one more milestone whose titles are long in every language.
    static func wideRoadmap() throws -> Roadmap {
        var roadmap = try SnapshotFixture.roadmap()
        roadmap.workstreams[2].milestones.append(Milestone(
            id: "CE-LONG-IDENTIFIER-32-CHARACTERS",
            title: Fixture.trilingual(
                "A very long English title that has to wrap over several lines even on a wide page of one hundred and twenty columns",
                "ศึกษาประสบการณ์ด้านกฎหมายและระบบรีไซเคิลของญี่ปุ่นเพื่อนำมาต่อยอดและวางระบบเศรษฐกิจหมุนเวียนอย่างเป็นรูปธรรมในภาคอุตสาหกรรมไทยทั้งระบบ",
                "日本のリサイクル法制度と実践に学び、タイの産業界全体で循環経済の仕組みを具体的に構築するための長い件名（「折り返し」の確認用）"),
            status: .atRisk, due: Fixture.day("2026-12-01"),
            owner: "Department of Industrial Works / Ministry of Economy, Trade and Industry",
            history: [HistoryEntry(at: Fixture.time("2026-11-25T03:00:00Z"), field: "due", from: "2026-11-20", to: "2026-12-01")]
        ))
        return roadmap
    }

    @Test("no text line is wider than --width", arguments: widths, InterfaceLanguage.allCases)
    func linesFitTheWidth(_ width: Int, _ language: InterfaceLanguage) throws {
        let snapshot = WeeklySnapshot(roadmap: try Self.wideRoadmap(), week: SnapshotFixture.week, today: SnapshotFixture.today,
                                      timeZone: SnapshotFixture.bangkok)
        for calendar in CalendarSystem.allCases {
            let text = snapshot.render(.text, style: SnapshotStyle(language: language, calendar: calendar, width: width))
            for line in text.split(separator: "\n") {
                #expect(DisplayWidth.of(line) <= width, "\(DisplayWidth.of(line)) > \(width): \(line)")
            }
            // Nothing is lost at any width: every id, and the long title's end, is printed whole.
            let flat = text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
            for id in ["SC1", "SME4", "CE4", "CE-LONG-IDENTIFIER-32-CHARACTERS"] where width >= 60 {
                #expect(text.contains(id), "\(id) at \(width)")
            }
            let ending = ["en": "twentycolumns", "th": "ทั้งระบบ", "ja": "確認用）"][language.rawValue]!
            #expect(flat.contains(ending), "the long title is cut at \(width) in \(language)")
        }
    }

    @Test("long titles wrap with a hanging indent under the title column")
    func hangingIndent() throws {
        let text = try SnapshotFixture.snapshot().render(.text)
        #expect(text.contains("""
            SC4   in-progress  2026-11-27  EID secretariat   Adopt the joint Thai–Japan
                                                             cooperation Roadmap under the
            """), "\(text)")
    }

    @Test("the same input gives the same bytes", arguments: SnapshotFormat.allCases)
    func deterministic(_ format: SnapshotFormat) throws {
        let style = SnapshotStyle(language: .th, calendar: .buddhist)
        let first = try SnapshotFixture.snapshot().render(format, style: style)
        let second = try SnapshotFixture.snapshot().render(format, style: style)
        #expect(Array(first.utf8) == Array(second.utf8))
    }

    @Test("text has no escape codes or control characters but newlines and form feeds", arguments: InterfaceLanguage.allCases)
    func plainText(_ language: InterfaceLanguage) throws {
        let text = try SnapshotFixture.snapshot().render(.text, style: SnapshotStyle(language: language))
        let controls = text.unicodeScalars.filter { TerminalSafe.isUnsafe($0) && $0 != "\n" && $0 != "\u{0C}" }
        #expect(controls.isEmpty, "\(controls.map(\.value))")
        #expect(text.contains(#"\e[31mJETRO\e[0m"#), "the owner's escape codes are shown, not sent")
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    }

    @Test("page one alone, when it fits, has no form feed; the workstreams' tables start a new page; every page ends with the footer, the week and page x of y, within 53 lines")
    func pages() throws {
        let builtIn = WeeklySnapshot(roadmap: BuiltInRoadmap.load(), week: SnapshotFixture.week, today: SnapshotFixture.today)
        var summary = SnapshotStyle(width: 120, pageLength: 80)
        summary.summary = true
        let one = builtIn.render(.text, style: summary)
        #expect(!one.contains("\u{0C}") && one.hasSuffix("\n\nWeek 48 (23–29 Nov 2026)" + String(repeating: " ", count: 120 - 24 - 11) + "Page 1 of 1\n"), "\(one)")
        #expect(builtIn.render(.text, style: SnapshotStyle(width: 120, pageLength: 80)).contains("Page 1 of 2\n\u{0C}Moved this week ---"))
        let text = WeeklySnapshot(roadmap: try Self.wideRoadmap(), week: SnapshotFixture.week, today: SnapshotFixture.today,
                                  timeZone: SnapshotFixture.bangkok).render(.text, style: SnapshotStyle(width: 40))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count > SnapshotStyle.defaultPageLength)
        for (i, line) in lines.enumerated() where line.contains("\u{0C}") {
            #expect(line.hasPrefix("\u{0C}"), "a form feed starts its line")
            #expect(i > 1 && lines[i - 1].contains("Page ") && lines[i - 2].isEmpty, "a new page follows the footer after a blank line")
            #expect(line.hasSuffix("---") || (!lines[i + 1].isEmpty && lines[i + 1].allSatisfy { $0 == "-" }), "a page starts with a section heading: \(line.debugDescription) / \(lines[i + 1].debugDescription)")
        }
        // Each page is at most a printed page less one line (a full page before a form feed prints an empty sheet), footer last.
        let pages = text.components(separatedBy: "\u{0C}")
        #expect(pages.count > 2)
        for (p, page) in pages.enumerated() {
            let pageLines = page.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(pageLines.count == SnapshotStyle.defaultPageLength - 1)
            #expect(pageLines.last?.hasSuffix("Page \(p + 1) of \(pages.count)") == true && pageLines.last?.hasPrefix("Week 48") == true, "\(pageLines.last ?? "")")
        }
    }

    @Test("--ascii: the English report's symbols, glyphs and rules are ASCII, every line within the width; Thai letters are kept")
    func ascii() throws {
        let builtIn = WeeklySnapshot(roadmap: BuiltInRoadmap.load(), week: SnapshotFixture.week, today: SnapshotFixture.today)
        for width in [40, 80, 120] {
            var style = SnapshotStyle(width: width)
            style.ascii = true
            let text = builtIn.render(.text, style: style)
            #expect(text.utf8.allSatisfy { $0 < 0x80 }, "\(text.unicodeScalars.filter { $0.value >= 0x80 })")
            #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= width })
            #expect(text.contains("x off track") && text.contains("! needs attention") && text.contains("+ on track"))
            #expect(text.contains("Thai-Japan Industrial") && text.contains("Page 1 of "))
            // The same report but for the symbols: as many lines, the same page breaks.
            let unicode = builtIn.render(.text, style: SnapshotStyle(width: width))
            #expect(text.components(separatedBy: "\u{0C}").count == unicode.components(separatedBy: "\u{0C}").count)
        }
        var thai = SnapshotStyle(language: .th, calendar: .buddhist)
        thai.ascii = true
        let text = builtIn.render(.text, style: thai)
        #expect(text.contains("ภาพรวม") && !text.contains("✓") && !text.contains("·") && !text.contains("–"))
        #expect(ASCIIText.fold("SC2 planned → at-risk · “A” …") == "SC2 planned -> at-risk - \"A\" ...")
        #expect(ASCIIText.fold("label… ┆", keepingWidth: true) == "label~ :")
    }

    @Test("Markdown escapes | and Markdown punctuation in cells, and shows the owner's escape codes")
    func markdownEscaping() throws {
        let markdown = try SnapshotFixture.snapshot().render(.markdown)
        #expect(markdown.contains(#"| SME2 | in-progress | 2026-12-11 | in 14 days | Standards \| \*pilot\* \<b\>round\</b\> \& R\&D |"#), "\(markdown)")
        #expect(markdown.contains(#"\\e\[31mJETRO\\e\[0m"#))
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.replacingOccurrences(of: #"\|"#, with: "").split(separator: "|", omittingEmptySubsequences: false)
            #expect([5, 7, 8, 11].contains(cells.count), "\(line)")
        }
    }

    @Test("HTML is one page: lang attribute, inline print styles, no outside assets, everything escaped")
    func html() throws {
        let html = try SnapshotFixture.snapshot().render(.html, style: SnapshotStyle(language: .th, calendar: .buddhist))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"th\">\n"))
        #expect(html.contains("@media print"))
        for outside in ["http:", "https:", "src=", "<link", "<script", "@import"] { #expect(!html.contains(outside), "\(outside)") }
        // Only references within the page (the chart's clip): url(#…).
        #expect(html.matches(of: /url\((?!#)/).isEmpty)
        #expect(html.contains("สัปดาห์ที่ 48 (23–29 พ.ย. 2569)"))
        let english = try SnapshotFixture.snapshot().render(.html)
        #expect(english.contains("Standards | *pilot* &lt;b&gt;round&lt;/b&gt; &amp; R&amp;D"))
        #expect(!english.contains("<b>round"))
        #expect(english.contains(#"\e[31mJETRO\e[0m"#) && !english.contains("\u{1B}"))
    }

    @Test("JSON carries the same content and parses")
    func json() throws {
        let text = try SnapshotFixture.snapshot().render(.json)
        guard case .object(let members) = try JSONParser.parse(Array(text.utf8)) else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["title", "notes", "language", "secondLanguage", "week", "weekStart", "weekEnd", "asOf", "timeZone", "fiscalYears",
                                       "changesKnownFrom", "overall", "highlights",
                                       "moved", "needsAttention", "dueNext", "workstreams"])
        #expect(text.contains(#""week": "2026-W48""#) && text.contains(#""changesKnownFrom": "2026-11-10""#))
        #expect(text.contains(#""change": "due","#) && text.contains(#""days": 42,"#) && text.contains(#""times": 2"#))
        #expect(text.contains(#""owner": "\u001b[31mJETRO\u001b[0m""#))
    }

    @Test("Thai with the Buddhist Era reads as a Thai official writes it")
    func thaiDates() throws {
        let thai = SnapshotStyle(language: .th, calendar: .buddhist)
        let text = try SnapshotFixture.snapshot().render(.text, style: thai)
        #expect(text.contains("สัปดาห์ที่ 48 (23–29 พ.ย. 2569)"))
        #expect(text.contains("ข้อมูล ณ วันที่ 27 พ.ย. 2569"))
        #expect(text.contains("กำหนด: 18 ธ.ค. 2569 → 29 ม.ค. 2570"))
        let w53 = WeeklySnapshot(roadmap: BuiltInRoadmap.load(), week: IsoWeek(year: 2026, week: 53)!, today: Fixture.day("2026-12-30"))
        #expect(w53.render(.text, style: thai).contains("สัปดาห์ที่ 53 (28 ธ.ค. 2569 – 3 ม.ค. 2570)"))
        #expect(w53.render(.text).contains("Week 53 (28 Dec 2026 – 3 Jan 2027)"))
        #expect(w53.render(.text, style: SnapshotStyle(language: .ja)).contains("第53週（2026年12月28日〜2027年1月3日）"))
        let w49 = WeeklySnapshot(roadmap: BuiltInRoadmap.load(), week: IsoWeek(year: 2026, week: 49)!, today: Fixture.day("2026-12-01"))
        #expect(w49.render(.text, style: thai).contains("สัปดาห์ที่ 49 (30 พ.ย. – 6 ธ.ค. 2569)"))
        #expect(w49.render(.text, style: SnapshotStyle(language: .en, calendar: .buddhist)).contains("Week 49 (30 Nov – 6 Dec 2569 BE)"))
    }
}
