import RoadmapCore

/// A key press, as the terminal backend decodes it.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter, e.g. `.control("r")` for Ctrl-R.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
}

/// Something that happens to the UI: a key, a new terminal size, or the
/// outcome of an effect the UI asked for.
public enum Message: Sendable {
    case key(Key)
    /// A click or a turn of the wheel (when the mouse is on).
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// The roadmap `sent` to be saved is on disk; `roadmap` is what is now on
    /// disk (it may hold outside changes merged in). Saves run in the
    /// background, so the UI may have changed since it sent `sent`.
    case saved(Roadmap, sent: Roadmap)
    /// The save failed; the change stays in memory.
    case saveFailed(String)
    /// Someone else changed the same fields; the user must choose.
    case conflict(MergeResult, theirs: Roadmap)
    /// The file was deleted or replaced by something unreadable while the UI was open.
    case fileMissing(String)
    /// The snapshot was written to this path.
    case snapshotWritten(path: String)
    /// The snapshot path names a file that exists; nothing was written.
    case snapshotExists(path: String)
    /// The snapshot could not be written: the path and why.
    case snapshotFailed(path: String, reason: String)
    /// Another process changed the file: `roadmap` is the file's version
    /// with the in-memory one `sent` merged into it (see ``AppState/update(_:)``).
    case reloaded(Roadmap, sent: Roadmap)
    /// The rows marked as changed from outside have been shown long enough.
    case highlightsExpired
    /// `roadmap sync` ended: what it did, or why it stopped.
    case syncFinished(SyncReport)
}

/// Work the UI asks its runner to do.
public enum Effect: Equatable, Sendable {
    /// Save the in-memory roadmap now (merging outside changes).
    case save
    /// The user resolved a conflict: take `theirs` as the new base, then save.
    case saveResolved(theirs: Roadmap)
    /// The file went missing and the user asked to write it back.
    case forceSave
    /// Leave the program (everything is saved already).
    case quit
    /// Suspend the program (Ctrl-Z).
    case suspend
    /// Write this week's text snapshot, in the UI's language and calendar,
    /// to `path`; an existing file is replaced only when `replacing`.
    case writeSnapshot(path: String, replacing: Bool)
    /// Run `roadmap sync` in the background.
    case sync
}
