import Foundation
import RoadmapCore
import Testing

/// `roadmap merge` as git's merge driver, in real `git merge`s.
@Suite("roadmap merge as a git merge driver")
struct GitMergeDriverTests {
    let sandbox: RoadmapSandbox

    init() throws {
        sandbox = try RoadmapSandbox()
        try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    /// A repository holding the built-in roadmap with the driver set up as the
    /// README says, then a `theirs` branch and `main` each with their own change.
    func repository(ours: String, theirs: String) async throws -> ProcessOutput {
        try await sandbox.bash("""
            set -e
            export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
            git init -q -b main repo && cd repo
            git config user.name "Test" && git config user.email "test@example.com"
            git config merge.roadmap.name "roadmap per-milestone merge"
            git config merge.roadmap.driver "\\"$ROADMAP\\" merge %O %A %B %P"
            echo 'roadmap.json merge=roadmap' > .gitattributes
            echo '*.lock' > .gitignore
            cp ../roadmap.json . && git add . && git commit -q -m base
            git checkout -q -b theirs
            \(theirs)
            git commit -q -a -m theirs
            git checkout -q main
            \(ours)
            git commit -q -a -m ours
            git merge --no-edit theirs
            """, environment: ["GIT_CONFIG_NOSYSTEM": "1"])
    }

    var merged: URL { sandbox.file("repo/roadmap.json") }

    func milestone(_ id: String, in roadmap: Roadmap) throws -> Milestone {
        roadmap[try #require(roadmap.locate(id))]
    }

    @Test("two branches each change the time zone: the driver keeps both recorded changes, oldest first, and the later change's zone",
          .enabled(if: ExternalTools.enabled(ExternalTools.git), "git is not installed"))
    func bothZoneChangesAreKept() async throws {
        let run = try await repository(
            ours: #"ROADMAP_NOW=2026-12-11T02:00:00Z "$ROADMAP" time-zone UTC --author Somchai --file roadmap.json"#,
            theirs: #"ROADMAP_NOW=2026-12-10T02:00:00Z "$ROADMAP" time-zone Asia/Tokyo --author 山田 --reason "METI hosts" --file roadmap.json"#)
        #expect(run.exitCode == 0 && !run.stdout.contains("conflict"), "\(run)")
        let roadmap = try Fixtures.load(merged)
        #expect(roadmap.timeZone == "UTC")
        #expect(roadmap.zoneChanges.map { "\($0.from ?? "none")→\($0.to ?? "none") \($0.by ?? "")" } == ["Asia/Bangkok→Asia/Tokyo 山田", "Asia/Bangkok→UTC Somchai"])
        #expect(RoadmapEncoder.encode(roadmap) == (try Fixtures.bytes(merged)), "written in the stable form")
    }

    @Test("two branches change different milestones: a clean merge keeps both, in the stable file form",
          .enabled(if: ExternalTools.enabled(ExternalTools.git), "git is not installed"))
    func differentMilestonesMergeCleanly() async throws {
        let run = try await repository(
            ours: #""$ROADMAP" set SC1 --status blocked --file roadmap.json"#,
            theirs: #""$ROADMAP" set CE1 --owner "DIW / JETRO" --file roadmap.json && "$ROADMAP" set SC1 --due 2026-04-30 --file roadmap.json"#)
        #expect(run.exitCode == 0, "\(run)")
        let roadmap = try Fixtures.load(merged)
        #expect(try milestone("SC1", in: roadmap).status == .blocked)
        #expect(try milestone("SC1", in: roadmap).due?.description == "2026-04-30", "different fields of one milestone merge too")
        #expect(try milestone("CE1", in: roadmap).owner == "DIW / JETRO")
        #expect(try milestone("SC1", in: roadmap).history.map(\.field).sorted() == ["due", "status"])
        #expect(RoadmapEncoder.encode(roadmap) == (try Fixtures.bytes(merged)), "written in the stable form")
        let status = try await sandbox.bash("cd repo && git status --porcelain && git log --oneline | wc -l")
        #expect(status.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "4", "merged and committed: \(status)")
    }

    @Test("both branches change the same field: git stops with a conflict, the file loads, both values are there",
          .enabled(if: ExternalTools.enabled(ExternalTools.git), "git is not installed"))
    func sameFieldIsAConflictAndNothingIsLost() async throws {
        let run = try await repository(
            ours: #""$ROADMAP" set SC2 --status blocked --reason "รอผล METI" --author Somchai --file roadmap.json"#,
            theirs: #""$ROADMAP" set SC2 --status done --file roadmap.json && "$ROADMAP" set CE2 --notes "from their branch" --file roadmap.json"#)
        #expect(run.exitCode == 1, "git merge must stop: \(run)")
        let output = run.stdout + run.stderr
        #expect(output.contains("roadmap.json: 1 conflict"), "\(output)")
        #expect(output.contains("SC2 status: base \"in-progress\", ours \"blocked\" (kept), theirs \"done\""), "\(output)")
        #expect(output.contains("CONFLICT"), "git reports the conflict: \(output)")

        let roadmap = try Fixtures.load(merged)
        let sc2 = try milestone("SC2", in: roadmap)
        #expect(sc2.status == .blocked)
        #expect(sc2.history.contains { $0.field == "status" && $0.from == "in-progress" && $0.to == "blocked" && $0.by == "Somchai" && $0.reason == "รอผล METI" },
                "our own change is kept as it was, with who and why: \(sc2.history)")
        #expect(sc2.history.contains { $0.field == "status" && $0.from == "done" && $0.to == "blocked" && $0.by == "Test" },
                "their value is in the file's history, the entry by the repository's git user.name: \(sc2.history.last.map { "\($0)" } ?? "")")
        #expect(try milestone("CE2", in: roadmap).notes == "from their branch", "the clean part of the merge is there")
        let status = try await sandbox.bash("cd repo && git status --porcelain roadmap.json && git show MERGE_HEAD:roadmap.json | grep -c '\"done\"'")
        #expect(status.stdout.hasPrefix("UU roadmap.json"), "git marks the file conflicted: \(status)")

        // Resolving: take their value, add, commit.
        let resolve = try await sandbox.bash(#"cd repo && "$ROADMAP" set SC2 --status done --file roadmap.json && git add roadmap.json && GIT_CONFIG_NOSYSTEM=1 git commit -q --no-edit && git status --porcelain"#)
        #expect(resolve.exitCode == 0 && resolve.stdout.hasSuffix("SC2: status blocked → done\n"), "\(resolve)")
    }

    @Test("two branches whose links close a cycle only together: a clean merge without their link, recorded in history",
          .enabled(if: ExternalTools.enabled(ExternalTools.git), "git is not installed"))
    func linksThatMakeACycleTogetherMergeWithoutIt() async throws {
        let run = try await repository(
            ours: #""$ROADMAP" set SC2 --depends-add SC3 --file roadmap.json"#,
            theirs: #""$ROADMAP" set SC3 --depends-add SC2 --file roadmap.json"#)
        #expect(run.exitCode == 0, "the merged file loads, so git commits it: \(run)")
        let roadmap = try Fixtures.load(merged)
        #expect(try milestone("SC2", in: roadmap).depends == ["SC3"], "our link is kept")
        let sc3 = try milestone("SC3", in: roadmap)
        #expect(sc3.depends == ["SC7"], "their link that closed the cycle is left out")
        #expect(sc3.history.last?.from == "SC7,SC2" && sc3.history.last?.to == "SC7", "\(sc3.history.last.map { "\($0)" } ?? "")")
        #expect(sc3.history.last?.reason?.contains("would be a cycle") == true)
    }

    @Test("two branches change different languages of one title: a clean merge keeps both",
          .enabled(if: ExternalTools.enabled(ExternalTools.git), "git is not installed"))
    func differentLanguagesOfATitleMergeCleanly() async throws {
        let run = try await repository(
            ours: #""$ROADMAP" set SC1 --title "ชื่อใหม่" --lang th --file roadmap.json"#,
            theirs: #""$ROADMAP" set SC1 --title "New title" --lang en --file roadmap.json"#)
        #expect(run.exitCode == 0, "\(run)")
        let sc1 = try milestone("SC1", in: try Fixtures.load(merged))
        #expect(sc1.title.text(in: "th") == "ชื่อใหม่" && sc1.title.text(in: "en") == "New title")
        #expect(sc1.history.map(\.field).sorted() == ["title.en", "title.th"])
    }

    @Test("a version that does not load: exit 65, a clear error, our file untouched")
    func unparseableInputLeavesOursAlone() async throws {
        let base = sandbox.file("roadmap.json")
        let ours = sandbox.file("ours.json")
        try Fixtures.write(try Fixtures.bytes(base), to: ours)
        let theirs = sandbox.file("theirs.json")
        try Fixtures.write(Array("{\"schema\": 1, \"title\": ".utf8), to: theirs)
        let before = try Fixtures.bytes(ours)
        let run = try await sandbox.roadmap("merge", base.path, ours.path, theirs.path, "roadmap.json")
        #expect(run.exitCode == 65, "\(run)")
        #expect(run.stderr.contains("theirs.json:1:"), "\(run.stderr)")
        #expect(run.stderr.contains("not valid JSON"))
        #expect(try Fixtures.bytes(ours) == before)
    }
}
