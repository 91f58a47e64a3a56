import Foundation
import RoadmapCore
import Testing
@testable import roadmap

/// Thai and Japanese whatever the locale says: `LANG` unset, `C`, or a
/// `th_TH.UTF-8` that is not installed (only C, C.UTF-8 and POSIX are here,
/// as on most servers and containers); and `TERM=dumb` refused.
@Suite(.serialized, .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct LocaleTerminalTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// The UI with exactly the sandbox's environment, `LANG` replaced (nil: unset).
    private func open(lang: String?, term: String = "xterm-256color", arguments: [String] = []) async throws -> TmuxTerminal {
        var environment = sandbox.environment(["TERM": term])
        environment["LANG"] = lang
        return try await TmuxTerminal(
            sandbox: sandbox, program: [try BuildProducts.roadmap().path, "--file", file.path, "--today", "2026-11-26"] + arguments,
            environment: environment, width: 80, height: 24)
    }

    @Test(arguments: [nil, "C", "POSIX", "th_TH.UTF-8", "ja_JP.UTF-8"])
    func thaiShowsAndCanBeTyped(lang: String?) async throws {
        // --lang th where $LANG does not say Thai; a th_TH.UTF-8 that is not installed still says it.
        let terminal = try await open(lang: lang, arguments: lang == "th_TH.UTF-8" ? [] : ["--lang", "th"])
        defer { terminal.kill() }
        try await terminal.waitFor("the Thai UI, its Thai drawn (not ?)") {
            $0.last?.hasPrefix("?:วิธีใช้ s:สถานะ") == true && $0.first?.contains("ณ 26 พ.ย. 2569") == true
                && $0.contains { $0.contains("SC1") && $0.contains("เสร็จแล้ว") }
        }
        #expect(!(try await terminal.screen()).joined().contains("??"))
        try await terminal.press("/")
        try await terminal.type("ห่วงโซ่")
        try await terminal.waitFor("typed Thai in the filter") { $0.contains { $0.hasPrefix("กรอง: ห่วงโซ่") } }
        try await terminal.press("Escape")
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)
    }

    @Test func japaneseWithLANGUnset() async throws {
        let terminal = try await open(lang: nil, arguments: ["--lang", "ja"])
        defer { terminal.kill() }
        try await terminal.waitFor("the Japanese UI") { $0.first?.contains("基準日 2026年11月26日") == true }
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)
    }

    @Test func dumbTerminalsAreRefused() async throws {
        let terminal = try await open(lang: "C.UTF-8", term: "dumb")
        defer { terminal.kill() }
        let exit = try await terminal.waitForExit()
        #expect(exit.status == 64)
        // The message wraps at 80 columns and tmux's dead-pane line may scroll its first row away: read its end.
        #expect(exit.screen.joined().contains("try TERM=xterm-256color or TERM=vt100, or use `roadmap list`."), "\(exit.screen)")
        #expect(try Fixtures.load(file) == BuiltInRoadmap.load())
    }

    @Test func localeNamesAreReadAsTheCLibraryWould() {
        #expect(CharacterLocale.requested(["LANG": "th_TH.UTF-8", "LC_CTYPE": "ja_JP.utf8"]) == "ja_JP.utf8")
        #expect(CharacterLocale.requested(["LC_ALL": "C", "LANG": "th_TH.UTF-8"]) == "C")
        #expect(CharacterLocale.requested(["LANG": ""]) == "")
        #expect(CharacterLocale.isPlain("") && CharacterLocale.isPlain("POSIX") && !CharacterLocale.isPlain("th_TH.TIS-620"))
        #expect(CharacterLocale.names(utf8: "th_TH.UTF-8") && CharacterLocale.names(utf8: "ja_JP.utf8"))
        #expect(!CharacterLocale.names(utf8: "th_TH.TIS-620"))
        #expect(TerminalCapabilities.refusal(term: "xterm-256color") == nil && TerminalCapabilities.refusal(term: "dumb") != nil)
    }
}
