import Foundation
import RoadmapCore
import Testing

/// The UI as a Thai official meets it, in a real terminal (tmux, 80×24):
/// a date typed as the screen shows it (B.E.) is saved as that date, and
/// `p` asks where to write the snapshot and never replaces a file unasked.
@Suite(.serialized, .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed; the terminal tests need it"))
struct SafeInputTerminalTests {
    let sandbox: RoadmapSandbox
    let file: URL
    /// The Thai key hint on the bottom row.
    static let thaiHint = "?:วิธีใช้ s:สถานะ"

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("office/roadmap.json"))
    }

    private func openThaiUI() async throws -> TmuxTerminal {
        let terminal = try await TmuxTerminal(
            sandbox: sandbox, roadmap: ["--file", file.path, "--today", "2026-11-26", "--lang", "th"])
        try await terminal.waitFor("the Thai main screen") { $0.last?.hasPrefix(Self.thaiHint) == true }
        return terminal
    }

    @Test func aBuddhistEraDateTypedAsShownIsSavedAsThatDate() async throws {
        let terminal = try await openThaiUI()
        defer { terminal.kill() }
        // SC3, due 2028-03-31: shown and offered as B.E. 2571.
        try await terminal.press("Down", "Down")
        try await terminal.waitFor("SC3 selected, its date in B.E.") {
            $0.contains { $0.contains("SC3") && $0.contains("31 มี.ค. 2571") }
        }
        try await terminal.press("d")
        try await terminal.waitFor("the due prompt in B.E.") {
            $0.contains { $0.hasPrefix("กำหนด (พ.ศ. YYYY-MM-DD") && $0.hasSuffix(": 2571-03-31") }
        }
        try await terminal.type("2570-06-30")
        try await terminal.press("Enter")
        // SC3 is in the baseline: the UI asks why; Enter skips.
        try await terminal.waitFor("the reason prompt") { $0.contains { $0.hasPrefix("เหตุผล") } }
        try await terminal.press("Enter")
        try await terminal.waitFor("SC3 due 30 มิ.ย. 2570, saved") {
            $0.contains { $0.contains("SC3") && $0.contains("30 มิ.ย. 2570") } && $0.contains { $0.contains("บันทึกแล้ว") }
        }
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)

        let roadmap = try Fixtures.load(file)
        let sc3 = try #require(roadmap.locate("SC3").map { roadmap[$0] })
        #expect(sc3.due == CalendarDay(iso: "2027-06-30"), "the Gregorian day the B.E. date names")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("\"due\": \"2027-06-30\""))
        #expect(sc3.history.last.map { "\($0.field): \($0.from ?? "∅") → \($0.to ?? "∅")" } == "due: 2028-03-31 → 2027-06-30")
    }

    @Test func theSnapshotGoesWhereAskedAndAnExistingFileIsReplacedOnlyOnYes() async throws {
        let folder = file.deletingLastPathComponent().path
        let path = "\(folder)/roadmap-snapshot-2026-W48.txt"
        try Data("an older snapshot\n".utf8).write(to: URL(fileURLWithPath: path))
        let terminal = try await openThaiUI()
        defer { terminal.kill() }
        try await terminal.press("p")
        try await terminal.waitFor("the path prompt, offering the roadmap's folder") {
            // A long path scrolls to keep the cursor, at its end, in view.
            $0.contains { $0.hasPrefix("บันทึกสรุปประจำสัปดาห์ที่: ") && $0.hasSuffix("/office/roadmap-snapshot-2026-W48.txt") }
        }
        try await terminal.press("Enter")
        try await terminal.waitFor("the question before replacing") { $0.contains { $0.contains("เขียนทับหรือไม่? y:ใช่") } }
        try await terminal.press("n")
        try await terminal.waitFor("the path prompt again") { $0.contains { $0.hasSuffix("/office/roadmap-snapshot-2026-W48.txt") } }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "an older snapshot\n", "n leaves it")
        try await terminal.press("Enter")
        try await terminal.waitFor("the question again") { $0.contains { $0.contains("เขียนทับหรือไม่?") } }
        try await terminal.press("y")
        try await terminal.waitFor("where it went, in Thai") { $0.contains { $0.hasPrefix("บันทึกสรุปประจำสัปดาห์ไว้ที่ ") } }
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("สัปดาห์ที่ 48 (23–29 พ.ย. 2569)"), "in the UI's language and calendar: \(written.prefix(300))")
        try await terminal.press("q")
        #expect(try await terminal.waitForExit().status == 0)
    }
}
