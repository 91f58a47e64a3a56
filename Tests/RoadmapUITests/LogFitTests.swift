import RoadmapCore
import Testing
@testable import RoadmapUI

/// try-23 2: at 80 columns the log screen cut what a change changed to,
/// and rows with Thai text (an author or a reason) 6–18 cells before the
/// edge. Every change's value and reason now reads whole on every page, in
/// every language, and no line passes the screen.
@Suite struct LogFitTests {
    /// try-23's busy week (Thai and Japanese authors and reasons, two
    /// updates), then the zone moved to Tokyo and a comment after it.
    static func busyWeek() throws -> Roadmap {
        var roadmap = BuiltInRoadmap.load()
        func set(_ id: String, _ field: MilestoneField, _ value: String, _ time: String, _ author: String, _ reason: String? = nil) throws {
            try roadmap[roadmap.locate(id)!].set(field, to: value, at: Timestamp(rfc3339: time)!, by: author, reason: reason)
        }
        func comment(_ id: String, _ text: String, _ time: String, _ author: String) throws {
            try roadmap[roadmap.locate(id)!].comment(text, at: Timestamp(rfc3339: time)!, by: author)
        }
        try set("SC3", .status, "in-progress", "2026-11-30T02:15:00Z", "สมชาย ใจดี", "เริ่มสำรวจผู้ผลิตชิ้นส่วนเซมิคอนดักเตอร์")
        try set("SME3", .due, "2027-07-21", "2026-12-01T03:40:00Z", "สมชาย ใจดี", "งบประมาณ DIPROM อนุมัติล่าช้า")
        try set("CE2", .status, "blocked", "2026-12-01T07:05:00Z", "วิไล ศรีสุข", "รอผลรับฟังความคิดเห็นรอบสอง")
        try comment("SC2", "ประชุมกับ JAMA แล้ว ได้ข้อมูลผู้ผลิตชิ้นส่วน EV 12 ราย", "2026-12-02T04:00:00Z", "สมชาย ใจดี")
        try set("SC5", .due, "2027-10-21", "2026-12-03T09:30:00Z", "山田 太郎", "JETROサプライヤー商談会の延期")
        try set("CE5", .status, "at-risk", "2026-12-03T10:00:00Z", "山田 太郎", "経産省の担当者交代")
        try set("CE5", .lead, "joint", "2026-12-03T10:00:00Z", "山田 太郎", "経産省の担当者交代")
        try set("SME1", .status, "done", "2026-12-04T08:20:00Z", "วิไล ศรีสุข")
        try set("SC4", .due, "2028-09-29", "2026-12-04T01:00:00Z", "佐藤 花子", "NEDO実証事業の公募時期変更")
        try comment("CE5", "後任の担当者が決定、12月中に引継ぎ完了予定", "2026-12-04T02:00:00Z", "佐藤 花子")
        try set("SC7", .due, "2027-01-08", "2026-12-04T16:45:00Z", "สมชาย ใจดี", "รอความเห็นจากฝ่ายญี่ปุ่น")
        try set("SC6", .status, "at-risk", "2026-12-06T16:30:00Z", "สมชาย ใจดี", "BOI ขอข้อมูลเพิ่มเติม")
        try set("SC4", .status, "at-risk", "2026-12-08T02:00:00Z", "山田 太郎", "NEDO予算の確定待ち")
        _ = roadmap.setTimeZone("Asia/Tokyo", at: Timestamp(rfc3339: "2026-12-10T01:00:00Z")!, by: "山田 太郎", reason: "事務局を経産省に移管（2026年12月）")
        try comment("SC6", "BOIとの協議日程を調整中", "2026-12-11T01:00:00Z", "佐藤 花子")
        return roadmap
    }

    static func state(width: Int = 80, height: Int = 24, language: InterfaceLanguage, calendar: CalendarSystem = .gregorian) throws -> AppState {
        var state = AppState(roadmap: try busyWeek(), today: CalendarDay(iso: "2026-12-11")!, language: language,
                             calendar: calendar, width: width, height: height, author: nil)
        state.clock = { Timestamp(rfc3339: "2026-12-11T03:00:00Z")! }
        state.press(.character("H"))
        return state
    }

    /// The frames at 80×24 of the week the trial read (Thai in the Buddhist Era, Japanese).
    @Test(arguments: [(InterfaceLanguage.th, CalendarSystem.buddhist), (.ja, .gregorian)])
    func busyWeekAtEightyColumns(language: InterfaceLanguage, calendar: CalendarSystem) throws {
        var state = try Self.state(language: language, calendar: calendar)
        GoldenFrame.check(state, "log-busy-80x24-\(language)")
        state.press(.pageDown)
        GoldenFrame.check(state, "log-busy-80x24-\(language)-2")
    }

