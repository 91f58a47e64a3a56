import RoadmapCore
@testable import RoadmapUI
import Testing

/// The settings file: what it sets, where it is, and how a broken one is said.
@Suite("UI: settings file")
struct SettingsTests {
    private func parse(_ text: String) -> Settings { Settings.parse(Array(text.utf8), path: "/home/u/.config/roadmap/config.json") }

    @Test func aGoodFileSetsEverything() {
        let settings = parse(#"{"language": "TH", "calendar": "gregorian", "mouse": false, "keys": {"status-next": "x", "quit": "C-q", "mark": "space"}}"#)
        #expect(settings.problems == [])
        #expect(settings.language == .th && settings.calendar == .gregorian && settings.mouse == false)
        #expect(settings.keyMap.key(for: .statusNext) == .character("x"))
        #expect(settings.keyMap.key(for: .quit) == .control("q"))
        #expect(settings.keyMap.key(for: .mark) == .character(" "))
        #expect(settings.keyMap.key(for: .due) == .character("d"))
        #expect(parse("{}") == Settings())
    }

    @Test func aFileThatIsNotJSONCountsForNothingAndSaysWhere() {
        let settings = parse("{\n  \"language\": \"th\",\n  mouse: false\n}")
        #expect(settings.language == nil && settings.mouse == nil)
        #expect(settings.problems.count == 1)
        #expect(settings.problems[0].hasPrefix("settings file /home/u/.config/roadmap/config.json: line 3, column 3: "), "\(settings.problems)")
        #expect(settings.problems[0].hasSuffix("; the file is ignored"))
        #expect(parse("[1]").problems == ["settings file /home/u/.config/roadmap/config.json: needs an object ({\"language\": \"th\", …}), not an array; the file is ignored"])
        #expect(parse("").problems.count == 1)
    }

    @Test func eachBadEntryIsNamedAndTheRestStillCounts() {
        let settings = parse(#"{"language": "fr", "calendar": 2, "mouse": "no", "colour": "blue", "keys": {"status-nxt": "x", "due": "xy", "undo": "C-l", "quit": "s", "review": "R"}}"#)
        let file = "settings file /home/u/.config/roadmap/config.json"
        #expect(settings.problems == [
            "\(file): \"language\" must be en, th or ja, not \"fr\"; ignored",
            "\(file): \"calendar\" must be a string, not a number; ignored",
            "\(file): \"mouse\" must be true or false, not a string; ignored",
            "\(file): \"colour\" is not a setting (language, calendar, mouse, fiscal, keys); ignored",
            "\(file): keys: \"status-nxt\" is not an action (\(KeyAction.allCases.map(\.rawValue).joined(separator: ", "))); ignored",
            "\(file): keys: \"due\" needs one character, \"space\" or C- and a letter (not C-c, C-l, C-s, C-z); ignored",
            "\(file): keys: \"undo\" needs one character, \"space\" or C- and a letter (not C-c, C-l, C-s, C-z); ignored",
            "\(file): keys: \"quit\": s already does status-next; ignored",
        ])
        #expect(settings.keyMap.key(for: .review) == .character("R"), "the good binding counts")
        #expect(settings.language == nil && settings.calendar == nil && settings.mouse == nil)
    }

    @Test func escapesWhatItQuotes() {
        let settings = parse("{\"\\u001b[2J\": 1}")
        #expect(settings.problems.count == 1 && !settings.problems[0].contains("\u{1B}"))
    }

    @Test func whereTheFileIs() {
        #expect(Settings.path(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/u"]) == "/x/conf/roadmap/config.json")
        #expect(Settings.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/u"]) == "/home/u/.config/roadmap/config.json",
                "a relative XDG_CONFIG_HOME is ignored, as the XDG spec says")
        #expect(Settings.path(environment: ["HOME": "/home/u"]) == "/home/u/.config/roadmap/config.json")
        #expect(Settings.path(environment: [:]) == nil)
    }
}

/// The settings file's problem on the status line: the problem first, the
/// words around it in the UI's language, the file's name last.
@Suite("UI: a settings problem on the status line")
struct SettingsProblemLineTests {
    @Test(arguments: InterfaceLanguage.allCases)
    func problemFirst(language: InterfaceLanguage) {
        var state = Fixture.state(width: 80, height: 24, language: language)
        let path = "/home/สมชาย/a/very/long/path/that/would/push/the/problem/off/the/line/.config/roadmap/config.json"
        let problem = "settings file \(path): \"calendar\" must be gregorian or buddhist, not \"julian\"; ignored"
        state.warnOfSettings(problem, file: path, count: 3)
        let line = state.render().lines[22]
        #expect(line.hasPrefix(UIText.settingsLabel.text(language) + ": \"calendar\" must be gregorian or buddhist"), "\(line)")
        #expect(!line.contains("/home/"))
        #expect(state.message?.text.hasSuffix("— config.json") == true)
        #expect(state.message?.text.contains(UIText.moreOnStderr.text(language, "2")) == true)
    }
}
