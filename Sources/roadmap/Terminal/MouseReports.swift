import RoadmapUI

/// The mouse as xterm's SGR 1006 protocol reports it: `ESC [ < b ; x ; y M`
/// for a press and `… m` for a release, x and y counted from 1. Only the
/// left button and the wheel mean something here. Pure, so it is tested
/// without a terminal; ``TerminalScreen`` turns the reports on and reads them.
enum MouseReports {
    /// What turns reporting on: button presses (1000) in SGR form (1006).
    static let enable = "\u{1B}[?1000h\u{1B}[?1006h"
    /// What turns it off again (also in the crash reset).
    static let disable = "\u{1B}[?1006l\u{1B}[?1000l"
    /// What starts a report, taught to curses as one key.
    static let prefix = "\u{1B}[<"

    /// A report's body after the prefix, up to and including its final `M`
    /// or `m`: the event, or nil for a release, a drag, another button or
    /// text that is no report. Shift, Alt and Ctrl held down change nothing.
    static func decode(_ body: String) -> (kind: MouseEvent.Kind, x: Int, y: Int)? {
        guard let final = body.last, final == "M" || final == "m" else { return nil }
        let fields = body.dropLast().split(separator: ";", omittingEmptySubsequences: false)
        guard fields.count == 3, let code = Int(fields[0]), let x = Int(fields[1]), let y = Int(fields[2]),
              x >= 1, y >= 1, final == "M" else { return nil }
        let button = code & ~(4 | 8 | 16)  // modifiers off
        switch button {
        case 0: return (.click(clicks: 1), x - 1, y - 1)
        case 64: return (.wheelUp, x - 1, y - 1)
        case 65: return (.wheelDown, x - 1, y - 1)
        default: return nil  // other buttons, and motion (32 set)
        }
    }
}

/// Counts clicks: a press on the same cell within ``interval`` of the last
/// one is a double click; a third starts over.
struct ClickCounter {
    static let interval: UInt64 = 400_000_000
    private var last: (x: Int, y: Int, at: UInt64, clicks: Int)?

    /// The clicks so far at this cell: 1, or 2 for a double click.
    mutating func press(x: Int, y: Int, at nanoseconds: UInt64) -> Int {
        var clicks = 1
        if let last, last.x == x, last.y == y, last.clicks == 1, nanoseconds >= last.at, nanoseconds - last.at <= Self.interval {
            clicks = 2
        }
        last = (x, y, nanoseconds, clicks)
        return clicks
    }
}
