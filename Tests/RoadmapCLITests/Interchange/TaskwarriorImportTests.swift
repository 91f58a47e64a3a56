import Foundation
import RoadmapCore
import Testing

/// `roadmap import --from taskwarrior` on exports made by the real `task` program.
@Suite("roadmap import --from taskwarrior")
struct TaskwarriorImportTests {
    let sandbox: RoadmapSandbox
    let file: URL
    /// Thailand's time zone as a POSIX rule, so no tzdata is needed: Taskwarrior
    /// stores local midnight of 2027-01-31 as 20270130T170000Z.
    let timeZone = ["TZ": "ICT-7"]

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// Runs Taskwarrior commands in a task database of the sandbox's own (never the user's).
    func task(_ script: String) async throws -> ProcessOutput {
        let run = try await sandbox.bash("""
            set -e
            export TASKRC="$PWD/taskrc" TASKDATA="$PWD/taskdata"
            mkdir -p "$TASKDATA"
            [ -f "$TASKRC" ] || printf 'data.location=%s\\nconfirmation=off\\nhooks=off\\nverbose=nothing\\nrecurrence.limit=1\\n' "$TASKDATA" > "$TASKRC"
            task() { command task rc.confirmation=off rc.hooks=off "$@"; }
            \(script)
            """, environment: timeZone)
        try #require(run.exitCode == 0, "task failed: \(run)")
        return run
    }

    func milestones(titled title: String, in roadmap: Roadmap) -> [(workstream: String, milestone: Milestone)] {
        roadmap.workstreams.flatMap { ws in ws.milestones.filter { $0.title.text(in: "en") == title }.map { (ws.id, $0) } }
    }

    func uuid(of description: String, in export: [UInt8]) throws -> String {
        let tasks = try #require(try JSONSerialization.jsonObject(with: Data(export)) as? [[String: Any]])
        let found = tasks.first { $0["description"] as? String == description && $0["status"] as? String != "recurring" }
        return try #require(found?["uuid"] as? String, "no task \(description)")
    }

