import ArgumentParser
import Foundation
import RoadmapCore

/// Options every command takes: which file, which day is today, and who writes.
struct GlobalOptions: ParsableArguments, GlobalOptionFields {
    @Option(name: .long, help: ArgumentHelp("The roadmap file.", valueName: "path"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("Pin today's date (YYYY-MM-DD, Gregorian); also $ROADMAP_TODAY.", valueName: "date"))
    var today: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Who a change is recorded as; else $ROADMAP_AUTHOR, else git's user.name when the file is in a git work tree, else the login name.",
        valueName: "name"))
    var author: String?

    /// The values given, as a command's ``CommandRequest`` holds them.
    var plain: PlainGlobalOptions { PlainGlobalOptions(file: file, today: today, author: author) }
}

/// The values of ``GlobalOptions``, as ArgumentParser read them or as a
/// ``CommandRequest`` holds them (``PlainGlobalOptions``).
protocol GlobalOptionFields {
    var file: String? { get }
    var today: String? { get }
    var author: String? { get }
}

/// ``GlobalOptions``' values, plain.
struct PlainGlobalOptions: GlobalOptionFields, Equatable {
    var file: String?
    var today: String?
    var author: String?
}

extension GlobalOptionFields {
    /// Who this command's changes to `store`'s file are recorded as.
    func author(for store: RoadmapStore) -> String? {
        Author.resolve(option: author, roadmapPath: store.path)
    }

    /// The resolved file and today's date. A default file made just now is
    /// said on stderr unless `announceCreation` is false (the UI says it itself).
    func context(createDefault: Bool = true, announceCreation: Bool = true) throws -> CommandContext {
        let environment = ProcessEnvironment.variables
        let day = try resolveToday()
        let pinned = todayPinned(environment)
        // A file named by --file or $ROADMAP_FILE must exist (66 otherwise): a
        // typo or an unmounted share must not get a new roadmap of its own.
        if let named = file ?? environment["ROADMAP_FILE"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return CommandContext(store: Self.store(named), today: day, todayPinned: pinned)
        }
        let store = Self.store(Self.defaultPath(environment))
        var created = false
        if createDefault && !store.exists {
            created = try createDefaultFile(store)
            if created && announceCreation { printError("created \(store.path) from the built-in EID roadmap.") }
        }
        return CommandContext(store: store, today: day, todayPinned: pinned, created: created)
    }

    /// The store of a path, which says so on stderr when a write upgrades an older file.
    private static func store(_ path: String) -> RoadmapStore {
        var store = RoadmapStore(path: path)
        store.onUpgrade = { path, from, to in
            printError("\(path): upgraded from schema \(from) to \(to) (nothing in it is lost; roadmap before this version cannot read it now).")
        }
        return store
    }

    /// Whether --today or $ROADMAP_TODAY names the day.
    func todayPinned(_ environment: some EnvironmentVariables = ProcessEnvironment.variables) -> Bool {
        today != nil || environment["ROADMAP_TODAY"].map { !$0.isEmpty } == true
    }

    /// Today: --today, else $ROADMAP_TODAY, else the local date.
    func resolveToday(_ environment: some EnvironmentVariables = ProcessEnvironment.variables) throws -> CalendarDay {
        let source = today != nil ? "--today" : "$ROADMAP_TODAY"
        guard let text = today ?? environment["ROADMAP_TODAY"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            return CalendarDay.localToday()
        }
        guard let day = CalendarDay(iso: text), DateInput.supported.contains(day) else {
            throw ValidationError(TypedDate.refusal(source, text, forms: "YYYY-MM-DD"))
        }
        // A Buddhist-Era year typed as shown (2569 for 2026) would date every change 543 years late.
        let clock = CalendarDay.localToday()
        if DateInput.isFar(day, today: clock), let gregorian = DateInput.parse(text, today: clock, calendar: .buddhist),
           !DateInput.isFar(gregorian, today: clock) {
            throw ValidationError(
                "\(source) \"\(TerminalSafe.escape(text))\" is \(abs(clock.days(until: day)) / 365) years from this machine's date; "
                    + "it takes Gregorian dates: if \(text.prefix(4)) is a Buddhist-Era year, give \(gregorian).")
        }
        return day
    }

