import ArgumentParser

/// The everyday command lines, read without ArgumentParser.
///
/// Why this exists: ArgumentParser reflects a command's declaration at every
/// start (`Mirror`, its generic property wrappers instantiated from mangled
/// names, the runtime's first conformance lookups, each a scan of every
/// conformance record linked into the binary): more than half of the work
/// of `roadmap list` on the built-in roadmap (Benchmarks/NOTES.md). Issue 16
/// asks these commands to take at most 0.6 × Taskwarrior's time.
///
/// Only a conservative subset is read here: the command's name, then long
/// options as `--name value` or `--name=value`, flags as `--flag`, and
/// positional values that do not begin with `-`; each option at most once,
/// no value beginning with `-`, no empty `--name=`, every value converting, and the command's
/// own checks (``CommandRequest/validate()``) passing. For anything else
/// (`-h`, `--help`, `help`, `--version`, completion requests, short options,
/// `--`, an unknown, repeated or root-only option, a missing or bad value)
/// ``request(_:)`` is nil and ArgumentParser parses the line as before, so
/// every help text, completion, error message and exit code is its own.
///
/// This is not a second declaration of the commands that could drift: each
/// command here runs from a plain ``CommandRequest`` value that its
/// ArgumentParser form builds too, and `FastCommandLineTests` reads each
/// command's arguments from ArgumentParser (`_dumpHelp()`) and checks that
/// the tables below have the same names and kinds, that both ways give equal
/// requests for every option, and that lines outside the subset are refused.
enum FastCommandLine {
    /// The request `arguments` (the program's name left out) make, when the
    /// line is within the subset and passes the command's checks; else nil.
    static func request(_ arguments: [String]) -> (any CommandRequest)? {
        guard let name = arguments.first, let command = commands.first(where: { $0.name == name }) else { return nil }
        guard let words = Words(arguments.dropFirst(), of: command),
              let request = try? command.make(words), (try? request.validate()) != nil
        else { return nil }
        return request
    }

    /// The commands read here.
    static let commands = [list, show, set, snapshot]

    /// The options of ``GlobalOptions``, which every command takes.
    static let globalOptions = ["file", "today", "author"]

    static let list = Command(
        name: "list", options: globalOptions + ["lang", "calendar", "workstream", "status", "lead", "baseline"],
        flags: ["overdue", "slipped", "json"]
    ) { words in
        try ListCommand.Request(
            global: PlainGlobalOptions(words), display: PlainDisplayOptions(lang: words.value("lang")),
            calendar: PlainCalendarOptions(calendar: words.value("calendar")), workstream: words.value("workstream"), status: words.value("status"), overdue: words.flag("overdue"),
            slipped: words.flag("slipped"), lead: words.value("lead"), baseline: words.value("baseline"),
            json: words.flag("json"))
    }

    static let show = Command(
        name: "show", options: globalOptions + ["baseline", "width", "lang", "calendar"], flags: ["json"], positionals: ["id"]
    ) { words in
        try ShowCommand.Request(
            global: PlainGlobalOptions(words), id: words.positional("id"), json: words.flag("json"),
            baseline: words.value("baseline"), width: words.int("width"), display: PlainDisplayOptions(lang: words.value("lang")),
            calendar: PlainCalendarOptions(calendar: words.value("calendar")))
    }

    static let set = Command(
        name: "set",
        options: globalOptions + [
            "status", "start", "due", "title", "lang", "calendar", "owner", "notes", "lead", "depends", "depends-add",
            "depends-remove", "reason",
        ],
        positionals: ["id"]
    ) { words in
        try SetCommand.Request(
            global: PlainGlobalOptions(words), id: words.positional("id"), status: words.value("status"),
            start: words.value("start"), due: words.value("due"), title: words.value("title"),
            display: PlainDisplayOptions(lang: words.value("lang")),
            calendar: PlainCalendarOptions(calendar: words.value("calendar")), owner: words.value("owner"),
            notes: words.value("notes"), lead: words.value("lead"), depends: words.value("depends"),
            dependsAdd: words.value("depends-add"), dependsRemove: words.value("depends-remove"),
            reason: words.value("reason"))
    }

