import Foundation
import RoadmapCore
import Testing

/// `log`, `show` and the `set`/`comment` echo name their clock, and show each
/// change on the clock in force when it was made (try-22a 5, try-22b 5);
/// `show` wraps at the terminal's width without splitting a date (try-22a 3,
/// try-22b 7).
@Suite("History times: the clock named, each change on its own clock; show fits the terminal")
struct HistoryClockCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("clock.json"))
    }

    /// `roadmap ARGS --file clock.json` at `now`, on a machine in New York (neither office's zone).
    private func run(_ arguments: [String], now: String = "2026-12-11T02:00:00Z", environment: [String: String] = [:]) async throws -> ProcessOutput {
        try await sandbox.roadmap(arguments + ["--file", file.path],
                                  environment: ["ROADMAP_NOW": now, "TZ": "America/New_York"].merging(environment) { _, new in new })
    }

    /// What `roadmap ARGS` prints on a `width`×`height` terminal (tmux): the
    /// rows above the line a shell prints after it (the screen is read while
    /// the pane lives, so no row is scrolled away by tmux's dead-pane line).
    private func onTerminal(_ arguments: [String], environment: [String: String], width: Int, height: Int) async throws -> [String] {
        let program = ["/bin/sh", "-c", #""$0" "$@"; echo "[ended $?]"; read _"#, try BuildProducts.roadmap().path] + arguments
        let terminal = try await TmuxTerminal(
            sandbox: sandbox, program: program, environment: sandbox.environment(["TERM": "xterm-256color"].merging(environment) { _, new in new }),
            width: width, height: height)
        defer { terminal.kill() }
        let screen = try await terminal.waitFor(text: "[ended ")
        #expect(screen.contains("[ended 0]"), "\(screen)")
        return Array(screen.prefix { !$0.hasPrefix("[ended ") })
    }

    /// try-22b 5: Somchai's change at 23:30 on Sunday 6 December in Bangkok; on Thursday the zone moves to Tokyo.
    private func zoneMovedToTokyo() async throws {
        let steps: [(String, [String])] = [
            ("2026-12-04T16:45:00Z", ["set", "SC7", "--due", "+3w", "--author", "สมชาย ใจดี", "--reason", "รอความเห็นจากฝ่ายญี่ปุ่น"]),
            ("2026-12-06T16:30:00Z", ["set", "SC6", "--status", "at-risk", "--author", "สมชาย ใจดี", "--reason", "BOI ขอข้อมูลเพิ่มเติม"]),
            ("2026-12-10T01:00:00Z", ["time-zone", "Asia/Tokyo", "--author", "山田 太郎", "--reason", "METI"]),
            ("2026-12-10T02:00:00Z", ["comment", "SC6", "後任の担当者が決定", "--author", "佐藤 花子"]),
        ]
        for (now, arguments) in steps {
            let result = try await run(arguments, now: now)
            try #require(result.exitCode == 0, "\(result)")
        }
    }

    @Test("log: each change on the clock it was made on, an earlier clock named on its row, today's clock on the last line; --since reads days the same way",
          arguments: [InterfaceLanguage.en, .th, .ja])
    func logAcrossAZoneChange(language: InterfaceLanguage) async throws {
        try await zoneMovedToTokyo()
        let since = try await run(["log", "--lang", language.rawValue, "--since", "2026-12-06"])
        try #require(since.exitCode == 0, "\(since)")
        let lines = since.stdout.split(separator: "\n").map(String.init)
        let sunday = ["2026-12-06 23:30 Asia/Bangkok", "6 ธ.ค. 2569 23:30 Asia/Bangkok", "2026年12月6日 23:30 Asia/Bangkok"][InterfaceLanguage.allCases.firstIndex(of: language)!]
        #expect(lines.contains { $0.hasPrefix(sunday) && $0.contains("SC6") }, "Sunday in Bangkok, as the W49 report counts it:\n\(since.stdout)")
        let thursday = ["2026-12-10 11:00  ", "10 ธ.ค. 2569 11:00  ", "2026年12月10日 11:00  "][InterfaceLanguage.allCases.firstIndex(of: language)!]
        #expect(lines.contains { $0.hasPrefix(thursday) && $0.contains("後任") }, "on today's clock, unlabelled:\n\(since.stdout)")
        // The rows are on two clocks: the last line names the other and says the order (try-23 6).
        #expect(lines.last?.hasSuffix(["times: Asia/Tokyo; Asia/Bangkok where labelled; rows newest first", "เวลา Asia/Tokyo; Asia/Bangkok ตามที่ระบุ; เรียงจากล่าสุด",
                                       "時刻: Asia/Tokyo（Asia/Bangkok は表示のとおり）・新しい順"][InterfaceLanguage.allCases.firstIndex(of: language)!]) == true,
                "\(since.stdout)")
        #expect(lines.filter { $0.contains(/\d\d:\d\d Asia\/Bangkok/) }.count == 1, "only the entry before the change is labelled:\n\(since.stdout)")
        // Monday on the new clock (01:30 in Tokyo) was Sunday on the clock then: --since Monday leaves it out.
        let monday = try await run(["log", "--lang", language.rawValue, "--since", "2026-12-07"])
        #expect(monday.exitCode == 0 && !monday.stdout.contains("SC6      status") && !monday.stdout.contains("BOI"), "\(monday.stdout)")
        #expect(monday.stdout.contains("後任"))
        // --json is the same in every language and says nothing of clocks: UTC stamps.
        let json = try await run(["log", "--json", "--since", "2026-12-06", "--lang", language.rawValue])
        #expect(json.stdout.contains(#""at":"2026-12-06T16:30:00Z""#) || json.stdout.contains(#""at": "2026-12-06T16:30:00Z""#), "\(json.stdout)")
        #expect(!json.stdout.contains("times:") && !json.stdout.contains("Asia/Bangkok Asia"))
    }

    @Test("the file names no zone: times on this machine's clock, and the last line says it is the machine's")
    func machineClock() async throws {
        let set = try await run(["time-zone", "none", "--author", "t"], now: "2026-12-01T00:00:00Z")
        try #require(set.exitCode == 0, "\(set)")
        let log = try await run(["log", "--lang", "en", "--since", "2026-11-30"])
        #expect(log.stdout.hasSuffix("times: America/New_York (this machine's zone)\n"), "\(log.stdout)")
        #expect(log.stdout.contains("2026-11-30 19:00"), "the change at 00:00Z, on New York's clock:\n\(log.stdout)")
    }

    @Test("show: history newest first, the clock named on its heading, the entry before the change on Bangkok's clock")
    func showAcrossAZoneChange() async throws {
        try await zoneMovedToTokyo()
        let show = try await run(["show", "SC6", "--lang", "en"])
        try #require(show.exitCode == 0, "\(show)")
        let lines = show.stdout.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex(of: "  history · times: Asia/Tokyo"), "\(show.stdout)")
        #expect(lines[heading + 1].hasPrefix("    2026-12-10 11:00  ") && lines[heading + 1].contains("  comment  後任"), "newest first:\n\(show.stdout)")
        #expect(lines[heading + 2].hasPrefix("    2026-12-06 23:30 Asia/Bangkok  สมชาย ใจดี  status"), "\(show.stdout)")
        // Why it is at risk: the reason given with its status change, not the later update (try-23 10), its day on the clock then.
        #expect(lines.contains { $0.hasPrefix("  why ") && $0.contains("BOI ขอข้อมูลเพิ่มเติม — สมชาย ใจดี, 2026-12-06 Asia/Bangkok") }, "\(show.stdout)")
        #expect(lines.contains { $0.hasPrefix("  latest ") && $0.contains("後任の担当者が決定 — 佐藤 花子, 2026-12-10") }, "and the later update beside it:\n\(show.stdout)")
        // The update's label once, in the field's column (try-23 10: รายงานความคืบหน้า / รายงานความคืบหน้า: …).
        let thai = try await run(["show", "SC6", "--lang", "th"])
        let update = try #require(thai.stdout.split(separator: "\n").last { $0.contains("後任") }, "\(thai.stdout)")
        #expect(update.contains("  รายงานความคืบหน้า  後任の担当者が決定") && update.ranges(of: "รายงานความคืบหน้า").count == 1, "\(update)")
        let none = try await run(["show", "SC1", "--lang", "th"])
        #expect(none.stdout.contains("  ประวัติ  ") && !none.stdout.contains("เวลา Asia"), "no history, no clock to name:\n\(none.stdout)")
    }

    @Test("set and comment: piped, the lines scripts read; with --lang (comment) as log prints them, on its clock, in its words")
    func echo() async throws {
        let set = try await run(["set", "SC3", "--status", "in-progress", "--due", "+1w", "--author", "สมชาย", "--reason", "เริ่มสำรวจ"],
                                now: "2026-11-30T02:15:00Z", environment: ["LANG": "th_TH.UTF-8"])
        #expect(set.stdout == "SC3: status planned → in-progress\nSC3: due 2028-03-31 → 2028-04-07\n", "\(set)")
        let piped = try await run(["comment", "CE5", "引継ぎ", "--author", "佐藤 花子"], now: "2026-12-04T02:00:00Z", environment: ["LANG": "ja_JP.UTF-8"])
        #expect(piped.stdout == "CE5: update 2026-12-04T02:00:00Z by 佐藤 花子: 引継ぎ\n", "\(piped)")
        let thai = try await run(["comment", "CE5", "引継ぎ完了", "--author", "佐藤 花子", "--lang", "th"], now: "2026-12-04T02:00:00Z")
        #expect(thai.stdout == "4 ธ.ค. 2569 09:00  佐藤 花子  CE5  รายงานความคืบหน้า  引継ぎ完了\n1 การเปลี่ยนแปลง · เวลา Asia/Bangkok\n", "\(thai)")
        // The same words and clock as log gives the entry.
        let log = try await run(["log", "CE5", "--lang", "th"], now: "2026-12-04T03:00:00Z")
        let words = { (line: Substring) in line.split(separator: " ") }
        #expect(log.stdout.split(separator: "\n").contains { words($0) == words(thai.stdout.split(separator: "\n")[0]) }, "\(log.stdout)")
        let japanese = try await run(["comment", "CE5", "了解", "--author", "佐藤 花子", "--lang", "ja", "--calendar", "gregorian"], now: "2026-12-04T02:00:00Z")
        #expect(japanese.stdout == "2026年12月4日 09:00  佐藤 花子  CE5  状況報告  了解\n1 件の変更 · 時刻: Asia/Bangkok\n", "\(japanese)")
        let refused = try await run(["comment", "CE5", "x", "--lang", "th,en"])
        #expect(refused.exitCode == 64, "\(refused)")
        // On a terminal, set answers as log does.
        let screen = try await onTerminal(["set", "SC4", "--status", "at-risk", "--author", "佐藤", "--file", file.path],
                                          environment: ["LANG": "ja_JP.UTF-8", "ROADMAP_NOW": "2026-12-04T01:00:00Z", "TZ": "Asia/Tokyo"], width: 100, height: 10)
        #expect(screen.contains("2026年12月4日 08:00  佐藤  SC4  状態  計画 → リスクあり"), "\(screen.joined(separator: "\n"))")
        #expect(screen.contains("1 件の変更 · 時刻: Asia/Bangkok"), "\(screen.joined(separator: "\n"))")
    }

    /// The dates of `text`: Thai (`8 ม.ค. 2570`, Gregorian or B.E.) and Japanese (`2027年1月8日`) forms.
    private static func dates(_ text: String) -> [String] {
        text.matches(of: /\d{1,2} [ก-ฮ]\.[ก-ฮ]\.(?:[ก-ฮ]\.)? \d{4}|\d{4}年\d{1,2}月\d{1,2}日/).map { String($0.output) }
    }

    @Test("log at 80 columns (tmux) after the zone moved: each change whole, an earlier clock named on the reason's line (try-23 2)",
          arguments: [InterfaceLanguage.th, .ja])
    func logFitsTheTerminalAcrossAZoneChange(language: InterfaceLanguage) async throws {
        try await zoneMovedToTokyo()
        let arguments = ["log", "--lang", language.rawValue, "--since", "2026-12-03", "--file", file.path]
        let screen = try await onTerminal(arguments, environment: ["ROADMAP_NOW": "2026-12-11T02:00:00Z", "TZ": "Asia/Tokyo"], width: 80, height: 40)
        let text = screen.joined(separator: "\n")
        #expect(screen.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(text)")
        // SC6 went from planned to at risk, SC7's due date moved three weeks: both read whole on their rows.
        let (planned, atRisk) = language == .th ? ("วางแผน", "มีความเสี่ยง") : ("計画", "リスクあり")
        #expect(screen.contains { $0.contains("SC6") && $0.contains("\(planned) → \(atRisk)") }, "\(text)")
        let (from, to) = language == .th ? ("18 ธ.ค. 2569", "8 ม.ค. 2570") : ("2026年12月18日", "2027年1月8日")
        #expect(screen.contains { $0.contains("SC7") && $0.contains("\(from) → \(to)") }, "\(text)")
        // The Bangkok clock of the changes before the move is named under them, with the reason.
        #expect(screen.contains { $0.hasPrefix("    Asia/Bangkok · ") && $0.contains("BOI") }, "\(text)")
        #expect(!screen.contains { $0.contains("SC6") && $0.contains("Asia/Bangkok") }, "\(text)")
        // The last line, which names both clocks, is broken between words, not by the terminal (try-24 2).
        let ending = language == .th ? "เรียงจากล่าสุด" : "新しい順"
        #expect(screen.contains { $0.hasSuffix(ending) } && !screen.contains { $0.hasPrefix("）") || $0.hasPrefix("กล่าสุด") }, "\(text)")
    }

    @Test("show at 80 columns on a terminal (tmux, 80×60 and 80×24): no line wider than the screen, no date split, continuation lines under the value column",
          arguments: [InterfaceLanguage.th, .ja])
    func showFitsTheTerminal(language: InterfaceLanguage) async throws {
        try await zoneMovedToTokyo()
        let arguments = ["show", "SC7", "--lang", language.rawValue, "--file", file.path]
        let environment = ["ROADMAP_NOW": "2026-12-11T02:00:00Z", "TZ": "Asia/Tokyo"]
        let whole = try await sandbox.roadmap(arguments, environment: environment)
        try #require(whole.exitCode == 0, "\(whole)")
        #expect(whole.stdout.split(separator: "\n").contains { DisplayWidth.of($0) > 80 }, "piped: one line per row, some wider than 80")
        let screen = try await onTerminal(arguments, environment: environment, width: 80, height: 60)
        // What a width of 80 prints, row for row: the terminal wrapped nothing.
        let fitted = try await sandbox.roadmap(arguments + ["--width", "80"], environment: environment)
        let lines = fitted.stdout.split(separator: "\n").map(String.init)
        #expect(screen == lines, "the screen:\n\(screen.joined(separator: "\n"))\n--width 80:\n\(fitted.stdout)")
        // At 80×24 (the SSH size of PRODUCT.md) the output scrolls: the rows left on screen are its last ones, none wrapped.
        let small = try await onTerminal(arguments, environment: environment, width: 80, height: 24)
        #expect(small.count >= 20 && small == Array(lines.suffix(small.count)), "80×24:\n\(small.joined(separator: "\n"))")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(fitted.stdout)")
        // Every date of the unwrapped text is whole on one row (try-22a 3: `(เดิมกำหนด 27 พ.ย. 2` / `569)`).
        let wanted = Self.dates(whole.stdout)
        #expect(wanted.count >= 8)
        #expect(lines.flatMap(Self.dates).sorted() == wanted.sorted(), "\(fitted.stdout)")
        // The slip line wrapped, its continuation under the value column.
        let slip = try #require(lines.firstIndex { $0.hasPrefix("  " + FieldWord.slip.name(in: language)) }, "\(fitted.stdout)")
        let column = DisplayWidth.of(lines[slip].prefix { $0 != "+" })
        if DisplayWidth.of(whole.stdout.split(separator: "\n").first { $0.hasPrefix("  " + FieldWord.slip.name(in: language)) }!) > 80 {
            #expect(lines[slip + 1].hasPrefix(String(repeating: " ", count: column)) && lines[slip + 1].dropFirst(column).first != " ", "\(fitted.stdout)")
        }
    }

    @Test("show --width: any width from 40 wraps to it; out of range is refused")
    func showWidth() async throws {
        try await zoneMovedToTokyo()
        let whole = try await run(["show", "SC7", "--lang", "th"])
        for width in [40, 60, 100] {
            let show = try await run(["show", "SC7", "--lang", "th", "--width", "\(width)"])
            let lines = show.stdout.split(separator: "\n")
            #expect(show.exitCode == 0 && lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width):\n\(show.stdout)")
            #expect(lines.flatMap { Self.dates(String($0)) }.sorted() == Self.dates(whole.stdout).sorted(), "no date split at \(width):\n\(show.stdout)")
        }
        for width in ["39", "0", "x"] {
            let refused = try await run(["show", "SC7", "--width", width])
            #expect(refused.exitCode == 64, "\(width): \(refused)")
        }
    }
}
