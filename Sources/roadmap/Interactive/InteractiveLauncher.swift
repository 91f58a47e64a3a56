import ArgumentParser
import Foundation
import RoadmapCore
import RoadmapUI

/// Opens the interactive UI: checks for a terminal, opens the file, starts
/// curses, runs the loop and always gives the terminal back.
enum InteractiveLauncher {
    static let needsTerminal = """
        the interactive UI needs a terminal (standard input and output must both be one). \
        Without one, use `roadmap list` to print the milestones or `roadmap snapshot` for the weekly snapshot.
        """

    /// Changes are recorded as `--author`, else as ``Author/resolve(option:roadmapPath:environment:)`` finds.
    /// `calendarChosen`: `--calendar` was given, so `L` keeps it (else B.E. follows Thai).
    /// `settings`: the settings file's keys and problems (its language, calendar and mouse are already in the other arguments).
    static func run(
        global: GlobalOptions, language: InterfaceLanguage, calendar: CalendarSystem, calendarChosen: Bool, mouse: Bool = true,
        settings: Settings = Settings()
    ) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            printError(needsTerminal)
            throw ExitCode(64)
        }
        if let refusal = TerminalCapabilities.refusal(term: ProcessEnvironment.variables["TERM"] ?? "") {
            printError(refusal)
            throw ExitCode(64)
        }
        try reportingErrors {
            let context = try global.context(announceCreation: false)
            try MainActor.assumeIsolated {
                try open(context: context, language: language, calendar: calendar, calendarChosen: calendarChosen, mouse: mouse,
                         settings: settings, author: global.author)
            }
        }
    }

    @MainActor
    private static func open(
        context: CommandContext, language: InterfaceLanguage, calendar: CalendarSystem, calendarChosen: Bool, mouse: Bool,
        settings: Settings, author option: String?
    ) throws {
        var store = context.store
        // The status line says it, in the UI's language: nothing may write to stderr under curses.
        store.onUpgrade = nil
        let session = try RoadmapSession(store: store)
        // Resolved once, before curses starts (it may ask git): every history entry the UI records carries it.
        let author = Author.resolve(option: option, roadmapPath: context.store.path)
        let environment = ProcessEnvironment.current
        let localeProblem = CharacterLocale.adopt(environment)
        if let localeProblem { printError(localeProblem) }
        for problem in settings.problems { printError(problem) }
        let capabilities = TerminalCapabilities(environment: environment, localeIsUTF8: CharacterLocale.isUTF8)
        // Our handlers first, so curses leaves SIGINT, SIGTERM and SIGTSTP to us.
        SignalHandling.install()
        let screen = TerminalScreen()
        do {
            try screen.start(colors: capabilities.colors, mouse: mouse)
        } catch {
            SignalHandling.uninstall()
            printError(error.message)
            throw ExitCode(64)
        }
        let size = screen.size
        var state = AppState(
            roadmap: session.base, today: context.today(for: session.base), language: language, calendar: calendar,
            glyphs: capabilities.glyphs, width: size.width, height: size.height, author: author)
        state.snapshotFolder = Self.folder(of: context.store.path)
        state.filePath = Self.absolute(context.store.path)
        if context.created { state.announceCreated(state.filePath ?? context.store.path) }
        state.calendarChosen = calendarChosen
        state.keyMap = settings.keyMap
        state.timelineFiscal = settings.fiscal
        // On the status line too (stderr is hidden under the full screen): the first problem, and how many more.
        if let localeProblem {
            state.warn(localeProblem, moreOnStderr: settings.problems.count)
        } else if let first = settings.problems.first, let path = Settings.path(environment: environment) {
            state.warnOfSettings(first, file: path, count: settings.problems.count)
        }
        let ending = InteractiveSession(session: session, state: state, screen: screen).run()
        screen.stop()
        if case .signal(let signal) = ending {
            SignalHandling.terminate(by: signal)
        }
        SignalHandling.uninstall()
    }

    /// The absolute folder holding `path`: where `p` offers to write the snapshot.
    static func folder(of path: String) -> String {
        ((absolute(path) as NSString).deletingLastPathComponent as NSString).standardizingPath
    }

    /// `path` from the root, as the help screen names the file.
    static func absolute(_ path: String) -> String {
        ((path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path) as NSString).standardizingPath
    }
}
