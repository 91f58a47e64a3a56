import Foundation
import RoadmapCore
import Testing

/// try-23 2 and 5 on a real 80×24 terminal (tmux): the UI's log screen
/// shows every change whole, and `set` answers as `log` lays its rows out
/// there, its reason on lines of its own, broken only between words.
@Suite(.enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct LogFitTerminalTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("week.json"))
    }

    /// A Thai office at 80×24, after the zone moved to Tokyo.
    private func environment(_ now: String, language: InterfaceLanguage = .th) -> [String: String] {
        sandbox.environment(["TERM": "xterm-256color", "ROADMAP_NOW": now, "TZ": "Asia/Bangkok",
                             "LANG": language == .th ? "th_TH.UTF-8" : "ja_JP.UTF-8"])
    }

    private func run(_ arguments: [String], now: String) async throws {
        let result = try await sandbox.roadmap(arguments + ["--file", file.path], environment: ["ROADMAP_NOW": now, "TZ": "Asia/Bangkok"])
        try #require(result.exitCode == 0, "\(result)")
    }

    /// try-23's week, shortened: Thai and Japanese reasons, an update, then the zone moved to Tokyo.
    private func busyWeek() async throws {
        try await run(["set", "CE2", "--status", "blocked", "--author", "วิไล ศรีสุข", "--reason", "รอผลรับฟังความคิดเห็นรอบสอง"], now: "2026-12-01T07:05:00Z")
        try await run(["comment", "CE5", "後任の担当者が決定、12月中に引継ぎ完了予定", "--author", "佐藤 花子"], now: "2026-12-04T02:00:00Z")
        try await run(["set", "SC7", "--due", "+3w", "--author", "สมชาย ใจดี", "--reason", "รอความเห็นจากฝ่ายญี่ปุ่น"], now: "2026-12-04T16:45:00Z")
        try await run(["set", "SC6", "--status", "at-risk", "--author", "สมชาย ใจดี", "--reason", "BOI ขอข้อมูลเพิ่มเติม"], now: "2026-12-06T16:30:00Z")
        try await run(["time-zone", "Asia/Tokyo", "--author", "山田 太郎", "--reason", "事務局を経産省に移管（2026年12月）"], now: "2026-12-10T01:00:00Z")
    }

    @Test("the UI's log screen (H) at 80×24: each change's value whole, reasons under their rows, no row past the edge (try-23 2)",
          arguments: [InterfaceLanguage.th, .ja])
    func logScreen(language: InterfaceLanguage) async throws {
        try await busyWeek()
        let terminal = try await TmuxTerminal(sandbox: sandbox, program: [try BuildProducts.roadmap().path, "--file", file.path],
                                              environment: environment("2026-12-11T03:00:00Z", language: language), width: 80, height: 24)
        defer { terminal.kill() }
        try await terminal.waitFor("the list") { $0.contains { $0.contains("SC1") } }
        try await terminal.press("H")
        let zone = "Asia/Bangkok → Asia/Tokyo"
        let screen = try await terminal.waitFor("the log") { $0.contains { $0.contains(zone) } }
        let text = screen.joined(separator: "\n")
        #expect(screen.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(text)")
        let (planned, atRisk, atRisk2, blocked) = language == .th ? ("วางแผน", "มีความเสี่ยง", "มีความเสี่ยง", "ติดขัด") : ("計画", "リスクあり", "リスクあり", "停止")
        let (from, to) = language == .th ? ("18 ธ.ค. 2569", "8 ม.ค. 2570") : ("2026年12月18日", "2027年1月8日")
        for (id, value) in [("SC6", "\(planned) → \(atRisk)"), ("CE2", "\(atRisk2) → \(blocked)"), ("SC7", "\(from) → \(to)")] {
            let row = try #require(screen.firstIndex { $0.contains(" \(id) ") }, "\(id):\n\(text)")
            #expect(screen[row].hasSuffix(value), "\(id) ends with its whole value:\n\(text)")
        }
        let sc6 = try #require(screen.firstIndex { $0.contains(" SC6 ") })
        #expect(screen[sc6 + 1] == "     BOI ขอข้อมูลเพิ่มเติม", "the reason whole under its row:\n\(text)")
        #expect(screen.contains("     後任の担当者が決定、12月中に引継ぎ完了予定"), "the update whole:\n\(text)")
        #expect(!screen.contains { $0.contains("→") && $0.hasSuffix("…") }, "no value cut:\n\(text)")
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)
    }

    @Test("set on an 80×24 terminal in Thai: laid out as log there, the reason on lines of its own broken between words; nothing changed said in Thai (try-23 5)")
    func setEcho() async throws {
        try await busyWeek()
        let reason = "ได้ผลรับฟังความคิดเห็นรอบสองแล้ว เริ่มร่างมาตรฐานฉบับแก้ไขเพื่อเสนอคณะกรรมการพิจารณาในการประชุมครั้งถัดไป"
        let arguments = ["set", "CE2", "--status", "in-progress", "--due", "2027-01-29", "--author", "วิไล ศรีสุข", "--reason", reason, "--file", file.path]
        let screen = try await onTerminal(arguments, now: "2026-12-11T04:00:00Z")
        let text = screen.joined(separator: "\n")
        #expect(screen.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(text)")
        // As log at 80 columns: the due date's move and the status's, each whole on its row, the reason under each.
        let due = try #require(screen.firstIndex { $0.contains("CE2") && $0.hasSuffix("30 ต.ค. 2569 → 29 ม.ค. 2570") }, "\(text)")
        let status = try #require(screen.firstIndex { $0.contains("CE2") && $0.hasSuffix("ติดขัด → ดำเนินการ") }, "\(text)")
        for row in [due, status] {
            let lines = screen[(row + 1)...].prefix { $0.hasPrefix("    ") }
            #expect(lines.count >= 2 && lines.joined(separator: " ").filter { $0 != " " } == reason.filter { $0 != " " }, "\(text)")
            // Each line ends where the word breaker allows (or at a space): never mid-word.
            let words = Set(LineBreaks.opportunities(in: reason))
            var offset = 0
            for line in lines.dropLast() {
                offset += line.trimmingCharacters(in: .whitespaces).count
                while offset < reason.count, Array(reason)[offset] == " " { offset += 1 }
                #expect(words.contains(offset) || Array(reason)[offset - 1] == " ", "broken mid-word: \(line)\n\(text)")
            }
        }
        #expect(screen.last == "2 การเปลี่ยนแปลง · เวลา Asia/Tokyo", "\(text)")
        // The same again changes nothing, and says so in the interface's language; piped, the English line scripts read.
        let again = try await onTerminal(arguments, now: "2026-12-11T04:05:00Z")
        #expect(again == ["CE2: ไม่มีอะไรเปลี่ยน"], "\(again)")
        let piped = try await sandbox.roadmap(arguments, environment: ["ROADMAP_NOW": "2026-12-11T04:05:00Z", "LANG": "th_TH.UTF-8"])
        #expect(piped.exitCode == 0 && piped.stdout == "CE2: nothing changed\n", "\(piped)")
    }

    @Test("log at 100 columns: a long update is whole, wrapped like a reason, not cut in the change column (try-23 10)")
    func logKeepsALongUpdateWhole() async throws {
        try await busyWeek()
        let update = "後任の担当者が決定、12月中に引継ぎ完了予定。引継ぎ後は経産省の新担当者が日本側の窓口となり、第3回会合の準備を進める"
        try await run(["comment", "CE5", update, "--author", "佐藤 花子"], now: "2026-12-10T02:00:00Z")
        let screen = try await onTerminal(["log", "--since", "2026-12-09", "--lang", "ja", "--file", file.path], now: "2026-12-11T03:00:00Z", width: 100, height: 30)
        let text = screen.joined(separator: "\n")
        #expect(screen.allSatisfy { DisplayWidth.of($0) <= 100 } && !text.contains("…"), "\(text)")
        let row = try #require(screen.firstIndex { $0.contains(" CE5 ") }, "\(text)")
        let below = screen[(row + 1)...].prefix { $0.hasPrefix("    ") }
        #expect(below.count >= 2 && below.joined().filter { $0 != " " } == update, "\(text)")
    }

    /// What `roadmap ARGS` prints on a `width`×`height` terminal: the rows above the line a shell prints after it.
    private func onTerminal(_ arguments: [String], now: String, width: Int = 80, height: Int = 24) async throws -> [String] {
        let program = ["/bin/sh", "-c", #""$0" "$@"; echo "[ended $?]"; read _"#, try BuildProducts.roadmap().path] + arguments
        let terminal = try await TmuxTerminal(sandbox: sandbox, program: program, environment: environment(now), width: width, height: height)
        defer { terminal.kill() }
        let screen = try await terminal.waitFor(text: "[ended ")
        #expect(screen.contains("[ended 0]"), "\(screen)")
        return Array(screen.prefix { !$0.hasPrefix("[ended ") }.drop { $0.isEmpty })
    }
}
