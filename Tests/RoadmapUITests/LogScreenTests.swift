import RoadmapCore
import Testing
@testable import RoadmapUI

/// The log screen (`H`): the whole roadmap's changes newest first, or one
/// milestone's; Thai and Japanese names and reasons line up.
@Suite struct LogScreenTests {
    /// The built-in roadmap with a week of changes by a Thai and a Japanese author.
    static func roadmap() throws -> Roadmap {
        var roadmap = BuiltInRoadmap.load()
        func set(_ id: String, _ field: MilestoneField, _ value: String, _ time: String, _ author: String?, _ reason: String? = nil) throws {
            try roadmap[roadmap.locate(id)!].set(field, to: value, at: Timestamp(rfc3339: time)!, by: author, reason: reason)
        }
        try set("SC2", .status, "done", "2026-11-23T02:00:00Z", "สมชาย")
        try set("SME1", .owner, "สสว. / 中小機構", "2026-11-24T03:00:00Z", "山田")
        try set("CE1", .due, "2028-02-25", "2026-11-25T04:00:00Z", "山田", "予算の見直し")
        try set("SC3", .status, "at-risk", "2026-11-26T05:00:00Z", nil, "รอผลการเจรจา")
        return roadmap
    }

    @Test(arguments: InterfaceLanguage.allCases)
    func wholeRoadmap(language: InterfaceLanguage) throws {
        var state = Fixture.state(language: language, roadmap: try Self.roadmap())
        state.press(.character("H"))
        #expect(state.screen == .log)
        GoldenFrame.check(state, "log-80x24-\(language)")
        let rows = state.render().lines
        let unknown = ["unknown", "ไม่ทราบ", "不明"][InterfaceLanguage.allCases.firstIndex(of: language)!]
        #expect(rows[2].contains("SC3") && rows[2].contains(" \(unknown) "), "newest first, no author shown as unknown: \(rows[2])")
        #expect(rows.contains { $0.contains("SC2") && $0.contains("สมชาย") }, "\(state.render().text)")
        // At 80 columns the reasons are on lines of their own, under their rows, whole.
        let ce1 = try #require(rows.firstIndex { $0.contains("CE1") })
        #expect(rows[ce1 + 1] == "     予算の見直し", "\(state.render().text)")
    }

    /// A change of the programme's time zone is a change of the whole
    /// roadmap ("Roadmap · Time zone", short for the id column at 80
    /// columns, the reason whole under it where the reasons have no room
    /// beside the changes); a milestone's log leaves it out.
    @Test(arguments: InterfaceLanguage.allCases)
    func aChangeOfTheTimeZone(language: InterfaceLanguage) throws {
        var roadmap = try Self.roadmap()
        roadmap.setTimeZone("Asia/Tokyo", at: Timestamp(rfc3339: "2026-11-26T06:00:00Z")!, by: "山田", reason: "METI")
        var wide = Fixture.state(width: 100, language: language, roadmap: roadmap)
        wide.press(.character("H"))
        let words = [FieldWord.wholeRoadmap.label(in: language), "Asia/Bangkok → Asia/Tokyo", "山田"]
        let field = UIText.timeZoneField.text(language)
        for state in [wide, { var state = Fixture.state(language: language, roadmap: roadmap); state.press(.character("H")); return state }()] {
            let lines = state.render().lines
            // The field's name may be cut to its column (タイムゾー…), the value never.
            #expect(words.allSatisfy(lines[2].contains) && lines[2].contains(String(field.prefix(4))), "the newest change: \(state.render().text)")
            #expect(lines[2].hasSuffix(" METI") || lines[3] == "     METI", "the reason whole: \(state.render().text)")
        }
        var state = Fixture.state(language: language, roadmap: roadmap)
        state.press(.character("H"))
        #expect(["Roadmap", "แผนงาน", "全体"].contains(FieldWord.wholeRoadmap.label(in: language)))
        state.press(.escape, .character("3"), .enter, .character("H"))
        #expect(!state.render().text.contains("Asia/Bangkok → Asia/Tokyo"), "not in CE1's log: \(state.render().text)")
    }