    /// Every page, every change: its value (from → to, an update's text) and
    /// its reason are on screen whole, in the row or on lines of their own
    /// under it; no line passes the edge. Fails on the old layout, which cut
    /// `วางแผน → มีความ…` with cells to spare.
    @Test(arguments: InterfaceLanguage.allCases, [60, 80, 100, 132])
    func everyValueAndReasonWhole(language: InterfaceLanguage, width: Int) throws {
        var state = try Self.state(width: width, language: language, calendar: language == .th ? .buddhist : .gregorian)
        let changes = state.logChanges
        var seen = Set<Int>()
        while true {
            let grid = state.render()
            GoldenFrame.checkFits(grid, "log \(language) \(width)")
            let page = state.logPage(from: state.logScroll)
            // The rows between the header and the clock's line, as drawn.
            let body = Array(grid.lines[2..<(2 + state.logHeight)])
            let drawn = page.lines.flatMap { $0 }
            #expect(Array(body.prefix(drawn.count)) == drawn.map { " " + $0 }.map(Self.trimmed), "\(grid.text)")
            for (offset, lines) in page.lines.enumerated() {
                let change = changes[state.logScroll + offset]
                seen.insert(state.logScroll + offset)
                let text = Self.squeezed(lines.joined())
                let value = state.historyChangeText(change.entry)
                #expect(text.contains(Self.squeezed(value)), "\(value) whole on screen:\n\(grid.text)")
                if let reason = change.entry.reason {
                    #expect(text.contains(Self.squeezed(reason)), "\(reason) whole on screen:\n\(grid.text)")
                }
                #expect(lines.allSatisfy { DisplayWidth.of($0) <= width - 1 }, "\(lines)")
            }
            let before = state.logScroll
            state.press(.pageDown)
            if state.logScroll == before { break }
        }
        #expect(seen == Set(changes.indices), "paging shows every change once at least")
    }

    /// A value too long for its column (an update, a title) goes on lines of
    /// its own, wrapped between Thai words, not cut: the words it has are all on screen, in order.
    @Test(arguments: [80, 100])
    func aLongUpdateWrapsBetweenWords(width: Int) throws {
        var roadmap = try Self.busyWeek()
        let notes = String(repeating: "ประชุมคณะทำงานร่วมไทย–ญี่ปุ่นเพื่อทบทวนแผน ", count: 4).trimmingCharacters(in: .whitespaces)
        try roadmap[roadmap.locate("SC4")!].comment(notes, at: Timestamp(rfc3339: "2026-12-11T02:00:00Z")!, by: "山田")
        var state = AppState(roadmap: roadmap, today: CalendarDay(iso: "2026-12-11")!, language: .th, calendar: .gregorian,
                             width: width, height: 24, author: nil)
        state.press(.character("H"))
        let lines = state.logPage(from: 0).lines[0]
        #expect(lines.count > 1 && lines[0].contains("SC4") && !lines.joined().contains("…"), "\(lines)")
        #expect(Self.squeezed(lines.dropFirst().joined()) == Self.squeezed(notes), "\(lines)")
        let breaks = Set(LineBreaks.opportunities(in: notes))
        var offset = 0
        for line in lines.dropFirst().dropLast() {
            offset += line.trimmingCharacters(in: .whitespaces).count
            while offset < notes.count, Array(notes)[offset] == " " { offset += 1 }
            #expect(breaks.contains(offset), "a line ends where the word breaker allows: \(line)")
        }
    }

    /// Scrolling by lines: down moves a change at a time until the last one is on screen, End
    /// shows the last page full, Page Up goes back a page without skipping a change.
    @Test func scrollingKeepsEveryChangeReachable() throws {
        var state = try Self.state(language: .th)
        let count = state.logChanges.count
        state.press(.end)
        let last = state.logScroll
        #expect(last + state.logPage(from: last).lines.count == count)
        #expect(last == 0 || (last - 1) + state.logPage(from: last - 1).lines.count < count, "the last page starts as late as it can")
        state.press(.down)
        #expect(state.logScroll == last, "no further than the last page")
        state.press(.pageUp)
        let back = state.logScroll
        #expect(back < last && back + state.logPage(from: back).lines.count >= last, "a page back reaches the page it left")
        state.press(.home, .down)
        #expect(state.logScroll == 1)
    }

    private static func squeezed(_ text: String) -> String { text.filter { $0 != " " } }
    private static func trimmed(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
