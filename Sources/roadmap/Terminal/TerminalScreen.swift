import CNcursesw
import Foundation
import RoadmapUI

/// The thin ncurses backend: the only code that talks to curses. It starts
/// and restores the terminal, copies a ``Grid`` to the screen and reads keys.
@MainActor
final class TerminalScreen {
    /// Why the terminal could not be opened.
    struct StartError: Error {
        var message: String
    }

    /// How long a key read waits before returning, so the loop can look at
    /// signals and at saves finished in the background.
    static let pollMilliseconds: Int32 = 50

    private(set) var isActive = false
    private var colorPairs: [TerminalColor: Int16] = [:]
    /// The cells last copied to the screen, for drawing only the rows that changed.
    private var shown: Grid?
    /// Consecutive reads that failed at once, which means the terminal is gone.
    private var failedReads = 0
    /// Whether the terminal reports clicks and the wheel (SGR 1006).
    private var mouse = false
    private var clicks = ClickCounter()
    /// The key code curses gives for ``MouseReports/prefix`` (above every curses key).
    private static let mouseReportCode: Int32 = 0x3F00

    private let codes = FunctionKeyCodes(
        up: roadmap_key_up(), down: roadmap_key_down(), left: roadmap_key_left(), right: roadmap_key_right(),
        pageUp: roadmap_key_ppage(), pageDown: roadmap_key_npage(), home: roadmap_key_home(), end: roadmap_key_end(),
        enter: roadmap_key_enter(), backspace: roadmap_key_backspace(), delete: roadmap_key_dc(),
        backTab: roadmap_key_btab(), resize: roadmap_key_resize(),
        homeAliases: [roadmap_key_find(), roadmap_key_a1()], endAliases: [roadmap_key_select(), roadmap_key_c1()]
    )

