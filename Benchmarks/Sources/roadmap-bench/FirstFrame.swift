import CBenchSupport
import Foundation

/// Time from starting `roadmap` (posix_spawn) in an 80×24 pseudo-terminal to
/// the moment its first frame has arrived on the terminal: the bytes of the
/// frame's last row (the key hints) are read from the terminal's master side.
/// Then `q` is typed and the process is waited for. No hook in the program is
/// needed: this is what a person at the terminal sees.
enum FirstFrame {
    /// The end of the list screen's key hints in English (UIText.hintList),
    /// drawn on the last row, after every other row of the first frame.
    static let defaultMarker = "q:quit"

    static func measureOnce(roadmap: String, file: String, today: String, marker: String, timeout: Double = 120) -> UInt64 {
        var master: Int32 = -1, slave: Int32 = -1
        guard bench_open_pty(&master, &slave, 24, 80) == 0 else {
            fail("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }

        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        for key in ["LINES", "COLUMNS", "ROADMAP_FILE", "ROADMAP_TODAY", "ROADMAP_NOW"] { environment[key] = nil }

        let t0 = nowNanoseconds()
        let child = Spawned.start(
            [roadmap, "--file", file, "--today", today], stdin: slave, stdout: slave, stderr: slave,
            environment: environment, newSession: true)
        close(slave)

        let wanted = Array(marker.utf8)
        var seen: [UInt8] = []
        var elapsed: UInt64?
        var typedQuit = false
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = t0 + UInt64(timeout * 1e9)
        while true {
            var pollFD = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pollFD, 1, 100)
            if ready < 0 && errno == EINTR { continue }
            if ready > 0 {
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }  // EIO: the child closed the terminal (exited)
                if elapsed == nil {
                    seen.append(contentsOf: buffer[0..<n])
                    if contains(seen, wanted) {
                        elapsed = nowNanoseconds() - t0
                    }
                }
            } else if pollFD.revents & Int16(POLLHUP) != 0 {
                break
            }
            if elapsed != nil && !typedQuit {
                typedQuit = true
                _ = "q".withCString { write(master, $0, 1) }
            }
            if nowNanoseconds() > deadline {
                kill(child.pid, SIGTERM)
                break
            }
        }
        close(master)
        let (status, _) = child.wait()
        guard let elapsed else {
            let text = String(decoding: seen.suffix(2000), as: UTF8.self)
            fail("no first frame (marker \"\(marker)\" not seen; exit \(status)); the terminal showed:\n\(text)")
        }
        guard status == 0 else { fail("roadmap exited with \(status) after q") }
        return elapsed
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        outer: for start in 0...(haystack.count - needle.count) {
            for k in 0..<needle.count where haystack[start + k] != needle[k] { continue outer }
            return true
        }
        return false
    }
}
