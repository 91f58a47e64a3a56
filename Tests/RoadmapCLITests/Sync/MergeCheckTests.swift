import Foundation
import RoadmapCore
import Testing

/// `roadmap merge-check BASE HEAD`, as a CI job runs it on a pull request:
/// a `main` and a `proposal` branch in one clone, checked without merging.
@Suite("roadmap merge-check", .enabled(if: ExternalTools.enabled(ExternalTools.git), "git is not installed"))
struct MergeCheckTests {
    /// Bangkok's clone with main changed by `onMain` and a proposal branch (from the common start) changed by `onProposal`.
    func branches(onMain: [String], onProposal: [String]) async throws -> SyncTestOffices {
        let offices = try await SyncTestOffices()
        func set(_ arguments: [String]) -> String {
            "\"$ROADMAP\" set " + arguments.map { "'\($0)'" }.joined(separator: " ") + " --file roadmap.json >/dev/null"
        }
        let setup = try await offices.run("""
            cd bangkok && git switch -q -c proposal
            \(set(onProposal)) && git commit -q -am proposal
            git switch -q main
            \(set(onMain)) && git commit -q -am main
            """, environment: ["ROADMAP_AUTHOR": "Somchai", "ROADMAP_NOW": "2026-11-24T03:00:00Z"])
        try #require(setup.exitCode == 0, "\(setup)")
        return offices
    }

    func check(_ offices: SyncTestOffices, _ arguments: String...) async throws -> ProcessOutput {
        try await offices.run("cd bangkok && \"$ROADMAP\" merge-check --file roadmap.json " + arguments.joined(separator: " ") + " || echo \"exit $?\"")
    }

    @Test("different fields: clean, and it says what the pull request brings; --output writes the merged roadmap")
    func clean() async throws {
        let offices = try await branches(onMain: ["SC2", "--status", "done"], onProposal: ["SC2", "--due", "2027-09-30", "--reason", "EV parts survey"])
        let before = try await offices.run("cd bangkok && git rev-parse HEAD && git status --porcelain --untracked-files=no && md5sum roadmap.json")
        let run = try await check(offices, "main", "proposal", "--output", "../merged.json")
        #expect(run.stdout == """
            roadmap.json: proposal merges cleanly into main, changing 1 milestone: SC2.
              SC2 due: 2027-06-30 → 2027-09-30 (Somchai; EV parts survey)

            """, "\(run)")
        let merged = try Fixtures.load(offices.sandbox.file("merged.json"))
        let sc2 = try offices.milestone("SC2", in: merged)
        #expect(sc2.status == .done && sc2.due?.description == "2027-09-30")
        let after = try await offices.run("cd bangkok && git rev-parse HEAD && git status --porcelain --untracked-files=no && md5sum roadmap.json")
        #expect(after.stdout == before.stdout, "nothing merged, committed or written in the work tree")
    }

    @Test("the same field: exit 1, the pull request's change listed once, the conflict named by branch with both values and what to do")
    func conflict() async throws {
        let offices = try await branches(onMain: ["SC4", "--due", "2028-03-31", "--reason", "ย้ายกำหนดตาม BOI"],
                                         onProposal: ["SC4", "--due", "2028-09-30", "--reason", "BOI ขอเร่งรัด"])
        let run = try await check(offices, "main", "proposal", "--output", "../merged.json")
        #expect(run.stdout == """
            roadmap.json: proposal merges with 1 conflict into main, changing 1 milestone: SC4.
              SC4 due: 2028-06-30 → 2028-09-30 (Somchai; BOI ขอเร่งรัด)
            roadmap.json: 1 conflict: main and proposal changed the same field differently:
              SC4 due: main "2028-03-31", proposal "2028-09-30" (was "2028-06-30")
            Before merging, agree on one value and set it on proposal with `roadmap set` (this check then passes), or merge locally \
            with `roadmap sync`: the side merged into keeps its value and the other is recorded in the milestone's history.
            exit 1

            """, "\(run)")
        // The merged file keeps main's value with both offices' entries as they were (who, why).
        let sc4 = try offices.milestone("SC4", in: try Fixtures.load(offices.sandbox.file("merged.json")))
        #expect(sc4.due?.description == "2028-03-31")
        #expect(sc4.history.filter { $0.field == "due" }.prefix(2).map { "\($0.to ?? "") \($0.by ?? "?") \($0.reason ?? "")" }
                == ["2028-09-30 Somchai BOI ขอเร่งรัด", "2028-03-31 Somchai ย้ายกำหนดตาม BOI"], "\(sc4.history)")

        // Once the pull request sets main's value too, the check passes.
        let agreed = try await offices.run("""
            cd bangkok && git switch -q proposal && "$ROADMAP" set SC4 --due 2028-03-31 --file roadmap.json >/dev/null \
              && git commit -q -am agreed && git switch -q main
            """, environment: ["ROADMAP_AUTHOR": "Somchai"])
        try #require(agreed.exitCode == 0, "\(agreed)")
        let again = try await check(offices, "main", "proposal")
        #expect(again.stdout.hasPrefix("roadmap.json: proposal merges cleanly into main"), "\(again)")
    }

    @Test("refusals: an unknown revision (78), a version that does not load (65), outside a work tree (78)")
    func refusals() async throws {
        let offices = try await branches(onMain: ["SC2", "--status", "done"], onProposal: ["SC3", "--status", "done"])
        let unknown = try await check(offices, "main", "nosuchbranch")
        #expect(unknown.stdout.hasSuffix("exit 78\n") && unknown.stderr.contains("nosuchbranch is not a revision of this repository"), "\(unknown)")
        let broken = try await offices.run("""
            cd bangkok && git switch -q proposal && printf '{"schema": 2, "title": ' > roadmap.json && git commit -q -am broken && git switch -q main
            "$ROADMAP" merge-check --file roadmap.json main proposal || echo "exit $?"
            """)
        #expect(broken.stdout.hasSuffix("exit 65\n") && broken.stderr.contains("proposal:roadmap.json:1:"), "\(broken)")
        let sandbox = try RoadmapSandbox()
        try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let outside = try await sandbox.roadmap("merge-check", "--file", "roadmap.json", "main", "HEAD")
        #expect(outside.exitCode == 78, "\(outside)")
    }
}
