import Foundation
import RoadmapCore
import Testing

/// Start and due dates from 1000-01-01 to 9998-12-31 on every way in; what
/// older files hold at the ends of years 1…9999 still loads and exports validly.
@Suite("supported date range")
struct DateRangeCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    @Test("--due and --start outside 1000-01-01…9998-12-31 are refused with 65, the file untouched", arguments: [
        ["add", "supply-chain", "Edge", "--due", "9999-12-31"], ["add", "supply-chain", "Edge", "--start", "0999-12-31"],
        ["set", "SC1", "--due", "9999-01-01"], ["add", "supply-chain", "Edge", "--start", "+1d", "--today", "9998-12-31"],
    ])
    func typedDatesOutsideTheRange(arguments: [String]) async throws {
        let before = try Fixtures.bytes(file)
        let run = try await sandbox.roadmap(arguments + ["--file", file.path])
        #expect(run.exitCode == 65, "\(run)")
        #expect(run.stderr.contains("is not a date from 1000-01-01 to 9998-12-31"), "\(run.stderr)")
        #expect(try Fixtures.bytes(file) == before)
        let edge = try await sandbox.roadmap(
            "set", "SC1", "--start", "1000-01-01", "--due", "9998-12-31", "--calendar", "gregorian", "--file", file.path)
        #expect(edge.exitCode == 0, "\(edge)")
    }

    /// try-24 finding 6: `set --due 2027-02-30` said the date was out of range.
    @Test("a day that does not exist is named as such on every way in: --due (65, file untouched), --today and --date (64)")
    func aDayThatDoesNotExist() async throws {
        let before = try Fixtures.bytes(file)
        let set = try await sandbox.roadmap("set", "SC1", "--due", "2027-02-30", "--file", file.path)
        #expect(set.exitCode == 65 && set.stderr.contains("--due \"2027-02-30\" is not a date: February 2027 has no day 30."), "\(set)")
        #expect(try Fixtures.bytes(file) == before)
        let today = try await sandbox.roadmap("list", "--today", "2026-13-01", "--file", file.path)
        #expect(today.exitCode == 64 && today.stderr.contains("--today \"2026-13-01\" is not a date: there is no month 13."), "\(today)")
        let date = try await sandbox.roadmap("snapshot", "--date", "2026-11-31", "--file", file.path)
        #expect(date.exitCode == 64 && date.stderr.contains("--date \"2026-11-31\" is not a date: November 2026 has no day 31."), "\(date)")
    }

    @Test("a Taskwarrior due date that is year 10000 or year 0 in a far time zone is refused with 65, no trap", arguments: [
        ("99991231T235959Z", "Pacific/Kiritimati"), ("00010101T000000Z", "<-12>12"),
    ])
    func taskwarriorDatesAtTheEnds(due: String, zone: String) async throws {
        let before = try Fixtures.bytes(file)
        let json = #"[{"uuid": "b7e1", "description": "edge", "status": "pending", "project": "supply-chain", "due": "\#(due)"}]"#
        let run = try await sandbox.roadmap("import", "--from", "taskwarrior", "-", "--file", file.path,
                                            environment: ["TZ": zone], stdin: Array(json.utf8))
        #expect(run.exitCode == 65, "\(run)")
        #expect(run.stderr.contains("outside the dates 1000-01-01 to 9998-12-31"), "\(run.stderr)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("a file's due date of 9999-12-31 loads and exports as a valid iCalendar event (DURATION, no year 10000)")
    func lastDayExports() async throws {
        var roadmap = try Fixtures.load(file)
        roadmap[try #require(roadmap.locate("SC1"))].due = CalendarDay(iso: "9999-12-31")
        roadmap[try #require(roadmap.locate("SC1"))].start = nil  // a one-day event on the last day, not a span from the built-in's start
        try Fixtures.write(roadmap, to: file)
        let run = try await sandbox.roadmap("export", "--format", "ics", "--file", file.path)
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.contains("DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n"), "\(run.stdout.prefix(2000))")
        #expect(!run.stdout.contains("10000"))
    }

    @Test("snapshot of a week reaching year 10000 is a usage error (64), never printed", arguments: [
        ["--week", "9999-W52"], ["--date", "9999-12-31"], ["--today", "9999-12-31"],
    ])
    func snapshotWeeksAtTheEnd(arguments: [String]) async throws {
        let run = try await sandbox.roadmap(["snapshot", "--file", file.path] + arguments)
        #expect(run.exitCode == 64, "\(run)")
        #expect(!run.stdout.contains("10000") && run.stderr.contains("from 1000-01-01 to 9998-12-31"), "\(run)")
    }
}
