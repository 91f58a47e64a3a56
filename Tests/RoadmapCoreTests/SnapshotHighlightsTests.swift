import Foundation
@testable import RoadmapCore
import Testing

/// Page one: health, completions, last week's counts, slip and off-track links.
@Suite("Snapshot: page one")
struct SnapshotHighlightsTests {
    let week = SnapshotFixture.week  // 2026-W48, Monday 23 to Sunday 29 November
    let zone = SnapshotFixture.bangkok

    private func milestone(
        _ id: String, _ status: Status = .inProgress, due: String? = "2027-06-30", depends: [String] = [],
        history: [(String, String, String?, String?)] = []
    ) -> Milestone {
        var m = SnapshotFixture.milestone(id, status: status, due: due, history: history)
        m.depends = depends
        return m
    }

    private func roadmap(_ workstreams: [[Milestone]], baseline: Baseline? = nil) -> Roadmap {
        Roadmap(title: LocalizedText("Test"), baselines: baseline.map { [$0] } ?? [], workstreams: workstreams.enumerated().map { i, milestones in
            Workstream(id: "w\(i)", title: LocalizedText("Workstream \(i)"), milestones: milestones)
        })
    }

    private func snapshot(_ roadmap: Roadmap) -> WeeklySnapshot {
        WeeklySnapshot(roadmap: roadmap, week: week, today: Fixture.day("2026-11-27"), timeZone: zone)
    }

    @Test("health: overdue or blocked is off track; at risk, slipped or waiting on an off-track link needs attention; overall is the worst")
    func health() {
        let s = snapshot(roadmap([
            [milestone("LATE", due: "2026-11-20")],
            [milestone("BLOCKED", .blocked)],
            [milestone("RISK", .atRisk)],
            [milestone("WAITS", .planned, depends: ["BLOCKED"])],
            [milestone("FINE"), milestone("DONE", .done, due: "2026-01-01"), milestone("GONE", .dropped, due: "2026-01-01")],
        ]))
        let health = s.highlights.workstreams.map(\.health)
        #expect(health == [.offTrack, .offTrack, .needsAttention, .needsAttention, .onTrack])
        #expect(s.highlights.overall == .offTrack)
        #expect(s.highlights.workstreams[3].offTrackLinks == 1)
        #expect(s.highlights.offTrackLinks.map { "\($0.waiting.id)→\($0.waitsFor.id)" } == ["WAITS→BLOCKED"])
        let text = s.render(.text)
        #expect(text.contains("✗ off track        Overall "), "\(text)")
        #expect(text.contains("  1 overdue\n") && text.contains(/▲ needs attention  Workstream 3 +0\/1 +0% +\[\.+\]\n  1 waiting on an off-track link\n/), "\(text)")
        #expect(text.contains("WAITS  waits for BLOCKED: blocked  Milestone\n"), "\(text)")
        let calm = snapshot(roadmap([[milestone("FINE")]]))
        #expect(calm.highlights.overall == .onTrack && calm.render(.text).contains("No dependency is off track."))
    }

    @Test("without a baseline, slip is this week's net due moves to later dates, open milestones only, most days first")
    func slipByMoves() {
        let s = snapshot(roadmap([[
            milestone("LATER", due: "2027-01-15", history: [("2026-11-24T04:00:00Z", "due", "2026-12-18", "2027-01-15")]),
            milestone("MUCHLATER", due: "2027-03-01", history: [("2026-11-24T04:00:00Z", "due", "2026-12-18", "2027-03-01")]),
            milestone("EARLIER", due: "2026-12-01", history: [("2026-11-24T04:00:00Z", "due", "2026-12-18", "2026-12-01")]),
            milestone("CLOSED", .done, due: "2027-01-15", history: [("2026-11-24T04:00:00Z", "due", "2026-12-18", "2027-01-15")]),
            milestone("LASTWEEK", due: "2027-01-15", history: [("2026-11-16T04:00:00Z", "due", "2026-12-18", "2027-01-15")]),
        ]]))
        #expect(s.highlights.baseline == nil)
        #expect(s.highlights.slipped.map(\.milestone.id) == ["MUCHLATER", "LATER"])
        #expect(s.highlights.slipped.map(\.days) == [73, 28])
        #expect(s.render(.text).contains("Needs attention or slipped this week ---"))
    }