    /// Enters full-screen mode: raw keys, no echo, function keys decoded,
    /// a short Escape delay, no cursor, colours unless `colors` is false,
    /// clicks and the wheel reported when `mouse` is true.
    func start(colors: Bool, mouse: Bool = false) throws(StartError) {
        guard !isActive else { return }
        set_escdelay(25)
        CrashGuard.prepare()
        guard roadmap_start_terminal() != 0 else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            throw StartError(message: term.isEmpty
                ? "the interactive UI needs TERM to name the terminal type (e.g. TERM=xterm-256color)."
                : "the terminal type \"\(term)\" is unknown here; try TERM=xterm-256color or TERM=vt100.")
        }
        isActive = true
        set_escdelay(25)  // again: some curses versions only apply it to the current screen
        // Never cut a refresh short because input is waiting: curses would
        // finish it at the next refresh, but an idle UI makes none, so a
        // terminal's reply arriving during the first frame left it blank.
        typeahead(-1)
        raw()
        noecho()
        nonl()
        let screen = roadmap_stdscr()
        keypad(screen, true)
        intrflush(screen, false)
        // The cursor goes where each frame says (Grid.cursor): input methods and screen readers follow it.
        leaveok(screen, false)
        wtimeout(screen, Self.pollMilliseconds)
        defineCommonKeys()
        curs_set(0)
        colorPairs = [:]
        if colors && has_colors() {
            setUpColors()
        }
        shown = nil
        self.mouse = mouse
        if mouse { define_key(MouseReports.prefix, Self.mouseReportCode) }
        setMouseReporting(mouse)
        CrashGuard.arm(reset: Self.resetSequence())
    }

    /// Turns the terminal's mouse reports on or off.
    private func setMouseReporting(_ on: Bool) {
        guard mouse else { return }
        let bytes = Array((on ? MouseReports.enable : MouseReports.disable).utf8)
        _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// Restores the terminal as it was (safe to call more than once).
    func stop() {
        guard isActive else { return }
        isActive = false
        setMouseReporting(false)
        endwin()
        CrashGuard.disarm()
    }

    /// Leaves full-screen mode for a while (before suspending the process).
    func pause() {
        guard isActive else { return }
        setMouseReporting(false)
        endwin()
        CrashGuard.disarm()
    }

    /// Comes back after ``pause()`` or a stop: repaints everything at the
    /// next draw. Returns the new size when the terminal changed size meanwhile.
    func resume() -> (width: Int, height: Int)? {
        guard isActive else { return nil }
        let changed = roadmap_update_size() != 0
        repaintEverything()
        setMouseReporting(true)
        CrashGuard.arm(reset: Self.resetSequence())
        return changed ? size : nil
    }

    /// Has the next draw send every row, on a cleared terminal: what the
    /// terminal shows may no longer be what was last sent (after a resize,
    /// of any size, or a write to it from outside), and the row-by-row
    /// comparison with ``shown`` would otherwise send nothing.
    private func repaintEverything() {
        roadmap_force_repaint()
        shown = nil
    }

    /// The terminal's size in cells.
    var size: (width: Int, height: Int) {
        (Int(roadmap_cols()), Int(roadmap_lines()))
    }

    /// Copies a frame to the screen, touching only the rows that changed
    /// since the last one (all of them after a resize or a repaint).
    func draw(_ grid: Grid) {
        guard isActive else { return }
        let (width, height) = size
        let sameShape = shown.map { $0.width == grid.width && $0.height == grid.height } ?? false
        if !sameShape {
            werase(roadmap_stdscr())
        }
        var changed = !sameShape
        for y in 0..<min(grid.height, height) {
            if sameShape, let shown, rowsEqual(shown, grid, y) { continue }
            changed = true
            for x in 0..<min(grid.width, width) {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                put(cell, x: x, y: y, nextIsContinuation: x + 1 < grid.width && grid[x + 1, y].isContinuation)
            }
        }
        let cursor = grid.cursor ?? Grid.Cursor(x: 0, y: 0, visible: false)
        if shown?.cursor != grid.cursor { changed = true }
        shown = grid
        if changed {
            curs_set(cursor.visible ? 1 : 0)
            wmove(roadmap_stdscr(), Int32(max(0, min(cursor.y, height - 1))), Int32(max(0, min(cursor.x, width - 1))))
            wrefresh(roadmap_stdscr())
        }
    }

    /// Waits up to ``pollMilliseconds`` for a key. Nil when none came (or
    /// it has no meaning here); `.interrupt` when the terminal went away.
    func readKey() -> TerminalInput? {
        guard isActive else { return nil }
        var value: wint_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let status = roadmap_get_wch(&value)
        if status == roadmap_key_code_yes() {
            failedReads = 0
            if Int32(value) == Self.mouseReportCode { return readMouseReport() }
            let input = KeyDecoding.decode(functionKey: Int32(value), codes: codes, size: { self.size })
            // Any resize, even to the same size, redraws the whole screen.
            if case .resize? = input { repaintEverything() }
            return input
        }
        if status == roadmap_ok() {
            failedReads = 0
            return KeyDecoding.decode(character: UInt32(value))
        }
        // A timeout takes the full wait; a read that fails at once, again
        // and again, means the terminal has hung up.
        let elapsed = DispatchTime.now().uptimeNanoseconds - started
        if elapsed < UInt64(Self.pollMilliseconds) * 250_000 {
            failedReads += 1
            if failedReads > 100 {
                return .interrupt
            }
        } else {
            failedReads = 0
        }
        return nil
    }

    /// The rest of a mouse report (its prefix was read as one key): at most
    /// 20 characters, up to its final `M` or `m`.
    private func readMouseReport() -> TerminalInput? {
        var body = ""
        var value: wint_t = 0
        while body.count < 20, roadmap_get_wch(&value) == roadmap_ok(), let scalar = Unicode.Scalar(UInt32(value)) {
            body.unicodeScalars.append(scalar)
            if scalar == "M" || scalar == "m" { break }
        }
        guard let (kind, x, y) = MouseReports.decode(body) else { return nil }
        if case .click = kind {
            return .mouse(MouseEvent(.click(clicks: clicks.press(x: x, y: y, at: DispatchTime.now().uptimeNanoseconds)), x: x, y: y))
        }
        return .mouse(MouseEvent(kind, x: x, y: y))
    }

    /// What leaves full-screen mode on this terminal: attributes off, the
    /// cursor shown, keypad mode off, the normal screen back, mouse reports off.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes += Array(String(cString: value).utf8)
        }
        return bytes + Array(MouseReports.disable.utf8) + Array("\r\n".utf8)
    }

    /// Teaches curses the Home, End, Page and Delete sequences of the common
    /// terminals besides the ones `TERM` names, so the keys work when `TERM`
    /// is not quite right (xterm-256color inside tmux or screen, rxvt, …).
    private func defineCommonKeys() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[1~", roadmap_key_home()), ("\u{1B}[7~", roadmap_key_home()),
            ("\u{1B}[H", roadmap_key_home()), ("\u{1B}OH", roadmap_key_home()),
            ("\u{1B}[4~", roadmap_key_end()), ("\u{1B}[8~", roadmap_key_end()),
            ("\u{1B}[F", roadmap_key_end()), ("\u{1B}OF", roadmap_key_end()),
            ("\u{1B}[5~", roadmap_key_ppage()), ("\u{1B}[6~", roadmap_key_npage()),
            ("\u{1B}[3~", roadmap_key_dc()), ("\u{1B}[Z", roadmap_key_btab()),
        ]
        for (sequence, code) in sequences where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    // MARK: - Cells

    private func rowsEqual(_ a: Grid, _ b: Grid, _ y: Int) -> Bool {
        let start = y * a.width
        return a.cells[start..<start + a.width] == b.cells[start..<start + b.width]
    }

    private func put(_ cell: Cell, x: Int, y: Int, nextIsContinuation: Bool) {
        // Draw what curses draws in as many columns as the grid allotted,
        // or a placeholder; never a control character.
        let columns = nextIsContinuation ? 2 : 1
        var text: [wchar_t] = [32]
        if let base = cell.text.unicodeScalars.first {
            let width = Int(roadmap_wcwidth(wchar_t(bitPattern: base.value)))
            text = [width >= 1 && width <= columns ? wchar_t(bitPattern: base.value) : 63]
            if text[0] != 63 {
                for mark in cell.text.unicodeScalars.dropFirst() where text.count < Int(roadmap_ccharw_max()) - 1 {
                    let code = wchar_t(bitPattern: mark.value)
                    if mark.value >= 0x300 && roadmap_wcwidth(code) == 0 { text.append(code) }
                }
            }
        }
        text.append(0)
        let (attributes, pair) = attributes(for: cell.style)
        _ = roadmap_put_cell(Int32(y), Int32(x), text, attributes, pair)
        if columns == 2 && roadmap_wcwidth(text[0]) != 2 {
            // The grid kept two columns for it but curses draws one: blank the second.
            _ = roadmap_put_cell(Int32(y), Int32(x + 1), [32, 0], attributes, pair)
        }
    }

    private func attributes(for style: CellStyle) -> (attr_t, Int16) {
        var attributes = roadmap_a_normal()
        if style.bold { attributes |= roadmap_a_bold() }
        if style.dim { attributes |= roadmap_a_dim() }
        if style.reverse { attributes |= roadmap_a_reverse() }
        if style.underline { attributes |= roadmap_a_underline() }
        let pair = style.foreground.flatMap { colorPairs[$0] } ?? 0
        return (attributes, pair)
    }

    private func setUpColors() {
        guard start_color() != roadmap_err() else { return }
        let background: Int16 = use_default_colors() == roadmap_ok() ? -1 : Int16(COLOR_BLACK)
        let available = Int(roadmap_color_pairs())
        for color in TerminalColor.allCases {
            let pair = Int16(color.rawValue + 1)
            guard Int(pair) < available else { break }
            // TerminalColor lists the eight colours in curses order (COLOR_BLACK … COLOR_WHITE).
            if init_pair(pair, Int16(color.rawValue), background) != roadmap_err() {
                colorPairs[color] = pair
            }
        }
    }
}
