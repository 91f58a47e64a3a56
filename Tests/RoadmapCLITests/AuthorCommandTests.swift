import Foundation
import RoadmapCore
import Testing

/// Who a change is recorded as, why (`set --reason`), and status updates (`roadmap comment`).
@Suite("author, reason and comment")
struct AuthorCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// The last history entry of a milestone in `url`.
    private func lastEntry(_ id: String, in url: URL) throws -> HistoryEntry {
        let roadmap = try Fixtures.load(url)
        let location = try #require(roadmap.locate(id))
        return try #require(roadmap[location].history.last)
    }

    /// A roadmap file in a fresh git work tree whose user.name is `Tanaka Hiroshi`.
    private func fileInGitRepository() async throws -> URL {
        let setup = try await sandbox.bash("git init -q repo && git -C repo config user.name 'Tanaka Hiroshi'")
        try #require(setup.exitCode == 0, "\(setup)")
        return try Fixtures.builtInFile(at: sandbox.file("repo/roadmap.json"))
    }

    @Test("import records its author on every entry it writes, like set")
    func importRecordsItsAuthor() async throws {
        let csv = sandbox.file("sheet.csv")
        try Fixtures.write(Array("id,workstream,status,owner,title_en\nSC3,supply-chain,at-risk,BOI,Semiconductor and advanced electronics supply chain\nX1,supply-chain,planned,JETRO,Supplier directory\n".utf8), to: csv)
        let result = try await sandbox.roadmap("import", "--from", "csv", csv.path, "--author", "田中", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(try lastEntry("SC3", in: file).by == "田中")
        #expect(try lastEntry("X1", in: file).by == "田中", "the created entry too")
        let roadmap = try Fixtures.load(file)
        let untouched = try #require(roadmap.locate("CE2").map { roadmap[$0] })
        #expect(untouched.history.allSatisfy { $0.by == "TISI" }, "older entries keep their authors")
    }

    @Test("list --slipped gives the latest reason under every milestone it lists, not only those needing attention")
    func slippedListsSayWhy() async throws {
        let set = try await sandbox.roadmap(
            "set", "SC4", "--due", "2028-09-29", "--reason", "NEDO budget year moved", "--author", "Tanaka", "--file", file.path, "--today", "2026-11-26")
        #expect(set.exitCode == 0, "\(set)")
        let list = try await sandbox.roadmap("list", "--slipped", "--file", file.path, "--today", "2026-11-26")
        #expect(list.exitCode == 0, "\(list)")
        let lines = list.stdout.split(separator: "\n").map(String.init)
        let row = try #require(lines.firstIndex { $0.contains("SC4") }, "\(list.stdout)")
        #expect(lines[row + 1].contains("why: NEDO budget year moved — Tanaka"), "\(list.stdout)")
    }

    @Test("--author beats $ROADMAP_AUTHOR, which beats git's user.name, which beats the login name",
          .enabled(if: ExternalTools.enabled(ExternalTools.git), "git is not installed"))
    func authorOrder() async throws {
        let inGit = try await fileInGitRepository()
        let cases: [(arguments: [String], environment: [String: String], expected: String)] = [
            (["--author", "Somchai"], ["ROADMAP_AUTHOR": "Kanya", "LOGNAME": "login"], "Somchai"),
            ([], ["ROADMAP_AUTHOR": "Kanya", "LOGNAME": "login"], "Kanya"),
            ([], ["LOGNAME": "login"], "Tanaka Hiroshi"),
        ]
        for (i, run) in cases.enumerated() {
            let due = "2030-01-0\(i + 1)"
            let result = try await sandbox.roadmap(["set", "SC3", "--due", due, "--file", inGit.path] + run.arguments, environment: run.environment)
            #expect(result.exitCode == 0, "\(result)")
            #expect(try lastEntry("SC3", in: inGit).by == run.expected, "\(run)")
        }
        // Outside a git work tree the login name is used.
        let result = try await sandbox.roadmap("set", "SC3", "--due", "2030-02-01", "--file", file.path, environment: ["LOGNAME": "login"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(try lastEntry("SC3", in: file).by == "login")
    }

    @Test("--reason is stored on every entry set writes, and show prints the author and reason")
    func reasonStored() async throws {
        let result = try await sandbox.roadmap(
            "set", "CE2", "--status", "blocked", "--owner", "TISI / JISC", "--reason", "รอ METI ลงนาม", "--author", "สมชาย", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        let roadmap = try Fixtures.load(file)
        // After the built-in's own two entries for CE2's slip.
        let history = roadmap[try #require(roadmap.locate("CE2"))].history.dropFirst(2)
        #expect(history.map(\.field) == ["status", "owner"])
        #expect(history.allSatisfy { $0.reason == "รอ METI ลงนาม" && $0.by == "สมชาย" }, "\(history)")

        let show = try await sandbox.roadmap("show", "CE2", "--today", "2026-11-26", "--file", file.path)
        #expect(show.exitCode == 0, "\(show)")
        let lines = show.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains { $0.hasSuffix("สมชาย status at-risk → blocked (รอ METI ลงนาม)") }, "\(show.stdout)")
        #expect(lines.contains { $0.hasPrefix("why รอ METI ลงนาม — สมชาย, ") }, "blocked: the reason is shown\n\(show.stdout)")
    }

    @Test("a --reason of more than one line is refused (65) and nothing is written")
    func reasonNewline() async throws {
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap("set", "SC3", "--status", "done", "--reason", "one\ntwo", "--file", file.path)
        #expect(result.exitCode == 65, "\(result)")
        #expect(result.stderr.contains("--reason must be one line"), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("comment appends a status update and prints it; show gives it beside why the milestone needs attention, list keeps the why")
    func comment() async throws {
        let result = try await sandbox.roadmap(
            "comment", "ce2", "JISC review moved to January", "--author", "佐藤", "--file", file.path,
            environment: ["ROADMAP_NOW": "2026-11-20T09:30:00Z"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "CE2: update 2026-11-20T09:30:00Z by 佐藤: JISC review moved to January\n", "\(result)")
        let entry = try lastEntry("CE2", in: file)
        #expect(entry.isComment && entry.to == "JISC review moved to January" && entry.by == "佐藤")

        let list = try await sandbox.roadmap("list", "--today", "2026-11-26", "--file", file.path, environment: ["NO_COLOR": "1"])
        #expect(list.exitCode == 0, "\(list)")
        let lines = list.stdout.split(separator: "\n").map(String.init)
        let row = try #require(lines.firstIndex { $0.hasPrefix("!") && $0.contains("CE2") }, "\(list.stdout)")
        // CE2 is at risk for the reason given with that status change; the later update is news, not why (try-23 10).
        #expect(lines[row + 1].trimmingCharacters(in: .whitespaces) == "why: comments from the hearing not yet resolved — TISI, 2026-10-20", "\(list.stdout)")
        let plain = try await sandbox.roadmap("show", "CE2", "--today", "2026-11-26", "--file", file.path)
        let why = try #require(plain.stdout.split(separator: "\n").firstIndex { $0.hasPrefix("  why ") }, "\(plain.stdout)")
        #expect(plain.stdout.split(separator: "\n")[why + 1] == "  latest      JISC review moved to January — 佐藤, 2026-11-20", "\(plain.stdout)")

        let show = try await sandbox.roadmap("show", "CE2", "--json", "--file", file.path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.stdoutBytes)) as? [String: Any])
        let history = try #require(object["history"] as? [[String: Any]])
        #expect(history.last?["by"] as? String == "佐藤")
        #expect(history.last?["field"] as? String == "comment")
    }

    @Test("an empty update or an unknown id is refused (65) and nothing is written", arguments: [["CE2", "  "], ["ZZ9", "text"]])
    func commentRefused(arguments: [String]) async throws {
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap(["comment"] + arguments + ["--file", file.path])
        #expect(result.exitCode == 65, "\(result)")
        #expect(try Fixtures.bytes(file) == before)
    }
}
