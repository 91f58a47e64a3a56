import Foundation
import RoadmapCore
import Testing

/// End-to-end tests of `roadmap` with no subcommand: the built binary in a
/// real terminal (tmux, 80×24), driven by keys, checked on screen and on disk.
@Suite(.serialized, .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct InteractiveTerminalTests {
    let sandbox: RoadmapSandbox
    let file: URL
    static let today = "2026-11-26"
    /// The key hint, always on the bottom row of the English UI.
    static let hint = "?:help s:status"

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    private func openUI(_ extra: [String] = [], environment: [String: String] = [:], width: Int = 80, height: Int = 24)
        async throws -> TmuxTerminal
    {
        let terminal = try await TmuxTerminal(
            sandbox: sandbox, roadmap: ["--file", file.path, "--today", Self.today] + extra,
            environment: environment, width: width, height: height)
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix(Self.hint) == true }
        return terminal
    }

    /// The list row of `id`, with or without the `!` of an off-track link.
    private func row(_ id: String, in screen: [String]) -> String? {
        screen.first { $0.hasPrefix("  \(id) ") || $0.hasPrefix(" !\(id) ") }
    }

    /// The program ended with `status` and gave the terminal back as it was:
    /// its modes, and (on terminals with an alternate screen) the screen.
    private func expectCleanExit(
        _ exit: TmuxTerminal.Exit, status: Int32 = 0, alternateScreen: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(exit.status == status, "exit status", sourceLocation: sourceLocation)
        for mode in ["isig", "icanon", "echo", "opost"] {
            #expect(exit.modes.contains(mode), "terminal mode \(mode) restored; modes: \(exit.modes)", sourceLocation: sourceLocation)
        }
        if alternateScreen {
            #expect(!exit.screen.contains { $0.contains(Self.hint) }, "the UI's screen is gone: \(exit.screen)", sourceLocation: sourceLocation)
        }
    }

    // MARK: - What the issue asks for

    @Test func theTmuxServerEndsWithTheTest() async throws {
        let terminal = try await openUI()
        terminal.kill()
        #expect(!terminal.isServerRunning(), "kill-server ended the private tmux server")
    }

    @Test func changeStatusAndDueInCircularEconomyThenQuit() async throws {
        let terminal = try await openUI()
        defer { terminal.kill() }

        // (Each wait is for the whole of what it checks: a capture may catch a frame half drawn.)
        try await terminal.press("3")
        try await terminal.waitFor("the circular-economy workstream, CE1 planned") {
            $0.first?.contains("3 Circular economy and recycling") == true
                && row("CE1", in: $0)?.contains("○ planned      2027-12-24") == true
        }

        try await terminal.press("s")
        try await terminal.waitFor("CE1 in progress, saved") {
            row("CE1", in: $0)?.contains("◐ in-progress") == true && $0.contains { $0.hasPrefix("CE1: status → in-progress · saved") }
        }

        // The due prompt starts with the current date: clear it, type a relative
        // date (eight weeks after the date it had, 2027-12-24).
        try await terminal.press("d")
        try await terminal.waitFor("the due-date prompt") { $0.contains { $0.hasSuffix(": 2027-12-24") } }
        try await terminal.press("C-u")
        try await terminal.type("+8w")
        try await terminal.waitFor("the typed date") { $0.contains { $0.hasSuffix(": +8w") } }
        try await terminal.press("Enter")
        // CE1 is in the built-in's baseline: the UI asks why; Enter skips.
        try await terminal.waitFor("the reason prompt") { $0.contains { $0.contains("why? (one line, Enter skips):") } }
        try await terminal.press("Enter")
        try await terminal.waitFor("CE1 due eight weeks later, saved") {
            row("CE1", in: $0)?.contains("2028-02-18") == true && $0.contains { $0.contains("saved") }
        }

        try await terminal.press("q")
        expectCleanExit(try await terminal.waitForExit())

        let roadmap = try Fixtures.load(file)
        let ce1 = try #require(roadmap.locate("CE1").map { roadmap[$0] })
        #expect(ce1.status == .inProgress)
        #expect(ce1.due == CalendarDay(iso: "2028-02-18"))
        let changes = ce1.history.map { "\($0.field): \($0.from ?? "∅") → \($0.to ?? "∅")" }
        #expect(changes.suffix(2) == ["status: planned → in-progress", "due: 2027-12-24 → 2028-02-18"], "\(changes)")
        // Nothing else changed.
        var expected = BuiltInRoadmap.load()
        expected[expected.locate("CE1")!] = ce1
        #expect(roadmap == expected)
    }

    /// The programme office's week in the UI: a dependency added, its
    /// predecessor's due date moved with a reason, the successor flagged,
    /// and everything undone: the file is the built-in roadmap again.
    @Test func aDependencyGoesOffTrackWithAReasonThenEverythingIsUndone() async throws {
        let terminal = try await openUI(environment: ["ROADMAP_AUTHOR": "Somchai"])
        defer { terminal.kill() }

        // SME7 (starts 2028-01-04) comes to wait for SC6 too (due 2027-03-31): on track.
        try await terminal.press("2")
        try await terminal.press("End")
        try await terminal.press("e")
        try await terminal.waitFor("the edit picker") { $0.contains { $0.contains("w:waits for") } }
        try await terminal.press("w")
        try await terminal.waitFor("the waits-for prompt") { $0.contains { $0.hasSuffix("waits for (ids, comma-separated): SME6") } }
        try await terminal.type(",sc6")
        try await terminal.press("Enter")
        try await terminal.waitFor("SME7 waits for SC6 too, on track, saved") {
            $0.contains { $0.hasPrefix("SME7: waits for → SME6,SC6 · saved") } && row("SME7", in: $0)?.hasPrefix("  SME7") == true
        }

        // SC6's due date moves past SME7's start, with a reason (SC6 is in the baseline: the UI asks why).
        try await terminal.press("1")
        try await terminal.press("End")
        try await terminal.press("Up")
        try await terminal.press("d")
        try await terminal.waitFor("SC6's due prompt") { $0.contains { $0.hasSuffix(": 2027-03-31") } }
        try await terminal.press("C-u")
        try await terminal.type("2028-02-01")
        try await terminal.press("Enter")
        try await terminal.waitFor("the reason prompt") { $0.contains { $0.contains("why? (one line, Enter skips):") } }
        try await terminal.type("BOI board meets in January")
        try await terminal.press("Enter")
        try await terminal.waitFor("SC6 due 2028-02-01 with its reason, saved") {
            row("SC6", in: $0)?.contains("2028-02-01") == true && $0.contains { $0.contains("reason: BOI board meets in January · saved") }
        }
        let moved = try Fixtures.load(file)
        let sc6 = try #require(moved.locate("SC6").map { moved[$0] })
        #expect(sc6.history.last == HistoryEntry(
            at: try #require(sc6.history.last?.at), field: "due", from: "2027-03-31", to: "2028-02-01", by: "Somchai", reason: "BOI board meets in January"))

        // SME7 is flagged: it waits for a milestone due after it starts.
        try await terminal.press("2")
        try await terminal.waitFor("SME7 flagged off track") { row("SME7", in: $0)?.hasPrefix(" !SME7") == true }

        // Undo the due move (and its reason; undo shows SC6's workstream), then the new link.
        try await terminal.press("u")
        try await terminal.waitFor("the due move undone") { row("SC6", in: $0)?.contains("2027-03-31") == true }
        try await terminal.press("2")
        try await terminal.waitFor("SME7 on track again") { row("SME7", in: $0)?.hasPrefix("  SME7") == true }
        try await terminal.press("u")
        try await terminal.press("q")
        expectCleanExit(try await terminal.waitForExit())
        #expect(try Fixtures.bytes(file) == Fixtures.builtInBytes, "everything undone: the file is as it was, byte for byte")
    }

    /// A schema-1 file is upgraded by the UI's first save, said once on the
    /// status line in the UI's language, and nothing is written to stderr
    /// under curses (it would land on the screen).
    @Test func aSchemaOneFileIsUpgradedAndTheUISaysSoInItsLanguage() async throws {
        let old = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RoadmapCoreTests/Fixtures/eid-roadmap-schema1.json")
        try Fixtures.write(Fixtures.bytes(old), to: file)
        let terminal = try await TmuxTerminal(
            sandbox: sandbox, roadmap: ["--file", file.path, "--today", Self.today, "--lang", "ja"], width: 100, height: 24)
        defer { terminal.kill() }
        try await terminal.waitFor("the Japanese main screen") { $0.contains { $0.contains("SC1") } }
        try await terminal.press("s")
        let said = try await terminal.waitFor("the upgrade said on the status line") {
            $0.contains { $0.contains("ファイルを形式 1 から 2 に更新しました") }
        }
        #expect(!said.contains { $0.contains("nothing in it is lost") || $0.contains("upgraded from schema") }, "no English stderr on the screen: \(said)")
        #expect(try Fixtures.load(file).schema == 2)
        try await terminal.press("S")
        let again = try await terminal.waitFor("the second save") { $0.contains { $0.contains("保存しました") } && !$0.contains { $0.contains("更新しました（") } }
        #expect(!again.contains { $0.contains("schema") }, "said once: \(again)")
        try await terminal.press("q")
        expectCleanExit(try await terminal.waitForExit())
    }

    @Test func resizeRedrawsAndSaysWhenTooSmall() async throws {
        let terminal = try await openUI()
        defer { terminal.kill() }
        #expect(try await terminal.screen().count == 24)

        try await terminal.resize(width: 110, height: 30)
        // The wider title column shows whole titles (beside the LEAD and SLIP columns of the built-in).
        let screen = try await terminal.waitFor("the frame at 110×30, whole titles") {
            $0.count == 30 && $0[29].hasPrefix(Self.hint) && $0[0].hasSuffix("as of 2026-11-26") && $0[0].count > 80
                && row("SC1", in: $0)?.hasSuffix("Confirm EID framework and working groups") == true
        }
        #expect(screen.filter { $0.hasPrefix(Self.hint) }.count == 1, "one hint line, at the bottom: \(screen)")

        try await terminal.resize(width: 40, height: 10)
        try await terminal.waitFor("the size message instead of the frame") {
            $0.count == 10 && $0.contains { $0.contains("needs 60×12, has 40×10") } && !$0.contains { $0.contains(Self.hint) }
        }

        try await terminal.resize(width: 80, height: 24)
        try await terminal.waitFor("the frame at 80×24 again") {
            $0.count == 24 && $0[23].hasPrefix(Self.hint) && !$0.contains { $0.contains("needs 60×12") }
        }
        try await terminal.press("q")
        expectCleanExit(try await terminal.waitForExit())
    }

    @Test func outsideChangeWhileOpenIsMergedWithTheUIsChange() async throws {
        let terminal = try await openUI()
        defer { terminal.kill() }

        let set = try await sandbox.roadmap("set", "SC1", "--status", "blocked", "--file", file.path, "--today", Self.today)
        #expect(set.exitCode == 0, "\(set)")

        // In the UI, SC2 (in progress) goes one status forward.
        try await terminal.press("j", "s")
        // The UI shows the outside change with its own: merged in by the live
        // screen before the key ("1 change from …"), or by the save after it
        // ("saved (+ outside changes merged)"), whichever came first.
        try await terminal.waitFor("SC2 at risk, SC1 blocked, saved with the outside change merged") {
            row("SC2", in: $0)?.contains("▲ at-risk") == true && row("SC1", in: $0)?.contains("■ blocked") == true
                && $0.contains { $0.contains("saved") }
        }

        try await terminal.press("q")
        expectCleanExit(try await terminal.waitForExit())

        let roadmap = try Fixtures.load(file)
        let sc1 = try #require(roadmap.locate("SC1").map { roadmap[$0] })
        let sc2 = try #require(roadmap.locate("SC2").map { roadmap[$0] })
        #expect(sc1.status == .blocked)
        #expect(sc1.history.last.map { "\($0.from ?? "∅") → \($0.to ?? "∅")" } == "done → blocked")
        #expect(sc2.status == .atRisk)
        #expect(sc2.history.last.map { "\($0.from ?? "∅") → \($0.to ?? "∅")" } == "in-progress → at-risk")
    }

    // MARK: - The terminal

    /// Every way out leaves the terminal as it was: q, Ctrl-C, and SIGTERM,
    /// SIGHUP and SIGINT from outside (which end it as the signal would).
    @Test(arguments: [
        ("q", nil, 0), ("C-c", nil, 0),
        (nil, SIGTERM, 128 + SIGTERM), (nil, SIGHUP, 128 + SIGHUP), (nil, SIGINT, 128 + SIGINT),
    ] as [(String?, Int32?, Int32)])
    func everyWayOutRestoresTheTerminal(key: String?, signal: Int32?, status: Int32) async throws {
        let terminal = try await openUI()
        defer { terminal.kill() }
        if let key { try await terminal.press(key) }
        if let signal { kill(try await terminal.programPID(), signal) }
        expectCleanExit(try await terminal.waitForExit(), status: status)
        #expect(try Fixtures.bytes(file) == Fixtures.builtInBytes, "the file is untouched")
    }

    /// A crash (here a SIGSEGV or SIGABRT from outside) gives the terminal back
    /// before the program dies. (The Swift backtracer is off: it would wait for a key.)
    @Test(arguments: [SIGSEGV, SIGABRT])
    func aCrashStillRestoresTheTerminal(signal: Int32) async throws {
        let terminal = try await openUI(environment: ["SWIFT_BACKTRACE": "enable=no"])
        defer { terminal.kill() }
        kill(try await terminal.programPID(), signal)
        expectCleanExit(try await terminal.waitForExit(), status: 128 + signal)
    }

    @Test func ctrlZSuspendsAndFgResumes() async throws {
        let roadmap = try BuildProducts.roadmap().path
        let terminal = try await TmuxTerminal(
            sandbox: sandbox, program: ["/bin/bash", "--norc", "--noprofile", "-i"],
            environment: sandbox.environment(["TERM": "xterm-256color", "PS1": "$ "]), width: 80, height: 24)
        defer { terminal.kill() }
        try await terminal.waitFor(text: "$")
        try await terminal.type("'\(roadmap)' --file '\(file.path)' --today \(Self.today)")
        try await terminal.press("Enter")
        try await terminal.waitFor("the main screen") { $0.last?.hasPrefix(Self.hint) == true }

        try await terminal.press("3", "C-z")
        let stopped = try await terminal.waitFor(text: "Stopped")
        #expect(!stopped.contains { $0.contains(Self.hint) }, "the shell has the screen back")

        try await terminal.type("fg")
        try await terminal.press("Enter")
        try await terminal.waitFor("the UI again, as it was") {
            $0.last?.hasPrefix(Self.hint) == true && $0.first?.contains("3 Circular economy and recycling") == true
        }
        try await terminal.press("s")
        try await terminal.waitFor(text: "saved")
        try await terminal.press("q")
        try await terminal.waitFor("the shell's prompt again") { $0.last { !$0.isEmpty } == "$" && !$0.contains { $0.contains(Self.hint) } }
        // The shell passes on roadmap's status and the modes it left (read before the shell ends).
        let modes = sandbox.file("modes-after-roadmap.txt")
        try await terminal.type("status=$?; stty -a > '\(modes.path)'; exit $status")
        try await terminal.press("Enter")
        let exit = try await terminal.waitForExit()
        #expect(exit.status == 0, "roadmap's exit status, passed on by the shell")
        let after = TmuxTerminal.modes(fromStty: try String(contentsOf: modes, encoding: .utf8))
        for mode in ["isig", "icanon", "echo", "opost"] {
            #expect(after.contains(mode), "terminal mode \(mode) restored; modes: \(after)")
        }
        let saved = try Fixtures.load(file)
        #expect(saved.locate("CE1").map { saved[$0].status } == .inProgress, "the change made after resuming is saved")
    }

    /// The terminal shows exactly the frame the UI renders (the UI's own
    /// golden frames, made with the same keys): wide Japanese and combining
    /// Thai characters included. Thai dates are in the Buddhist Era unless
    /// `--calendar gregorian` is given.
    @Test(arguments: [
        ("list-80x24-en", ["--lang", "en"], ["3"]),
        ("list-80x24-th", ["--lang", "th", "--calendar", "gregorian"], ["3"]),
        ("list-80x24-ja", ["--lang", "ja"], ["3"]),
        ("list-80x24-th-buddhist", ["--lang", "th"], ["2", "Down"]),
    ])
    func terminalShowsTheRenderedFrame(golden name: String, options: [String], keys: [String]) async throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("RoadmapUITests/Frames/\(name).txt")
        var expected = try String(contentsOf: golden, encoding: .utf8).components(separatedBy: "\n")
        if expected.last == "" { expected.removeLast() }
        let terminal = try await TmuxTerminal(sandbox: sandbox, roadmap: ["--file", file.path, "--today", Self.today] + options)
        defer { terminal.kill() }
        try await terminal.waitFor("the first frame") { $0.last?.isEmpty == false }
        for key in keys { try await terminal.press(key) }
        do {
            try await terminal.waitFor("the golden frame \(name)") { $0 == expected }
        } catch let timeout as TmuxTerminal.Timeout {
            Issue.record("the terminal differs from Frames/\(name).txt:\n\(timeout)")
        }
    }

    @Test func colorsAndNoColor() async throws {
        // CE2 is overdue (red, bold), CE3 blocked (red status).
        for noColor in [false, true] {
            let terminal = try await openUI(environment: noColor ? ["NO_COLOR": "1"] : [:])
            defer { terminal.kill() }
            try await terminal.press("3")
            try await terminal.waitFor("the circular-economy workstream") {
                $0.first?.contains("3 Circular economy and recycling") == true && row("CE7", in: $0) != nil
                    && $0.last?.hasPrefix(Self.hint) == true
            }
            let styled = try await terminal.styledScreen()
            let ce2 = try #require(styled.first { $0.contains("CE2") })
            let header = try #require(styled.first { $0.contains("as of") })
            #expect(header.contains("\u{1B}[1;7m"), "the title bar is bold and reversed: \(header.debugDescription)")
            if noColor {
                #expect(!styled.joined().contains(/\x1B\[(?:[0-9;]*;)?3[0-7]m/), "no colours with NO_COLOR")
                #expect(ce2.contains("\u{1B}[1m2026-10-30"), "still bold: \(ce2.debugDescription)")
            } else {
                #expect(ce2.contains("\u{1B}[31m2026-10-30"), "overdue date in red: \(ce2.debugDescription)")
            }
            try await terminal.press("q")
            expectCleanExit(try await terminal.waitForExit())
        }
    }

    @Test(arguments: ["vt100", "linux"])
    func plainTerminalsGetASCIIGlyphs(term: String) async throws {
        let terminal = try await openUI(environment: ["TERM": term])
        defer { terminal.kill() }
        let screen = try await terminal.screen()
        #expect(row("SC1", in: screen)?.contains("+ done") == true, "\(screen)")
        #expect(row("SC2", in: screen)?.contains("> in-progress") == true, "\(screen)")
        #expect(!screen.joined().contains("█") && !screen.joined().contains("─"), "\(screen)")
        try await terminal.press("q")
        // These terminals have no alternate screen: the last frame stays, the modes come back.
        expectCleanExit(try await terminal.waitForExit(), alternateScreen: false)
    }

    @Test func keysFromTheTerminalAreDecoded() async throws {
        // Tab, Shift-Tab, arrows, Home/End, PgDn and Enter arrive as the UI's keys.
        let terminal = try await openUI()
        defer { terminal.kill() }
        try await terminal.press("Tab")
        try await terminal.waitFor("workstream 2") { $0.first?.contains("2 SMEs and startups") == true }
        try await terminal.press("BTab")
        try await terminal.waitFor("workstream 1") { $0.first?.contains("1 Next-generation") == true }
        try await terminal.press("Left")
        try await terminal.waitFor("workstream 3") { $0.first?.contains("3 Circular economy") == true }
        try await terminal.press("Right")
        try await terminal.waitFor("workstream 1") { $0.first?.contains("1 Next-generation") == true }
        try await terminal.press("End")
        try await terminal.waitFor("SC7 in the detail pane") { $0.contains { $0.hasPrefix(" SC7 · ") } }
        try await terminal.press("Home")
        try await terminal.waitFor("SC1 in the detail pane") { $0.contains { $0.hasPrefix(" SC1 · ") } }
        try await terminal.press("Down", "Down")
        try await terminal.waitFor("SC3 in the detail pane") { $0.contains { $0.hasPrefix(" SC3 · ") } }
        try await terminal.press("Up")
        try await terminal.waitFor("SC2 in the detail pane") { $0.contains { $0.hasPrefix(" SC2 · ") } }
        try await terminal.press("?")
        try await terminal.waitFor(text: "u / Ctrl-R")
        try await terminal.press("Escape")
        try await terminal.waitFor("the list again") { $0.last?.hasPrefix(Self.hint) == true }
        try await terminal.press("q")
        expectCleanExit(try await terminal.waitForExit())
    }
}

/// `roadmap` without a terminal says where to go instead.
@Suite struct InteractiveWithoutTerminalTests {
    let sandbox: RoadmapSandbox
    init() throws { sandbox = try RoadmapSandbox() }

    @Test func stdinNotATerminalExits64AndPointsToListAndSnapshot() async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        for arguments in [["--file", file.path], []] {
            let output = try await sandbox.roadmap(arguments, environment: ["TERM": "xterm-256color"])
            #expect(output.exitCode == 64, "\(output)")
            #expect(output.stdout.isEmpty, "\(output)")
            #expect(output.stderr.contains("needs a terminal"), "\(output)")
            #expect(output.stderr.contains("roadmap list") && output.stderr.contains("roadmap snapshot"), "\(output)")
        }
        #expect(try Fixtures.bytes(file) == Fixtures.builtInBytes, "the file is untouched")
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultFile.path), "no default file is created")
    }

    @Test func badCalendarIsAUsageError() async throws {
        let output = try await sandbox.roadmap("--calendar", "julian")
        #expect(output.exitCode == 64, "\(output)")
        #expect(output.stderr.contains("gregorian or buddhist"), "\(output)")
    }
}
