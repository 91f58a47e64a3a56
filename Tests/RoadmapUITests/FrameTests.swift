import RoadmapCore
import Testing
@testable import RoadmapUI

/// Every screen rendered as text at 80×24 and 160×48, in English, Thai and
/// Japanese, and below the minimum size.
@Suite struct FrameTests {
    @Test(arguments: [(80, 24), (160, 48)])
    func listScreen(width: Int, height: Int) {
        for language in InterfaceLanguage.allCases {
            var state = Fixture.state(width: width, height: height, language: language)
            state.press(.character("3"))
            GoldenFrame.check(state, "list-\(width)x\(height)-\(language)")
        }
    }

    @Test func listInThaiWithBuddhistEra() {
        var state = Fixture.state(language: .th, calendar: .buddhist)
        state.press(.character("2"), .down)
        GoldenFrame.check(state, "list-80x24-th-buddhist")
        #expect(state.render().text.contains("31 มี.ค. 2570"), "SME1 due 2027-03-31 shows in Buddhist Era")
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func detailScreen(width: Int, height: Int) {
        var state = Fixture.state(width: width, height: height, language: .ja)
        state.press(.character("3"), .down, .enter)
        #expect(state.screen == .detail)
        GoldenFrame.check(state, "detail-\(width)x\(height)-ja")
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func overviewScreen(width: Int, height: Int) {
        var state = Fixture.state(width: width, height: height)
        state.press(.character("o"))
        GoldenFrame.check(state, "overview-\(width)x\(height)-en")
        state.press(.character("L"))
        GoldenFrame.check(state, "overview-\(width)x\(height)-th")
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func helpScreen(width: Int, height: Int) {
        var state = Fixture.state(width: width, height: height)
        state.press(.character("?"))
        GoldenFrame.check(state, "help-\(width)x\(height)-en")
        // Every key of the contract is listed (the help scrolls: its first and last page).
        var text = state.render().text
        state.press(.end)
        text += state.render().text
        for key in ["Tab", "S-Tab", "PgUp", "PgDn", "Home", "End", "Enter", "s / S / =", "d", "a / D", "e", "space",
                    "u / Ctrl-R", "r", "o / t", "z Z", "/ / w", "n / N", ": / O", "L / C", "? / q", "c", "!", "Ctrl-L"] {
            #expect(text.contains(key), "help lists \(key)")
        }
    }

    @Test func reviewScreen() {
        var state = Fixture.state()
        state.press(.character("r"))
        #expect(state.screen == .review)
        GoldenFrame.check(state, "review-80x24-en")
    }

    @Test func belowMinimumSize() {
        let state = Fixture.state(width: 40, height: 10)
        GoldenFrame.check(state, "too-small-40x10")
        #expect(state.render().text.contains("needs 60×12, has 40×10"))
        let tiny = Fixture.state(width: 5, height: 2)
        GoldenFrame.checkFits(tiny.render(), "tiny")
        let empty = Fixture.state(width: 0, height: 0)
        #expect(empty.render().lines.isEmpty)
    }

    @Test func columnsLineUpForThaiJapaneseAndEnglish() {
        var roadmap = BuiltInRoadmap.load()
        roadmap.workstreams[0].milestones[0].owner = "กรมโรงงานอุตสาหกรรม"
        roadmap.workstreams[0].milestones[1].owner = "経済産業省"
        roadmap.workstreams[0].milestones[2].title = LocalizedText("น้ำท่วมกำหนดการ ทดสอบ")
        roadmap.workstreams[0].milestones[3].title = LocalizedText("日本語のタイトル")
        for language in InterfaceLanguage.allCases {
            let grid = Fixture.state(language: language, roadmap: roadmap).render()
            // Each milestone row: the date column and the title column start at the same display column.
            var dateColumns = Set<Int>(), titleColumns = Set<Int>()
            for milestone in roadmap.workstreams[0].milestones {
                guard let y = grid.row(containing: " \(milestone.id) ") else {
                    Issue.record("row of \(milestone.id) missing")
                    continue
                }
                let row = (0..<grid.width).map { grid[$0, y] }
                // Find columns by cell position, which is what the terminal shows.
                let due = milestone.due.map { DateFormatting.format($0, language: language.rawValue, calendar: .gregorian) } ?? "–"
                let rowText = grid.lines[y]
                if let c = grid.column(of: due, row: y) { dateColumns.insert(c) }
                let title = DisplayWidth.truncate(milestone.title.text(in: language.rawValue), to: 6)
                if let c = grid.column(of: title, row: y) { titleColumns.insert(c) }
                #expect(row.count == grid.width)
                #expect(DisplayWidth.of(rowText) <= grid.width)
            }
            #expect(dateColumns.count == 1, "dates line up in \(language): \(dateColumns)")
            #expect(titleColumns.count == 1, "titles line up in \(language): \(titleColumns)")
        }
    }

    @Test func escapeSequencesInTitlesNeverReachTheFrame() {
        var roadmap = BuiltInRoadmap.load()
        roadmap.workstreams[0].milestones[0].title = LocalizedText("evil \u{1B}[2J\u{07} title")
        roadmap.workstreams[0].milestones[0].owner = "\u{1B}]0;pwned\u{07}"
        roadmap.workstreams[0].milestones[0].notes = "line\u{9B}31m"
        var state = Fixture.state(roadmap: roadmap)
        GoldenFrame.checkFits(state.render(), "escapes-list")
        #expect(state.render().text.contains("\\e[2J"))
        state.press(.enter)
        GoldenFrame.checkFits(state.render(), "escapes-detail")
        #expect(state.render().text.contains("\\u009B"))
    }

    @Test func wideCharactersAreCutWholeAtTheEdge() {
        var roadmap = BuiltInRoadmap.load()
        roadmap.workstreams[0].milestones[0].title = LocalizedText(String(repeating: "日本語", count: 30))
        let grid = Fixture.state(roadmap: roadmap).render()
        for y in 0..<grid.height {
            // A continuation cell always follows a wide character.
            for x in 0..<grid.width where grid[x, y].isContinuation {
                #expect(x > 0 && DisplayWidth.of(grid[x - 1, y].text) == 2)
            }
        }
    }
}

/// The one-line key hints fit an 80-column terminal in every language.
@Test func keyHintsFitEightyColumns() {
    let hints: [UIText] = [.hintList, .hintDetail, .hintOverview, .hintHelp, .hintReview, .hintTimeline, .hintPrompt, .hintPicker, .hintEditPicker]
    for language in InterfaceLanguage.allCases {
        for hint in hints {
            #expect(DisplayWidth.of(hint.text(language)) <= 80, "\(hint) in \(language) is \(DisplayWidth.of(hint.text(language))) columns")
        }
    }
}
