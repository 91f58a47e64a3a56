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
        let later = state.render().text
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
}
