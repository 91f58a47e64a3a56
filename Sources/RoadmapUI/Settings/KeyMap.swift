import RoadmapCore

/// What a remappable key does, by the name the settings file uses
/// (`"keys": {"status-next": "x"}`). Each has one default key; arrows,
/// Enter, Esc, Tab and the pickers' letters are fixed.
public enum KeyAction: String, CaseIterable, Sendable {
    case statusNext = "status-next", statusPrevious = "status-previous", statusPick = "status-pick"
    case due, dueLaterDay = "due-later-day", dueEarlierDay = "due-earlier-day"
    case dueLaterWeek = "due-later-week", dueEarlierWeek = "due-earlier-week"
    case edit, update, add, delete, mark, undo, redo
    case review, overview, timeline, fiscal, filter, leadFilter = "lead-filter"
    case nextMatch = "next-match", previousMatch = "previous-match", jump, sort, overdue
    case snapshot, log, sync, language, calendar, help, quit

    /// The key that does it unless the settings say otherwise.
    public var defaultKey: Key {
        switch self {
        case .statusNext: .character("s")
        case .statusPrevious: .character("S")
        case .statusPick: .character("=")
        case .due: .character("d")
        case .dueLaterDay: .character("+")
        case .dueEarlierDay: .character("-")
        case .dueLaterWeek: .character(">")
        case .dueEarlierWeek: .character("<")
        case .edit: .character("e")
        case .update: .character("c")
        case .add: .character("a")
        case .delete: .character("D")
        case .mark: .character(" ")
        case .undo: .character("u")
        case .redo: .control("r")
        case .review: .character("r")
        case .overview: .character("o")
        case .timeline: .character("t")
        case .fiscal: .character("f")
        case .filter: .character("/")
        case .leadFilter: .character("w")
        case .nextMatch: .character("n")
        case .previousMatch: .character("N")
        case .jump: .character(":")
        case .sort: .character("O")
        case .overdue: .character("!")
        case .snapshot: .character("p")
        case .log: .character("H")
        case .sync: .character("Y")
        case .language: .character("L")
        case .calendar: .character("C")
        case .help: .character("?")
        case .quit: .character("q")
        }
    }
}

/// The live key map: the defaults with the settings file's changes. A key
/// given to an action does what that action's default key does, on every
/// screen; a default key given away does nothing (unless given to another
/// action). The help screen is drawn from it.
public struct KeyMap: Equatable, Sendable {
    /// The actions whose key the settings changed.
    public private(set) var changed: [KeyAction: Key] = [:]

    public init() {}

    /// The key that does `action` now.
    public func key(for action: KeyAction) -> Key { changed[action] ?? action.defaultKey }

    /// Gives `action` the key `key`. Nil when done; else why not (the key
    /// already does another action).
    public mutating func bind(_ action: KeyAction, to key: Key) -> String? {
        if let other = KeyAction.allCases.first(where: { $0 != action && self.key(for: $0) == key }) {
            return "\(Self.name(of: key)) already does \(other.rawValue)"
        }
        changed[action] = key == action.defaultKey ? nil : key
        return nil
    }

    /// The key the handlers know for a key pressed: the default key of the
    /// action it was given to; nil for a default key given away; else itself.
    func translate(_ key: Key) -> Key? {
        guard !changed.isEmpty else { return key }
        if let action = changed.first(where: { $0.value == key })?.key { return action.defaultKey }
        if changed.keys.contains(where: { $0.defaultKey == key }) { return nil }
        return key
    }

    /// A hint line (`?:help s/S:status q:quit`) with each remapped default key
    /// replaced by the key that now does its work (`x/S:status`), as the
    /// handlers read keys (``translate(_:)``); the line as it is when nothing
    /// was remapped. A key is the part of a word before its first `:` (a
    /// word starting `::` names the key `:`), `/` between keys.
    func relabel(_ hint: String) -> String {
        guard !changed.isEmpty else { return hint }
        return hint.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            guard let colon = word.dropFirst().firstIndex(of: ":") else { return String(word) }
            let keys = word[..<colon].split(separator: "/", omittingEmptySubsequences: false).map { text -> String in
                guard text.count == 1, let action = KeyAction.allCases.first(where: { $0.defaultKey == .character(text.first!) }),
                      let key = changed[action] else { return String(text) }
                return Self.label(of: key)
            }
            return keys.joined(separator: "/") + word[colon...]
        }.joined(separator: " ")
    }

    /// A key as the settings file and the help screen write it: `x`, `C-r`, `space`.
    public static func name(of key: Key) -> String {
        switch key {
        case .character(" "): "space"
        case .character(let c): String(c)
        case .control(let c): "C-\(c)"
        default: "?"
        }
    }

    /// A key as the help screen shows it: `x`, `Ctrl-R`, `space`.
    public static func label(of key: Key) -> String {
        if case .control(let c) = key { return "Ctrl-\(c.uppercased())" }
        return name(of: key)
    }

    /// A key as the settings file writes it: one character, `space`, or `C-`
    /// and a letter (not C-c, C-l, C-s or C-z: quit, repaint, save, suspend).
    public static func key(named name: String) -> Key? {
        if name == "space" { return .character(" ") }
        if name.count == 3, name.hasPrefix("C-"), let letter = name.last, letter.isASCII, letter.isLetter {
            let lower = Character(letter.lowercased())
            return "clsz".contains(lower) ? nil : .control(lower)
        }
        guard name.count == 1, let c = name.first, !c.isWhitespace, c.unicodeScalars.allSatisfy({ $0.value >= 0x21 && $0.value != 0x7F }) else { return nil }
        return .character(c)
    }
}
