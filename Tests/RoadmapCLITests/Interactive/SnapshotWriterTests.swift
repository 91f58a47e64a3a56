import Foundation
import RoadmapCore
import RoadmapUI
import Testing
@testable import roadmap

/// The UI's `p` on disk: where a typed path goes, and that a file that
/// exists is replaced only when the user said yes.
@Suite struct SnapshotWriterTests {
    @Test(arguments: [
        ("w48.txt", "/srv/office/w48.txt"),
        ("../shared/w48.txt", "/srv/shared/w48.txt"),
        ("/tmp/w48.txt", "/tmp/w48.txt"),
    ])
    func aRelativePathIsTakenFromTheRoadmapsFolder(_ typed: String, _ expected: String) {
        #expect(SnapshotWriter.resolve(typed, folder: "/srv/office") == expected)
    }

    @Test func tildeIsTheHomeFolder() {
        #expect(SnapshotWriter.resolve("~/w48.txt", folder: "/srv/office") == NSHomeDirectory() + "/w48.txt")
    }

    @Test func anExistingFileIsLeftUnlessReplacing() throws {
        let sandbox = try RoadmapSandbox()
        let path = sandbox.file("w48.txt").path
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: path))
        let state = AppState(roadmap: BuiltInRoadmap.load(), today: CalendarDay(iso: "2026-11-26")!, language: .th, calendar: .buddhist)
        guard case .snapshotExists(path) = SnapshotWriter.write(state, to: path, replacing: false, folder: "/") else {
            Issue.record("an existing file is reported, not replaced")
            return
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")
        guard case .snapshotWritten(path) = SnapshotWriter.write(state, to: path, replacing: true, folder: "/") else {
            Issue.record("replacing writes it")
            return
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("สัปดาห์ที่ 48 (23–29 พ.ย. 2569)"), "Thai, B.E.: \(text.prefix(200))")
        let missing = sandbox.file("no/such/folder/w48.txt").path
        guard case .snapshotFailed(let failed, _) = SnapshotWriter.write(state, to: missing, replacing: false, folder: "/") else {
            Issue.record("a folder that does not exist is a failure")
            return
        }
        #expect(failed == missing)
    }
}
