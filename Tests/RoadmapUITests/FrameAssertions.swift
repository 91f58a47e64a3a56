import Foundation
import RoadmapCore
import Testing
@testable import RoadmapUI

/// Golden frames: each rendered screen is compared as text with a file in
/// `Frames/`. Run with `ROADMAP_UPDATE_FRAMES=1` to rewrite them after a
/// deliberate change, then read the diff.
enum GoldenFrame {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Frames")

    static func check(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let grid = state.render()
        let actual = grid.text + "\n"
        let url = folder.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["ROADMAP_UPDATE_FRAMES"] == "1" {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden frame \(name).txt (run with ROADMAP_UPDATE_FRAMES=1)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "frame \(name) differs from Frames/\(name).txt", sourceLocation: sourceLocation)
        checkFits(grid, name, sourceLocation: sourceLocation)
    }

    /// No row is wider than the grid, and no raw control character is in it.
    static func checkFits(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(grid.lines.count == grid.height, sourceLocation: sourceLocation)
        for line in grid.lines {
            #expect(DisplayWidth.of(line) <= grid.width, "\(name): a row is wider than \(grid.width): \(line)", sourceLocation: sourceLocation)
            #expect(!line.unicodeScalars.contains(where: TerminalSafe.isUnsafe), "\(name): raw control character", sourceLocation: sourceLocation)
        }
    }
}

extension Grid {
    /// The display column where `text` starts on row `y`, if it is there.
    func column(of text: String, row y: Int) -> Int? {
        let line = lines[y]
        guard let range = line.range(of: text) else { return nil }
        return DisplayWidth.of(line[..<range.lowerBound])
    }

    /// The first row containing `text`.
    func row(containing text: String) -> Int? {
        lines.firstIndex { $0.contains(text) }
    }
}
