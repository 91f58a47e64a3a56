import Foundation
@testable import RoadmapCore
import Testing

/// Page one says why: each milestone that needs attention or slipped has
/// its latest reason in full under it (owner and lead side kept short); in
/// two languages each title is there in both, the second under the first;
/// its sentences end with the language's stop.
@Suite("Text snapshot: page one says why")
struct SnapshotPageOneWhyTests {
    typealias PageOne = SnapshotPageOneTests

    /// Page one's lines (above the footer) of `snapshot` in `style`.
    static func pageOne(_ snapshot: WeeklySnapshot, _ style: SnapshotStyle) -> [Substring] {
        PageOne.firstPage(snapshot.render(.text, style: PageOne.summary(style))).body
    }

    /// The lines under the row of `id`: its second title, if stacked, and its follow-up.
    static func under(_ id: String, in lines: [Substring]) -> [Substring] {
        guard let row = lines.firstIndex(where: { $0.hasPrefix(id + " ") }) else { return [] }
        return Array(lines[(row + 1)...].prefix { $0.hasPrefix(" ") })
    }

    /// `text` without its spaces, to compare text that wrapping may have broken at any space.
    static func squeezed(_ text: some StringProtocol) -> String { String(text.filter { $0 != " " }) }

    @Test("the latest reason of each milestone that needs attention or slipped is on page one in full", arguments: [0, 1, 2])
    func reasonsInFull(_ styleIndex: Int) throws {
        let (name, style) = PageOne.styles[styleIndex]
        for (week, snapshot) in try PageOne.weeks() {
            let lines = Self.pageOne(snapshot, style)
            let concerns = snapshot.attention.map { ($0.milestone, $0.reason) } + snapshot.highlights.slipped.map { ($0.milestone, $0.reason) }
            var checked = 0
            for (milestone, reason) in concerns {
                guard let text = reason?.explanationText else { continue }
                let followUp = Self.under(milestone.id, in: lines).joined(separator: " ")
                #expect(Self.squeezed(followUp).contains(Self.squeezed(text)), "\(name) \(week) \(milestone.id): \(text)\n\(followUp)")
                #expect(!followUp.hasSuffix("…"), "\(name) \(week) \(milestone.id)")
                checked += 1
            }
            #expect(checked >= 3, "\(name) \(week): reasons checked")
        }
    }

    @Test("the follow-up is short: the owner labelled only without a reason, the lead side in a word, this year's day without the year, the author")
    func briefFollowUp() throws {
        let zone = try #require(TimeZone(identifier: "Asia/Bangkok"))
        var row = WeeklySnapshot.MilestoneRow(Milestone(id: "CE2", title: LocalizedText("Draft standards"), status: .atRisk, owner: "TISI", lead: .th), workstream: "CE")
        let reason = HistoryEntry(at: Fixture.time("2026-10-20T03:00:00Z"), field: "status", from: "planned", to: "at-risk",
                                  by: "วิไล", reason: "comments not yet resolved")
        let expected: [(InterfaceLanguage, CalendarSystem, String, String)] = [
            (.en, .gregorian, "TISI · Thai-led · 20 Oct วิไล: comments not yet resolved", "TISI · Thai-led · 2026-10-20 วิไล: comments not yet resolved"),
            (.th, .buddhist, "TISI · ไทยนำ · 20 ต.ค. วิไล: comments not yet resolved", "TISI · ไทยนำ · 20 ต.ค. 2569 วิไล: comments not yet resolved"),
            (.ja, .gregorian, "TISI · タイ主導 · 10月20日 วิไล: comments not yet resolved", "TISI · タイ主導 · 2026年10月20日 วิไล: comments not yet resolved"),
        ]
        for (language, calendar, thisYear, lastYear) in expected {
            let words = SnapshotWording(language: language, calendar: calendar)
            #expect(words.briefFollowUp(row, reason: reason, timeZone: zone, asOf: Fixture.day("2026-12-05")) == thisYear)
            #expect(words.briefFollowUp(row, reason: reason, timeZone: zone, asOf: Fixture.day("2027-01-08")) == lastYear)
        }
        let words = SnapshotWording(language: .en, calendar: .gregorian)
        row.lead = .jp
        #expect(words.briefFollowUp(row, reason: nil, timeZone: zone, asOf: Fixture.day("2026-12-05")) == "owner TISI · Japan-led")
        row.lead = .joint
        row.owner = nil
        #expect(words.briefFollowUp(row, reason: nil, timeZone: zone, asOf: Fixture.day("2026-12-05")) == "joint")
        row.lead = nil
        #expect(words.briefFollowUp(row, reason: nil, timeZone: zone, asOf: Fixture.day("2026-12-05")) == nil)
    }

