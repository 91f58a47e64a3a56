import Testing
@testable import RoadmapCore

/// Thai fiscal years (October–September, named by the B.E. year they end
/// in) and Japanese 年度 (April–March, named by the year they start in).
@Suite("Fiscal years")
struct FiscalYearTests {
    private func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    @Test("the year holding a day, its edges, its quarters and its names")
    func years() {
        let thai = [("2026-09-30", 2569, 4), ("2026-10-01", 2570, 1), ("2027-01-01", 2570, 2), ("2027-09-30", 2570, 4), ("2027-04-15", 2570, 3)]
        for (text, name, quarter) in thai {
            let year = FiscalYear(containing: day(text), kind: .th)
            #expect(year.name == name && year.quarter(of: day(text)) == quarter, "\(text)")
            #expect(year.first <= day(text) && day(text) <= year.last)
        }
        let th2570 = FiscalYear(containing: day("2026-11-26"), kind: .th)
        #expect((th2570.first, th2570.last) == (day("2026-10-01"), day("2027-09-30")))
        let japanese = [("2027-03-31", 2026, 4), ("2027-04-01", 2027, 1), ("2026-11-26", 2026, 3), ("2026-04-01", 2026, 1), ("2026-07-01", 2026, 2)]
        for (text, name, quarter) in japanese {
            let year = FiscalYear(containing: day(text), kind: .jp)
            #expect(year.name == name && year.quarter(of: day(text)) == quarter, "\(text)")
        }
        let jp2026 = FiscalYear(containing: day("2026-11-26"), kind: .jp)
        #expect((jp2026.first, jp2026.last) == (day("2026-04-01"), day("2027-03-31")))
        #expect(jp2026.reiwa == 8 && FiscalYear(containing: day("2018-06-01"), kind: .jp).reiwa == nil)
        #expect(th2570.name(in: .th) == "ปีงบประมาณ พ.ศ. 2570" && th2570.name(in: .en) == "Thai FY B.E. 2570")
        #expect(jp2026.name(in: .ja) == "2026年度（令和8年度）" && jp2026.name(in: .th) == "ปีงบประมาณญี่ปุ่น 2026")
        #expect(th2570.quarterName(1, in: .th) == "ไตรมาส 1/2570" && jp2026.quarterName(3, in: .ja) == "2026年度 第3四半期")
    }

    @Test("every report names the week's Thai and Japanese fiscal years in its header")
    func header() throws {
        let snapshot = try SnapshotFixture.snapshot()
        let thai = snapshot.render(.text, style: SnapshotStyle(language: .th, calendar: .buddhist))
        #expect(thai.contains("\nปีงบประมาณ พ.ศ. 2570 · ปีงบประมาณญี่ปุ่น 2026\n"), "\(thai.prefix(400))")
        let japanese = snapshot.render(.html, style: SnapshotStyle(language: .ja))
        #expect(japanese.contains("<p class=\"subtitle\">タイ会計年度 仏暦2570年度 · 2026年度（令和8年度）</p>"))
        #expect(snapshot.render(.markdown).contains("\nThai FY B.E. 2570 · Japanese FY 2026\n"))
        #expect(snapshot.render(.json).contains("""
              "fiscalYears": {
                "th": {
                  "name": 2570,
                  "first": "2026-10-01",
                  "last": "2027-09-30"
                },
                "jp": {
                  "name": 2026,
            """))
        // The ISO week across 1 October belongs to the year its Thursday is in.
        let across = WeeklySnapshot(roadmap: BuiltInRoadmap.load(), week: IsoWeek(containing: day("2026-09-28")), today: day("2026-10-04"))
        #expect(across.render(.text).contains("Thai FY B.E. 2570 · Japanese FY 2026"))
    }

    @Test("the quarter zoom follows a fiscal year: Q1 from October (th) or April (jp), the year at its start")
    func ticks() {
        let scale = TimelineScale(zoom: .quarter, startingAt: day("2026-07-01"))
        let thai = scale.ticks(columns: 48, language: .en, calendar: .gregorian, fiscal: .th)
        #expect(thai.lower.map(\.label) == ["Q4", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3"])
        #expect(thai.upper.map(\.label) == ["FY2569", "FY2570", "FY2571"] && thai.upper.map(\.column) == [0, 6, 30])
        let japanese = scale.ticks(columns: 48, language: .ja, calendar: .gregorian, fiscal: .jp)
        #expect(japanese.lower.map(\.label) == ["Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4", "Q1"])
        #expect(japanese.upper.map(\.label) == ["2026年度", "2027年度", "2028年度"] && japanese.upper.map(\.column) == [0, 18, 42])
        let calendarYears = scale.ticks(columns: 48, language: .en, calendar: .gregorian)
        #expect(calendarYears.lower.map(\.label) == ["Q3", "Q4", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2"])
        // Other zooms are not changed by it.
        let month = TimelineScale(zoom: .month, startingAt: day("2026-07-01"))
        #expect(month.ticks(columns: 48, language: .en, calendar: .gregorian, fiscal: .th) == month.ticks(columns: 48, language: .en, calendar: .gregorian))
    }
}
