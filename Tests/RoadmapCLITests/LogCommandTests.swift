import Foundation
import RoadmapCore
import Testing

/// `roadmap log`: the whole roadmap's changes, newest first, filtered, as a
/// table lined up for Thai and Japanese names and as JSON.
@Suite("roadmap log")
struct LogCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// Runs `roadmap set ARGS` at `time` by `author` (nil: none recorded).
    func set(_ arguments: [String], at time: String, by author: String?) async throws {
        var environment = ["ROADMAP_NOW": time]
        if let author { environment["ROADMAP_AUTHOR"] = author }
        let run = try await sandbox.roadmap(["set"] + arguments + ["--file", file.path], environment: environment)
        try #require(run.exitCode == 0, "\(run)")
        if author == nil {
            // No author anywhere: remove the one the login name gave.
            try RoadmapStore(path: file.path).modify { roadmap in
                let location = roadmap.locate(arguments[0])!
                roadmap[location].history[roadmap[location].history.count - 1].by = nil
            }
        }
    }

    /// The week's changes: Monday 2026-11-23 to Thursday 2026-11-26, by Somchai, 山田 and nobody.
    func week() async throws {
        try await set(["SC2", "--status", "done"], at: "2026-11-23T02:00:00Z", by: "Somchai")
        try await set(["SME1", "--owner", "สสว. / 中小機構"], at: "2026-11-24T03:00:00Z", by: "山田")
        try await set(["CE1", "--due", "2028-02-25", "--reason", "予算の見直し"], at: "2026-11-25T04:00:00Z", by: "山田")
        try await set(["SC3", "--status", "at-risk", "--reason", "รอผลการเจรจา"], at: "2026-11-26T05:00:00Z", by: nil)
    }

    func log(_ arguments: String...) async throws -> ProcessOutput {
        try await sandbox.roadmap(["log", "--file", file.path, "--today", "2026-11-26"] + arguments)
    }

    @Test("--lang th|ja: the whole table in the language asked for (times and dates in its calendar, the UI's and snapshot's words); reasons as written; --json unchanged")
    func inThaiAndJapanese() async throws {
        try await week()
        let thai = try await log("--since", "monday", "--lang", "th")
        #expect(thai.exitCode == 0, "\(thai)")
        let thaiLines = thai.stdout.split(separator: "\n").map(String.init)
        #expect(thaiLines.first?.split(separator: " ") == ["วันที่", "ผู้แก้ไข", "รหัส", "ช่อง", "การเปลี่ยนแปลง", "เหตุผล"], "\(thai.stdout)")
        func words(_ line: String) -> [Substring] { line.split(separator: " ") }
        // B.E. days and the programme's clock (Asia/Bangkok); the statuses as the snapshot and UI say them.
        #expect(words(thaiLines[1]) == ["26", "พ.ย.", "2569", "12:00", "ไม่ทราบ", "SC3", "สถานะ", "วางแผน", "→", "มีความเสี่ยง", "รอผลการเจรจา"], "\(thai.stdout)")
        #expect(words(thaiLines[1])[7] == Substring(Status.planned.word(in: .th)) && words(thaiLines[1])[9] == Substring(Status.atRisk.word(in: .th)))
        #expect(words(thaiLines[2]).dropFirst(4).prefix(11) == ["山田", "CE1", "กำหนด", "24", "ธ.ค.", "2570", "→", "25", "ก.พ.", "2571", "予算の見直し"], "\(thai.stdout)")
        #expect(words(thaiLines[3]).dropFirst(4).prefix(4) == ["山田", "SME1", "ผู้รับผิดชอบ", "OSMEP"], "\(thai.stdout)")
        #expect(thaiLines.last == "4 การเปลี่ยนแปลง ตั้งแต่ 23 พ.ย. 2569 · เวลา Asia/Bangkok")
        let japanese = try await log("--since", "monday", "--lang", "ja")
        let japaneseLines = japanese.stdout.split(separator: "\n").map(String.init)
        #expect(japaneseLines.first?.split(separator: " ") == ["日付", "変更者", "ID", "項目", "変更内容", "理由"], "\(japanese.stdout)")
        #expect(japaneseLines[1].split(separator: " ").prefix(3) == ["2026年11月26日", "12:00", "不明"], "\(japanese.stdout)")
        #expect(japaneseLines[4].split(separator: " ") == ["2026年11月23日", "09:00", "Somchai", "SC2", "状態", "進行中", "→", "完了"], "\(japanese.stdout)")
        #expect(japaneseLines.last == "4 件の変更（2026年11月23日以降） · 時刻: Asia/Bangkok")
        #expect(!japanese.stdout.contains("status") && !japanese.stdout.contains("owner"), "no English field name")
        // --calendar gregorian gives Thai with Christian-era years.
        let gregorian = try await log("--since", "monday", "--lang", "th", "--calendar", "gregorian")
        #expect(gregorian.stdout.split(separator: "\n").last == "4 การเปลี่ยนแปลง ตั้งแต่ 23 พ.ย. 2026 · เวลา Asia/Bangkok", "\(gregorian)")
        let english = try await log("--since", "monday", "--json")
        #expect(try await log("--since", "monday", "--json", "--lang", "th").stdout == english.stdout, "--json keeps the file's names")
        let pair = try await log("--lang", "th,en")
        #expect(pair.exitCode == 64, "\(pair)")
    }

    @Test("since Monday: newest first, who, milestone, field, from → to, why; unknown author shown as unknown")
    func sinceMonday() async throws {
        try await week()
        let run = try await log("--since", "monday")
        #expect(run.exitCode == 0, "\(run)")
        // Times on the file's clock (the built-in roadmap names Asia/Bangkok, UTC+7), whatever the machine's zone.
        #expect(run.stdout == """
            WHEN              WHO      ID    FIELD   CHANGE                   WHY
            2026-11-26 12:00  unknown  SC3   status  planned → at-risk        รอผลการเจรจา
            2026-11-25 11:00  山田     CE1   due     2027-12-24 → 2028-02-25  予算の見直し
            2026-11-24 10:00  山田     SME1  owner   OSMEP → สสว. / 中小機構
            2026-11-23 09:00  Somchai  SC2   status  in-progress → done
            4 changes since 2026-11-23 · times: Asia/Bangkok

            """, "\(run.stdout)")
    }

    @Test("the columns line up in terminal cells for Thai and Japanese text")
    func alignment() async throws {
        try await week()
        let lines = try await log("--since", "2026-11-23").stdout.split(separator: "\n").dropLast().map(String.init)
        let header = lines[0]
        for column in ["WHO", "ID", "FIELD", "CHANGE", "WHY"] {
            let x = DisplayWidth.of(String(header[..<header.range(of: column)!.lowerBound]))
            // A row without a reason ends before WHY.
            for line in lines.dropFirst() where DisplayWidth.of(line) > x {
                let before = DisplayWidth.truncate(line, to: x, ellipsis: false)
                #expect(DisplayWidth.of(before) == x && line.dropFirst(before.count).first != " ",
                        "\(column) starts at cell \(x) in \(line)")
            }
        }
    }

    @Test("filters: --author (ignoring case, and unknown), --workstream, milestone ids, --since a date; each can leave nothing")
    func filters() async throws {
        try await week()
        func ids(_ run: ProcessOutput) -> [String] {
            run.stdout.split(separator: "\n").dropFirst().dropLast().map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init)[3] }
        }
        #expect(ids(try await log("--since", "monday", "--author", "山田")) == ["CE1", "SME1"])
        #expect(ids(try await log("--since", "monday", "--author", "SOMCHAI")) == ["SC2"])
        #expect(ids(try await log("--author", "unknown", "--since", "2026-11-26")) == ["SC3"])
        #expect(ids(try await log("--since", "monday", "--workstream", "supply-chain")) == ["SC3", "SC2"])
        #expect(ids(try await log("--since", "monday", "sc2", "CE1")) == ["CE1", "SC2"])
        #expect(ids(try await log("--since", "yesterday")) == ["SC3", "CE1"])
        let nothing = try await log("--since", "monday", "--author", "nobody")
        #expect(nothing.exitCode == 0 && nothing.stdout.hasSuffix("0 changes since 2026-11-23 · times: Asia/Bangkok\n"), "\(nothing)")
        let all = try await log()
        #expect(all.stdout.hasSuffix("9 changes · times: Asia/Bangkok\n"), "the built-in's five and the week's four: \(all.stdout)")
    }

    @Test("--json: every field, null for what is absent, newest first")
    func json() async throws {
        try await week()
        let run = try await log("--json", "--since", "2026-11-25")
        #expect(run.exitCode == 0)
        #expect(run.stdout == """
            [
              {
                "at": "2026-11-26T05:00:00Z",
                "by": null,
                "milestone": "SC3",
                "workstream": "supply-chain",
                "field": "status",
                "from": "planned",
                "to": "at-risk",
                "reason": "รอผลการเจรจา"
              },
              {
                "at": "2026-11-25T04:00:00Z",
                "by": "山田",
                "milestone": "CE1",
                "workstream": "circular-economy",
                "field": "due",
                "from": "2027-12-24",
                "to": "2028-02-25",
                "reason": "予算の見直し"
              }
            ]

            """, "\(run.stdout)")
    }

    @Test("bad input: an unknown milestone or workstream (65), a --since that is no date (65); nothing written")
    func badInput() async throws {
        let before = try Fixtures.bytes(file)
        let unknown = try await log("XX9")
        #expect(unknown.exitCode == 65 && unknown.stderr.contains("XX9"), "\(unknown)")
        let workstream = try await log("--workstream", "fisheries")
        #expect(workstream.exitCode == 65 && workstream.stderr.contains("fisheries"), "\(workstream)")
        let since = try await log("--since", "someday")
        #expect(since.exitCode == 65)
        #expect(since.stderr == "roadmap: --since \"someday\" is not a date: use \(DateInput.formsHelp), or a weekday name.\n")
        #expect(try Fixtures.bytes(file) == before)
    }
}

/// The day beside a reason in `list` and `show` is on the programme's clock
/// too: a reason given at 23:30 UTC is the next day in Bangkok.
@Suite("the reason's day")
struct ReasonDayTests {
    @Test func theReasonsDayIsTheFilesZones() async throws {
        let sandbox = try RoadmapSandbox()
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let set = try await sandbox.roadmap(["set", "SC3", "--status", "blocked", "--reason", "waiting for the ministry", "--file", file.path],
                                            environment: ["ROADMAP_NOW": "2026-11-25T23:30:00Z", "ROADMAP_AUTHOR": "Somchai"])
        try #require(set.exitCode == 0, "\(set)")
        let show = try await sandbox.roadmap(["show", "SC3", "--today", "2026-11-26", "--file", file.path])
        #expect(show.stdout.contains("waiting for the ministry — Somchai, 2026-11-26"), "\(show)")
        let list = try await sandbox.roadmap(["list", "--today", "2026-11-26", "--file", file.path])
        #expect(list.stdout.contains("why: waiting for the ministry — Somchai, 2026-11-26"), "\(list)")
    }
}
