import RoadmapCore
import Testing
@testable import RoadmapUI

/// The timeline screen rendered as text: the built-in roadmap at 80×24 and
/// 160×48, at each zoom, in English and in Thai with Buddhist-Era years,
/// with today inside and outside the window, and with a start-date bar.
@Suite struct TimelineFrameTests {
    /// The built-in roadmap with CE5 (due 2027-02-26) starting on 2026-12-07.
    static func roadmapWithStart() -> Roadmap {
        var roadmap = BuiltInRoadmap.load()
        roadmap[roadmap.locate("CE5")!].start = CalendarDay(iso: "2026-12-07")
        return roadmap
    }

    static func timeline(width: Int = 80, height: Int = 24, language: InterfaceLanguage = .en,
                         calendar: CalendarSystem = .gregorian, roadmap: Roadmap = BuiltInRoadmap.load()) -> AppState {
        var state = Fixture.state(width: width, height: height, language: language, calendar: calendar, roadmap: roadmap)
        state.press(.character("t"))
        return state
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func eachZoomInEnglish(width: Int, height: Int) {
        var state = Self.timeline(width: width, height: height)
        #expect(state.screen == .timeline)
        GoldenFrame.check(state, "timeline-\(width)x\(height)-month-en")
        state.press(.character("z"))
        GoldenFrame.check(state, "timeline-\(width)x\(height)-week-en")
        state.press(.character("Z"), .character("Z"))
        GoldenFrame.check(state, "timeline-\(width)x\(height)-quarter-en")
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func thaiWithBuddhistEra(width: Int, height: Int) {
        let state = Self.timeline(width: width, height: height, language: .th, calendar: .buddhist)
        GoldenFrame.check(state, "timeline-\(width)x\(height)-month-th-buddhist")
        let text = state.render().text
        #expect(text.contains("พ.ศ. 2569") && text.contains("พ.ศ. 2570"))
        #expect(text.contains("ต.ค.  พ.ย.  ธ.ค.  ม.ค."))
    }

    @Test func japaneseWeeks() {
        var state = Self.timeline(language: .ja)
        state.press(.character("z"))
        GoldenFrame.check(state, "timeline-80x24-week-ja")
        #expect(state.render().lines[2].contains("2026年11月") && state.render().lines[2].contains("2027年1月"))
    }

    @Test func todayInsideAndOutsideTheWindow() {
        var state = Self.timeline()
        let inside = state.render()
        let x0 = TimelineChart.labelWidth(forWidth: 80) + 1
        // 2026-11-26 at month zoom from 2026-10-01: November's last column.
        #expect(inside.column(of: "▼", row: 4) == x0 + 11)
        state.press(.pageDown)
        GoldenFrame.check(state, "timeline-80x24-month-en-later")
        let later = state.render().lines.dropLast(3).joined(separator: "\n")  // not the legend, which names │
        #expect(!later.contains("▼") && !later.contains("│"), "no today line when today is before the window")
        state.press(.character("."))
        #expect(state.render().text == inside.text, ". comes back to today")
    }

    @Test func aStartDateDrawsABarToTheDueMarker() {
        var state = Self.timeline(roadmap: Self.roadmapWithStart())
        for _ in 0..<18 { state.press(.down) }  // SC1 → CE5, across the workstream headings
        #expect(state.selectedMilestone?.id == "CE5")
        GoldenFrame.check(state, "timeline-80x24-start-en")
        let grid = state.render()
        let y = try! #require(grid.row(containing: "CE5 "))
        let x0 = TimelineChart.labelWidth(forWidth: 80) + 1
        // Dec 7 is column 13, Feb 26 column 29; today's line crosses nothing here.
        #expect((x0 + 13..<x0 + 29).allSatisfy { grid[$0, y].text == "━" })
        #expect(grid[x0 + 29, y].text == "◐")
        #expect(grid.lines[22].contains("CE5 · ◐ in-progress · Start 2026-12-07 · Due 2027-02-26 (in 92 days)"))
    }

    /// Two workstreams linked by `depends`, with a baseline saved before S1
    /// slipped from Dec 1 to Dec 20 and P1 was pulled in from Feb 26 to Feb 10;
    /// S1 is blocked, so the link S1 → S2 is off track.
    static func linkedRoadmap() -> Roadmap {
        func text(_ en: String, _ th: String, _ ja: String) -> LocalizedText {
            LocalizedText(translations: [.init(language: "en", text: en), .init(language: "th", text: th), .init(language: "ja", text: ja)])
        }
        var roadmap = Roadmap(title: text("Linked", "เชื่อมโยง", "連携"), workstreams: [
            Workstream(id: "survey", title: text("Supplier survey", "สำรวจผู้ผลิต", "サプライヤー調査"), milestones: [
                Milestone(id: "S1", title: text("Field survey", "สำรวจภาคสนาม", "現地調査"), status: .blocked, due: CalendarDay(iso: "2026-12-01")),
                Milestone(id: "S2", title: text("Survey report", "รายงานผลสำรวจ", "調査報告"), due: CalendarDay(iso: "2027-01-15"), depends: ["S1"]),
            ]),
            Workstream(id: "pilot", title: text("Pilot line", "สายการผลิตนำร่อง", "試験ライン"), milestones: [
                Milestone(id: "P1", title: text("Pilot run", "ทดลองเดินเครื่อง", "試運転"), start: CalendarDay(iso: "2027-01-18"), due: CalendarDay(iso: "2027-02-26"), depends: ["S2"]),
                Milestone(id: "P2", title: text("Training", "ฝึกอบรม", "研修"), due: CalendarDay(iso: "2026-12-15")),
            ]),
        ])
        _ = try! roadmap.saveBaseline(named: "EID 2026-10", at: Timestamp(rfc3339: "2026-10-09T09:00:00Z")!, by: nil)
        roadmap[roadmap.locate("S1")!].due = CalendarDay(iso: "2026-12-20")
        roadmap[roadmap.locate("P1")!].due = CalendarDay(iso: "2027-02-10")
        return roadmap
    }

    @Test(arguments: [(InterfaceLanguage.en, CalendarSystem.gregorian), (.th, .buddhist), (.ja, .gregorian)])
    func baselineGhostsAndTheSelectedMilestonesLinks(language: InterfaceLanguage, calendar: CalendarSystem) throws {
        var state = Self.timeline(language: language, calendar: calendar, roadmap: Self.linkedRoadmap())
        state.press(.down)
        #expect(state.selectedMilestone?.id == "S2")
        GoldenFrame.check(state, "timeline-80x24-links-\(language.rawValue)")
        let grid = state.render()
        let labelWidth = TimelineChart.labelWidth(forWidth: 80), x0 = labelWidth + 1
        let s1 = try #require(grid.row(containing: "S1 ")), s2 = try #require(grid.row(containing: "S2 "))
        let p1 = try #require(grid.row(containing: "P1 ")), p2 = try #require(grid.row(containing: "P2 "))
        // Dec 1 is column 12, Dec 20 column 15; Feb 26 column 29, Feb 10 column 25.
        #expect(grid[x0 + 12, s1].text == "┆" && grid[x0 + 15, s1].text == "■")
        #expect(grid[x0 + 29, p1].text == "┆" && grid[x0 + 25, p1].text == "○")
        #expect(!grid.lines[s2].contains("┆") && !grid.lines[p2].contains("┆"), "unmoved: no ghost")
        // Without colour: the arrow says which way the link runs, ! that it is off track.
        #expect(grid[labelWidth - 2, s1].text == "←" && grid[labelWidth - 1, s1].text == "!")
        #expect(grid[labelWidth - 2, p1].text == "→" && grid[labelWidth - 1, p1].text == " ")
        #expect(grid[labelWidth - 1, s2].text == "!", "the selected milestone has an off-track link")
        #expect(grid[labelWidth - 2, p2].text != "←" && grid[labelWidth - 2, p2].text != "→")
        state.press(.down)
        #expect(state.selectedMilestone?.id == "P1")
        let moved = state.render()
        #expect(moved[labelWidth - 2, s2].text == "←" && moved[labelWidth - 1, s2].text == " ", "S2 is due before P1 starts")
        #expect(!moved.lines[s1].contains("←") && !moved.lines[s1].contains("!"), "only direct links")
    }

    @Test func asciiGlyphsForTheGhostAndTheLinks() throws {
        var state = AppState(roadmap: Self.linkedRoadmap(), today: Fixture.today, glyphs: .ascii)
        state.press(.character("t"), .down)
        let grid = state.render()
        let labelWidth = TimelineChart.labelWidth(forWidth: 80)
        let s1 = try #require(grid.row(containing: "S1 ")), p1 = try #require(grid.row(containing: "P1 "))
        #expect(grid[labelWidth + 1 + 12, s1].text == ":")
        #expect(grid[labelWidth - 2, s1].text == "<" && grid[labelWidth - 1, s1].text == "!" && grid[labelWidth - 2, p1].text == ">")
    }
}