    @Test("two languages, built-in roadmap: each title on page one in both, the second on the line under the first", arguments: [3, 4])
    func pairsShowBothTitles(_ styleIndex: Int) throws {
        let (name, style) = PageOne.styles[styleIndex]
        let second = try #require(style.secondLanguage)
        for (week, snapshot) in try PageOne.weeks().prefix(2) {
            let lines = Self.pageOne(snapshot, style)
            let rows = snapshot.attention.map(\.milestone) + snapshot.highlights.slipped.map(\.milestone) + snapshot.dueNext.map(\.milestone)
                + snapshot.highlights.completed + snapshot.highlights.offTrackLinks.map(\.waiting)
            var checked = 0
            for (i, line) in lines.enumerated() {
                guard let milestone = rows.first(where: { line.hasPrefix($0.id + " ") }) else { continue }
                let (first, other) = (milestone.title.text(in: style.language.rawValue), milestone.title.text(in: second.rawValue))
                #expect(line.contains(String(first.prefix(8))) && !line.contains(" / "), "\(name) \(week): \(line)")
                let under = lines[i + 1].trimmingCharacters(in: .whitespaces)
                let shown = under.hasSuffix("…") ? String(under.dropLast()) : under
                #expect(shown.count >= min(other.count, 20) && other.hasPrefix(shown), "\(name) \(week): \(under) under \(line)")
                checked += 1
            }
            #expect(checked >= 4, "\(name) \(week): rows checked")
            for workstream in snapshot.workstreams {
                let other = workstream.title.text(in: second.rawValue)
                #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(String(other.prefix(15))) }, "\(name) \(week): \(other)")
            }
            #expect(!lines.contains { $0.hasSuffix("/…") || $0.contains("/ …") }, "\(name) \(week)")
        }
    }

    @Test("page one's sentences end with the language's stop, and Japanese lists use 、")
    func sentencesEndWithStops() throws {
        let busy = try PageOne.weeks()[2].1
        let en = Self.pageOne(busy, PageOne.styles[0].1).joined(separator: " ")
        #expect(en.contains("done 2 → 4. 7 milestones moved this week"), "\(en)")
        let ja = Self.pageOne(busy, PageOne.styles[2].1).joined()
        #expect(ja.contains("先週比：計画 12 → 9、進行中 5 → 3、リスクあり 1 → 3、停止 1 → 2、完了 2 → 4。今週の動き7件"), "\(ja)")
        // Thai has no stop: the moves' sentence ends with its bracket, and the counts follow their label to the paragraph's end.
        let th = Self.pageOne(busy, PageOne.styles[1].1)
        let paragraph = try #require(th.firstIndex { $0.hasPrefix("ความเคลื่อนไหวในสัปดาห์นี้ 7 รายการ") })
        #expect(th[paragraph].hasPrefix("ความเคลื่อนไหวในสัปดาห์นี้ 7 รายการ (ดูรายละเอียดในรายงานฉบับเต็ม) เทียบกับสัปดาห์ก่อน:"))
        #expect(th[paragraph + 1] == "วางแผน 12 → 9, ดำเนินการ 5 → 3, มีความเสี่ยง 1 → 3, ติดขัด 1 → 2, เสร็จแล้ว 2 → 4")
        #expect(th[paragraph + 2].hasSuffix("---"), "a heading follows: \(th[paragraph + 2])")
        // A count stays on one line (`blocked 1 → 2`, not `blocked 1 →` / `2`).
        #expect(!Self.pageOne(busy, PageOne.styles[0].1).contains { $0.hasSuffix("→") })
    }

    @Test("a table row's second line under the flexible column, cut with … on one line; moved under the row on a narrow page")
    func secondTitleUnderTheRow() {
        var table = SnapshotTable(columns: [.init(header: "ID"), .init(header: "Title", role: .flexible, minimum: 10)], showsHeader: false)
        table.oneLine = true
        table.append(["CE2", "Draft"], notes: ["TISI · Thai-led"], under: "Draft recycling industry standards")
        #expect(table.render(width: 25) == ["CE2  Draft", "     Draft recycling…", "     TISI · Thai-led"])
        #expect(table.render(width: 60) == ["CE2  Draft", "     Draft recycling industry standards", "     TISI · Thai-led"])
        var narrow = SnapshotTable(columns: [.init(header: "ID"), .init(header: "Title", role: .flexible, minimum: 50)], showsHeader: false)
        narrow.append(["CE2", "Title"], under: "Second")
        #expect(narrow.render(width: 10) == ["CE2", "Title", "Second"])
    }

    @Test("a note of two lines at most: the second cut at a word boundary with …", arguments: [20, 30, 45])
    func noteOfTwoLines(_ width: Int) {
        let note = "DIW · Thai-led · 2 Dec DIW: waiting for the vehicle deregistration rules of the Department of Land Transport"
        let lines = SnapshotTable.leadingLines(note, count: 2, width: width)
        #expect(lines.count == 2 && lines[1].hasSuffix("…"), "\(lines)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
        #expect(Self.squeezed(note).hasPrefix(Self.squeezed(lines.joined().dropLast())), "\(lines)")
        #expect(SnapshotTable.leadingLines(note, count: 2, width: 70) == SnapshotWrap.wrap(note, to: 70))
    }
}
