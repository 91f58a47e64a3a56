import Foundation
import Testing
@testable import RoadmapCore

/// The HTML report's timeline picture: what it holds and how it is drawn.
@Suite("Snapshot: the timeline picture")
struct SnapshotChartTests {
    let builtIn = WeeklySnapshot(roadmap: BuiltInRoadmap.load(), week: IsoWeek(year: 2026, week: 48)!,
                                 today: CalendarDay(iso: "2026-11-26")!, timeZone: SnapshotFixture.bangkok)

    @Test("the quarter around the week: 13 weeks, the week in the middle; the milestones whose bar or baseline due falls in it")
    func window() throws {
        let chart = builtIn.chart
        #expect((chart.first, chart.last) == (CalendarDay(iso: "2026-10-12")!, CalendarDay(iso: "2027-01-10")!))
        #expect(chart.first.days(until: chart.last) + 1 == 91 && chart.today == CalendarDay(iso: "2026-11-26")!)
        #expect(chart.baseline == "Agreed at EID meeting 2025-12-09")
        let rows = chart.groups.flatMap(\.rows)
        for row in rows {
            let due = try #require(row.due)
            let begin = min(row.start ?? due, row.baselineDue ?? due), end = max(due, row.baselineDue ?? due)
            #expect(begin <= chart.last && end >= chart.first, "\(row.id)")
        }
        // Every milestone of the roadmap that falls in the window is drawn, and no other.
        let expected = BuiltInRoadmap.load().allMilestones.map(\.milestone).filter { m in
            guard let due = m.due else { return false }
            return min(m.start ?? due, due) <= chart.last && due >= chart.first
        }.map(\.id)
        #expect(Set(rows.map(\.id)).isSuperset(of: expected) && rows.count >= expected.count)
        #expect(rows.first { $0.id == "CE2" }?.baselineDue == CalendarDay(iso: "2026-09-30"))
        #expect(chart.leftOut == 0)
    }

    @Test("a roadmap with more rows than the picture holds says how many are left out")
    func leftOut() {
        let milestones = (0..<80).map { i in
            Milestone(id: "M\(i)", title: LocalizedText("m \(i)"), status: .planned, due: CalendarDay(iso: "2026-11-30")!)
        }
        let roadmap = Roadmap(title: LocalizedText("R"), workstreams: [Workstream(id: "w", title: LocalizedText("W"), milestones: milestones)])
        let snapshot = WeeklySnapshot(roadmap: roadmap, week: IsoWeek(year: 2026, week: 48)!, today: CalendarDay(iso: "2026-11-26")!)
        #expect(snapshot.chart.groups.flatMap(\.rows).count == SnapshotChart.maximumRows && snapshot.chart.leftOut == 20)
        #expect(snapshot.render(.html).contains("<p class=\"note\">20 more milestones in these weeks are not drawn.</p>"))
        let empty = WeeklySnapshot(roadmap: Roadmap(title: LocalizedText("R"), workstreams: []), week: IsoWeek(year: 2026, week: 48)!,
                                   today: CalendarDay(iso: "2026-11-26")!)
        #expect(empty.render(.html).contains("No milestone falls in these weeks."))
    }

    @Test("inline SVG after page one, in black, white and greys: bars, diamonds, glyphs, today, the week, baseline ghosts; not in --summary")
    func svg() throws {
        let html = builtIn.render(.html)
        let start = try #require(html.range(of: "<svg class=\"chart\""))
        let end = try #require(html.range(of: "</svg>"))
        let svg = String(html[start.lowerBound..<end.upperBound])
        #expect(html.range(of: "<div class=\"tables\">")!.lowerBound < start.lowerBound, "after page one")
        #expect(svg.contains("role=\"img\" aria-label=\"Timeline · 12 Oct 2026 – 10 Jan 2027\""))
        // Colours: only black, white and greys.
        let colours = Set(svg.matches(of: /(?:fill|stroke)="([^"]+)"/).map { String($0.1) })
        #expect(colours.isSubset(of: ["#000", "#fff", "#555", "#bbb", "#999", "#e6e6e6", "none"]), "\(colours)")
        #expect(svg.contains("stroke-dasharray=\"4 2\"/>") && svg.contains(">today</text>"), "today's dashed line")
        #expect(svg.contains("<polygon") && svg.contains("stroke-dasharray=\"2 1\""), "a baseline ghost")
        #expect(svg.contains("font-weight=\"700\" clip-path=\"url(#roadmap-chart-labels)\">CE3  End-of-life"), "a blocked row is bold")
        #expect(svg.contains(">▲</text>") && svg.contains(">◐</text>"), "status glyphs at the due dates in the window")
        // Tags balance, so the picture is well-formed.
        let opened = svg.matches(of: /<(svg|text|title)\b/).count, closed = svg.matches(of: /<\/(svg|text|title)>/).count
        #expect(opened == closed)
        #expect(!html.contains("<script"))
        var summary = SnapshotStyle()
        summary.summary = true
        #expect(!builtIn.render(.html, style: summary).contains("<svg"))
        // The legend says what the shapes mean, in the report's language.
        #expect(html.contains("<p class=\"legend\">○ planned"))
        #expect(builtIn.render(.html, style: SnapshotStyle(language: .th, calendar: .buddhist)).contains("กำหนดตามแผนฐาน"))
    }

    /// Thai letters are wider for their columns than Latin or Japanese ones:
    /// at 40 columns a Thai label ran under the bars in Chromium's print.
    @Test("row labels stay left of the bars: clipped there, and Thai ones cut to fewer columns")
    func labelsStayLeftOfTheBars() throws {
        let rows = builtIn.chart.groups.reduce(0) { $0 + $1.rows.count }
        for language in [InterfaceLanguage.en, .th, .ja] {
            let html = builtIn.render(.html, style: SnapshotStyle(language: language))
            let labels = html.matches(of: /<text x="6"[^>]*clip-path="url\(#roadmap-chart-labels\)">([^<]*)<\/text>/).map {
                String($0.1).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                    .replacingOccurrences(of: "&amp;", with: "&")
            }
            #expect(labels.count == rows, "\(language)")
            #expect(html.contains("<clipPath id=\"roadmap-chart-labels\"><rect x=\"0\" y=\"0\" width=\"207\""))
            let limit = language == .th ? SnapshotSVG.thaiLabelColumns : SnapshotSVG.labelColumns
            for label in labels { #expect(DisplayWidth.of(label) <= limit, "\(language): \(label)") }
            #expect(labels.contains { DisplayWidth.of($0) == limit }, "\(language): the longest titles are cut at the limit")
        }
    }

    @Test("--fiscal names the quarters on the picture's axis")
    func fiscal() {
        var style = SnapshotStyle()
        style.fiscal = .th
        #expect(builtIn.render(.html, style: style).contains(">Q2 FY2570</text>"))
        style.fiscal = .jp
        style.language = .ja
        #expect(builtIn.render(.html, style: style).contains(">2026年度 第4四半期</text>"))
        #expect(!builtIn.render(.html).contains("FY2570</text>"))
    }
}
