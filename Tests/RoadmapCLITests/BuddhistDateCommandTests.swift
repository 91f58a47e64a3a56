import Foundation
import RoadmapCore
import Testing

/// Dates typed on the command line with `--calendar buddhist`: a year from
/// 2400 is B.E., as in the UI; without it, a date 50+ years off is refused
/// (the UI asks first), unless `--calendar gregorian` keeps it.
@Suite("Buddhist-Era dates in the CLI")
struct BuddhistDateCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    private func due(_ id: String) throws -> CalendarDay? {
        let roadmap = try Fixtures.load(file)
        return roadmap[try #require(roadmap.locate(id))].due
    }

    @Test func setReadsABuddhistYear() async throws {
        let run = try await sandbox.roadmap("set", "SC3", "--due", "2570-06-30", "--calendar", "buddhist", "--today", "2026-11-26", "--file", file.path)
        #expect(run.exitCode == 0 && run.stderr.isEmpty, "\(run)")
        #expect(run.stdout == "SC3: due 2028-03-31 → 2027-06-30\n")
        #expect(try due("SC3") == CalendarDay(iso: "2027-06-30"))
    }

    @Test func aGregorianYearStaysGregorianInBuddhistMode() async throws {
        let run = try await sandbox.roadmap("set", "SC3", "--due", "2027-07-01", "--calendar", "buddhist", "--file", file.path)
        #expect(run.exitCode == 0, "\(run)")
        #expect(try due("SC3") == CalendarDay(iso: "2027-07-01"))
    }

