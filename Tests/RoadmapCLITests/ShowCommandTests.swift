import Foundation
import RoadmapCore
import Testing

/// `roadmap show`: one milestone in full.
@Suite("roadmap show")
struct ShowCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// Two recorded changes to CE2 at pinned times.
    private func makeHistory() async throws {
        let first = try await sandbox.roadmap(
            "set", "CE2", "--status", "blocked", "--file", file.path, environment: ["ROADMAP_NOW": "2026-11-20T09:30:00Z", "ROADMAP_AUTHOR": "Somchai"]
        )
        #expect(first.exitCode == 0, "\(first)")
        let second = try await sandbox.roadmap(
            "set", "CE2", "--owner", "TISI / JISC", "--file", file.path, environment: ["ROADMAP_NOW": "2026-11-21T02:05:09Z", "ROADMAP_AUTHOR": "Somchai"]
        )
        #expect(second.exitCode == 0, "\(second)")
    }

    @Test("show prints the title in all three languages, the fields, notes and the history")
    func showText() async throws {
        try await makeHistory()
        let result = try await sandbox.roadmap("show", "ce2", "--today", "2026-11-26", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        let milestone = BuiltInRoadmap.load()[try #require(BuiltInRoadmap.load().locate("CE2"))]
        for language in ["en", "th", "ja"] {
            let title = try #require(milestone.title.translations?.first { $0.language == language }?.text)
            #expect(result.stdout.contains(title), "no \(language) title in:\n\(result.stdout)")
        }
        #expect(result.stdout.contains("circular-economy"))
        #expect(result.stdout.contains("blocked"))
        #expect(result.stdout.contains("2026-10-30 (overdue by 27 days)"), "\(result.stdout)")
        #expect(result.stdout.contains("TISI / JISC"))
        #expect(result.stdout.contains(try #require(milestone.notes)))
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        // Times on the programme's clock, Bangkok's (the file's zone), as `roadmap log` shows them: 09:30Z is 16:30.
        #expect(lines.contains("2026-11-20 16:30 Somchai status at-risk → blocked"), "\(result.stdout)")
        #expect(lines.contains("2026-11-21 09:05 Somchai owner TISI → TISI / JISC"), "\(result.stdout)")
    }

    @Test("a milestone without history says so")
    func noHistory() async throws {
        let result = try await sandbox.roadmap("show", "SC2", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("no changes recorded"), "\(result.stdout)")
    }

    @Test("show --json is valid JSON with every field and the history")
    func showJSON() async throws {
        try await makeHistory()
        let result = try await sandbox.roadmap("show", "CE2", "--json", "--today", "2026-11-26", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [String: Any], "\(result)")
        #expect(object["id"] as? String == "CE2")
        #expect(object["workstream"] as? String == "circular-economy")
        #expect((object["title"] as? [String: String]).map { Set($0.keys) } == ["en", "th", "ja"])
        #expect(object["status"] as? String == "blocked")
        #expect(object["due"] as? String == "2026-10-30")
        #expect(object["owner"] as? String == "TISI / JISC")
        #expect(object["overdue"] as? Bool == true)
        #expect(object["notes"] is String)
        let all = try #require(object["history"] as? [[String: Any]])
        // The built-in's own two entries for CE2's slip, with who and why, then the two made here.
        try #require(all.count == 4)
        #expect(all[0]["field"] as? String == "due" && all[0]["by"] as? String == "TISI")
        #expect(all[0]["reason"] as? String == "the draft needs a second public hearing")
        let history = Array(all.suffix(2))
        #expect(history[0]["at"] as? String == "2026-11-20T09:30:00Z")
        #expect(history[0]["field"] as? String == "status")
        #expect(history[0]["from"] as? String == "at-risk")
        #expect(history[0]["to"] as? String == "blocked")
        #expect(history[1]["field"] as? String == "owner")
    }

    @Test("an unknown id is exit 65 with a hint")
    func unknown() async throws {
        let result = try await sandbox.roadmap("show", "XX1", "--file", file.path)
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stderr.contains("XX1") && result.stderr.contains("roadmap list"), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test("--lang gives the title, workstream, status and dates in that language, B.E. in Thai unless --calendar says otherwise")
    func languageAndCalendar() async throws {
        let thai = try await sandbox.roadmap("show", "SC1", "--lang", "th", "--file", file.path)
        #expect(thai.exitCode == 0, "\(thai)")
        let lines = thai.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "SC1  ยืนยันกรอบดำเนินงานและคณะทำงานภายใต้กลไก EID")
        // Labels in Thai too, from the one table of field names; columns line up by display width.
        #expect(lines.contains("  กลุ่มงาน    supply-chain — เชื่อมโยงห่วงโซ่อุตสาหกรรมยุคใหม่"), "\(thai)")
        #expect(lines.contains("  สถานะ     เสร็จแล้ว"))
        #expect(lines.contains("  กำหนด     31 มี.ค. 2569"))
        #expect(lines.contains { $0.hasPrefix("  ประวัติ") })
        let gregorian = try await sandbox.roadmap("show", "SC1", "--lang", "th", "--calendar", "gregorian", "--file", file.path)
        #expect(gregorian.stdout.contains("  กำหนด     31 มี.ค. 2026\n"), "\(gregorian)")
        let japanese = try await sandbox.roadmap("show", "SC1", "--lang", "ja", "--file", file.path)
        #expect(japanese.stdout.hasPrefix("SC1  EIDの枠組みと作業部会の確認\n"), "\(japanese)")
        #expect(japanese.stdout.split(separator: "\n").contains { $0.hasPrefix("  期限 ") && $0.hasSuffix(" 2026年3月31日") }, "\(japanese)")
        // History: field names and values in the language and calendar (B.E. in Thai).
        let set = try await sandbox.roadmap("set", "SME4", "--due", "2026-10-30", "--status", "at-risk", "--file", file.path)
        #expect(set.exitCode == 0, "\(set)")
        let history = try await sandbox.roadmap("show", "SME4", "--lang", "th", "--file", file.path)
        #expect(history.stdout.contains("  กำหนด  30 ก.ย. 2569 → 30 ต.ค. 2569"), "\(history)")
        #expect(history.stdout.contains("  สถานะ  เสร็จแล้ว → มีความเสี่ยง"), "\(history)")
        // A due date's distance from today in the language asked for.
        let late = try await sandbox.roadmap("show", "SME4", "--lang", "th", "--today", "2026-11-26", "--file", file.path)
        #expect(late.stdout.contains("30 ต.ค. 2569 (เลยกำหนด 27 วัน)"), "\(late)")
        let soon = try await sandbox.roadmap("show", "SME4", "--lang", "ja", "--today", "2026-10-20", "--file", file.path)
        #expect(soon.stdout.contains("2026年10月30日（あと 10 日）"), "\(soon)")
        let english = try await sandbox.roadmap("show", "SC1", "--file", file.path)
        #expect(english.stdout.contains("  status      done\n") && english.stdout.contains("  history"), "\(english)")
    }
}
