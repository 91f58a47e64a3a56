import Foundation
import Testing
@testable import RoadmapCore

/// CSV reading is strict RFC 4180: what it allows reads as before, anything
/// else is refused with the row and column, never guessed at.
@Suite struct StrictCSVTests {
    static let header = "id,workstream,status,title\r\n"

    @Test("malformed CSV: exit 65, the row (header is 1) and column (first is 1) named", arguments: [
        (header + "SC1,supply-chain,done,\"Semis\r\nSC2,supply-chain,done,x\r\n", 2, 4, "never closed"),
        (header + "SC1,supply-chain,done,\"Semis\" and more\r\n", 2, 4, "after the closing quote"),
        (header + "SC1,supply-chain,\"done\"x,y\r\n", 2, 3, "after the closing quote"),
        (header + "SC1,supply-chain,done,Semis \"and\" more\r\n", 2, 4, "a quote inside a cell"),
        ("id,workstream,status,title\rSC1,supply-chain,done,x\r", 1, 4, "carriage return without a line feed"),
        (header + "SC1,supply-chain,done,\"two\nlines\"\r\n\r\nSC2,\"supply\"-chain,done,x\r\n", 4, 2, "after the closing quote"),
        ("\"id,workstream,status,title\r\n", 1, 1, "never closed"),
    ])
    func malformedIsRefused(csv: String, row: Int, column: Int, reason: String) {
        #expect {
            try MilestoneCSV.records(from: Array(csv.utf8), path: "sheet.csv")
        } throws: { error in
            let text = (error as? RoadmapError)?.description ?? ""
            return (error as? RoadmapError)?.exitCode == 65 && text.contains("sheet.csv: row \(row), column \(column) ") && text.contains(reason)
        }
    }

    @Test("what RFC 4180 allows reads as it did: CRLF or LF, quoted commas, quotes and line breaks, empty cells")
    func allowedShapes() throws {
        #expect(try CSVRows.parse(Array("".utf8)) == [])
        #expect(try CSVRows.parse(Array("a,b\r\nc,d".utf8)) == [["a", "b"], ["c", "d"]])
        #expect(try CSVRows.parse(Array("a,b\nc,d\n".utf8)) == [["a", "b"], ["c", "d"]])
        #expect(try CSVRows.parse(Array("a,\r\n\r\n,\"\"\r\n".utf8)) == [["a", ""], [""], ["", ""]])
        #expect(try CSVRows.parse(Array("\"x, \"\"y\"\"\r\nz\",ไทย\n\"\"\"\"\n".utf8)) == [["x, \"y\"\r\nz", "ไทย"], ["\""]])
        #expect(try CSVRows.parse(Array("a,b,".utf8)) == [["a", "b", ""]])
    }

    @Test("random cells, quoted as RFC 4180 says, with either line end, read back the same")
    func randomRoundTrip() throws {
        var random = SystemRandomNumberGenerator()
        let pieces = ["a", "Z9", " ", ",", "\"", "\r\n", "\n", "ไทย", "日本", "\"\"", ""]
        for _ in 0..<500 {
            let rows = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                (0..<Int.random(in: 2...5, using: &random)).map { _ in
                    (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
                }
            }
            let lineEnd = Bool.random(using: &random) ? "\r\n" : "\n"
            let text = rows.map { row in
                row.map { cell in
                    cell.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) })
                        ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
                }.joined(separator: ",")
            }.joined(separator: lineEnd) + (Bool.random(using: &random) ? lineEnd : "")
            #expect(try CSVRows.parse(Array(text.utf8)) == rows, "\(text.debugDescription)")
        }
    }
}
