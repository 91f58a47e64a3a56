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
}
