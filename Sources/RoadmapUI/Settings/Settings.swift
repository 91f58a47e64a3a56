import RoadmapCore

/// The interactive UI's settings file, `$XDG_CONFIG_HOME/roadmap/config.json`
/// (else `~/.config/roadmap/config.json`):
///
/// ```json
/// {"language": "th", "calendar": "buddhist", "mouse": false, "fiscal": "th",
///  "keys": {"status-next": "x", "quit": "C-q"}}
/// ```
///
/// Every entry is optional; the command line wins over it (`--lang`,
/// `--calendar`, `--no-mouse`), and it wins over `$LANG`. A broken file
/// never stops the program: each problem is said (``problems``) and the
/// rest of the file still counts; a file that is not JSON counts for nothing.
public struct Settings: Equatable, Sendable {
    public var language: InterfaceLanguage?
    public var calendar: CalendarSystem?
    public var mouse: Bool?
    /// Whose fiscal year the timeline's quarters follow at start (`f` changes it).
    public var fiscal: FiscalYear.Kind?
    public var keyMap = KeyMap()
    /// What was wrong, one sentence each, naming the file.
    public var problems: [String] = []

    public init() {}

    /// Where the settings file is: `$XDG_CONFIG_HOME/roadmap/config.json`,
    /// else `$HOME/.config/roadmap/config.json`; nil with neither set.
    public static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/roadmap/config.json" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/roadmap/config.json" }
        return nil
    }

    /// How a problem names the file: `settings file /home/…/config.json`.
    public static func label(of path: String) -> String { "settings file \(TerminalSafe.escape(path))" }

    /// Reads a settings file's bytes; `path` only names it in problems.
    public static func parse(_ bytes: [UInt8], path: String) -> Settings {
        var settings = Settings()
        let name = label(of: path)
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            settings.problems.append("\(name): line \(error.line), column \(error.column): \(error.message); the file is ignored")
            return settings
        }
        guard case .object(let members) = value else {
            settings.problems.append("\(name): needs an object ({\"language\": \"th\", …}), not \(value.typeName); the file is ignored")
            return settings
        }
        for member in members {
            let key = "\(name): \"\(TerminalSafe.escape(member.key))\""
            switch (member.key, member.value) {
            case ("language", .string(let text)):
                settings.language = InterfaceLanguage(rawValue: text.lowercased())
                if settings.language == nil { settings.problems.append("\(key) must be en, th or ja, not \"\(TerminalSafe.escape(text))\"; ignored") }
            case ("calendar", .string(let text)):
                settings.calendar = CalendarSystem(rawValue: text.lowercased())
                if settings.calendar == nil { settings.problems.append("\(key) must be gregorian or buddhist, not \"\(TerminalSafe.escape(text))\"; ignored") }
            case ("mouse", .bool(let on)): settings.mouse = on
            case ("fiscal", .string(let text)):
                settings.fiscal = FiscalYear.Kind(rawValue: text.lowercased())
                if settings.fiscal == nil { settings.problems.append("\(key) must be th or jp, not \"\(TerminalSafe.escape(text))\"; ignored") }
            case ("keys", .object(let keys)): settings.bind(keys, name: name)
            case ("language", _), ("calendar", _), ("mouse", _), ("fiscal", _), ("keys", _):
                let wanted = member.key == "mouse" ? "true or false" : member.key == "keys" ? "an object" : "a string"
                settings.problems.append("\(key) must be \(wanted), not \(member.value.typeName); ignored")
            default:
                settings.problems.append("\(key) is not a setting (language, calendar, mouse, fiscal, keys); ignored")
            }
        }
        return settings
    }

    /// `"keys": {"status-next": "x"}`: each action's new key.
    private mutating func bind(_ keys: [JSONMember], name: String) {
        for member in keys {
            let label = "\(name): keys: \"\(TerminalSafe.escape(member.key))\""
            guard let action = KeyAction(rawValue: member.key) else {
                problems.append("\(label) is not an action (\(KeyAction.allCases.map(\.rawValue).joined(separator: ", "))); ignored")
                continue
            }
            guard case .string(let text) = member.value, let key = KeyMap.key(named: text) else {
                problems.append("\(label) needs one character, \"space\" or C- and a letter (not C-c, C-l, C-s, C-z); ignored")
                continue
            }
            if let refusal = keyMap.bind(action, to: key) { problems.append("\(label): \(refusal); ignored") }
        }
    }
}
