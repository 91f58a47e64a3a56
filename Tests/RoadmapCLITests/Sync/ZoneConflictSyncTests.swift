import Foundation
import RoadmapCore
import Testing

/// Both offices changed the programme's time zone in the same second
/// (try-22b findings 6 and 9): the conflict is worded as the time zone's,
/// not a milestone's, and the commits name who changed the zone and why.
@Suite("sync: a time zone conflict")
struct ZoneConflictSyncTests {
    /// Tokyo's office sets Asia/Tokyo, Bangkok's UTC, both at 02:00:00Z; Tokyo syncs first.
    private func sameSecond() async throws -> (offices: SyncTestOffices, bangkok: ProcessOutput) {
        let offices = try await SyncTestOffices()
        let tokyo = try await offices.run(#"cd tokyo && ROADMAP_NOW=2026-12-15T02:00:00Z "$ROADMAP" time-zone Asia/Tokyo --author "สมชาย ใจดี" --reason "ตามมติ" --file roadmap.json"#)
        let bangkok = try await offices.run(#"cd bangkok && ROADMAP_NOW=2026-12-15T02:00:00Z "$ROADMAP" time-zone UTC --author "山田 太郎" --reason "UTC" --file roadmap.json"#)
        #expect(tokyo.exitCode == 0 && bangkok.exitCode == 0, "\(tokyo) \(bangkok)")
        #expect(try await offices.sync("tokyo").exitCode == 0)
        return (offices, try await offices.sync("bangkok"))
    }

    @Test("the report says theirs is in the time zone's history and how to take it, with no `set ID` line")
    func report() async throws {
        let (offices, bangkok) = try await sameSecond()
        #expect(bangkok.exitCode == 1, "\(bangkok)")
        #expect(bangkok.stdout == """
            committed: roadmap: time zone Asia/Bangkok → UTC (山田 太郎)
            merged 1 commit from origin/main
            pushed to origin/main
            roadmap.json: 1 conflict (both offices changed the same field); kept ours:
              the programme's time zone: ours "UTC" (kept), theirs "Asia/Tokyo", base "Asia/Bangkok"; theirs is in the time zone's history; take it with `roadmap time-zone Asia/Tokyo`, then sync again

            """, "\(bangkok)")
        // What the report says is so: the file holds both changes, and the resolution from theirs to ours.
        let zones = try offices.file("bangkok").zoneChanges.map { "\($0.from ?? "none")→\($0.to ?? "none")" }
        #expect(zones.contains("Asia/Bangkok→Asia/Tokyo") && zones.contains("Asia/Bangkok→UTC") && zones.last == "Asia/Tokyo→UTC", "\(zones)")
    }

    @Test("the merge commit names the time zone where a milestone's id and field go")
    func mergeCommit() async throws {
        let (offices, _) = try await sameSecond()
        #expect(try await offices.subjects("bangkok").first == "roadmap: merge origin/main; both changed the time zone: ours kept, theirs in history")
    }

    @Test("a commit's body gives a zone change its author and reason, as a milestone change's")
    func commitBody() async throws {
        let (offices, _) = try await sameSecond()
        let body = try await offices.run("cd tokyo && git log -1 --format=%b")
        #expect(body.stdout == "time zone: Asia/Bangkok → Asia/Tokyo (สมชาย ใจดี; ตามมติ)\n\n", "\(body)")
    }
}