    /// `$ROADMAP_FILE`, else `$XDG_DATA_HOME/roadmap/roadmap.json`, else
    /// `~/.local/share/roadmap/roadmap.json` (the only one made when missing).
    static func defaultPath(_ environment: some EnvironmentVariables) -> String {
        if let path = environment["ROADMAP_FILE"], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return "\(data)/roadmap/roadmap.json" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return "\(home)/.local/share/roadmap/roadmap.json"
    }

    /// Makes the default file from the built-in roadmap; false when another process made it first.
    private func createDefaultFile(_ store: RoadmapStore) throws -> Bool {
        let folder = (store.path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw RoadmapError.cannotCreate(path: folder, errno: EACCES)
            }
        }
        do {
            try store.create(BuiltInRoadmap.load(), overwrite: false)
            return true
        } catch RoadmapError.alreadyExists {
            // Another process created it first: use theirs.
            return false
        }
    }
}

/// How titles and tables are shown.
struct DisplayOptions: ParsableArguments, DisplayOptionFields {
    @Option(name: .long, help: ArgumentHelp(
        "Language of titles and interface text: en, th or ja (default from $LANG); snapshot also takes two, such as th,en (titles in both, the interface in the first).",
        valueName: "lang"))
    var lang: String?

    /// The value given, as a command's ``CommandRequest`` holds it.
    var plain: PlainDisplayOptions { PlainDisplayOptions(lang: lang) }

    func validate() throws { try check() }
}

/// The value of ``DisplayOptions``, as ArgumentParser read it or as a
/// ``CommandRequest`` holds it (``PlainDisplayOptions``).
protocol DisplayOptionFields {
    var lang: String? { get }
}

/// ``DisplayOptions``' value, plain.
struct PlainDisplayOptions: DisplayOptionFields, Equatable {
    var lang: String?
}

extension DisplayOptionFields {
    /// The interface language: the first one given.
    var language: String {
        languages.first?.rawValue ?? InterfaceLanguage.fromEnvironment(ProcessEnvironment.variables).rawValue
    }

    /// The language of a table's values (statuses, lead sides, slip,
    /// dates): the interface language when `--lang` names it or the output
    /// is a terminal; else English, the file's own words and ISO dates, so a
    /// script reading a pipe under a Thai or Japanese `$LANG` reads what it
    /// always has.
    var valueLanguage: InterfaceLanguage {
        lang != nil || isatty(STDOUT_FILENO) == 1 ? InterfaceLanguage(rawValue: language) ?? .en : .en
    }

    /// The languages given, in order (one or two); empty when none is.
    var languages: [InterfaceLanguage] {
        (lang?.lowercased().split(separator: ",", omittingEmptySubsequences: false) ?? []).compactMap { InterfaceLanguage(rawValue: String($0)) }
    }

    /// The second language titles are also given in (`--lang th,en`), if any.
    var secondLanguage: InterfaceLanguage? { languages.dropFirst().first }

    /// `--lang` names one language, or two different ones.
    func check() throws {
        guard let lang else { return }
        let parts = lang.lowercased().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        for part in parts where InterfaceLanguage(rawValue: part) == nil {
            throw ValidationError("--lang \"\(TerminalSafe.escape(lang))\": \"\(TerminalSafe.escape(part))\" is not a language; use en, th or ja, or two for snapshot such as th,en.")
        }
        if parts.count > 2 || (parts.count == 2 && parts[0] == parts[1]) {
            throw ValidationError("--lang \"\(TerminalSafe.escape(lang))\": give one language, or two different ones for snapshot (th,en, ja,en, th,ja).")
        }
    }

    /// Refuses two languages, for the commands that show one.
    func requireOne() throws {
        if languages.count > 1 { throw ValidationError("--lang takes one language here (en, th or ja); two, such as th,en, are for snapshot.") }
    }
}

/// `--calendar`. The root command declares it too and claims it wherever it
/// appears, so every command reads it through this same option group.
struct CalendarOptions: ParsableArguments, CalendarOptionFields {
    @Option(help: ArgumentHelp(
        "Show dates in the gregorian or buddhist calendar (B.E.; default buddhist in Thai); with buddhist given, a typed year from 2400 is B.E.",
        valueName: "calendar"))
    var calendar: String?

