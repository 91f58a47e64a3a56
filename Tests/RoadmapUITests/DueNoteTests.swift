import RoadmapCore
import Testing
@testable import RoadmapUI

/// The distance to a due date beside a milestone: one day is singular in English.
@Suite("UI: days late and days left")
struct DueNoteTests {
    @Test(arguments: [
        (-3, InterfaceLanguage.en, "3 days late"), (-1, .en, "1 day late"), (0, .en, "due today"), (1, .en, "in 1 day"), (5, .en, "in 5 days"),
        (-1, .th, "เลย 1 วัน"), (1, .th, "อีก 1 วัน"), (-1, .ja, "1 日超過"), (1, .ja, "あと 1 日"),
    ])
    func theNoteReadsRight(days: Int, language: InterfaceLanguage, expected: String) throws {
        let state = Fixture.state(language: language)
        var milestone = try #require(state.roadmap.workstreams.first?.milestones.first)
        milestone.status = .planned
        milestone.due = Fixture.today.adding(days: days)
        #expect(state.dueNote(milestone) == expected)
    }
}
