import Foundation
import RoadmapCore
import Testing

/// `list`, `show` and `log` with a language asked for speak it entirely:
/// statuses, lead sides, slip, dates (B.E. for Thai) and history times in
/// the snapshot's and UI's words; without one, the bytes are as before.
@Suite("list, show and log in Thai and Japanese")
struct LocalizedCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// The built-in roadmap with a week of history: a status done, a due date
    /// moved with a reason, lead sides changed, a start moved, an update.
    func history() async throws {
        let changes: [(String, [String])] = [
            ("2026-11-23T02:00:00Z", ["set", "SC2", "--status", "done", "--author", "Somchai"]),
            ("2026-11-24T03:00:00Z", ["set", "CE2", "--status", "at-risk", "--due", "+4w", "--reason", "second public hearing needed", "--author", "TISI"]),
            ("2026-11-25T05:30:00Z", ["set", "SME1", "--lead", "jp", "--start", "2026-10-01", "--author", "山田"]),
            ("2026-11-25T06:00:00Z", ["comment", "CE2", "hearing set for 15 January", "--author", "山田"]),
            ("2026-11-26T01:00:00Z", ["set", "SC3", "--status", "blocked", "--lead", "joint", "--reason", "รอ METI ลงนาม", "--author", "สมชาย"]),
        ]
        for (time, arguments) in changes {
            let run = try await sandbox.roadmap(arguments + ["--file", file.path], environment: ["ROADMAP_NOW": time])
            try #require(run.exitCode == 0, "\(run)")
        }
    }

    /// Runs `roadmap ARGS` on the file, on 2026-12-01; it must succeed.
    func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> ProcessOutput {
        let result = try await sandbox.roadmap(arguments + ["--file", file.path, "--today", "2026-12-01"], environment: environment)
        try #require(result.exitCode == 0, "\(result)")
        return result
    }

    func run(_ arguments: String..., environment: [String: String] = [:]) async throws -> ProcessOutput {
        try await run(arguments, environment: environment)
    }

    /// The outputs this test looks at, by name.
    static let commands: [(String, [String])] = [
        ("list", ["list"]), ("show CE2", ["show", "CE2"]), ("show CE4", ["show", "CE4"]), ("log", ["log", "--since", "2026-11-20"]),
    ]

    /// As before the languages came, but for what the clock work changed: show's history newest first under a heading
    /// that names its clock, and log's last line naming it too.
    @Test("without a language: the file's words and ISO dates, byte for byte as before this change; --lang en and $LANG=en the same")
    func englishUnchanged() async throws {
        try await history()
        let before: [String: String] = [
            "list": """
               ID    WORKSTREAM        STATUS       DUE         SLIP  LEAD   OWNER            TITLE
               SC1   supply-chain      done         2026-03-31    0d  joint  MOI / METI       Confirm EID framework and working groups
               SC2   supply-chain      done         2027-06-30    0d  th     OIE              Next-generation automotive and EV parts cooperation
               SC3   supply-chain      blocked      2028-03-31    0d  joint  BOI              Semiconductor and advanced electronics supply chain
               why: รอ METI ลงนาม — สมชาย, 2026-11-26
               SC4   supply-chain      planned      2028-06-30    0d  joint  DEDE / NEDO      Clean energy industry cooperation
               SC5   supply-chain      planned      2027-09-30    0d  jp     DIPROM / JETRO   Bring Thai SMEs into Japanese supplier networks
               SC6   supply-chain      planned      2027-03-31    0d  th     BOI              Investment facilitation and incentive package
               SC7   supply-chain      in-progress  2026-12-18  +21d  joint  EID secretariat  Adopt joint cooperation Roadmap under EID
               SME1  smes-startups     in-progress  2027-03-31    0d  jp     OSMEP            Thai–Japan SME knowledge exchange programme
               SME2  smes-startups     planned      2027-09-30    0d  th     TISI             Align SME product standards with Japan
               SME3  smes-startups     planned      2027-06-30    0d  th     DIPROM           Technology transfer for Thai SME manufacturers
               SME4  smes-startups     done         2026-09-30    0d  jp     JETRO / OSMEP    Business matching with Japanese business networks
               SME5  smes-startups     in-progress  2027-06-30    0d  joint  DIPROM / AOTS    Upskill industrial workforce with Japanese partners
               SME6  smes-startups     planned      2027-12-24    0d  th     NIA              Strengthen the industrial innovation system
               SME7  smes-startups     planned      2028-03-31    0d  joint  NIA / JETRO      Thai–Japan startup acceleration programme
            ⚠  CE1   circular-economy  planned      2027-12-24    0d  th     DIW              Develop recycling industry infrastructure
               ⚠ late dependency: waits for CE2, at-risk
            !  CE2   circular-economy  at-risk      2026-11-27  +58d  th     TISI             Draft recycling industry standards
               why: comments from the hearing not yet resolved — TISI, 2026-10-20
               CE3   circular-economy  blocked      2027-06-30  +91d  th     DIW              End-of-life vehicle management system
               why: waiting for the vehicle deregistration rules of the Department of Land Transport — DIW, 2026-10-05
            ⚠  CE4   circular-economy  planned      2028-03-31    0d  th     DPIM             EV battery collection, reuse and recycling
               ⚠ late dependency: waits for CE3, blocked
               CE5   circular-economy  in-progress  2027-02-26    0d  jp     DIW / METI       Learn from Japan's recycling laws and practice
               CE6   circular-economy  planned      2028-06-30    0d  th     OIE              Reduce industry's dependence on virgin resources
               CE7   circular-economy  planned      2028-12-22    0d  th     MOI              Set low-carbon industry targets
            21 milestones, 1 overdue (!), 2 waiting on a late dependency (⚠) as of 2026-12-01

            """,
            "show CE2": """
            CE2  Draft recycling industry standards
              workstream  circular-economy — Circular economy and recycling
              status      at-risk
              start       2026-01-05
              due         2026-11-27 (overdue by 4 days)
              owner       TISI
              lead        th
              slip        +58d against "Agreed at EID meeting 2025-12-09" (due 2026-09-30 then)
              why         comments from the hearing not yet resolved — TISI, 2026-10-20
              latest      hearing set for 15 January — 山田, 2026-11-25
              title.en    Draft recycling industry standards
              title.th    จัดทำมาตรฐานอุตสาหกรรมรีไซเคิล
              title.ja    リサイクル産業規格の策定
              notes
                Seed: commitment 3 (circular economy and recycling) — "มาตรฐานสำหรับอุตสาหกรรมรีไซเคิล" (standards).
              holds up
                CE1  planned  2027-12-24    ⚠ off track: at-risk
              history · times: Asia/Bangkok
                2026-11-25 13:00  山田  comment  hearing set for 15 January
                2026-11-24 10:00  TISI  due      2026-10-30 → 2026-11-27     (second public hearing needed)
                2026-10-20 10:00  TISI  status   in-progress → at-risk       (comments from the hearing not yet resolved)
                2026-09-15 10:00  TISI  due      2026-09-30 → 2026-10-30     (the draft needs a second public hearing)

            """,
            "show CE4": """
            CE4  EV battery collection, reuse and recycling
              workstream  circular-economy — Circular economy and recycling
              status      planned
              start       2027-07-01
              due         2028-03-31 (in 486 days)
              owner       DPIM
              lead        th
              slip        0d against "Agreed at EID meeting 2025-12-09" (due 2028-03-31 then)
              title.en    EV battery collection, reuse and recycling
              title.th    ระบบจัดเก็บ ใช้ซ้ำ และรีไซเคิลแบตเตอรี่ยานยนต์ไฟฟ้า
              title.ja    EV電池の回収・リユース・リサイクル
              notes
                Seed: commitment 3 (circular economy and recycling) — "การจัดการซากรถและแบตเตอรี่อย่างเป็นระบบ" (batteries).
              waits for
                CE3  blocked  2027-06-30                      ⚠ off track: blocked
                SC2  done     2027-06-30  (other workstream)
              history  (no changes recorded)

            """,
            "log": """
            WHEN              WHO      ID    FIELD    CHANGE                      WHY
            2026-11-26 08:00  สมชาย    SC3   lead     th → joint                  รอ METI ลงนาม
            2026-11-26 08:00  สมชาย    SC3   status   planned → blocked           รอ METI ลงนาม
            2026-11-25 13:00  山田     CE2   comment  hearing set for 15 January
            2026-11-25 12:30  山田     SME1  lead     th → jp
            2026-11-25 12:30  山田     SME1  start    2026-02-02 → 2026-10-01
            2026-11-24 10:00  TISI     CE2   due      2026-10-30 → 2026-11-27     second public hearing needed
            2026-11-23 09:00  Somchai  SC2   status   in-progress → done
            7 changes since 2026-11-20 · times: Asia/Bangkok

            """,
        ]
        for (name, arguments) in Self.commands {
            let plain = try await sandbox.roadmap(arguments + ["--file", file.path, "--today", "2026-12-01"])
            #expect(plain.stdout == before[name], "\(name):\n\(plain.stdout)")
            let english = try await sandbox.roadmap(arguments + ["--file", file.path, "--today", "2026-12-01", "--lang", "en"])
            #expect(english.stdout == before[name], "\(name) --lang en")
            let environment = try await sandbox.roadmap(arguments + ["--file", file.path, "--today", "2026-12-01"], environment: ["LANG": "en_GB.UTF-8"])
            #expect(environment.stdout == before[name], "\(name) LANG=en_GB")
        }
    }

    @Test("--json is the same in every language and calendar; a bad --calendar or --lang is refused (64) before anything is read")
    func jsonAndBadInput() async throws {
        try await history()
        for arguments in [["list", "--json"], ["show", "CE2", "--json"], ["log", "--json"]] {
            let english = try await run(arguments)
            for extra in [["--lang", "th"], ["--lang", "ja"], ["--lang", "th", "--calendar", "gregorian"], ["--calendar", "buddhist"]] {
                let other = try await run(arguments + extra)
                #expect(other.stdout == english.stdout, "\(arguments + extra)")
            }
        }
        for arguments in [["list", "--calendar", "julian"], ["show", "CE2", "--calendar", "maya"], ["log", "--calendar", ""],
                          ["list", "--lang", "jp"], ["list", "--lang", "th,ja"], ["log", "--lang", "th,en"]] {
            let refused = try await sandbox.roadmap(arguments + ["--file", file.path, "--today", "2026-12-01"])
            #expect(refused.exitCode == 64 && refused.stdout.isEmpty, "\(arguments): \(refused)")
        }
        let calendar = try await sandbox.roadmap("list", "--calendar", "julian", "--file", file.path)
        #expect(calendar.stderr.contains("--calendar must be gregorian or buddhist."), "\(calendar)")
    }

    /// The English words `list`, `show` and `log` used to print among Thai or Japanese labels.
    static let englishWords = Status.allCases.map(\.rawValue) + Lead.allCases.map(\.rawValue)
        + ["late dependency", "why:", "off track", "other workstream", "against", "then", "no changes recorded", "unknown"]

    /// The text without the things the file holds as written (titles, owners, notes, reasons, the baseline's name).
    static func withoutFileText(_ text: String) -> String {
        let asWritten: [String] = [
            "Agreed at EID meeting 2025-12-09", "title.", ".en", ".th", ".ja", "second public hearing needed", "hearing set for 15 January",
            "the draft needs a second public hearing", "comments from the hearing not yet resolved",
            "waiting for the vehicle deregistration rules of the Department of Land Transport",
        ]
        var rest = text
        for phrase in asWritten { rest = rest.replacingOccurrences(of: phrase, with: "") }
        let lines: [Substring] = rest.split(separator: "\n").filter { !$0.contains("Seed:") }
        return lines.joined(separator: "\n")
    }

    @Test("th and ja: no English status, lead or sentence word and no ISO date in list, show or log", arguments: [InterfaceLanguage.th, .ja])
    func noEnglishLeft(language: InterfaceLanguage) async throws {
        try await history()
        for (name, arguments) in Self.commands {
            let output = try await run(arguments + ["--lang", language.rawValue])
            let text = Self.withoutFileText(output.stdout)
            let separators: Set<Character> = [" ", "\n", ",", "(", ")"]
            let words: Set<String> = Set(text.split { separators.contains($0) }.map(String.init))
            for word in Self.englishWords {
                let found = word.contains(" ") || word.hasSuffix(":") ? text.contains(word) : words.contains(word)
                #expect(!found, "\(language) \(name) has \"\(word)\":\n\(output.stdout)")
            }
            #expect(text.firstMatch(of: /\d{4}-\d{2}-\d{2}/) == nil, "\(language) \(name) has an ISO date:\n\(output.stdout)")
            #expect(text.firstMatch(of: /[+-]\d+d\b/) == nil, "\(language) \(name) has slip in the file's form:\n\(output.stdout)")
        }
        // $LANG alone, into a pipe: the headers in that language, the values the file's words and ISO
        // dates, so a script that reads them under a Thai or Japanese $LANG reads what it always has.
        let locale = language == .th ? "th_TH.UTF-8" : "ja_JP.UTF-8"
        let english = try await run("list")
        let piped = try await run(["list"], environment: ["LANG": locale])
        let asked = try await run("list", "--lang", language.rawValue)
        func words(_ output: ProcessOutput) -> [[Substring]] { output.stdout.split(separator: "\n").map { $0.split(separator: " ") } }
        #expect(words(piped).first == words(asked).first, "the headers")
        // Id, workstream, status, due, slip and lead of each row (titles follow the language, as they always have).
        func values(_ output: ProcessOutput) -> [[Substring]] { words(output).dropFirst().dropLast().map { $0.prefix(6).map { $0 } } }
        #expect(values(piped) == values(english), "the rows' values")
        for logged in [try await run(["log"], environment: ["LANG": locale]), try await run(["show", "CE2"], environment: ["LANG": locale])] {
            #expect(logged.stdout.contains("at-risk") && logged.stdout.firstMatch(of: /\d{4}-\d{2}-\d{2}/) != nil, "\(logged.stdout)")
        }
        // On a terminal, $LANG gives the whole language, as --lang does.
        let terminal = try await TmuxTerminal(
            sandbox: sandbox, roadmap: ["list", "--file", file.path, "--today", "2026-12-01"], environment: ["LANG": locale], width: 160, height: 40)
        let screen = try await terminal.waitFor(text: language == .th ? "มีความเสี่ยง" : "リスクあり")
        #expect(!screen.joined(separator: "\n").contains("at-risk"))
    }

    /// At 80 columns the fixed columns of Thai and Japanese rows ran past the edge, so the terminal
    /// wrapped them and the title was `…`, and log's reasons had a column of one cell (try-22a, 3).
    @Test("at 80 columns: list rows stay on their line with some of the title; log gives each reason a line of its own",
          arguments: [InterfaceLanguage.th, .ja, .en])
    func eightyColumns(language: InterfaceLanguage) async throws {
        try await history()
        let arguments = ["--lang", language.rawValue, "--file", file.path, "--today", "2026-12-01"]
        let piped = try await run(["list", "--lang", language.rawValue, "--workstream", "circular-economy"])
        let list = try await TmuxTerminal(sandbox: sandbox, roadmap: ["list", "--workstream", "circular-economy"] + arguments, width: 80, height: 60)
        let screen = try await list.waitFor(text: "(⚠)").filter { !$0.isEmpty }
        #expect(screen.count == piped.stdout.split(separator: "\n").count, "no row wrapped:\n\(screen.joined(separator: "\n"))")
        let rows = screen.filter { $0.contains(/^.{0,3}CE\d/) }
        #expect(rows.count == 7)
        for line in rows {
            // The title is the last cell: more of it than an ellipsis.
            #expect(DisplayWidth.of(line) <= 80 && DisplayWidth.of(line) >= 70 && !line.hasSuffix("  …"), "\(line)")
        }
        let log = try await TmuxTerminal(sandbox: sandbox, roadmap: ["log"] + arguments, width: 80, height: 40)
        let logged = try await log.waitFor(text: "second public hearing needed")
        #expect(logged.contains("    second public hearing needed"), "the reason whole, on its own line:\n\(logged.joined(separator: "\n"))")
        #expect(logged.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test("th: the snapshot's words and B.E. dates; list rows say what the snapshot's rows say")
    func thaiWords() async throws {
        try await history()
        let list = try await run("list", "--lang", "th")
        let rows = ListOutput.rows(list.stdout)
        let ce2 = try #require(rows.first { $0.contains("CE2") })
        // Status, due (B.E.), slip and lead as the snapshot prints them for the same milestone.
        #expect(ListOutput.words(ce2).prefix(10) == ["CE2", "circular-economy", "มีความเสี่ยง", "27", "พ.ย.", "2569", "+58", "วัน", "ฝ่ายไทย", "TISI"], "\(ce2)")
        let snapshot = try await run("snapshot", "--lang", "th")
        #expect(snapshot.stdout.contains("CE2  มีความเสี่ยง  27 พ.ย. 2569  +58 วัน"), "\(snapshot.stdout)")
        #expect(snapshot.stdout.contains(" · ไทยนำ · "), "page one's follow-up: the lead side in a word")
        #expect(ListOutput.words(ce2)[2] == Status.atRisk.word(in: .th))
        #expect(list.stdout.contains("   ⚠ รอผลจากงานที่ล่าช้า: CE2 มีความเสี่ยง\n"), "\(list.stdout)")
        #expect(list.stdout.contains("   เหตุผล: comments from the hearing not yet resolved — TISI, 20 ต.ค. 2569\n"), "\(list.stdout)")
        #expect(list.stdout.hasSuffix(" ณ 1 ธ.ค. 2569\n"))
        let sc1 = try #require(rows.first { $0.contains("SC1") })
        #expect(ListOutput.words(sc1).prefix(9) == ["SC1", "supply-chain", "เสร็จแล้ว", "31", "มี.ค.", "2569", "±0", "วัน", "ร่วมกัน"], "\(sc1)")

        let show = try await run("show", "CE2", "--lang", "th")
        let lines = show.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  ฝ่ายนำ     ฝ่ายไทย"), "\(show.stdout)")
        #expect(lines.contains("  ล่าช้า      +58 วัน เทียบกับ “Agreed at EID meeting 2025-12-09” (เดิมกำหนด 30 ก.ย. 2569)"), "\(show.stdout)")
        #expect(lines.contains("    CE1  วางแผน  24 ธ.ค. 2570    ⚠ ไม่เป็นไปตามแผน: มีความเสี่ยง"), "\(show.stdout)")
        // History times on the programme's clock (Asia/Bangkok), in B.E., beside B.E. values.
        #expect(lines.contains { $0.hasPrefix("    24 พ.ย. 2569 10:00  TISI  กำหนด") && $0.contains("30 ต.ค. 2569 → 27 พ.ย. 2569") }, "\(show.stdout)")
        let gregorian = try await run("show", "CE2", "--lang", "th", "--calendar", "gregorian")
        #expect(gregorian.stdout.contains("    24 พ.ย. 2026 10:00  TISI"), "\(gregorian.stdout)")

        let upstream = try await run("show", "CE4", "--lang", "th")
        #expect(upstream.stdout.contains("    SC2  เสร็จแล้ว  30 มิ.ย. 2570  (ต่างกลุ่มงาน)\n"), "\(upstream.stdout)")
        #expect(upstream.stdout.contains("  ประวัติ  (ยังไม่มีการเปลี่ยนแปลง)\n"), "\(upstream.stdout)")

        let log = try await run("log", "--since", "2026-11-20", "--lang", "th")
        let logLines = log.stdout.split(separator: "\n").map(String.init)
        #expect(logLines.contains { $0.hasPrefix("26 พ.ย. 2569 08:00  สมชาย") && $0.contains("ฝ่ายนำ") && $0.contains("ฝ่ายไทย → ร่วมกัน") }, "\(log.stdout)")
        #expect(logLines.contains { $0.contains("SC2") && $0.contains("ดำเนินการ → เสร็จแล้ว") }, "\(log.stdout)")
        #expect(logLines.last == "7 การเปลี่ยนแปลง ตั้งแต่ 20 พ.ย. 2569 · เวลา Asia/Bangkok")
    }

    @Test("ja: the words of the UI's log screen and the snapshot; Gregorian 年月日 dates")
    func japaneseWords() async throws {
        try await history()
        let list = try await run("list", "--lang", "ja")
        let ce2 = try #require(ListOutput.rows(list.stdout).first { $0.contains("CE2") })
        #expect(ListOutput.words(ce2).prefix(7) == ["CE2", "circular-economy", "リスクあり", "2026年11月27日", "+58日", "タイ側", "TISI"], "\(ce2)")
        let snapshot = try await run("snapshot", "--lang", "ja")
        #expect(snapshot.stdout.contains("CE2  リスクあり  2026年11月27日  +58日"), "\(snapshot.stdout)")
        #expect(snapshot.stdout.contains(" · タイ主導 · "), "page one's follow-up: the lead side in a word")
        #expect(list.stdout.contains("   ⚠ 遅れている前提: CE2 リスクあり\n"), "\(list.stdout)")
        #expect(list.stdout.contains("   理由: รอ METI ลงนาม — สมชาย, 2026年11月26日\n"), "\(list.stdout)")

        let show = try await run("show", "CE2", "--lang", "ja")
        let lines = show.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  遅延              +58日 基準「Agreed at EID meeting 2025-12-09」比（当時の期限 2026年9月30日）"), "\(show.stdout)")
        #expect(lines.contains { $0.hasPrefix("    2026年10月20日 10:00  TISI  状態") && $0.contains("進行中 → リスクあり") }, "\(show.stdout)")

        // The log says what the UI's log screen says (進行中 → リスクあり, 2026年11月2日), with the time of day.
        let log = try await run("log", "--since", "2026-11-20", "--lang", "ja")
        let logLines = log.stdout.split(separator: "\n").map(String.init)
        #expect(logLines.contains { $0.hasPrefix("2026年11月23日 09:00  Somchai") && $0.contains("進行中 → 完了") }, "\(log.stdout)")
        #expect(logLines.contains { $0.contains("SME1") && $0.contains("タイ側 → 日本側") }, "\(log.stdout)")
        #expect(logLines.contains { $0.contains("SME1") && $0.contains("2026年2月2日 → 2026年10月1日") }, "\(log.stdout)")
    }

    @Test("th and ja log: every column starts where its header does, in display cells", arguments: [InterfaceLanguage.th, .ja])
    func logColumnsLineUp(language: InterfaceLanguage) async throws {
        try await history()
        let log = try await run("log", "--since", "2026-11-20", "--lang", language.rawValue)
        let lines = log.stdout.split(separator: "\n").map(String.init).dropLast()
        let header = try #require(lines.first)
        let headers = [FieldWord.when, .who, .id, .field, .change, .why].map { $0.column(in: language) }
        func start(of text: String, in line: String, after: String.Index) -> (Int, String.Index)? {
            guard let range = line.range(of: text, range: after..<line.endIndex) else { return nil }
            return (DisplayWidth.of(line[..<range.lowerBound]), range.upperBound)
        }
        var index = header.startIndex
        var columns: [Int] = []
        for word in headers {
            let (column, end) = try #require(start(of: word, in: header, after: index))
            columns.append(column)
            index = end
        }
        // The milestone id (third column) and the field (fourth) start under their headers on every row.
        for line in lines.dropFirst() {
            let id = try #require(["SC2", "SC3", "CE2", "SME1"].first { line.contains("  \($0)  ") }, "\(line)")
            let (idColumn, idEnd) = try #require(start(of: "  \(id)  ", in: line, after: line.startIndex))
            #expect(idColumn + 2 == columns[2], "\(header)\n\(line)")
            let rest = line[idEnd...].drop { $0 == " " }
            #expect(DisplayWidth.of(line[..<rest.startIndex]) == columns[3], "\(header)\n\(line)")
        }
    }
}
