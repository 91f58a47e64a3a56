import RoadmapCore
import RoadmapTestSupport
import Testing

/// ``LogLayout``: the log's rows on a terminal, nothing cut, no line past
/// its width; piped, one line a row as before.
@Suite struct LogLayoutTests {
    static let headers = ["WHEN", "WHO", "ID", "FIELD", "CHANGE", "WHY"]

    static func row(_ when: String, _ who: String, _ id: String, _ field: String, _ change: String, _ why: String = "",
                    zone: String? = nil) -> LogRow {
        LogRow(columns: [when, who, id, field], zone: zone, change: change, why: why)
    }

    /// Without a width (piped), a row is the line the plain table has always
    /// printed: the zone beside the time, the change and reason whole.
    @Test func pipedRowsAreTheTablesLines() {
        let rows = [
            Self.row("2026-12-06 23:30", "สมชาย ใจดี", "SC6", "status", "planned → at-risk", "BOI ขอข้อมูลเพิ่มเติม", zone: "Asia/Bangkok"),
            Self.row("2026-12-10 11:00", "佐藤 花子", "CE5", "comment", String(repeating: "後任の担当者が決定、", count: 9)),
            Self.row("2026-11-02 09:00", "EID secretariat", "SC7", "due", "2026-11-27 → 2026-12-18", "joint roadmap text under review"),
        ]
        var layout = LogLayout(headers: Self.headers, maxWidth: nil, changeWidth: 26)
        var table = TextTable(columns: Self.headers.map { .init($0) })
        for row in rows {
            layout.measure(row)
            table.append([row.columns[0] + (row.zone.map { " " + $0 } ?? "")] + row.columns.dropFirst() + [row.change, row.why])
        }
        #expect([layout.header] + layout.lines(rows).flatMap { $0 } == table.render())
    }

    /// Narrow (Thai at 80 columns): the change is the row's last column,
    /// whole; the zone and the reason on a line of their own, indented.
    @Test func narrowRowsPutTheReasonUnder() {
        let sc6 = Self.row("6 ธ.ค. 2569 23:30", "สมชาย ใจดี", "SC6", "สถานะ", "วางแผน → มีความเสี่ยง", "BOI ขอข้อมูลเพิ่มเติม", zone: "Asia/Bangkok")
        let zone = Self.row("10 ธ.ค. 2569 10:00", "山田 太郎", "แผนงาน", "เขตเวลา", "Asia/Bangkok → Asia/Tokyo", "事務局を経産省に移管（2026年12月）")
        var layout = LogLayout(headers: ["วันที่", "ผู้แก้ไข", "รหัส", "ช่อง", "การเปลี่ยนแปลง", "เหตุผล"], maxWidth: 80, changeWidth: 27)
        layout.measure(sc6)
        layout.measure(zone)
        #expect(layout.reasonsOnTheirOwnLines)
        #expect(!layout.header.contains("เหตุผล"))
        let lines = layout.lines([sc6])[0], zoneLines = layout.lines([zone])[0]
        #expect(lines.count == 2 && lines[0].hasSuffix("  วางแผน → มีความเสี่ยง") && lines[1] == "    Asia/Bangkok · BOI ขอข้อมูลเพิ่มเติม", "\(lines)")
        #expect(zoneLines[0].hasSuffix("  Asia/Bangkok → Asia/Tokyo") && zoneLines[1] == "    事務局を経産省に移管（2026年12月）", "\(zoneLines)")
        // With room for the reasons (132 columns) a row is one line, zone beside the time.
        var wide = LogLayout(headers: Self.headers, maxWidth: 132, changeWidth: 44)
        wide.measure(sc6)
        #expect(!wide.reasonsOnTheirOwnLines && wide.lines([sc6]) == [["6 ธ.ค. 2569 23:30 Asia/Bangkok  สมชาย ใจดี  SC6  สถานะ  วางแผน → มีความเสี่ยง  BOI ขอข้อมูลเพิ่มเติม"]])
    }

    /// Random rows of Thai, Japanese and English at 24 to 160 columns: no
    /// line wider than the terminal, every change and reason whole (all its
    /// text, in order, across the lines of its row), the columns before the
    /// change starting at the same cell on every row.
    @Test func randomRowsFitWhole() {
        var random = SplitMix64(seed: 0x1065)
        let words = ["วางแผน", "มีความเสี่ยง", "ผู้ประกอบการ", "ยานยนต์ไฟฟ้า", "คาร์บอน", "รายงานความคืบหน้า", "後任の担当者", "リスクあり",
                     "2027年1月8日", "JETRO", "review", "Asia/Bangkok", "→", "（第2回）", "standards", "ได้ข้อมูล", "12"]
        func text(_ count: Int) -> String {
            (0..<count).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: random.next() % 3 == 0 ? "" : " ")
        }
        for _ in 0..<400 {
            let width = 24 + Int(random.next() % 137)
            var layout = LogLayout(headers: Self.headers, maxWidth: width, changeWidth: max(23, width / 3))
            let rows = (0..<(1 + Int(random.next() % 6))).map { _ in
                Self.row(text(1 + Int(random.next() % 2)), text(1 + Int(random.next() % 2)), "SC\(random.next() % 20)", text(1),
                         text(1 + Int(random.next() % 12)), random.next() % 4 == 0 ? "" : text(Int(random.next() % 14)),
                         zone: random.next() % 3 == 0 ? "Asia/Bangkok" : nil)
            }
            for row in rows { layout.measure(row) }
            for (row, lines) in zip(rows, layout.lines(rows)) {
                let squeezed = lines.joined().filter { $0 != " " }
                #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width): \(lines)")
                #expect(squeezed.contains(row.change.filter { $0 != " " }), "the change whole at \(width): \(row.change) in \(lines)")
                #expect(squeezed.contains(row.why.filter { $0 != " " }) || row.why.isEmpty, "the reason whole at \(width): \(row.why) in \(lines)")
            }
        }
    }
}
