import Testing
import RoadmapCore

@Suite("TextTable")
struct TextTableTests {
    /// The display column where each cell starts in `line`, found by walking the
    /// line: skip the padding, expect the cell's text, move past it.
    private func cellStarts(
        in line: String, cells: [String], trailingText: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) -> [Int]? {
        var rest = line[...]
        var starts: [Int] = []
        for cell in cells {
            while rest.first == " " { rest = rest.dropFirst() }
            guard rest.hasPrefix(cell) else {
                Issue.record("cell \(cell) not found in \(line)", sourceLocation: sourceLocation)
                return nil
            }
            starts.append(DisplayWidth.of(line[..<rest.startIndex]))
            rest = rest.dropFirst(cell.count)
        }
        if !trailingText {
            #expect(rest.isEmpty, "unexpected text after the last cell: \(rest)", sourceLocation: sourceLocation)
        }
        return starts
    }

    static let rows: [[String]] = [
        ["SC1", "supply-chain", "done", "2026-03-31", "Confirm EID framework and working groups"],
        ["SC2", "supply-chain", "in-progress", "2027-06-30", "ยืนยันกรอบดำเนินงานและคณะทำงานภายใต้กลไก EID"],
        ["SME10", "smes-startups", "at-risk", "—", "日タイ産業協力ロードマップ"],
        ["CE1", "circular-economy", "planned", "2028-12-22", "น้ำ กำ ที่ สวัสดี"],
        ["X", "ไทย", "日本", "ญี่ปุ่น", "mixed ไทย 日本 text"],
    ]

    private func table() -> TextTable {
        var table = TextTable(columns: [
            TextTable.Column("ID"), TextTable.Column("WORKSTREAM"), TextTable.Column("STATUS"),
            TextTable.Column("DUE"), TextTable.Column("TITLE"),
        ])
        for row in Self.rows { table.append(row) }
        return table
    }

    @Test func columnsLineUpForThaiJapaneseAndEnglish() throws {
        let lines = table().render()
        #expect(lines.count == Self.rows.count + 1)
        let header = try #require(cellStarts(in: lines[0], cells: ["ID", "WORKSTREAM", "STATUS", "DUE", "TITLE"]))
        for (line, row) in zip(lines.dropFirst(), Self.rows) {
            #expect(cellStarts(in: line, cells: row) == header, "\(line)")
        }
        // Each column is as wide as its widest cell, plus the two-space separator.
        #expect(header == [0, 5 + 2, 5 + 2 + 16 + 2, 5 + 2 + 16 + 2 + 11 + 2, 5 + 2 + 16 + 2 + 11 + 2 + 10 + 2])
    }

    @Test func linesHaveNoTrailingSpaces() {
        for line in table().render() {
            #expect(!line.hasSuffix(" "))
        }
    }

    @Test func maxWidthCutsTheLastColumnWithoutOverflowing() {
        let full = table().render()
        // The first four columns and their separators take 50 cells; from 51 on the table fits.
        for maxWidth in 51...90 {
            let lines = table().render(maxWidth: maxWidth)
            #expect(lines.count == full.count)
            for (index, line) in lines.enumerated() {
                #expect(DisplayWidth.of(line) <= maxWidth, "\(maxWidth): \(line)")
                if DisplayWidth.of(full[index]) <= maxWidth {
                    #expect(line == full[index])
                } else {
                    #expect(line.hasSuffix("…"), "\(maxWidth): \(line)")
                    // The first four columns keep their cells and positions.
                    let cells = index == 0 ? ["ID", "WORKSTREAM", "STATUS", "DUE"] : Array(Self.rows[index - 1].prefix(4))
                    let starts = cellStarts(in: line, cells: cells, trailingText: true)
                    #expect(starts == [0, 7, 25, 38])
                }
            }
        }
        let narrow = table().render(maxWidth: 60)
        #expect(narrow[1] == "SC1    supply-chain      done         2026-03-31  Confirm E…")
    }

    @Test func cellsWithControlCharactersAreEscaped() {
        var table = TextTable(columns: [TextTable.Column("ID"), TextTable.Column("TITLE")])
        table.append(["A1\u{1B}[31m", "bad \u{1B}[2J\u{07}title\u{9B}"])
        table.append(["A2", "ok"])
        #expect(table.rows[0] == [#"A1\e[31m"#, #"bad \e[2J\u0007title\u009B"#])
        let lines = table.render()
        for line in lines {
            #expect(line.unicodeScalars.allSatisfy { !TerminalSafe.isUnsafe($0) }, "\(line)")
        }
        #expect(lines[1] == #"A1\e[31m  bad \e[2J\u0007title\u009B"#)
        #expect(lines[2] == #"A2        ok"#)
    }

    @Test func rightAlignedColumnsLineUpAtTheirEnd() {
        var table = TextTable(columns: [TextTable.Column("N", alignment: .right), TextTable.Column("NAME")])
        table.append(["7", "ไทย"])
        table.append(["1234", "日本"])
        let lines = table.render()
        #expect(lines == ["   N  NAME", "   7  ไทย", "1234  日本"])
    }

    @Test func missingCellsAreEmpty() {
        var table = TextTable(columns: [TextTable.Column("A"), TextTable.Column("B"), TextTable.Column("C")])
        table.append(["x"])
        table.append(["long", "y", "z"])
        #expect(table.render() == ["A     B  C", "x", "long  y  z"])
    }

    /// At 80 columns the fixed columns of `list` in Japanese left the title one cell (`…`) and ran
    /// past the edge: the shrinkable columns give way, widest first, until the last has its room.
    @Test func shrinkableColumnsGiveTheLastColumnItsRoom() {
        var table = TextTable(columns: [
            .init("ID"), .init("ワークストリーム", shrinksTo: 6), .init("状態"), .init("担当", shrinksTo: 6), .init("件名"),
        ])
        table.append(["CE5", "circular-economy", "進行中", "DIW / METI / JETRO", "日本のリサイクル法制度と実践に学ぶ"])
        table.append(["CE6", "circular-economy", "計画", "OIE", "産業における天然資源依存の低減"])
        let natural = table.widths()
        #expect(natural == [3, 16, 6, 18, 34])
        let widths = table.widths(maxWidth: 50)
        #expect(widths[0] == 3 && widths[2] == 6, "columns that are not shrinkable keep their width")
        #expect(widths[4] == TextTable.lastColumnRoom, "\(widths)")
        #expect(widths.reduce(0, +) + 2 * 4 <= 50)
        #expect(widths[1] < 16 && widths[3] < 18 && abs(widths[1] - widths[3]) <= 1, "the widest gives way first: \(widths)")
        for line in table.render(maxWidth: 50) { #expect(DisplayWidth.of(line) <= 50, "\(line)") }
        #expect(table.render(maxWidth: 50)[1].contains("circu…  "), "a cut cell ends with …: \(table.render(maxWidth: 50)[1])")
        // Shrinkable columns stop at their floor (six cells here); then the last column takes what is left.
        let tight = table.widths(maxWidth: 30)
        #expect(tight[1] == 6 && tight[3] == 6 && tight[4] == 30 - (3 + 6 + 6 + 6) - 2 * 4, "\(tight)")
        // Wide enough, or no width given: nothing is cut.
        #expect(table.widths(maxWidth: 200) == natural && table.render().count == 3)
    }
}
