import Testing
@testable import roadmap
import RoadmapUI

/// What the terminal backend makes of the codes curses reads, and what it
/// decides from the environment (no terminal needed).
@Suite struct KeyDecodingTests {
    static let codes = FunctionKeyCodes(
        up: 259, down: 258, left: 260, right: 261, pageUp: 339, pageDown: 338, home: 262, end: 360,
        enter: 343, backspace: 263, delete: 330, backTab: 353, resize: 410,
        homeAliases: [362, 348], endAliases: [385, 351])

    @Test func functionKeys() {
        let expected: [(Int32, TerminalInput)] = [
            (259, .key(.up)), (258, .key(.down)), (260, .key(.left)), (261, .key(.right)),
            (339, .key(.pageUp)), (338, .key(.pageDown)), (262, .key(.home)), (360, .key(.end)),
            (362, .key(.home)), (385, .key(.end)), (343, .key(.enter)), (263, .key(.backspace)),
            (330, .key(.delete)), (353, .key(.backTab)), (410, .resize(width: 100, height: 30)),
        ]
        for (code, input) in expected {
            #expect(KeyDecoding.decode(functionKey: code, codes: Self.codes, size: { (100, 30) }) == input, "code \(code)")
        }
        #expect(KeyDecoding.decode(functionKey: 265, codes: Self.codes, size: { (80, 24) }) == nil, "F1 means nothing")
    }

    @Test func characters() {
        let expected: [(UInt32, TerminalInput?)] = [
            (3, .interrupt), (26, .suspend), (9, .key(.tab)), (10, .key(.enter)), (13, .key(.enter)),
            (8, .key(.backspace)), (127, .key(.backspace)), (27, .key(.escape)),
            (18, .key(.control("r"))), (19, .key(.control("s"))), (21, .key(.control("u"))), (1, .key(.control("a"))),
            (0, nil), (28, nil), (0x85, nil), (0x9B, nil),
            (0x71, .key(.character("q"))), (0x20, .key(.character(" "))),
            (0x0E01, .key(.character("ก"))), (0x0E48, .key(.character("\u{0E48}"))), (0x65E5, .key(.character("日"))),
            (0xD800, nil),
        ]
        for (code, input) in expected {
            #expect(KeyDecoding.decode(character: code) == input, "code \(code)")
        }
    }

    @Test func capabilitiesFromTheEnvironment() {
        func capabilities(_ environment: [String: String], utf8: Bool = true) -> TerminalCapabilities {
            TerminalCapabilities(environment: environment, localeIsUTF8: utf8)
        }
        #expect(capabilities(["TERM": "xterm-256color"]) == TerminalCapabilities(glyphs: .unicode, colors: true))
        #expect(capabilities(["TERM": "tmux-256color", "NO_COLOR": "1"]) == TerminalCapabilities(glyphs: .unicode, colors: false))
        #expect(capabilities(["TERM": "screen", "NO_COLOR": ""]).colors, "an empty NO_COLOR does not count")
        for term in ["linux", "vt100", "vt220", "dumb", "linux-16color", "ansi"] {
            #expect(capabilities(["TERM": term]).glyphs == .ascii, "\(term)")
        }
        #expect(capabilities([:]).glyphs == .ascii, "no TERM")
        #expect(capabilities(["TERM": "xterm-256color"], utf8: false).glyphs == .ascii, "a non-UTF-8 locale")
    }

    @Test func sgrMouseReports() {
        #expect(MouseReports.decode("0;10;5M")! == (.click(clicks: 1), 9, 4))
        #expect(MouseReports.decode("64;1;1M")! == (.wheelUp, 0, 0))
        #expect(MouseReports.decode("65;80;24M")! == (.wheelDown, 79, 23))
        #expect(MouseReports.decode("16;3;3M")! == (.click(clicks: 1), 2, 2), "Ctrl held changes nothing")
        for ignored in ["0;10;5m", "1;10;5M", "2;10;5M", "32;10;5M", "0;0;5M", "0;10M", "x;1;1M", "0;1;1", "", "0;1;1;1M"] {
            #expect(MouseReports.decode(ignored) == nil, "\(ignored)")
        }
    }

    @Test func doubleClicks() {
        var counter = ClickCounter()
        #expect(counter.press(x: 1, y: 1, at: 1_000_000_000) == 1)
        #expect(counter.press(x: 1, y: 1, at: 1_300_000_000) == 2)
        #expect(counter.press(x: 1, y: 1, at: 1_400_000_000) == 1, "a third click starts over")
        #expect(counter.press(x: 2, y: 1, at: 1_500_000_000) == 1, "another cell")
        #expect(counter.press(x: 2, y: 1, at: 2_000_000_000) == 1, "too slow")
    }
}