    @Test("pending, completed, deleted, waiting and recurring tasks with annotations; re-import does not duplicate; dry run writes nothing",
          .enabled(if: ExternalTools.enabled(ExternalTools.taskwarrior), "Taskwarrior is not installed (apt-get install taskwarrior)"))
    func realTaskExport() async throws {
        _ = try await task("""
            task add project:supply-chain due:2027-01-31 scheduled:2027-01-10 'Pending, with "quotes" ไทย'
            task +LATEST annotate 'first note'
            task +LATEST annotate 'บันทึกที่สอง, with a comma'
            task add project:smes-startups due:2026-11-30 'Completed one'
            task +LATEST done
            task add project:circular-economy 'Deleted one'
            task +LATEST delete
            task add project:smes-startups.upskilling wait:2027-06-01 due:2027-07-01 'Waiting one'
            task add project:supply-chain recur:weekly due:2026-12-07 'Weekly sync'
            task add project:home 'Personal errand'
            task list >/dev/null || true
            task export > tw.json
            """)
        let export = try Fixtures.bytes(sandbox.file("tw.json"))
        let before = try Fixtures.bytes(file)

        let unknown = try await sandbox.roadmap("import", "--from", "taskwarrior", "tw.json", "--file", file.path, environment: timeZone)
        #expect(unknown.exitCode == 65, "\(unknown)")
        #expect(unknown.stderr.contains("task \"Personal errand\": no workstream \"home\""), "\(unknown.stderr)")
        #expect(try Fixtures.bytes(file) == before, "nothing is imported when a task has nowhere to go")

        let dryRun = try await sandbox.roadmap("import", "--from", "taskwarrior", "tw.json", "--workstream", "smes-startups", "--dry-run",
                                               "--file", file.path, environment: timeZone)
        #expect(dryRun.exitCode == 0, "\(dryRun)")
        #expect(dryRun.stdout.contains("would add SC8 to supply-chain: Pending, with \"quotes\" ไทย (planned, due 2027-01-31)"), "\(dryRun.stdout)")
        #expect(dryRun.stdout.contains("skipped the recurring template \"Weekly sync\""))
        #expect(dryRun.stdout.contains("dry run: 6 added, 0 changed, 0 unchanged; nothing was written."))
        #expect(try Fixtures.bytes(file) == before, "a dry run writes nothing")

        let first = try await sandbox.roadmap("import", "--from", "taskwarrior", "tw.json", "--workstream", "smes-startups",
                                              "--file", file.path, environment: timeZone)
        #expect(first.exitCode == 0, "\(first)")
        #expect(first.stdout.contains("workstream \"home\" → smes-startups (--workstream)."))
        let roadmap = try Fixtures.load(file)
        #expect(roadmap.milestoneCount == BuiltInRoadmap.load().milestoneCount + 6)

        let pending = try #require(milestones(titled: "Pending, with \"quotes\" ไทย", in: roadmap).first)
        #expect(pending.workstream == "supply-chain")
        #expect(pending.milestone.status == .planned)
        #expect(pending.milestone.due?.description == "2027-01-31", "local midnight in ICT is the previous day in UTC")
        #expect(pending.milestone.start?.description == "2027-01-10", "scheduled → start")
        let notes = try #require(pending.milestone.notes)
        #expect(notes.contains("first note") && notes.contains("บันทึกที่สอง, with a comma"), "annotations → notes: \(notes)")
        #expect(notes.hasSuffix("taskwarrior: \(try uuid(of: "Pending, with \"quotes\" ไทย", in: export))"))

        let completed = try #require(milestones(titled: "Completed one", in: roadmap).first)
        #expect(completed.milestone.status == .done && completed.workstream == "smes-startups")
        #expect(milestones(titled: "Deleted one", in: roadmap).first?.milestone.status == .dropped)
        let waiting = try #require(milestones(titled: "Waiting one", in: roadmap).first)
        #expect(waiting.milestone.status == .planned && waiting.workstream == "smes-startups", "project a.b finds workstream a")
        #expect(waiting.milestone.notes?.contains("waiting until 2027-06-01") == true)
        let weekly = milestones(titled: "Weekly sync", in: roadmap)
        #expect(weekly.count == 1, "the template is skipped, its one generated instance imported")
        #expect(weekly.first?.milestone.notes?.contains("recurring weekly") == true)
        #expect(weekly.first?.milestone.due?.description == "2026-12-07")
        #expect(milestones(titled: "Personal errand", in: roadmap).first?.workstream == "smes-startups")
        let ids = roadmap.allMilestones.map { $0.milestone.id.lowercased() }
        #expect(Set(ids).count == ids.count, "new ids never collide: \(ids)")

        let afterFirst = try Fixtures.bytes(file)
        let second = try await sandbox.roadmap("import", "--from", "taskwarrior", "tw.json", "--workstream", "smes-startups",
                                               "--file", file.path, environment: timeZone)
        #expect(second.stdout.hasSuffix("imported: 0 added, 0 changed, 6 unchanged.\n"), "\(second)")
        #expect(try Fixtures.bytes(file) == afterFirst)

        // Finish the pending task in Taskwarrior: the next import changes that milestone only.
        _ = try await task("""
            task "$(task 'description:Pending' uuids)" done
            task export > tw2.json
            """)
        let third = try await sandbox.roadmap("import", "--from", "taskwarrior", "tw2.json", "--workstream", "smes-startups",
                                              "--file", file.path, environment: timeZone)
        #expect(third.exitCode == 0, "\(third)")
        #expect(third.stdout.contains("changed \(pending.milestone.id): status planned → done"), "\(third.stdout)")
        #expect(third.stdout.hasSuffix("imported: 0 added, 1 changed, 5 unchanged.\n"))
    }

    @Test("depends: a task waiting for another waits for its milestone; a lead tag gives the lead",
          .enabled(if: ExternalTools.enabled(ExternalTools.taskwarrior), "Taskwarrior is not installed (apt-get install taskwarrior)"))
    func dependsBecomeDependencies() async throws {
        _ = try await task("""
            task add project:supply-chain due:2027-01-31 'Parts ready'
            task add project:smes-startups due:2027-03-31 'Suppliers trained'
            task 2 modify depends:1 tags:lead:jp
            task export > tw.json
            """)
        let run = try await sandbox.roadmap("import", "--from", "taskwarrior", "tw.json", "--file", file.path, environment: timeZone)
        #expect(run.exitCode == 0, "\(run)")
        let roadmap = try Fixtures.load(file)
        let parts = try #require(milestones(titled: "Parts ready", in: roadmap).first)
        let training = try #require(milestones(titled: "Suppliers trained", in: roadmap).first)
        #expect(training.milestone.depends == [parts.milestone.id])
        #expect(parts.milestone.depends.isEmpty)
        #expect(training.milestone.lead == .jp && parts.milestone.lead == nil)
    }
}
