import RoadmapCore
@testable import RoadmapUI
import Testing

/// The help screen: drawn from the live key map, wrapped and scrolled on a
/// narrow screen, and nothing but scrolling, closing and quitting acts behind it.
@Suite("UI: help")
struct HelpTests {
    /// Every line of the help, scrolling through it page by page.
    private func allHelpText(_ state: inout AppState) -> String {
        var text = state.render().text
        for _ in 0..<10 {
            state.press(.pageDown)
            text += "\n" + state.render().text
        }
        return text
    }

    @Test("below 80 columns every description is there in full, wrapped, and the help scrolls", arguments: InterfaceLanguage.allCases)
    func narrowHelpWrapsAndScrolls(language: InterfaceLanguage) {
        var state = Fixture.state(width: 60, height: 24, language: language)
        state.press(.character("?"))
        GoldenFrame.check(state, "help-60x24-\(language)")
        #expect(state.render().lines[22].contains("↓↑"), "says it scrolls")
        let text = allHelpText(&state)
        let keyWidth = 20  // a third of the screen at most
        for entry in AppState.help {
            let description = switch language {
            case .en: entry.en
            case .th: entry.th
            case .ja: entry.ja
            }
            for piece in DisplayWidth.wrap(description, to: 58 - keyWidth) {
                #expect(text.contains(piece), "\(piece) of \(description)")
            }
        }
        #expect(text.contains("Ctrl-L"))
        state.press(.home)
        #expect(state.render().lines[1].contains("Tab S-Tab"), "Home goes back to the top")
    }

    @Test("keys other than scrolling, closing and quitting do nothing behind the help")
    func nothingActsBehind() {
        var state = Fixture.state()
        state.press(.character("?"))
        for key: Key in [.character("u"), .character("L"), .character("C"), .character("s"), .character("p"), .character("Y"),
                         .character("H"), .control("r"), .character("t"), .character("D"), .character("a")] {
            #expect(state.update(.key(key)) == [], "\(key)")
            #expect(state.screen == .help && state.mode == .normal && state.language == .en, "\(key)")
        }
        #expect(state.roadmap == BuiltInRoadmap.load())
        state.press(.escape)
        #expect(state.screen == .list)
        state.press(.character("?"))
        #expect(state.press(.character("q")) == [.quit])
    }

    @Test("a remapped key does the action and the help names it; the default key given away does nothing")
    func remappedKeys() {
        var state = Fixture.state()
        #expect(state.keyMap.bind(.statusNext, to: .character("x")) == nil)
        #expect(state.keyMap.bind(.quit, to: .character("x")) == "x already does status-next")
        #expect(state.keyMap.bind(.quit, to: .control("q")) == nil)
        state.press(.down, .character("s"))
        #expect(state.selectedMilestone?.status == .inProgress, "s was given away")
        state.press(.character("x"))
        #expect(state.selectedMilestone?.status == .atRisk)
        #expect(state.press(.character("q")) == [])
        #expect(state.press(.control("q")) == [.quit])
        state.press(.character("?"))
        var text = state.render().text
        state.press(.end)
        text += state.render().text
        #expect(text.contains("x / S / ="), "\(text)")
        #expect(text.contains("? / Ctrl-Q"), "\(text)")
        // The hint line names the keys that now do the work, on every screen.
        state.press(.escape)
        let hint = state.render().lines[23]
        #expect(hint.contains("x:status") && hint.contains("Ctrl-Q:qu") && !hint.contains("s:status"), "\(hint)")
        state.press(.enter)
        #expect(state.render().lines[23].contains("x/S:status"), "\(state.render().lines[23])")
        state.press(.escape)
        // Typed text is never remapped.
        state.press(.character("c"))
        state.type("six")
        #expect(state.render().text.contains("six"))
    }
}

/// Hint lines follow the key map; untouched when nothing was remapped.
@Suite("UI: hint lines and the key map")
struct HintRelabelTests {
    @Test func relabel() {
        var map = KeyMap()
        #expect(map.relabel("?:help s/S:status ::jump Esc/t:back") == "?:help s/S:status ::jump Esc/t:back")
        _ = map.bind(.statusPrevious, to: .character("z"))
        _ = map.bind(.jump, to: .character("j"))
        _ = map.bind(.redo, to: .control("y"))
        #expect(map.relabel("?:help s/S:status ::jump Esc/t:back u:undo") == "?:help s/z:status j:jump Esc/t:back u:undo")
        #expect(map.relabel("n/→:next +/-:±1 day") == "n/→:next +/-:±1 day")
        #expect(map.relabel("") == "")
    }
}

/// Where the roadmap is: named at the foot of the help, and on the status
/// line at the first start, when the file was just made.
@Suite("UI: the file's path")
struct FilePathTests {
    static let path = "/home/สมชาย/.local/share/roadmap/roadmap.json"

    @Test("the help's last lines name the file, in the UI's language", arguments: InterfaceLanguage.allCases)
    func helpNamesTheFile(language: InterfaceLanguage) {
        var state = Fixture.state(width: 80, height: 24, language: language)
        state.filePath = Self.path
        state.press(.character("?"))
        state.press(.end)
        let lines = state.render().lines
        let label = UIText.fileLabel.text(language)
        let row = lines.firstIndex { $0.contains(label) && $0.contains("/home/") }
        #expect(row != nil, "\(lines.joined(separator: "\n"))")
        #expect(lines.joined().contains("roadmap.json"))
    }

    @Test("no path given, no file line")
    func noPathNoLine() {
        var state = Fixture.state(width: 80, height: 24)
        state.press(.character("?"))
        state.press(.end)
        #expect(!state.render().text.contains(UIText.fileLabel.text(.en) + " "))
    }

    @Test("a path with a terminal escape is shown made safe")
    func escapedPath() {
        var state = Fixture.state(width: 80, height: 24)
        state.filePath = "/tmp/\u{1B}[2Jevil.json"
        state.press(.character("?"))
        state.press(.end)
        let text = state.render().text
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("evil.json"))
    }

    @Test("the first start says on the status line that the file was made, and where", arguments: InterfaceLanguage.allCases)
    func createdOnTheStatusLine(language: InterfaceLanguage) {
        var state = Fixture.state(width: 120, height: 24, language: language)
        state.announceCreated(Self.path)
        let last = state.render().lines[22] + state.render().lines[23]
        #expect(last.contains(Self.path), "\(state.render().text)")
        #expect(state.message?.kind == .success)
    }
}
