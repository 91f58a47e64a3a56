import Foundation
import RoadmapCore
import Testing

/// Dates typed on the command line with `--calendar buddhist`: a year from
/// 2400 is B.E., as in the UI; without it, a date 50+ years off is warned about.
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

    @Test func withoutTheCalendarAFarYearIsKeptAndWarnedAbout() async throws {
        let run = try await sandbox.roadmap("set", "SC3", "--due", "2570-06-30", "--today", "2026-11-26", "--file", file.path)
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stderr == "roadmap: warning: --due 2570-06-30 is 543 years from today; a B.E. year needs --calendar buddhist.\n")
        #expect(try due("SC3") == CalendarDay(iso: "2570-06-30"))
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
}
