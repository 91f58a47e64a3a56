import Foundation
import RoadmapCore
import Testing

/// The open screen shows what others write, without a key: a `roadmap set`
/// from another shell, a same-field change made in the UI meanwhile, and
/// `roadmap sync` started from the UI (`Y`) between two git clones.
@Suite(.serialized, .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct LiveScreenTerminalTests {
    static let today = "2026-11-26"
    static let hint = "?:help s:status"

    func openUI(_ sandbox: RoadmapSandbox, file: String, environment: [String: String] = [:]) async throws -> TmuxTerminal {
        let terminal = try await TmuxTerminal(
            sandbox: sandbox, roadmap: ["--file", file, "--today", Self.today], environment: environment)
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix(Self.hint) == true }
        return terminal
    }

    func row(_ id: String, in screen: [String]) -> String? {
        screen.first { $0.hasPrefix("  \(id) ") || $0.hasPrefix(" !\(id) ") }
    }

    @Test("roadmap set from another shell: the row changes within 2 s, no key pressed, the author named")
    func outsideSetShowsWithoutAKey() async throws {
        let sandbox = try RoadmapSandbox()
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let terminal = try await openUI(sandbox, file: file.path)
        defer { terminal.kill() }
        #expect(row("SC2", in: try await terminal.screen())?.contains("in-progress") == true)

        // One shell runs `set` and then polls the pane every 5 ms with its
        // styles, so the time measured is the UI's, not the test runner's.
        // Under a loaded machine (the whole suite on 2 cores) one change may
        // come late through no fault of the UI: up to three changes are made,
        // and one must show within 2 s.
        var timings: [Int] = []
        var styledRow = ""
        for (attempt, status) in ["done", "blocked", "at-risk"].enumerated() {
            let run = try await sandbox.bash("""
                "$ROADMAP" set SC2 --status \(status) --author Somchai --file '\(file.path)' >/dev/null || exit 9
                start=$(date +%s%N)
                while :; do
                  row=$(tmux -u -S '\(terminal.socket)' capture-pane -e -p -t ui | grep 'SC2' | grep -e ' \(status)')
                  [ -n "$row" ] && break
                  [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 10000 ] && exit 8
                  sleep 0.005
                done
                echo $(( ($(date +%s%N) - start) / 1000000 ))
                printf '%s\n' "$row"
                """, environment: ["TMUX_TMPDIR": sandbox.directory.path])
            try #require(run.exitCode == 0, "attempt \(attempt + 1): \(run)")
            let lines = run.stdout.split(separator: "\n").map(String.init)
            timings.append(Int(lines[0]) ?? .max)
            styledRow = lines.dropFirst().joined()
            if timings.last! < 2000 { break }
        }
        #expect(timings.contains { $0 < 2000 }, "shown after \(timings) ms")
        #expect(styledRow.contains("\u{1B}[7m") || styledRow.contains(";7m") || styledRow.contains("[7;"),
                "the changed row is marked: \(styledRow.debugDescription)")
        let screen = try await terminal.waitFor(text: "1 change from Somchai")
        #expect(screen.contains { $0.hasPrefix("  SC2 ") })
        #expect(try Fixtures.load(file)[try #require(Fixtures.load(file).locate("SC2"))].history.last?.by == "Somchai", "the file is as set wrote it")
    }

    @Test("a same-field change made in the UI while another process writes goes through the conflict path")
    func sameFieldMeanwhileIsAConflict() async throws {
        let sandbox = try RoadmapSandbox()
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        // Tokyo's version of the file: SC2 done, by Yuki.
        let prepared = try await sandbox.bash("""
            set -e
            mkdir tokyo && cp roadmap.json tokyo/ && "$ROADMAP" set SC2 --status done --author Yuki --file tokyo/roadmap.json >/dev/null
            """)
        #expect(prepared.exitCode == 0, "\(prepared)")
        let terminal = try await openUI(sandbox, file: file.path, environment: ["ROADMAP_LOCK_TIMEOUT": "30"])
        defer { terminal.kill() }
        // Another writer holds the roadmap's lock, so the UI's save waits, then puts Tokyo's version in place.
        let holder = try Subprocess.start(Command(
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", "exec flock roadmap.json.lock sh -c 'touch held; while [ ! -e release ]; do sleep 0.02; done; cat tokyo/roadmap.json > roadmap.json'"],
            environment: sandbox.environment(), currentDirectory: sandbox.directory.url))
        try await terminal.waitFor("the lock to be held", seconds: 10) { _ in FileManager.default.fileExists(atPath: sandbox.file("held").path) }
        try await terminal.press("j", "=", "b")  // SC2 → blocked in the UI; its save waits for the lock
        try await terminal.waitFor("SC2 blocked on screen") { self.row("SC2", in: $0)?.contains("blocked") == true }
        try Data().write(to: sandbox.file("release"))
        _ = try holder.wait()
        let conflict = try await terminal.waitFor(text: "Someone else changed the same field", seconds: 10)
        #expect(conflict.contains { $0.contains("m:keep mine t:keep theirs") }, "\(conflict)")
        try await terminal.press("m")  // keep mine
        try await terminal.waitFor("the conflict resolved and saved") { $0.last?.hasPrefix(Self.hint) == true && $0.contains { $0.contains("saved") } }
        let sc2 = try Fixtures.load(file)[try #require(Fixtures.load(file).locate("SC2"))]
        #expect(sc2.status == .blocked)
        #expect(sc2.history.contains { $0.field == "status" && $0.from == "done" && $0.to == "blocked" }, "theirs is in the history: \(sc2.history)")
    }

    @Test("the other office syncs a change; Y in the UI syncs and the changed row appears without another key",
          .enabled(if: ExternalTools.enabled(ExternalTools.git), "git is not installed"))
    func syncFromTheUIKey() async throws {
        let offices = try await SyncTestOffices()
        #expect(try await offices.roadmap(in: "tokyo", "set", "SC3", "--status", "done").exitCode == 0)
        #expect(try await offices.sync("tokyo").exitCode == 0)
        let terminal = try await openUI(offices.sandbox, file: offices.sandbox.file("bangkok/roadmap.json").path,
                                        environment: SyncTestOffices.gitEnvironment)
        defer { terminal.kill() }
        try await terminal.press("s")  // SC1 changes here too, so the sync has something to commit
        try await terminal.waitFor(text: "saved")
        #expect(row("SC3", in: try await terminal.screen())?.contains("planned") == true)
        try await terminal.press("Y")
        let screen = try await terminal.waitFor("the sync and Tokyo's change", seconds: 20) { lines in
            self.row("SC3", in: lines)?.contains("done") == true && lines.contains { $0.contains("synced with origin/main: committed, merged 1 commit, pushed") }
        }
        #expect(row("SC3", in: screen)?.contains("done") == true)
        let remote = try RoadmapStore.decode(Array(try await offices.remoteFile().utf8), path: "remote")
        #expect(try offices.milestone("SC3", in: remote).status == .done)
        #expect(try offices.milestone("SC1", in: remote).status != .done, "Bangkok's change was pushed")
    }

    @Test("Y meets a same-field conflict: ours kept, theirs in history, and review mode shows the milestone",
          .enabled(if: ExternalTools.enabled(ExternalTools.git), "git is not installed"))
    func syncConflictFromTheUIKey() async throws {
        let offices = try await SyncTestOffices()
        #expect(try await offices.roadmap(in: "tokyo", "set", "SC2", "--status", "done").exitCode == 0)
        #expect(try await offices.sync("tokyo").exitCode == 0)
        let file = offices.sandbox.file("bangkok/roadmap.json")
        let terminal = try await openUI(offices.sandbox, file: file.path, environment: SyncTestOffices.gitEnvironment)
        defer { terminal.kill() }
        try await terminal.press("j", "=", "b")
        try await terminal.waitFor(text: "why?")
        try await terminal.press("Enter")  // no reason
        try await terminal.waitFor(text: "saved")
        try await terminal.press("Y")
        let screen = try await terminal.waitFor("the review of the conflict", seconds: 20) { lines in
            lines.contains { $0.contains("synced; both offices changed SC2 Status: ours kept, theirs in history") }
        }
        #expect(screen[0].contains("Review"), "review mode: \(screen)")
        #expect(screen.contains { $0.contains("SC2") }, "\(screen)")
        let sc2 = try offices.milestone("SC2", in: try Fixtures.load(file))
        #expect(sc2.status == .blocked)
        #expect(sc2.history.contains { $0.from == "done" && $0.to == "blocked" }, "\(sc2.history)")
    }

    @Test("roadmap sync from a shell meets a same-field conflict: the open UI (in Japanese) visits it in review mode without a key",
          .enabled(if: ExternalTools.enabled(ExternalTools.git), "git is not installed"))
    func cliSyncConflictIsReviewedInTheOpenUI() async throws {
        let offices = try await SyncTestOffices()
        #expect(try await offices.roadmap(in: "tokyo", "set", "SC2", "--status", "done").exitCode == 0)
        #expect(try await offices.sync("tokyo").exitCode == 0)
        let file = offices.sandbox.file("bangkok/roadmap.json")
        let terminal = try await TmuxTerminal(
            sandbox: offices.sandbox, roadmap: ["--file", file.path, "--today", Self.today, "--lang", "ja"],
            environment: SyncTestOffices.gitEnvironment)
        defer { terminal.kill() }
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix("?:ヘルプ") == true }
        #expect(try await offices.roadmap(in: "bangkok", "set", "SC2", "--status", "blocked").exitCode == 0)
        try await terminal.waitFor("Bangkok's own change shown") { self.row("SC2", in: $0)?.contains("停止") == true }
        let sync = try await offices.sync("bangkok")
        #expect(sync.exitCode == 1 && sync.stdout.contains("SC2 status"), "\(sync)")
        let screen = try await terminal.waitFor("review mode on SC2, no key pressed", seconds: 10) { lines in
            lines[0].contains("レビュー") && lines.contains { $0.contains("統合で競合 (SC2)") }
        }
        #expect(screen.contains { $0.contains("SC2") }, "\(screen)")
    }
}
