import Foundation
import RoadmapCore
import RoadmapUI
import Testing

/// `set --due +6w` slips the due date by six weeks, as `+6w` in the UI's date
/// prompt does: relative forms count from the milestone's current date (from
/// today when it has none); `today`, `tomorrow` and `yesterday` from today.
@Suite("relative dates in set")
struct RelativeDateCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    private func milestone(_ id: String) throws -> Milestone {
        let roadmap = try Fixtures.load(file)
        return roadmap[try #require(roadmap.locate(id))]
    }

    @Test("a milestone due 2027-06-30: +6w is 2027-08-11, -1w 2027-06-23, +1m 2027-07-30, whatever today is", arguments: [
        ("+6w", "2027-08-11"), ("-1w", "2027-06-23"), ("+1m", "2027-07-30"), ("+2d", "2027-07-02"),
    ])
    func dueCountsFromTheDueDate(input: String, expected: String) async throws {
        #expect(try await sandbox.roadmap("set", "SC3", "--due", "2027-06-30", "--file", file.path).exitCode == 0)
        let run = try await sandbox.roadmap("set", "SC3", "--due", input, "--reason", "slip", "--today", "2026-12-02", "--file", file.path)
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout == "SC3: due 2027-06-30 → \(expected)\n")
        #expect(try milestone("SC3").due == CalendarDay(iso: expected))
    }

    @Test func startCountsFromTheStartDate() async throws {
        // SC3 starts 2027-01-04 and is due 2028-03-31.
        let run = try await sandbox.roadmap("set", "SC3", "--start", "+2w", "--due", "-1m", "--today", "2026-12-02", "--file", file.path)
        #expect(run.exitCode == 0, "\(run)")
        #expect(try milestone("SC3").start == CalendarDay(iso: "2027-01-18"))
        #expect(try milestone("SC3").due == CalendarDay(iso: "2028-02-29"))
    }

    @Test("without a due (start) date, +Nw counts from today; today and tomorrow always do")
    func withoutADateFromToday() async throws {
        #expect(try await sandbox.roadmap("set", "SC3", "--due", "none", "--start", "none", "--file", file.path).exitCode == 0)
        let run = try await sandbox.roadmap("set", "SC3", "--due", "+6w", "--start", "+1w", "--today", "2026-12-02", "--file", file.path)
        #expect(run.exitCode == 0, "\(run)")
        #expect(try milestone("SC3").due == CalendarDay(iso: "2027-01-13"))
        #expect(try milestone("SC3").start == CalendarDay(iso: "2026-12-09"))
        let words = try await sandbox.roadmap("set", "SC3", "--due", "tomorrow", "--start", "today", "--today", "2026-12-02", "--file", file.path)
        #expect(words.exitCode == 0, "\(words)")
        #expect(try milestone("SC3").due == CalendarDay(iso: "2026-12-03"))
        #expect(try milestone("SC3").start == CalendarDay(iso: "2026-12-02"))
    }

    @Test("the UI's d prompt and set --due give the same day for the same input", arguments: [
        ("+6w", true), ("-1w", true), ("+1m", true), ("-10d", true), ("tomorrow", true), ("today", true), ("2026-05-01", true),
        ("+6w", false), ("-1w", false), ("tomorrow", false),
    ])
    func uiAndCLIAgree(input: String, hasDue: Bool) async throws {
        let today = CalendarDay(iso: "2026-11-26")!
        var roadmap = BuiltInRoadmap.load()
        let location = try #require(roadmap.locate("SC1"))
        if !hasDue { roadmap[location].due = nil }
        try Fixtures.write(roadmap, to: file)
        var state = AppState(roadmap: roadmap, today: today, language: .en, calendar: .gregorian)
        #expect(state.selectedMilestone?.id == "SC1")
        _ = state.update(.key(.character("d")))
        _ = state.update(.key(.control("u")))
        for character in input { _ = state.update(.key(.character(character))) }
        _ = state.update(.key(.enter))
        let typedInUI = try #require(state.selectedMilestone?.due, "the UI took \(input)")
        let run = try await sandbox.roadmap("set", "SC1", "--due", input, "--today", today.description, "--file", file.path)
        #expect(run.exitCode == 0, "\(run)")
        #expect(try milestone("SC1").due == typedInUI, "\(input), \(hasDue ? "from SC1's due date" : "no due date")")
    }
}
