import RoadmapCore

/// Which screen is showing.
public enum Screen: Equatable, Sendable {
    case list, detail, overview, help, review, timeline
    /// Every change in the roadmap, or in one milestone (`H`).
    case log
    /// Every overdue milestone in every workstream (`!`).
    case overdue
}

/// The glyphs used for statuses and bars: Unicode, or plain ASCII for
/// terminals that lack them (`TERM=linux`, `vt100`, a non-UTF-8 locale).
public enum GlyphSet: Sendable {
    case unicode, ascii
}

/// A modal interaction on top of the current screen.
public enum Mode: Equatable, Sendable {
    case normal
    /// A one-line text prompt (due date, title, owner, notes, filter, new milestone).
    case prompt(Prompt)
    /// Pick a status with one key.
    case statusPicker
    /// Pick which field `e` edits.
    case editPicker
    /// Confirm deleting a milestone.
    case confirmDelete(id: String)
    /// Resolve conflicts with an outside change, one at a time.
    case conflict(MergeResult, theirs: Roadmap)
    /// The file is gone: write it back?
    case confirmRestore
    /// A yes/no question before something that loses or misstates data.
    case confirm(Confirmation)
}

/// What a yes/no question guards: `y` goes ahead, any other key goes back.
public enum Confirmation: Equatable, Sendable {
    /// A typed date more than 50 years from today: keep it, or edit it again.
    case farDate(Prompt, CalendarDay)
    /// An empty date prompt: remove the date, or edit it again.
    case clearDate(Prompt)
    /// The snapshot file exists: replace it, or choose another path.
    case overwriteSnapshot(path: String)
    /// A title in Thai script typed for another language: store it under
    /// `th` (y) or in the language the prompt edits (n).
    case thaiTitle(Prompt)
}

/// What a prompt is for, and its editor.
public struct Prompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case start, due, title, owner, notes, filter, add, lead, depends
        /// A milestone id to jump to (`:`).
        case jump
        /// Where to write this week's snapshot.
        case snapshotPath
        /// Why the change just made was made, stored on its history entries.
        case reason
        /// A status update, appended as a comment.
        case comment
    }
    public var purpose: Purpose
    public var editor: LineEditor
    /// The title's language a title prompt edits (Tab switches it).
    public var language: InterfaceLanguage? = nil
    /// The value a field's prompt was opened with: Enter on it unchanged
    /// changes nothing, so a value another office changed meanwhile is not
    /// set back.
    public var offered: String? = nil
}

/// A line at the bottom that says what just happened.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable { case info, success, error }
    public var text: String
    public var kind: Kind
}

/// Everything the interactive UI shows, as a value: ``update(_:)`` turns a
/// message into a new state and effects, ``render()`` draws it.
public struct AppState: Sendable {
    /// The roadmap as edited in memory (always saved at once by the runner).
    public internal(set) var roadmap: Roadmap
    public internal(set) var today: CalendarDay
    public internal(set) var language: InterfaceLanguage
    public internal(set) var calendar: CalendarSystem
    public let glyphs: GlyphSet
    public internal(set) var width: Int
    public internal(set) var height: Int

