import RoadmapCore
import RoadmapTestSupport
import Testing
@testable import RoadmapUI

/// A seeded random walk over the keyboard: the update loop never traps, the
/// selection is always valid, every state would save to a file that loads
/// back, and undoing every change gives back the original roadmap.
@Suite struct RandomKeyTests {
    static let keys: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab,
                           .backspace, .delete, .control("r"), .control("u"), .control("s"), .control("a"), .control("e")]
        for c in "sSdaeDuro/LC?gGjk123=+-<>pitnxyb q0#" { keys.append(.character(c)) }
        for c in "น้ำ日本語é\u{1B}\u{07}" { keys.append(.character(c)) }
        return keys
    }()

    @Test(arguments: [1, 2, 3, 4, 5])
    func randomKeys(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let original = BuiltInRoadmap.load()
        var state = Fixture.state(roadmap: original)
        var changes = 0
        for step in 0..<20_000 {
            if step % 997 == 0 {
                let sizes = [(80, 24), (40, 10), (160, 48), (60, 12), (100, 30)]
                let (w, h) = sizes.randomElement(using: &random)!
                _ = state.update(.resize(width: w, height: h))
            }
            let key = Self.keys.randomElement(using: &random)!
            let effects = state.update(.key(key))
            if effects.contains(.save) {
                changes += 1
                // What the runner would write loads back as the same roadmap.
                let bytes = RoadmapEncoder.encode(state.roadmap)
                if try RoadmapStore.decode(bytes, path: "memory") != state.roadmap {
                    Issue.record("seed \(seed) step \(step): the saved file does not load back equal")
                }
                _ = state.update(.saved(state.roadmap, sent: state.roadmap))
            }
            // The selection is always valid.
            if !(state.rowCount == 0 || state.selectedRow < state.rowCount) || state.workstream >= state.roadmap.workstreams.count {
                Issue.record("seed \(seed) step \(step): selection \(state.selectedRow) of \(state.rowCount) rows, workstream \(state.workstream)")
                return
            }
            if step % 50 == 0 && state.render().lines.count != state.height {
                Issue.record("seed \(seed) step \(step): frame has the wrong height")
            }
            // What is counted once per change, not per frame, is never stale.
            if state.tallies != WorkstreamTally.all(state.roadmap, today: state.today) {
                Issue.record("seed \(seed) step \(step) after \(key): the tab and overview counts are stale")
                return
            }
            // (Staleness lasts until the next full count, so every tenth step finds it.)
            if step % 10 == 0, AttentionUpdateTests.observed(state.attention, state.roadmap)
                != AttentionUpdateTests.observed(Attention(state.roadmap, today: state.today), state.roadmap) {
                Issue.record("seed \(seed) step \(step) after \(key): the links and attention counts are stale")
                return
            }
        }
        #expect(changes > 100, "the walk made changes (\(changes))")
        // Leave any prompt or dialog, then undo everything.
        _ = state.update(.resize(width: 80, height: 24))
        for _ in 0..<5 { _ = state.update(.key(.escape)) }
        if state.screen != .list { _ = state.update(.key(.escape)) }
        var undone = 0
        while !state.undoStack.isEmpty {
            _ = state.update(.key(.character("u")))
            undone += 1
            if undone > 100_000 { break }
        }
        #expect(state.roadmap == original, "undoing every change gives back the original (seed \(seed))")
    }
}
