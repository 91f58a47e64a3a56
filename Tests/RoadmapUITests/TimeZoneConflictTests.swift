import Foundation
import RoadmapCore
import Testing
@testable import RoadmapUI

/// Both offices named a different programme time zone: the conflict is the
/// whole roadmap's, and the UI says so in its language (no empty id, no raw
/// `timeZone`), in the conflict box, after a choice and after a sync.
@Suite struct TimeZoneConflictTests {
    static let words: [(InterfaceLanguage, String)] = [
        (.en, "Whole roadmap · Time zone"), (.th, "ทั้งแผนงาน · เขตเวลา"), (.ja, "ロードマップ全体 · タイムゾーン"),
    ]

    /// The UI holding ours (Asia/Tokyo) as the save meets theirs (UTC).
    func conflicted(_ language: InterfaceLanguage) -> AppState {
        let base = BuiltInRoadmap.load()
        var ours = base, theirs = base
        ours.timeZone = "Asia/Tokyo"
        theirs.timeZone = "UTC"
        var state = Fixture.state(language: language, roadmap: ours)
        _ = state.update(.conflict(ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs, at: Fixture.now), theirs: theirs))
        return state
    }

    @Test(arguments: words)
    func theConflictBoxNamesTheWholeRoadmapAndTheZone(language: InterfaceLanguage, subject: String) throws {
        var state = conflicted(language)
        let text = state.render().text
        #expect(text.contains(subject), "\(text)")
        #expect(!text.contains("timeZone") && !text.contains(" · timeZone"), "no raw field name")
        #expect(text.contains("Asia/Tokyo") && text.contains("UTC"))
        GoldenFrame.check(state, "conflict-timezone-80x24-\(language.rawValue)")
        state.press(.character("m"))
        let said = try #require(state.message?.text)
        #expect(said.hasPrefix(subject.replacingOccurrences(of: " · ", with: " ") + ":"), "\(said)")
        #expect(state.roadmap.timeZone == "Asia/Tokyo")
    }

    @Test(arguments: words)
    func aSyncConflictNamesItTheSameWay(language: InterfaceLanguage, subject: String) {
        let state = conflicted(language)
        guard case .conflict(let result, _) = state.mode else {
            Issue.record("expected the conflict mode, got \(state.mode)")
            return
        }
        let line = state.syncLine(SyncReport(conflicts: result.conflicts))
        #expect(line.contains(subject.replacingOccurrences(of: " · ", with: " ")), "\(line)")
    }
}