    @Test("with a baseline, slip is against it, with the latest reason; a baseline saved after the report's day is not used")
    func slipByBaseline() throws {
        var late = milestone("SLIP", due: "2027-02-01")
        late.history = [HistoryEntry(at: Fixture.time("2026-11-10T02:00:00Z"), field: "due", from: "2027-01-01", to: "2027-02-01",
                                     by: "somchai", reason: "supplier audit moved")]
        let agreed = Baseline(name: "Agreed", at: Fixture.time("2026-10-01T00:00:00Z"),
                              milestones: [.init(id: "SLIP", due: Fixture.day("2027-01-01")), .init(id: "SAME", due: Fixture.day("2027-06-30"))])
        let s = snapshot(roadmap([[late, milestone("SAME")]], baseline: agreed))
        #expect(s.highlights.baseline == "Agreed")
        let slipped = try #require(s.highlights.slipped.first)
        #expect(s.highlights.slipped.count == 1 && slipped.days == 31 && slipped.reason?.reason == "supplier audit moved")
        let text = s.render(.text)
        #expect(text.contains("Needs attention or slipped against “Agreed” ---"), "\(text)")
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("+31 days Milestone OIE · 10 Nov somchai: supplier audit moved"), "\(text)")
        let later = Baseline(name: "Later", at: Fixture.time("2026-12-05T00:00:00Z"), milestones: agreed.milestones)
        #expect(snapshot(roadmap([[late]], baseline: later)).highlights.baseline == nil)
    }

    @Test("done this week, and the counts at the end of last week: a status set and a milestone added this week are not in them")
    func completedAndLastWeek() throws {
        let s = snapshot(roadmap([[
            milestone("FINISHED", .done, history: [("2026-11-24T04:00:00Z", "status", "in-progress", "done")]),
            milestone("NEW", .planned, history: [("2026-11-25T04:00:00Z", "created", nil, "planned")]),
            milestone("OLD", .done, history: [("2026-11-10T04:00:00Z", "status", "in-progress", "done")]),
        ]]))
        #expect(s.highlights.completed.map(\.id) == ["FINISHED"])
        #expect(s.overall.counts == [1, 0, 0, 0, 2, 0])
        #expect(s.highlights.previous.counts == [0, 1, 0, 0, 1, 0])
        let text = s.render(.text)
        #expect(text.contains("Since last week: planned 0 → 1, in-progress 1 → 0, done 1 → 2."), "\(text)")
        #expect(text.contains(/Done this week -+\nFINISHED  Milestone\n/), "\(text)")
        let thai = s.render(.text, style: SnapshotStyle(language: .th, calendar: .buddhist))
        #expect(thai.replacingOccurrences(of: "\n", with: " ").contains("เทียบกับสัปดาห์ก่อน: วางแผน 0 → 1"), "\(thai)")
    }

    @Test("--summary is page one alone: no workstream tables, in every format")
    func summary() throws {
        var style = SnapshotStyle()
        style.summary = true
        let s = try SnapshotFixture.snapshot()
        let full = s.render(.text), short = s.render(.text, style: style)
        // The same page one, but for the footers' page counts.
        let footer = /(?m)^Week 48 .* of \d+$/
        let pageOne = try #require(full.components(separatedBy: "\u{0C}").first).replacing(/\n+(?=Week 48 )/, with: "\n\n")
        #expect(pageOne.replacing(footer, with: "footer") == short.replacing(footer, with: "footer"), "\(short)")
        #expect(full.contains("\n\u{0C}Moved this week ---") && full.contains("\nNext-generation industrial supply chains ---"))
        #expect(!short.contains("SME4  planned"), "SME4 is only in its workstream's table: \(short)")
        #expect(!s.render(.markdown, style: style).contains("## SMEs and startups"))
        #expect(!s.render(.html, style: style).contains("class=\"tables\""))
        #expect(s.render(.html).contains("<div class=\"tables\">"))
    }

    @Test("the HTML page names the title, week and page x of y in its margins, in the report's language")
    func htmlPageFurniture() throws {
        let s = try SnapshotFixture.snapshot()
        let english = s.render(.html)
        #expect(english.contains(#"@bottom-right { content: "Page " counter(page) " of " counter(pages);"#), "\(english)")
        #expect(english.contains(#"@top-right { content: "Week 48 (23–29 Nov 2026) · 2026-W48";"#))
        let japanese = s.render(.html, style: SnapshotStyle(language: .ja))
        #expect(japanese.contains(#"content: counter(page) " / " counter(pages) " ページ";"#), "\(japanese)")
        #expect(japanese.contains(":lang(ja) { line-break: strict; font-synthesis: none; }"))
        #expect(SnapshotHTMLRenderer.cssString("a\"b\\c<") == #""a\"b\\c\3C ""#)
    }
}
