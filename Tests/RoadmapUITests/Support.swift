import RoadmapCore
@testable import RoadmapUI

/// Builders shared by the UI tests.
enum Fixture {
    static let today = CalendarDay(iso: "2026-11-26")!
    static let now = Timestamp(rfc3339: "2026-11-26T09:00:00Z")!

    /// The built-in roadmap in a UI of the given size, with a pinned clock.
    static func state(width: Int = 80, height: Int = 24, language: InterfaceLanguage = .en,
                      calendar: CalendarSystem = .gregorian, roadmap: Roadmap = BuiltInRoadmap.load(), author: String? = nil) -> AppState {
        var state = AppState(roadmap: roadmap, today: today, language: language, calendar: calendar, width: width, height: height, author: author)
        state.clock = { now }
        return state
    }
}

extension AppState {
    /// Sends keys in order, collecting every effect.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { update(.key($0)) }
    }

    /// Types text into whatever has focus, one character at a time.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.unicodeScalars.flatMap { update(.key(.character(Character($0)))) }
    }

    /// The rendered frame as text.
    var screenText: String { render().text }
}
