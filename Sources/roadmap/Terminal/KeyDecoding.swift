import RoadmapUI

/// What the terminal reported: a key, a new size, or a request to leave or
/// suspend (Ctrl-C and Ctrl-Z arrive as keys in raw mode).
enum TerminalInput: Equatable {
    case key(Key)
    /// A click or a wheel notch, when the mouse is on (``MouseReports``).
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Ctrl-C.
    case interrupt
    /// Ctrl-Z.
    case suspend
}

/// The curses codes of the function keys, read from the C module by
/// ``TerminalScreen`` so that this decoding stays pure and testable.
struct FunctionKeyCodes {
    var up: Int32, down: Int32, left: Int32, right: Int32
    var pageUp: Int32, pageDown: Int32, home: Int32, end: Int32
    var enter: Int32, backspace: Int32, delete: Int32, backTab: Int32, resize: Int32
    /// Keys that some terminals send for Home and End (vt220 Find/Select, keypad corners).
    var homeAliases: [Int32] = []
    var endAliases: [Int32] = []
}

/// Turns what `wget_wch` read into a ``TerminalInput``.
enum KeyDecoding {
    /// A function key (`KEY_CODE_YES`): its code. Unknown keys give nil.
    static func decode(functionKey code: Int32, codes: FunctionKeyCodes, size: () -> (width: Int, height: Int)) -> TerminalInput? {
        switch code {
        case codes.resize:
            let (width, height) = size()
            return .resize(width: width, height: height)
        case codes.up: return .key(.up)
        case codes.down: return .key(.down)
        case codes.left: return .key(.left)
        case codes.right: return .key(.right)
        case codes.pageUp: return .key(.pageUp)
        case codes.pageDown: return .key(.pageDown)
        case codes.home: return .key(.home)
        case codes.end: return .key(.end)
        case codes.enter: return .key(.enter)
        case codes.backspace: return .key(.backspace)
        case codes.delete: return .key(.delete)
        case codes.backTab: return .key(.backTab)
        default:
            if codes.homeAliases.contains(code) { return .key(.home) }
            if codes.endAliases.contains(code) { return .key(.end) }
            return nil
        }
    }

    /// A character (`OK`): its code point. Control characters other than
    /// the ones with a meaning give nil, and so do C1 controls.
    static func decode(character code: UInt32) -> TerminalInput? {
        switch code {
        case 3: return .interrupt
        case 26: return .suspend
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 27: return .key(.escape)
        case 1...26:
            let letter = Character(Unicode.Scalar(UInt8(code) + UInt8(ascii: "a") - 1))
            return .key(.control(letter))
        case 0..<32, 0x80..<0xA0:
            return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }
}