    @Test("without --calendar, a B.E. year typed into set or add is refused (65), naming both readings; nothing is written", arguments: [
        (["set", "SC3", "--due", "2570-06-30"],
         "--due 2570-06-30 is 543 years from today; if 2570 is a Buddhist-Era year, give --calendar buddhist (that is 2027-06-30); to keep 2570 give --calendar gregorian."),
        (["set", "SC3", "--start", "2570-01-04"],
         "--start 2570-01-04 is 543 years from today; if 2570 is a Buddhist-Era year, give --calendar buddhist (that is 2027-01-04); to keep 2570 give --calendar gregorian."),
        (["add", "supply-chain", "Battery passport", "--due", "2571-01-01"],
         "--due 2571-01-01 is 544 years from today; if 2571 is a Buddhist-Era year, give --calendar buddhist (that is 2028-01-01); to keep 2571 give --calendar gregorian."),
        (["set", "SC3", "--due", "+700m"], "--due +700m (2086-07-31) is 59 years from today; to keep it, give --calendar gregorian."),
        (["set", "SC3", "--due", "1970-01-01"], "--due 1970-01-01 is 56 years from today; to keep it, give --calendar gregorian."),
        (["set", "SC3", "--due", "2700-01-01", "--calendar", "buddhist"],
         "--due 2700-01-01 (2157-01-01) is 130 years from today; to keep it, give 2157-01-01 with --calendar gregorian."),
    ])
    func aFarDateIsRefused(arguments: [String], message: String) async throws {
        let before = try Fixtures.bytes(file)
        let run = try await sandbox.roadmap(arguments + ["--today", "2026-12-05", "--file", file.path])
        #expect(run.exitCode == 65, "\(run)")
        #expect(run.stderr == "roadmap: \(message)\n")
        #expect(run.stdout.isEmpty)
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test func withCalendarGregorianAFarYearIsKept() async throws {
        let run = try await sandbox.roadmap(
            "set", "SC3", "--due", "2570-06-30", "--calendar", "gregorian", "--today", "2026-11-26", "--file", file.path)
        #expect(run.exitCode == 0 && run.stderr.isEmpty, "\(run)")
        #expect(try due("SC3") == CalendarDay(iso: "2570-06-30"))
        let add = try await sandbox.roadmap(
            "add", "supply-chain", "Far", "--due", "2571-01-01", "--calendar", "GREGORIAN", "--today", "2026-11-26", "--file", file.path)
        #expect(add.exitCode == 0 && add.stderr.isEmpty, "\(add)")
    }

    @Test func aDayThatIsNotInTheBuddhistYearIsRefused() async throws {
        let before = try Fixtures.bytes(file)
        // B.E. 2569 is 2026, not a leap year.
        let run = try await sandbox.roadmap("set", "SC3", "--due", "2569-02-29", "--calendar", "buddhist", "--file", file.path)
        #expect(run.exitCode == 65, "\(run)")
        #expect(run.stderr.contains("years from 2400 are B.E."), "\(run.stderr)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test func addAndStartToo() async throws {
        let add = try await sandbox.roadmap(
            "add", "circular-economy", "Battery passport", "--start", "2570-01-04", "--due", "2571-01-01",
            "--calendar", "buddhist", "--file", file.path)
        #expect(add.exitCode == 0, "\(add)")
        let roadmap = try Fixtures.load(file)
        let added = roadmap[try #require(roadmap.locate("CE8"))]
        #expect(added.start == CalendarDay(iso: "2027-01-04") && added.due == CalendarDay(iso: "2028-01-01"))
    }

    @Test("snapshot --date and --week: a B.E. year without --calendar is refused (65); --calendar buddhist reads it, --week too", arguments: [
        (["--date", "2569-12-05"],
         "--date 2569-12-05 is 543 years from today; if 2569 is a Buddhist-Era year, give --calendar buddhist (that is 2026-12-05); to keep 2569 give --calendar gregorian."),
        (["--week", "2569-W49"],
         "--week 2569-W49 is 543 years from today; if 2569 is a Buddhist-Era year, give --calendar buddhist (that is 2026-W49); to keep 2569 give --calendar gregorian."),
    ])
    func snapshotRefusesAFarWeek(arguments: [String], message: String) async throws {
        let refused = try await sandbox.roadmap(["snapshot", "--summary", "--today", "2026-12-05", "--file", file.path] + arguments)
        #expect(refused.exitCode == 65 && refused.stdout.isEmpty, "\(refused)")
        #expect(refused.stderr == "roadmap: \(message)\n")
        let buddhist = try await sandbox.roadmap(
            ["snapshot", "--summary", "--lang", "th", "--calendar", "buddhist", "--today", "2026-12-05", "--file", file.path] + arguments)
        #expect(buddhist.exitCode == 0, "\(buddhist)")
        #expect(buddhist.stdout.contains("สัปดาห์ที่ 49 (30 พ.ย. – 6 ธ.ค. 2569)"), "\(buddhist.stdout.prefix(400))")
        let gregorian = try await sandbox.roadmap(
            ["snapshot", "--summary", "--calendar", "gregorian", "--today", "2026-12-05", "--file", file.path] + arguments)
        #expect(gregorian.exitCode == 0 && gregorian.stdout.contains("Week 49"), "\(gregorian)")
        #expect(gregorian.stdout.contains("2569") && !gregorian.stdout.contains("2026)"), "kept as the year 2569: \(gregorian.stdout.prefix(400))")
    }

    @Test("timeline --from/--to and log --since refuse a far date too; --calendar buddhist reads it")
    func timelineAndLog() async throws {
        let timeline = try await sandbox.roadmap("timeline", "--from", "2570-01-01", "--today", "2026-12-05", "--file", file.path)
        #expect(timeline.exitCode == 65 && timeline.stdout.isEmpty, "\(timeline)")
        #expect(timeline.stderr.contains("--from 2570-01-01 is 543 years from today; if 2570 is a Buddhist-Era year, give --calendar buddhist (that is 2027-01-01)"))
        let to = try await sandbox.roadmap("timeline", "--to", "2570-01-01", "--today", "2026-12-05", "--file", file.path)
        #expect(to.exitCode == 65 && to.stderr.contains("--to 2570-01-01 is 543 years"), "\(to)")
        let buddhist = try await sandbox.roadmap(
            "timeline", "--from", "2570-01-01", "--calendar", "buddhist", "--width", "100", "--today", "2026-12-05", "--file", file.path)
        #expect(buddhist.exitCode == 0 && buddhist.stdout.contains("2570"), "\(buddhist)")
        let log = try await sandbox.roadmap("log", "--since", "2569-01-01", "--today", "2026-12-05", "--file", file.path)
        #expect(log.exitCode == 65, "\(log)")
        #expect(log.stderr.contains("--since 2569-01-01 is 542 years from today; if 2569 is a Buddhist-Era year, give --calendar buddhist (that is 2026-01-01)"))
        let since = try await sandbox.roadmap("log", "--since", "2569-01-01", "--calendar", "buddhist", "--today", "2026-12-05", "--file", file.path)
        #expect(since.exitCode == 0 && since.stdout.hasSuffix("since 2026-01-01 · times: Asia/Bangkok\n"), "\(since)")
    }

    /// --today names the day every change is stamped and counted from: read as typed, a B.E. year
    /// dated a whole week of work 543 years late (try-22a finding 2).
    @Test("--today and $ROADMAP_TODAY with a B.E. year are refused (64), naming the Gregorian date; nothing is written")
    func todayInTheBuddhistEra() async throws {
        let before = try Fixtures.bytes(file)
        let typed = try await sandbox.roadmap("set", "SC2", "--due", "tomorrow", "--today", "2569-12-05", "--file", file.path)
        #expect(typed.exitCode == 64, "\(typed)")
        #expect(typed.stderr.contains(#"--today "2569-12-05" is 543 years from this machine's date; it takes Gregorian dates: if 2569 is a Buddhist-Era year, give 2026-12-05."#), "\(typed.stderr)")
        let pinned = try await sandbox.roadmap(["list", "--file", file.path], environment: ["ROADMAP_TODAY": "2569-12-05"])
        #expect(pinned.exitCode == 64 && pinned.stderr.contains(#"$ROADMAP_TODAY "2569-12-05" is 543 years"#), "\(pinned)")
        #expect(try Fixtures.bytes(file) == before)
        // A far Gregorian day that is no B.E. year near now stays a pinned day, for trying the edges.
        let far = try await sandbox.roadmap("list", "--today", "9998-12-05", "--file", file.path)
        #expect(far.exitCode == 0 && far.stdout.contains("as of 9998-12-05"), "\(far)")
    }
}