    static let snapshot = Command(
        name: "snapshot",
        options: globalOptions + ["lang", "week", "date", "format", "output", "width", "tz", "page-length", "calendar", "fiscal"],
        flags: ["summary", "timeline", "ascii"]
    ) { words in
        var request = try SnapshotCommand.Request(
            global: PlainGlobalOptions(words), display: PlainDisplayOptions(lang: words.value("lang")),
            week: words.value("week"), date: words.value("date"), output: words.value("output"),
            tz: words.value("tz"), calendar: PlainCalendarOptions(calendar: words.value("calendar")),
            summary: words.flag("summary"), timeline: words.flag("timeline"),
            fiscal: PlainFiscalOptions(fiscal: words.value("fiscal")), ascii: words.flag("ascii"))
        if let format = try words.value("format") { request.format = format }
        if let width = try words.int("width") { request.width = width }
        if let pageLength = try words.int("page-length") { request.pageLength = pageLength }
        return request
    }

    /// A command read here: the long names of its options and flags, the
    /// names of its positional arguments in order, and how its request is
    /// made from the words of a command line. (Arrays, not sets: a `Set` or
    /// `Dictionary` of a type the program has not used yet costs a scan of
    /// the runtime's conformance records, more than the searches here.)
    struct Command: Sendable {
        let name: String
        var options: [String]
        var flags: [String] = []
        var positionals: [String] = []
        let make: @Sendable (Words) throws -> any CommandRequest
    }

    /// Thrown while making a request from a value that does not convert, or
    /// for a name not in the command's table (a mistake in this file, which
    /// the tests catch): the line goes to ArgumentParser.
    struct Refused: Error {}

    /// A command line split by a command's table.
    struct Words {
        /// The value of each of the command's options, in the order of its table.
        private var values: [String?]
        /// Whether each of the command's flags was given, in the order of its table.
        private var flagsGiven: [Bool]
        private var positionals: [String] = []
        private let command: Command

        /// Nil when the line is outside the subset (see ``FastCommandLine``).
        init?(_ arguments: ArraySlice<String>, of command: Command) {
            self.command = command
            values = Array(repeating: nil, count: command.options.count)
            flagsGiven = Array(repeating: false, count: command.flags.count)
            var rest = arguments[...]
            while let word = rest.popFirst() {
                guard word.hasPrefix("--") else {
                    guard !word.hasPrefix("-"), word != "help" else { return nil }
                    positionals.append(word)
                    continue
                }
                let body = word.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inline = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
                // ArgumentParser reads `--name=` as `--name` and takes the next word as its value.
                guard inline != "" else { return nil }
                if let flag = command.flags.firstIndex(of: name) {
                    guard inline == nil, !flagsGiven[flag] else { return nil }
                    flagsGiven[flag] = true
                } else if let option = command.options.firstIndex(of: name), values[option] == nil,
                          let value = inline ?? rest.popFirst(), !value.hasPrefix("-") {
                    values[option] = value
                } else {
                    return nil
                }
            }
            guard positionals.count == command.positionals.count else { return nil }
        }

        /// The value given to the option `--name`, if any.
        func value(_ name: String) throws(Refused) -> String? {
            guard let option = command.options.firstIndex(of: name) else { throw Refused() }
            return values[option]
        }

        /// The value of `--name` as a number, read as ArgumentParser reads an `Int`.
        func int(_ name: String) throws(Refused) -> Int? {
            guard let text = try value(name) else { return nil }
            guard let number = Int(argument: text) else { throw Refused() }
            return number
        }

        /// Whether the flag `--name` was given.
        func flag(_ name: String) throws(Refused) -> Bool {
            guard let flag = command.flags.firstIndex(of: name) else { throw Refused() }
            return flagsGiven[flag]
        }

        /// The positional argument called `name`.
        func positional(_ name: String) throws(Refused) -> String {
            guard let index = command.positionals.firstIndex(of: name) else { throw Refused() }
            return positionals[index]
        }
    }
}

extension PlainGlobalOptions {
    /// `--file`, `--today` and `--author` from a command line read by ``FastCommandLine``.
    init(_ words: FastCommandLine.Words) throws(FastCommandLine.Refused) {
        self.init(file: try words.value("file"), today: try words.value("today"), author: try words.value("author"))
    }
}
