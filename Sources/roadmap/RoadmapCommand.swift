import ArgumentParser
import Foundation
import RoadmapCore

/// `roadmap`: the Thai–Japan industrial cooperation roadmap, tracked in one JSON file.
@main
struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Track the Thai–Japan industrial cooperation roadmap (EID) in one JSON file.",
        discussion: """
            With no subcommand, opens the interactive terminal UI (press ? in it for the keys); \
            without a terminal, use `roadmap list`. The file is --file, else $ROADMAP_FILE, \
            else $XDG_DATA_HOME/roadmap/roadmap.json, else ~/.local/share/roadmap/roadmap.json; \
            the default file is created from the built-in EID roadmap on first use.

            Dates: \(DateInput.formsHelp).
            Exit codes: 0 ok, 64 usage, 65 bad data, 66 missing file, 73 cannot create, \
            74 I/O error, 75 file locked by another writer.
            """,
        version: "roadmap \(version)",
        subcommands: [
            ListCommand.self, ShowCommand.self, SetCommand.self, AddCommand.self,
            RemoveCommand.self, CommentCommand.self, BaselineCommand.self, ValidateCommand.self, InitCommand.self, SnapshotCommand.self, TimelineCommand.self,
            ExportCommand.self, ImportCommand.self, MergeCommand.self, SyncCommand.self, MergeCheckCommand.self, LogCommand.self,
            TimeZoneCommand.self,
        ]
    )

    /// This release; `roadmap --version` prints it. Raised with every release.
    static let version = "1.1.0"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: DisplayOptions

    @OptionGroup var calendar: CalendarOptions

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (its own text selection); the settings file can say so too.")
    var noMouse = false

    /// ArgumentParser's `main`, but its messages leave through ``StandardError``:
    /// they quote the arguments as typed ("unknown option '--\u{1B}[2J'"). Help
    /// and version, the program's own text, go to standard output as they are.
    /// Exit codes are ArgumentParser's (64 for a usage error, 0 for --help).
    static func main() {
        ArgumentCheck.run()
        do {
            let arguments = ArgumentCheck.valuesMovedAfterDashes(Array(CommandLine.arguments.dropFirst()))
            if let request = FastCommandLine.request(arguments) {
                try request.run()
            } else {
                var command = try CommandDispatch.parse(arguments)
                try command.run()
            }
            flushStandardOutput()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                flushStandardOutput()
            } else if !message.isEmpty {
                StandardError.write(message + "\n")
            }
            Foundation.exit(code.rawValue)
        }
    }

    func run() throws {
        // The command line wins over the settings file, which wins over $LANG.
        let settings = SettingsFile.load(environment: ProcessInfo.processInfo.environment)
        let language = display.lang.flatMap { InterfaceLanguage(rawValue: $0.lowercased()) } ?? settings.language
            ?? InterfaceLanguage(rawValue: display.language) ?? .en
        let chosen = calendar.calendar.flatMap { CalendarSystem(rawValue: $0.lowercased()) } ?? settings.calendar
        // Thai readers get Buddhist Era dates unless they ask otherwise, as in the snapshot.
        try InteractiveLauncher.run(
            global: global, language: language, calendar: chosen ?? calendar.system(for: language), calendarChosen: chosen != nil,
            mouse: !noMouse && settings.mouse != false, settings: settings)
    }
}

/// Runs `body`, turning a ``RoadmapError`` into a message on stderr and its sysexits code.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as RoadmapError {
        printError(error.description)
        throw ExitCode(error.exitCode)
    }
}

/// Writes a line to standard error, prefixed with the program name.
func printError(_ message: String) {
    StandardError.write("roadmap: \(message)\n")
}

/// Standard error, the one way messages leave the program: each line is made
/// safe (``TerminalSafe``) on the way out, so no path, argument or text from a
/// file that a message quotes can drive the terminal. Escaping twice changes
/// nothing, so text escaped earlier passes through as it is.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(TerminalSafe.escapedLines(text).joined(separator: "\n").utf8))
    }
}
