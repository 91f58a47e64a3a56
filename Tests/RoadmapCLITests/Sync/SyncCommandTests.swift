import Foundation
import RoadmapCore
import Testing

/// `roadmap sync` between two clones of one bare repository, with real git.
@Suite("roadmap sync between two offices", .enabled(if: ExternalTools.enabled(ExternalTools.git), "git is not installed"))
struct SyncCommandTests {
    @Test("different milestones, in either order: every change lands once, in both offices, with history and authors",
          arguments: [["bangkok", "tokyo"], ["tokyo", "bangkok"]])
    func differentMilestonesMerge(order: [String]) async throws {
        let offices = try await SyncTestOffices()
        #expect(try await offices.roadmap(in: "bangkok", "set", "SC1", "--status", "blocked", "--author", "Somchai").exitCode == 0)
        #expect(try await offices.roadmap(in: "bangkok", "set", "CE1", "--due", "2028-02-25", "--reason", "budget", "--author", "Somchai").exitCode == 0)
        #expect(try await offices.roadmap(in: "tokyo", "set", "SME1", "--owner", "OSMEP / JETRO").exitCode == 0)

        let first = try await offices.sync(order[0])
        #expect(first.exitCode == 0, "\(first)")
        #expect(first.stdout.contains("pushed to origin/main"), "\(first)")
        let second = try await offices.sync(order[1])
        #expect(second.exitCode == 0, "\(second)")
        #expect(second.stdout.contains("merged 1 commit from origin/main"), "\(second)")
        let third = try await offices.sync(order[0])
        #expect(third.exitCode == 0 && third.stdout.contains("merged"), "\(third)")

        let bangkok = try offices.file("bangkok"), tokyo = try offices.file("tokyo")
        #expect(bangkok == tokyo, "both offices hold the same roadmap")
        #expect(try await offices.remoteFile() == String(decoding: RoadmapEncoder.encode(bangkok), as: UTF8.self))
        #expect(try offices.milestone("SC1", in: bangkok).status == .blocked)
        #expect(try offices.milestone("CE1", in: bangkok).due?.description == "2028-02-25")
        #expect(try offices.milestone("SME1", in: bangkok).owner == "OSMEP / JETRO")
        let added = RoadmapLog.newChanges(from: BuiltInRoadmap.load(), to: bangkok)
        #expect(added.map { "\($0.milestoneID) \($0.entry.field) \($0.author)" }.sorted()
                == ["CE1 due Somchai", "SC1 status Somchai", "SME1 owner Yuki"], "each change once, with its author")
        let subjects = try await offices.subjects("bangkok")
        #expect(subjects.contains("roadmap: SC1 blocked, CE1 due +63d (Somchai)"), "\(subjects)")
        #expect(subjects.contains("roadmap: SME1 owner (Yuki)"), "\(subjects)")
        let clean = try await offices.run("cd bangkok && git status --porcelain --untracked-files=no && cd ../tokyo && git status --porcelain --untracked-files=no")
        #expect(clean.stdout.isEmpty, "nothing left uncommitted: \(clean)")
    }

    @Test("the same field, in either order: the second office keeps its value, exits 1 listing it, and theirs is in the history",
          arguments: [["bangkok", "tokyo"], ["tokyo", "bangkok"]])
    func sameFieldConflict(order: [String]) async throws {
        let offices = try await SyncTestOffices()
        let values = ["bangkok": "done", "tokyo": "blocked"]
        for office in order { #expect(try await offices.roadmap(in: office, "set", "SC2", "--status", values[office]!).exitCode == 0) }
        #expect(try await offices.roadmap(in: order[0], "set", "CE2", "--notes", "from \(order[0])").exitCode == 0)

        #expect(try await offices.sync(order[0]).exitCode == 0)
        let second = try await offices.sync(order[1])
        #expect(second.exitCode == 1, "\(second)")
        let (ours, theirs) = (values[order[1]]!, values[order[0]]!)
        #expect(second.stdout.contains("roadmap.json: 1 conflict (both offices changed the same field)"), "\(second)")
        #expect(second.stdout.contains("SC2 status: ours \"\(ours)\" (kept), theirs \"\(theirs)\", base \"in-progress\""), "\(second)")
        #expect(second.stdout.contains("pushed to origin/main"), "the resolved merge is shared: \(second)")

        let merged = try offices.file(order[1])
        let sc2 = try offices.milestone("SC2", in: merged)
        #expect(sc2.status.rawValue == ours)
        #expect(sc2.history.contains { $0.field == "status" && $0.from == theirs && $0.to == ours }, "theirs is in the history: \(sc2.history)")
        #expect(try offices.milestone("CE2", in: merged).notes == "from \(order[0])", "the clean part merged")
        let state = try await offices.run("cd \(order[1]) && git status --porcelain --untracked-files=no && git log -1 --format=%s")
        #expect(state.stdout == "roadmap: merge origin/main; both changed SC2 status: ours kept, theirs in history\n", "\(state)")

        let back = try await offices.sync(order[0])
        #expect(back.exitCode == 0, "\(back)")
        #expect(try offices.file(order[0]) == merged, "the first office gets the resolution")
    }

    @Test("another office pushes between our fetch and our push: the sync merges again and pushes, nothing lost")
    func pushRaceIsRetried() async throws {
        let offices = try await SyncTestOffices()
        // Tokyo pushes from inside Bangkok's first push (git's own pre-push hook): the remote moves under it.
        let hook = try await offices.run("""
            cat > bangkok/.git/hooks/pre-push <<'HOOK'
            #!/bin/sh
            [ -e ../raced ] && exit 0
            touch ../raced
            cd ../tokyo && "$ROADMAP" set CE3 --owner "METI" --file roadmap.json >/dev/null && "$ROADMAP" sync --file roadmap.json >/dev/null
            HOOK
            chmod +x bangkok/.git/hooks/pre-push
            """)
        #expect(hook.exitCode == 0, "\(hook)")
        #expect(try await offices.roadmap(in: "bangkok", "set", "SC3", "--status", "at-risk").exitCode == 0)
        let sync = try await offices.sync("bangkok")
        #expect(sync.exitCode == 0, "\(sync)")
        #expect(sync.stdout.contains("another office pushed first: merging their change and pushing again"), "\(sync)")
        #expect(FileManager.default.fileExists(atPath: offices.sandbox.file("raced").path), "the race happened")
        let remote = try RoadmapStore.decode(Array(try await offices.remoteFile().utf8), path: "remote")
        #expect(try offices.milestone("SC3", in: remote).status == .atRisk)
        #expect(try offices.milestone("CE3", in: remote).owner == "METI")
    }

    @Test("--no-push commits and merges but leaves the remote alone; --dry-run changes nothing and says what it would do")
    func noPushAndDryRun() async throws {
        let offices = try await SyncTestOffices()
        #expect(try await offices.roadmap(in: "tokyo", "set", "SC2", "--status", "done").exitCode == 0)
        #expect(try await offices.sync("tokyo").exitCode == 0)
        #expect(try await offices.roadmap(in: "bangkok", "set", "SC2", "--status", "blocked").exitCode == 0)
        let before = try await offices.run("cd bangkok && git rev-parse HEAD && git --git-dir=../remote.git rev-parse main && md5sum roadmap.json")

        let dry = try await offices.sync("bangkok", "--dry-run")
        #expect(dry.exitCode == 1, "the conflict it would meet is reported: \(dry)")
        #expect(dry.stdout.contains("would commit: roadmap: SC2 blocked (Somchai)"), "\(dry)")
        #expect(dry.stdout.contains("would merge 1 commit from origin/main"), "\(dry)")
        #expect(dry.stdout.contains("SC2 status: ours \"blocked\" (kept), theirs \"done\""), "\(dry)")
        #expect(try await offices.run("cd bangkok && git rev-parse HEAD && git --git-dir=../remote.git rev-parse main && md5sum roadmap.json").stdout == before.stdout)

        let noPush = try await offices.sync("bangkok", "--no-push")
        #expect(noPush.exitCode == 1 && !noPush.stdout.contains("pushed"), "\(noPush)")
        let after = try await offices.run("cd bangkok && git rev-list --count HEAD && git --git-dir=../remote.git rev-list --count main")
        #expect(after.stdout == "4\n2\n", "committed and merged here, remote unchanged: \(after)")
    }

    @Test("a time zone set in one office: its commit names it, and the other office's sync says the zone changed")
    func timeZoneChangeIsSaid() async throws {
        let offices = try await SyncTestOffices()
        #expect(try await offices.roadmap(in: "tokyo", "time-zone", "Asia/Tokyo").exitCode == 0)
        let first = try await offices.sync("tokyo")
        #expect(first.exitCode == 0 && first.stdout.contains("pushed to origin/main"), "\(first)")
        #expect(try await offices.subjects("tokyo").contains("roadmap: time zone Asia/Bangkok → Asia/Tokyo (Yuki)"), "who changed it, as recorded")
        let second = try await offices.sync("bangkok")
        #expect(second.exitCode == 0, "\(second)")
        #expect(second.stdout.contains("the programme's time zone is now Asia/Tokyo (was Asia/Bangkok)"), "\(second)")
        #expect(try offices.file("bangkok").timeZone == "Asia/Tokyo")
        let again = try await offices.sync("bangkok")
        #expect(!again.stdout.contains("time zone"), "said once: \(again)")
    }

    @Test("the office whose value lost a same-field conflict hears of it on its next sync")
    func theLosingOfficeIsTold() async throws {
        let offices = try await SyncTestOffices()
        #expect(try await offices.roadmap(in: "tokyo", "set", "SC2", "--due", "2027-09-30", "--author", "Yamada").exitCode == 0)
        #expect(try await offices.roadmap(in: "tokyo", "set", "SC2", "--title", "ทดสอบโตเกียว", "--lang", "th").exitCode == 0)
        #expect(try await offices.sync("tokyo").exitCode == 0)
        #expect(try await offices.roadmap(in: "bangkok", "set", "SC2", "--due", "2027-08-31", "--author", "Somchai").exitCode == 0)
        #expect(try await offices.roadmap(in: "bangkok", "set", "SC2", "--title", "ทดสอบกรุงเทพ", "--lang", "th").exitCode == 0)
        // Changed in Bangkok alone: no conflict, no news of a replaced value.
        #expect(try await offices.roadmap(in: "bangkok", "set", "SC2", "--owner", "BOI / METI").exitCode == 0)
        let bangkok = try await offices.sync("bangkok")
        #expect(bangkok.exitCode == 1 && bangkok.stdout.contains("SC2 due: ours \"2027-08-31\" (kept)"), "\(bangkok)")
        #expect(!bangkok.stdout.contains("was replaced"), "the office that kept its value is not told twice: \(bangkok)")
        let tokyo = try await offices.sync("tokyo")
        #expect(tokyo.exitCode == 0, "\(tokyo)")
        #expect(tokyo.stdout.contains("SC2 due: ours \"2027-09-30\" was replaced by \"2027-08-31\" in a merge made in another office"), "\(tokyo)")
        #expect(tokyo.stdout.contains("SC2 title.th: ours \"ทดสอบโตเกียว\" was replaced by \"ทดสอบกรุงเทพ\""), "\(tokyo)")
        #expect(!tokyo.stdout.contains("SC2 owner"), "a field only Bangkok changed is no conflict: \(tokyo)")
        let again = try await offices.sync("tokyo")
        #expect(!again.stdout.contains("was replaced"), "said once: \(again)")
        // An ordinary change from the other office is no such news.
        #expect(try await offices.roadmap(in: "bangkok", "set", "SC3", "--owner", "BOI / JETRO").exitCode == 0)
        #expect(try await offices.sync("bangkok").exitCode == 0)
        #expect(!(try await offices.sync("tokyo")).stdout.contains("was replaced"))
    }

    @Test("--remote and --branch sync a branch that has no upstream")
    func remoteAndBranchOptions() async throws {
        let offices = try await SyncTestOffices()
        let setup = try await offices.run("cd tokyo && git switch -q -c local-work")
        #expect(setup.exitCode == 0)
        #expect(try await offices.roadmap(in: "tokyo", "set", "SME2", "--status", "done").exitCode == 0)
        let refused = try await offices.sync("tokyo")
        #expect(refused.exitCode == 78, "\(refused)")
        #expect(refused.stderr.contains("branch local-work has no upstream"), "\(refused)")
        let sync = try await offices.sync("tokyo", "--remote", "origin", "--branch", "main")
        #expect(sync.exitCode == 0 && sync.stdout.contains("pushed to origin/main"), "\(sync)")
        let remote = try RoadmapStore.decode(Array(try await offices.remoteFile().utf8), path: "remote")
        #expect(try offices.milestone("SME2", in: remote).status == .done)
    }

    @Test("the first sync into an empty repository commits the new file and creates the branch; a second has nothing to do")
    func firstSyncIntoAnEmptyRepository() async throws {
        let sandbox = try RoadmapSandbox()
        try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let setup = try await sandbox.bash("""
            set -e
            git init -q --bare -b main empty.git && git clone -q empty.git office 2>/dev/null
            cd office && git config user.name Somchai && git config user.email somchai@example.com && cp ../roadmap.json .
            """, environment: SyncTestOffices.gitEnvironment)
        try #require(setup.exitCode == 0, "\(setup)")
        let sync = "cd office && \"$ROADMAP\" sync --file roadmap.json"
        let first = try await sandbox.bash(sync, environment: SyncTestOffices.gitEnvironment)
        #expect(first.exitCode == 0, "\(first)")
        let subject = "roadmap: new roadmap file, \(BuiltInRoadmap.load().milestoneCount) milestones"
        #expect(first.stdout == "committed: \(subject)\nup to date with origin/main\npushed to origin/main\n", "\(first)")
        let second = try await sandbox.bash(sync, environment: SyncTestOffices.gitEnvironment)
        #expect(second.exitCode == 0 && second.stdout == "up to date with origin/main\n", "\(second)")
        let remote = try await sandbox.bash("git --git-dir=empty.git log --format=%s main", environment: SyncTestOffices.gitEnvironment)
        #expect(remote.stdout == subject + "\n")
    }
}