    /// try-22b 5: after the zone moved to Tokyo, a change made at 23:30 on a Sunday in Bangkok
    /// showed as Monday, unlabelled, while the weekly report counted it in the week before.
    @Test(arguments: InterfaceLanguage.allCases)
    func aChangeKeepsTheDayOfItsClock(language: InterfaceLanguage) throws {
        var roadmap = try Self.roadmap()
        try roadmap[roadmap.locate("SC6")!].set(.status, to: "at-risk", at: Timestamp(rfc3339: "2026-11-22T16:30:00Z")!, by: "สมชาย")
        roadmap.setTimeZone("Asia/Tokyo", at: Timestamp(rfc3339: "2026-11-26T06:00:00Z")!, by: "山田", reason: "METI")
        var state = Fixture.state(language: language, roadmap: roadmap)
        state.press(.character("H"))
        let rows = state.render().lines
        let sunday = ["2026-11-22*", "22 พ.ย. 2026*", "2026年11月22日*"][InterfaceLanguage.allCases.firstIndex(of: language)!]
        #expect(rows.contains { $0.contains("SC6") && $0.hasPrefix(" \(sunday) ") }, "Sunday, marked:\n\(state.render().text)")
        // The change of zone itself is on the new clock, unmarked; the row above the hint names both clocks.
        #expect(rows[2].contains("Asia/Bangkok → Asia/Tokyo") && !rows[2].contains("*"), "\(rows[2])")
        let note = [" times: Asia/Tokyo · * on the clock then: Asia/Bangkok", " เวลา Asia/Tokyo · * ตามเวลาในขณะนั้น: Asia/Bangkok",
                    " 時刻: Asia/Tokyo · * 当時の時刻: Asia/Bangkok"][InterfaceLanguage.allCases.firstIndex(of: language)!]
        #expect(rows[state.height - 3].hasPrefix(note), "\(state.render().text)")
        // The detail: the time on Bangkok's clock, named; the heading names today's.
        let detail = state.detailLines(roadmap[roadmap.locate("SC6")!], width: 78).map(\.0)
        #expect(detail.contains { $0.hasPrefix("  ") && $0.contains("23:30 Asia/Bangkok") }, "\(detail.joined(separator: "\n"))")
        #expect(detail.contains(FieldWord.history.label(in: language) + " · " + note.dropFirst().prefix { $0 != "·" }.dropLast()),
                "\(detail.joined(separator: "\n"))")
        // Without a change of zone nothing is marked, and the clock is still named.
        var plain = Fixture.state(language: language, roadmap: try Self.roadmap())
        plain.press(.character("H"))
        #expect(!plain.render().text.contains("*") && plain.render().lines[plain.height - 3].contains("Asia/Bangkok"), "\(plain.render().text)")
    }

    /// try-23 finding 6: Bangkok, then UTC, then Tokyo; the note said `* 当時の時刻: Asia/Bangkok, GMT`.
    @Test("several earlier clocks are told apart (*1, *2) and named as the file spells them (UTC, not GMT)")
    func severalEarlierClocks() throws {
        var roadmap = try Self.roadmap()
        let time = { (text: String) in Timestamp(rfc3339: text)! }
        try roadmap[roadmap.locate("SC6")!].set(.status, to: "at-risk", at: time("2026-11-22T16:30:00Z"), by: "สมชาย")
        roadmap.setTimeZone("UTC", at: time("2026-11-23T01:00:00Z"), by: "สมชาย")
        try roadmap[roadmap.locate("SC7")!].set(.status, to: "blocked", at: time("2026-11-24T23:30:00Z"), by: "佐藤")
        roadmap.setTimeZone("Asia/Tokyo", at: time("2026-11-26T06:00:00Z"), by: "山田")
        var state = Fixture.state(language: .en, roadmap: roadmap)
        state.press(.character("H"))
        let rows = state.render().lines
        // Newest first: UTC is the first earlier clock met, Bangkok the second.
        #expect(rows.contains { $0.contains("SC7") && $0.hasPrefix(" 2026-11-24*1 ") }, "\(state.render().text)")
        #expect(rows.contains { $0.contains("Asia/Bangkok → UTC") && $0.hasPrefix(" 2026-11-23*1 ") }, "the change to UTC on UTC's clock:\n\(state.render().text)")
        #expect(rows.contains { $0.contains("SC6") && $0.hasPrefix(" 2026-11-22*2 ") }, "\(state.render().text)")
        // The note names the clocks of the rows on the page, in the order of their marks (the page's range may follow it).
        let note = " times: Asia/Tokyo · * on the clock then: *1 UTC, *2 Asia/Bangkok"
        #expect(rows[state.height - 3] == note || rows[state.height - 3].hasPrefix(note + " "), "\(state.render().text)")
        #expect(!state.render().text.contains("GMT"))
    }

    /// Field names, status words and dates in the UI's words and calendar:
    /// a Thai official in the Buddhist Era reads `กำหนด  24 ธ.ค. 2570 → …`.
    @Test func fieldsAndValuesInTheUIsWordsAndCalendar() throws {
        var state = Fixture.state(language: .th, calendar: .buddhist, roadmap: try Self.roadmap())
        state.press(.character("H"))
        GoldenFrame.check(state, "log-80x24-th-be")
        let text = state.render().text
        #expect(!text.contains(" status ") && !text.contains(" due ") && !text.contains("in-progress") && !text.contains("2027-12-24"), "\(text)")
        #expect(text.contains("2570") && text.contains("สถานะ") && text.contains("เสร็จ"), "\(text)")
        // The change column is wide enough for a move of a date written out in Japanese.
        var japanese = Fixture.state(language: .ja, roadmap: try Self.roadmap())
        japanese.press(.character("H"))
        #expect(japanese.render().lines.contains { $0.contains("CE1") && $0.contains("2027年12月24日 → 2028年2月25日") }, "\(japanese.render().text)")
    }

    /// A long note, once cut to a third of the width so that the reason
    /// after it kept some room, is now whole on lines of its own under its
    /// row, and the reason whole too.
    @Test(arguments: [80, 100])
    func aLongNoteAndItsReasonWhole(width: Int) throws {
        var roadmap = try Self.roadmap()
        let notes = String(repeating: "ประชุมคณะทำงานร่วมไทย–ญี่ปุ่นเพื่อทบทวนแผน ", count: 4).trimmingCharacters(in: .whitespaces)
        try roadmap[roadmap.locate("SC4")!].set(.notes, to: notes, at: Timestamp(rfc3339: "2026-11-27T01:00:00Z")!, by: "山田", reason: "会合の結果")
        var state = Fixture.state(width: width, roadmap: roadmap)
        state.press(.character("H"))
        let lines = state.render().lines
        let row = try #require(lines.firstIndex { $0.contains("SC4") })
        let below = lines[(row + 1)...].prefix { $0.hasPrefix("     ") }
        #expect(!lines[row].contains("…") && below.joined().filter { $0 != " " }.contains(notes.filter { $0 != " " }), "\(state.render().text)")
        #expect(lines[row].hasSuffix("会合の結果") || below.contains("     会合の結果"), "\(state.render().text)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
    }

    @Test func oneMilestoneFromItsDetailAndTabSwitches() throws {
        var state = Fixture.state(roadmap: try Self.roadmap())
        state.press(.character("3"), .enter, .character("H"))
        #expect(state.render().lines[0].contains("Log · CE1"))
        let rows = state.render().lines.dropFirst(2).filter { $0.contains(" CE") || $0.contains(" SC") || $0.contains(" SME") }
        // One short reason: it has room beside the change.
        #expect(rows.count == 1 && rows[0].contains("2027-12-24 → 2028-02-25") && rows[0].hasSuffix("  予算の見直し"), "\(rows)")
        state.press(.tab)
        #expect(state.render().lines[0].hasPrefix(" roadmap · Log ") && !state.render().lines[0].contains("CE1"))
        state.press(.escape)
        #expect(state.screen == .detail, "back where it was opened")
    }

    /// The log is listed when the screen opens and again only when the
    /// roadmap changes (here from outside, while it is open).
    @Test func listedOnceAndAgainWhenTheRoadmapChanges() throws {
        let roadmap = try Self.roadmap()
        var state = Fixture.state(roadmap: roadmap)
        state.press(.character("H"))
        let listed = try #require(state.logListing)
        state.press(.down, .up, .character("j"))
        #expect(state.logListing?.source.isIdentical(to: listed.source) == true && state.logChanges == listed.changes, "keys list nothing again")
        var outside = roadmap
        try outside[outside.locate("SME2")!].set(.status, to: "done", at: Timestamp(rfc3339: "2026-11-27T01:00:00Z")!, by: "ゆき")
        _ = state.update(.reloaded(outside, sent: roadmap))
        #expect(state.logChanges.count == listed.changes.count + 1 && state.render().lines[2].contains("SME2"), "\(state.render().text)")
    }

    @Test func scrollsThroughALongLog() throws {
        var roadmap = BuiltInRoadmap.load()
        for day in 1...40 {
            try roadmap[roadmap.locate("SC2")!].set(.notes, to: "update \(day)", at: Timestamp(secondsSinceEpoch: 1_790_000_000 + Int64(day) * 86_400), by: "สมชาย")
        }
        var state = Fixture.state(roadmap: roadmap)
        state.press(.character("H"))
        let first = state.logPage(from: 0).lines.count
        #expect(first > 10 && state.render().text.contains(" 1–\(first)/45"), "\(state.render().text)")
        state.press(.end)
        let lines = state.render().lines
        #expect(lines.contains { $0.contains("–45/45") }, "\(lines)")
        let last = try #require(lines[..<(state.height - 3)].lastIndex { $0.hasPrefix(" 20") })
        #expect(lines[last].contains("CE2"), "the oldest change last: \(lines[last])")
        state.press(.pageUp, .pageUp, .pageUp)
        #expect(state.render().text.contains(" 1–\(first)/45"), "stops at the top")
    }
}
