import RoadmapCore

/// The log screen (`H`): every change in the roadmap, newest first, or the
/// changes of one milestone (`H` on its detail, Tab switches).
extension AppState {
    /// `H`: opens the log of the whole roadmap, or from a milestone's detail, of that milestone.
    mutating func openLog() {
        logReturn = screen
        logScope = screen == .detail ? focusedMilestone?.id : nil
        logScroll = 0
        screen = .log
        listLog()
    }

    /// The changes the log screen lists (listed when it opened, its scope switched or the roadmap changed).
    var logChanges: [LoggedChange] { logListing?.changes ?? [] }

    /// Lists the log's changes again when the roadmap or the scope changed since they were listed.
    mutating func listLog() {
        if let listing = logListing, listing.scope == logScope, listing.source.isIdentical(to: roadmap) { return }
        logListing = (roadmap, logScope, RoadmapLog.changes(in: roadmap, filter: .init(milestones: logScope.map { [$0] } ?? [])))
    }

    /// Rows of changes the log screen has room for.
    var logHeight: Int { max(1, height - 5) }

    mutating func handleLog(_ key: Key) -> [Effect] {
        let count = logChanges.count
        let last = max(0, count - logHeight)
        switch key {
        case .escape, .character("H"), .enter, .backspace, .left, .character("h"): screen = logReturn
        case .down, .character("j"): logScroll = min(last, logScroll + 1)
        case .up, .character("k"): logScroll = max(0, logScroll - 1)
        case .pageDown, .control("f"), .character(" "): logScroll = min(last, logScroll + logHeight)
        case .pageUp, .control("b"): logScroll = max(0, logScroll - logHeight)
        case .home, .character("g"): logScroll = 0
        case .end, .character("G"): logScroll = last
        case .tab:
            logScope = logScope == nil ? focusedMilestone?.id : nil
            logScroll = 0
            listLog()
        default: break
        }
        return []
    }
}
