import ArgumentParser
import Foundation
import Testing
@testable import roadmap

/// The short way past ArgumentParser (``FastCommandLine``) against
/// ArgumentParser itself: the same arguments, the same requests for the lines
/// it takes, and every other line left to ArgumentParser.
@Suite("fast command line")
struct FastCommandLineTests {
    /// One argument of a command as ArgumentParser declares it (`_dumpHelp()`).
    struct Declared: Equatable, CustomStringConvertible {
        enum Kind: String { case option, flag, positional }
        var kind: Kind
        /// The long name of an option or flag; the value's name of a positional argument.
        var name: String
        var description: String { "\(kind) \(name)" }
    }

    /// The arguments ArgumentParser reads for `command`, its own `--help` and
    /// `--version` left out (the fast path never takes them).
    static func declared(_ command: ParsableCommand.Type) throws -> [Declared] {
        let dump = try #require(JSONSerialization.jsonObject(with: Data(command._dumpHelp().utf8)) as? [String: Any])
        let arguments = try #require((dump["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        return try arguments.compactMap { argument in
            let kind = try #require(Declared.Kind(rawValue: argument["kind"] as? String ?? ""))
            // One value each: the fast path reads no repeated options or arrays.
            #expect(argument["isRepeating"] as? Bool == false, "\(command): \(argument)")
            if kind == .positional { return Declared(kind: kind, name: try #require(argument["valueName"] as? String)) }
            let names = (argument["names"] as? [[String: String]] ?? []).filter { $0["kind"] == "long" }.compactMap { $0["name"] }
            let long = try #require(names.first, "\(command): \(argument) has no long name")
            #expect(names.count == 1, "\(command): \(argument)")
            return ["help", "version"].contains(long) ? nil : Declared(kind: kind, name: long)
        }
    }

    /// The ArgumentParser command the fast path's `name` stands for.
    static func commandType(_ name: String) throws -> ParsableCommand.Type {
        try #require(RoadmapCommand.configuration.subcommands.first { $0.configuration.commandName == name })
    }

    /// The request of a command ArgumentParser parsed.
    static func request(of command: ParsableCommand) -> (any CommandRequest)? {
        switch command {
        case let command as ListCommand: command.request
        case let command as ShowCommand: command.request
        case let command as SetCommand: command.request
        case let command as SnapshotCommand: command.request
        default: nil
        }
    }

    static func same(_ a: any CommandRequest, _ b: any CommandRequest) -> Bool {
        func equal<R: CommandRequest>(_ a: R) -> Bool { (b as? R) == a }
        return equal(a)
    }

    @Test("the fast path's table has the long names and kinds ArgumentParser reads, for every command on it")
    func tablesMatchArgumentParser() throws {
        #expect(FastCommandLine.commands.map(\.name) == ["list", "show", "set", "snapshot"])
        for command in FastCommandLine.commands {
            let declared = try Self.declared(Self.commandType(command.name))
            let named = { (kind: Declared.Kind) in Set(declared.filter { $0.kind == kind }.map(\.name)) }
            #expect(Set(command.options) == named(.option) && command.options.count == named(.option).count, "\(command.name)")
            #expect(Set(command.flags) == named(.flag) && command.flags.count == named(.flag).count, "\(command.name)")
            #expect(command.positionals == declared.filter { $0.kind == .positional }.map(\.name), "\(command.name)")
        }
    }

    /// Command lines the fast path takes, which together give every option and
    /// flag of every command on it (checked below).
    static let goodLines: [[String]] = [
        ["list"],
        ["list", "--file", "r.json", "--today", "2027-03-10", "--author", "Somchai Jaidee", "--lang", "th", "--workstream", "sme",
         "--status", "at-risk", "--lead", "th", "--baseline", "q1", "--overdue", "--slipped", "--json"],
        ["list", "--json", "--status", "done"],
        ["list", "--calendar", "buddhist", "--lang", "en"],
        ["show", "SC1"],
        ["show", "--json", "sc1", "--baseline", "q1", "--width", "60", "--lang", "ja", "--calendar", "buddhist", "--file", "x.json",
         "--today", "2027-03-10", "--author", "x"],
        ["set", "SC1", "--status", "done"],
        ["set", "--reason", "signed", "SC1", "--due", "2570-06-30", "--calendar", "buddhist"],
        ["set", "SC1", "--start", "2027-01-01", "--due", "+2w", "--title", "ชื่อใหม่ สองคำ", "--lang", "th", "--owner", "",
         "--notes", "two\nlines", "--lead", "jp", "--depends-add", "SC2", "--depends-remove", "SC3", "--reason", "ผู้ว่าฯ ลงนาม",
         "--file", "f.json", "--today", "2027-03-10", "--author", "田中"],
        ["set", "SC1", "--depends", "SC2,SME1"],
        ["set", "SC1", "--due", "none", "--owner", "=x"],
        ["set", "", "--status", "done"],
        ["snapshot"],
        ["snapshot", "--week", "2027-W10", "--format", "markdown", "--timeline", "--lang", "th,en", "--calendar", "gregorian",
         "--width", "100", "--page-length", "60", "--tz", "Asia/Tokyo", "--output", "out.md", "--file", "r.json",
         "--today", "2027-03-10", "--author", "a"],
        ["snapshot", "--date", "2027-03-10", "--format", "HTML", "--fiscal", "jp", "--summary"],
        ["snapshot", "--ascii", "--format", "text", "--width", "+80"],
    ]

    /// `line` with every option written `--name=value`, but for empty values
    /// (ArgumentParser reads `--name=` as `--name` followed by the next word).
    static func joined(_ line: [String]) throws -> [String] {
        let command = try #require(FastCommandLine.commands.first { $0.name == line.first })
        var result: [String] = [], rest = line[...]
        while let word = rest.popFirst() {
            if word.hasPrefix("--"), command.options.contains(String(word.dropFirst(2))), let value = rest.first, !value.isEmpty {
                rest.removeFirst()
                result.append("\(word)=\(value)")
            } else {
                result.append(word)
            }
        }
        return result
    }

    @Test("the good lines give every option and flag of every command on the fast path")
    func goodLinesCoverEveryArgument() throws {
        for command in FastCommandLine.commands {
            let lines = Self.goodLines.filter { $0.first == command.name }
            let given = Set(lines.flatMap { $0 }.filter { $0.hasPrefix("--") }.map { String($0.dropFirst(2)) })
            #expect(given == Set(command.options + command.flags), "\(command.name)")
        }
    }

    @Test("a good line gives the request ArgumentParser gives, written --name value or --name=value",
          arguments: goodLines)
    func sameRequestAsArgumentParser(line: [String]) throws {
        for form in [line, try Self.joined(line)] {
            let fast = try #require(FastCommandLine.request(form), "\(form) was refused")
            let parsed = try RoadmapCommand.parseAsRoot(form)
            let expected = try #require(Self.request(of: parsed), "\(form): ArgumentParser gave \(type(of: parsed))")
            #expect(Self.same(fast, expected), "\(form): \(fast) against ArgumentParser's \(expected)")
            // The dispatcher ArgumentParser's lines take agrees too.
            let dispatched = try #require(Self.request(of: try CommandDispatch.parse(form)))
            #expect(Self.same(fast, dispatched), "\(form)")
        }
    }

    @Test("lines outside the subset are left to ArgumentParser", arguments: [
        // Help, versions, completions and ArgumentParser's own requests.
        ["list", "--help"], ["list", "-h"], ["list", "help"], ["help", "list"], ["list", "--version"], ["--version"], ["--help"],
        ["list", "--generate-completion-script", "bash"], ["list", "--experimental-dump-help"], ["show", "SC1", "--help"],
        // Unknown, short, root-only and repeated options; a flag given a value; `--`.
        ["list", "--bogus"], ["list", "-s", "done"], ["list", "--no-mouse"],
        ["list", "--json", "--json"], ["list", "--status", "done", "--status", "planned"], ["list", "--json=yes"],
        ["list", "--", "x"], ["set", "SC1", "--title", "a", "--title", "b"], ["set", "SC1", "--", "-x"], ["list", "-"],
        // Missing values, values that begin with '-', missing and extra positional arguments.
        ["list", "--status"], ["list", "--status", "--json"], ["set", "SC1", "--due", "-1w"], ["set", "SC1", "--title", "-dash"],
        ["set", "SC1", "--title=-dash"], ["set", "SC1", "--owner=", "x"], ["show"], ["show", "SC1", "SC2"], ["list", "extra"], ["set", "--status", "done"],
        // Values that do not convert and checks that fail (each command's validate()).
        ["list", "--lang", "xx"], ["list", "--lang", "th,en"], ["show", "SC1", "--calendar", "julian"], ["show", "SC1", "--lang=th,ja"],
        ["set", "SC1"], ["set", "SC1", "--status", "done", "--lang", "th"], ["set", "SC1", "--depends", "A", "--depends-add", "B"],
        ["set", "SC1", "--owner", "x", "--calendar", "maya"], ["snapshot", "--width", "abc"], ["snapshot", "--width", "20"],
        ["snapshot", "--width", "1e3"], ["snapshot", "--page-length", "x"], ["snapshot", "--page-length", "3"],
        ["snapshot", "--format", "pdf"], ["snapshot", "--week", "2027-W10", "--date", "2027-03-10"], ["snapshot", "--week", "W10"],
        ["snapshot", "--fiscal", "th"], ["snapshot", "--fiscal", "xx", "--format", "html"], ["snapshot", "--ascii", "--format", "html"],
        ["snapshot", "--timeline", "--format", "json"], ["snapshot", "--tz", "Mars/Olympus_Mons"], ["snapshot", "--lang", "th,th"],
        // Commands not on the fast path, and lines that do not start with a command.
        ["timeline"], ["baseline", "list"], ["--file", "x.json", "list"], [], ["LIST"],
    ])
    func othersAreRefused(line: [String]) {
        #expect(FastCommandLine.request(line) == nil)
    }

    @Test("a repeated option is refused although ArgumentParser takes the last one: the fast path never guesses")
    func repeatsAreArgumentParsers() throws {
        let parsed = try #require(Self.request(of: try RoadmapCommand.parseAsRoot(["list", "--status", "done", "--status", "planned"])))
        #expect((parsed as? ListCommand.Request)?.status == "planned")
        #expect(FastCommandLine.request(["list", "--status", "done", "--status", "planned"]) == nil)
    }
}
