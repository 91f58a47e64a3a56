import RoadmapCore
import Testing
@testable import RoadmapUI

/// `f` on the timeline: the quarter zoom follows the calendar year, the Thai
/// fiscal year (October–September, named by its B.E. year) or the Japanese
/// 年度 (April–March), as `roadmap timeline --fiscal th|jp` does; the help
/// names the key from the live key map.
@Suite struct TimelineFiscalTests {
    static func timeline(language: InterfaceLanguage = .en, keyMap: KeyMap = KeyMap()) -> AppState {
        var state = Fixture.state(language: language)
        state.keyMap = keyMap
        state.press(.character("t"))
        return state
    }

    /// The axis labels the CLI prints for the same quarter zoom (`timeline --zoom quarter --fiscal`).
    func axis(_ state: AppState, _ fiscal: FiscalYear.Kind?) -> [String] {
        let chart = state.timelineChart
        let ticks = chart.scale.ticks(columns: chart.columns, language: state.language, calendar: state.calendar, fiscal: fiscal)
        return [TimelineTick.line(ticks.upper, columns: chart.columns), TimelineTick.line(ticks.lower, columns: chart.columns)]
    }

    @Test("f cycles Thai fiscal, Japanese fiscal and calendar quarters, zooming to quarters; the status line says which", arguments: InterfaceLanguage.allCases)
    func cycles(language: InterfaceLanguage) {
        var state = Self.timeline(language: language)
        #expect(state.timeline.scale.zoom == .month && state.timeline.fiscal == nil)
        for (kind, name) in [(FiscalYear.Kind.th, "th"), (.jp, "jp")] as [(FiscalYear.Kind?, String)] {
            state.press(.character("f"))
            #expect(state.timeline.scale.zoom == .quarter && state.timeline.fiscal == kind)
            #expect(state.message?.text == UIText.fiscalQuarters(kind).text(language))
            let lines = state.render().lines
            let axis = axis(state, kind)
            #expect(lines[2].hasSuffix(axis[0].trimmingCharacters(in: .whitespaces)) || lines[2].contains(axis[0].trimmingCharacters(in: .whitespaces)),
                    "the CLI's fiscal axis: \(axis[0]) in \(lines[2])")
            #expect(axis[0] != self.axis(state, nil)[0] || axis[1] != self.axis(state, nil)[1], "fiscal quarters differ from calendar ones")
            GoldenFrame.check(state, "timeline-80x24-fiscal-\(name)-\(language.rawValue)")
        }
        state.press(.character("f"))
        #expect(state.timeline.scale.zoom == .quarter && state.timeline.fiscal == nil)
        #expect(state.message?.text == UIText.calendarQuarters.text(language))
        #expect(state.render().lines[2].contains(axis(state, nil)[0].trimmingCharacters(in: .whitespaces)))
    }

    @Test("Thai fiscal quarters name B.E. years: 1 October 2026 starts FY 2570")
    func thaiYears() {
        var state = Self.timeline()
        state.press(.character("f"))
        let text = state.render().text
        #expect(text.contains("2570"), "\(text)")
    }

    @Test("the key can be remapped in the settings file; help shows the key that does it")
    func remapped() {
        var keys = KeyMap()
        #expect(keys.bind(.fiscal, to: .character("y")) == nil)
        var state = Self.timeline(keyMap: keys)
        state.press(.character("y"))
        #expect(state.timeline.fiscal == .th)
        state.press(.character("?"))
        let help = state.render().lines
        #expect(help.contains { $0.hasPrefix(" y ") && $0.contains("fiscal quarters") }, "\(help.joined(separator: "\n"))")
    }
}

/// The settings file's `fiscal`: the timeline's quarters at start.
@Suite struct FiscalSettingTests {
    @Test func theSettingIsReadAndABadOneNamed() {
        let path = "/home/u/.config/roadmap/config.json"
        #expect(Settings.parse(Array(#"{"fiscal": "JP"}"#.utf8), path: path).fiscal == .jp)
        let bad = Settings.parse(Array(#"{"fiscal": "us", "language": "th"}"#.utf8), path: path)
        #expect(bad.fiscal == nil && bad.language == .th)
        #expect(bad.problems == ["settings file \(path): \"fiscal\" must be th or jp, not \"us\"; ignored"])
        let number = Settings.parse(Array(#"{"fiscal": 4}"#.utf8), path: path)
        #expect(number.problems == ["settings file \(path): \"fiscal\" must be a string, not a number; ignored"])
    }

    @Test func theTimelineStartsWithIt() {
        var state = Fixture.state()
        state.timelineFiscal = .th
        state.press(.character("t"), .character("Z"))
        #expect(state.render().text.contains("FY2570"))
    }
}
