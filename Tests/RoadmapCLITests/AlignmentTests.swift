import Foundation
import RoadmapCore
import Testing

/// `roadmap list` lines up its columns in terminal cells for English, Thai
/// (zero-width vowels and tone marks) and Japanese (double-width) text.
@Suite("list alignment")
struct AlignmentTests {
    let sandbox: RoadmapSandbox
    let file: URL
    let roadmap: Roadmap

    init() throws {
        sandbox = try RoadmapSandbox()
        file = sandbox.file("roadmap.json")
        var roadmap = BuiltInRoadmap.load()
        func edit(_ id: String, en: String, th: String, ja: String, owner: String?) {
            let location = roadmap.locate(id)!
            roadmap[location].title = LocalizedText(translations: [
                .init(language: "en", text: en), .init(language: "th", text: th), .init(language: "ja", text: ja),
            ])
            roadmap[location].owner = owner
        }
        edit("SC1", en: "Flood plan", th: "น้ำท่วม", ja: "洪水対策", owner: "กระทรวงอุตสาหกรรม")
        edit("SC2", en: "Schedule", th: "กำหนดการ", ja: "日程", owner: "経済産業省 (METI)")
        edit("SC3", en: "Mixed น้ำ and 日本語", th: "ผู้ประกอบการ SMEs ญี่ปุ่น", ja: "中小企業ネットワーク", owner: "สสว. / 中小機構")
        edit("SME1", en: "Plain English title", th: "สวัสดี", ja: "ｶﾀｶﾅ半角", owner: nil)
        edit("CE2", en: "Overdue one", th: "ล่าช้า", ja: "遅延", owner: "ญี่ปุ่น")
        self.roadmap = roadmap
        try Fixtures.write(roadmap, to: file)
    }

    @Test("the width function agrees with the terminal on the issue's examples")
    func widthAnchors() {
        #expect(DisplayWidth.of("น้ำ") == 2)
        #expect(DisplayWidth.of("สวัสดี") == 4)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("น้ำท่วม") == 5)
        #expect(DisplayWidth.of("กำหนดการ") == 8)
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4, "halfwidth katakana take one cell")
    }

    @Test("every column starts at the same display column on every row", arguments: ["en", "th", "ja"])
    func columnsLineUp(language: String) async throws {
        let result = try await sandbox.roadmap("list", "--lang", language, "--today", "2026-11-26", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        // The closing line in the language asked for.
        let footer = ["en": "21 milestones", "th": "21 หมุดหมาย", "ja": "21 件"][language]!
        #expect(lines.last?.hasPrefix(footer) == true, "\(lines.last ?? "")")
        // SLIP (against the built-in's baseline) is right-aligned: its cells end where the heading ends.
        let words: [FieldWord] = [.id, .workstream, .status, .due, .slip, .lead, .owner, .title]
        let headerStarts = try #require(Self.starts(of: words.map { $0.column(in: InterfaceLanguage(rawValue: language)!) }, in: header))
        let baseline = try #require(roadmap.currentBaseline)

        let milestones = roadmap.allMilestones
        let rows = ListOutput.rows(result.stdout)
        try #require(rows.count == milestones.count, "\(result.stdout)")
        // Values in the language's words (Thai with B.E. dates); in English the file's words and ISO dates.
        let interface = try #require(InterfaceLanguage(rawValue: language))
        let values = ValueWording(language: interface, calendar: interface == .th ? .buddhist : .gregorian)
        for (row, (workstream, milestone)) in zip(rows, milestones) {
            let cells = [
                milestone.id, roadmap.workstreams[workstream].id, values.status(milestone.status),
                milestone.due.map(values.date) ?? "-", values.slip(milestone.slip(against: baseline)), milestone.lead.map(values.lead) ?? "-",
                milestone.owner ?? "-", milestone.title.text(in: language),
            ]
            let starts = Self.starts(of: cells, in: row)
            let leftAligned = { (s: [Int]) in s.enumerated().filter { $0.offset != 4 }.map(\.element) }
            #expect(starts.map(leftAligned) == leftAligned(headerStarts), "misaligned row (cells start at \(starts ?? []), header at \(headerStarts)):\n\(header)\n\(row)")
            let slipHeader = FieldWord.slip.column(in: interface)
            #expect(starts.map { $0[4] + DisplayWidth.of(cells[4]) } == headerStarts[4] + DisplayWidth.of(slipHeader), "SLIP not right-aligned:\n\(header)\n\(row)")
            #expect(ListOutput.isMarkedOverdue(row) == milestone.isOverdue(today: CalendarDay(iso: "2026-11-26")!), "\(row)")
        }
        #expect(rows.contains { $0.contains("กระทรวงอุตสาหกรรม") } && rows.contains { $0.contains("経済産業省 (METI)") })
    }

    /// The display column where each of `cells` starts, found left to right,
    /// with only spaces between one cell's end and the next one's start; nil
    /// when a cell is missing or something else sits between cells.
    static func starts(of cells: [String], in line: String) -> [Int]? {
        var index = line.index(after: line.startIndex)  // the mark column: ! overdue, ⚠ a late dependency
        while index < line.endIndex, line[index] == "⚠" { index = line.index(after: index) }
        var result: [Int] = []
        for cell in cells {
            guard let found = line.range(of: cell, range: index..<line.endIndex),
                  line[index..<found.lowerBound].allSatisfy({ $0 == " " }),
                  line[index..<found.lowerBound].count >= 2 else { return nil }
            result.append(DisplayWidth.of(line[..<found.lowerBound]))
            index = found.upperBound
        }
        return index == line.endIndex ? result : nil
    }
}