    /// The value given, as a command's ``CommandRequest`` holds it.
    var plain: PlainCalendarOptions { PlainCalendarOptions(calendar: calendar) }

    func validate() throws { try check() }
}

/// The value of ``CalendarOptions``, as ArgumentParser read it or as a
/// ``CommandRequest`` holds it (``PlainCalendarOptions``).
protocol CalendarOptionFields {
    var calendar: String? { get }
}

/// ``CalendarOptions``' value, plain.
struct PlainCalendarOptions: CalendarOptionFields, Equatable {
    var calendar: String?
}

extension CalendarOptionFields {
    /// How a typed year is read: B.E. from 2400 only when `--calendar
    /// buddhist` is given, so a script's dates never change meaning with `$LANG`.
    var inputCalendar: CalendarSystem {
        calendar.flatMap { CalendarSystem(rawValue: $0.lowercased()) } ?? .gregorian
    }

    /// Whether `--calendar gregorian` was given: a typed date more than 50
    /// years from today is then kept as typed, not refused (``TypedDate``).
    var keepsFarDates: Bool { calendar?.lowercased() == CalendarSystem.gregorian.rawValue }

    /// The calendar asked for, else Buddhist Era for Thai and Gregorian otherwise.
    func system(for language: InterfaceLanguage) -> CalendarSystem {
        calendar.flatMap { CalendarSystem(rawValue: $0.lowercased()) } ?? (language == .th ? .buddhist : .gregorian)
    }

    /// `--calendar` names a calendar.
    func check() throws {
        if let calendar, CalendarSystem(rawValue: calendar.lowercased()) == nil {
            throw ValidationError("--calendar must be gregorian or buddhist.")
        }
    }
}

/// What a command works on.
struct CommandContext {
    var store: RoadmapStore
    /// The pinned day, else today in the machine's zone; a command that
    /// reads the roadmap counts today on its clock with ``today(for:)``.
    var today: CalendarDay
    /// Whether --today or $ROADMAP_TODAY named the day.
    var todayPinned = false
    /// Whether the default file was made from the built-in roadmap just now.
    var created = false

    /// Today counted in `zone` (the programme's clock), unless pinned.
    func today(in zone: TimeZone) -> CalendarDay {
        todayPinned ? today : Timestamp.now().day(in: zone)
    }

    /// Today on the programme's clock, unless pinned: counted in the zone
    /// `roadmap` names, else in the machine's.
    func today(for roadmap: Roadmap) -> CalendarDay {
        today(in: roadmap.clock())
    }
}

/// `--fiscal th|jp`: whose fiscal quarters and years a time axis names.
struct FiscalOptions: ParsableArguments, FiscalOptionFields {
    @Option(help: ArgumentHelp(
        "Name quarters and years by a fiscal year: th (October–September, named by the B.E. year it ends) or jp (年度, April–March, named by the year it starts).",
        valueName: "th|jp"))
    var fiscal: String?

    /// The value given, as a command's ``CommandRequest`` holds it.
    var plain: PlainFiscalOptions { PlainFiscalOptions(fiscal: fiscal) }

    func validate() throws { try check() }
}

/// The value of ``FiscalOptions``, as ArgumentParser read it or as a
/// ``CommandRequest`` holds it (``PlainFiscalOptions``).
protocol FiscalOptionFields {
    var fiscal: String? { get }
}

/// ``FiscalOptions``' value, plain.
struct PlainFiscalOptions: FiscalOptionFields, Equatable {
    var fiscal: String?
}

extension FiscalOptionFields {
    /// The fiscal year asked for, if any.
    var kind: FiscalYear.Kind? { fiscal.flatMap { FiscalYear.Kind(rawValue: $0.lowercased()) } }

    /// `--fiscal` names a fiscal year.
    func check() throws {
        if let fiscal, FiscalYear.Kind(rawValue: fiscal.lowercased()) == nil {
            throw ValidationError("--fiscal \"\(TerminalSafe.escape(fiscal))\" is not a fiscal year; use th (Thai, October–September) or jp (Japanese 年度, April–March).")
        }
    }
}