    public internal(set) var screen: Screen = .list
    /// The screen to go back to from help or detail.
    var previousScreen: Screen = .list
    public internal(set) var mode: Mode = .normal
    public internal(set) var workstream = 0
    /// The selected row of each workstream (an index into its visible rows).
    var selection: [Int]
    /// The first visible row of each workstream's list.
    var scroll: [Int]
    /// The text filter (`/`); empty shows everything.
    public internal(set) var filter = ""
    /// Only milestones this side leads (`w`); nil shows every lead.
    public internal(set) var leadFilter: Lead?
    /// Rows of the current workstream that pass the filter, in the sort
    /// order (indices into its milestones); nil = all, in file order.
    var filtered: [Int]?
    /// The order of the list's rows (`O`).
    public internal(set) var sortOrder = SortOrder.file
    /// The selected row of the overdue screen.
    var overdueRow = 0
    /// Ids (lower-cased) marked with space for a change to several.
    public internal(set) var marked: Set<String> = []
    public internal(set) var message: StatusMessage?
    var undoStack: [Edit] = []
    var redoStack: [Edit] = []
    public internal(set) var review: Review?
    /// Whether the in-memory roadmap holds changes not yet known to be on disk.
    public internal(set) var unsaved = false
    /// Whether the last save failed (or needs the user): quitting then warns first.
    public internal(set) var saveProblem = false
    /// The detail screen's scroll offset.
    var detailScroll = 0
    /// The screen the detail goes back to: the list or the timeline.
    var detailReturn: Screen = .list
    /// The timeline screen's zoom, first day and first row.
    var timeline: TimelinePosition
    /// Counts per workstream, kept in step with ``roadmap`` by ``recount()``.
    var tallies: [WorkstreamTally]
    /// Dependency links and attention per lead, kept in step by ``recount()``.
    var attention: Attention
    /// Who every history entry the UI records is by (nil: not known).
    public let author: String?
    /// Where history timestamps come from (pinned in tests).
    public var clock: @Sendable () -> Timestamp = { Timestamp.now() }
    /// Set after one `q` while a save failed: a second `q` quits anyway.
    var quitRequested = false
    /// The folder `p` offers for the snapshot: the roadmap file's folder.
    public var snapshotFolder = "."
    /// The roadmap file's path, named at the foot of the help screen (nil: not shown).
    public var filePath: String?
    /// Whether the calendar was chosen (`--calendar` or `C`). Until it is,
    /// it follows the language as at start: B.E. in Thai, Gregorian otherwise.
    public var calendarChosen = false
    /// "2 changes from ‹author›": what another process last changed, until the next key.
    public internal(set) var outsideNotice: String?
    /// Ids (lower-cased) of milestones another process just changed, marked for a few seconds.
    public internal(set) var highlighted: Set<String> = []
    /// The log screen's milestone (nil: the whole roadmap), first row, and the screen it goes back to.
    var logScope: String?
    var logScroll = 0
    var logReturn: Screen = .list
    /// The changes the log screen lists, and the roadmap and scope they were
    /// listed from: listed again only when either changes, not on each frame or key.
    var logListing: (source: Roadmap, scope: String?, changes: [LoggedChange])?
    /// Whether a `roadmap sync` started from the UI is running.
    public internal(set) var syncing = false
    /// The keys, with the settings file's changes; help is drawn from it.
    public var keyMap = KeyMap()
    /// The help screen's first row.
    var helpScroll = 0

    public init(
        roadmap: Roadmap, today: CalendarDay, language: InterfaceLanguage = .en,
        calendar: CalendarSystem = .gregorian, glyphs: GlyphSet = .unicode, width: Int = 80, height: Int = 24,
        author: String? = nil
    ) {
        self.roadmap = roadmap
        self.today = today
        self.language = language
        self.calendar = calendar
        self.glyphs = glyphs
        self.width = width
        self.height = height
        selection = Array(repeating: 0, count: roadmap.workstreams.count)
        scroll = Array(repeating: 0, count: roadmap.workstreams.count)
        tallies = WorkstreamTally.all(roadmap, today: today)
        attention = Attention(roadmap, today: today)
        self.author = author
        timeline = TimelinePosition(today: today)
    }

    /// Says on the status line what is wrong in the settings file, the
    /// problem first (the whole of each is on stderr): `ไฟล์ตั้งค่า: "calendar"
    /// must be … (+2) — config.json`, in the UI's language around it.
    public mutating func warnOfSettings(_ problem: String, file: String, count: Int) {
        // Every problem starts with the file's label, then ": " or " " (`… cannot be read`).
        let label = Settings.label(of: file)
        let text = problem.hasPrefix(label) ? String(problem.dropFirst(label.count).drop { $0 == ":" || $0 == " " }) : problem
        let name = file.split(separator: "/").last.map(String.init) ?? file
        warn("\(UIText.settingsLabel.text(language)): \(text)\(moreOnStderr(count - 1)) — \(TerminalSafe.escape(name))")
    }

    /// A problem found before the UI started, and how many more went to stderr only.
    public mutating func warn(_ text: String, moreOnStderr more: Int) {
        warn(text + moreOnStderr(more))
    }

    /// ` (+2 more on stderr)` in the UI's words; empty for none.
    private func moreOnStderr(_ more: Int) -> String {
        more > 0 ? " " + UIText.moreOnStderr.text(language, "\(more)") : ""
    }

    /// Says on the status line that the roadmap file was just made from the
    /// built-in roadmap, and where: the first start, when nobody knows yet.
    public mutating func announceCreated(_ path: String) {
        message = StatusMessage(text: UIText.createdFile.text(language, TerminalSafe.escape(path)), kind: .success)
    }

    /// Shows a problem found before the UI started (a missing locale) on the status line.
    public mutating func warn(_ text: String) {
        message = StatusMessage(text: text, kind: .error)
    }

    /// The smallest terminal the UI draws in.
    public static let minimumWidth = 60
    public static let minimumHeight = 12
}
