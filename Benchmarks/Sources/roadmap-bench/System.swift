import CBenchSupport
import Foundation

/// Monotonic time in nanoseconds.
func nowNanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// This process's peak resident set size so far, in KiB (Linux: ru_maxrss is in KiB).
func peakRSSKiB() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss
}

func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("roadmap-bench: \(message)\n".utf8))
    exit(code)
}

/// A process started with posix_spawn.
struct Spawned {
    let pid: pid_t

    /// Starts `arguments[0]` (looked up on PATH) with the given standard
    /// input/output/error descriptors (nil: /dev/null) and environment.
    static func start(
        _ arguments: [String], stdin: Int32? = nil, stdout: Int32? = nil, stderr: Int32? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment, newSession: Bool = false
    ) -> Spawned {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (fd, target) in [(stdin, Int32(0)), (stdout, 1), (stderr, 2)] {
            if let fd {
                posix_spawn_file_actions_adddup2(&actions, fd, target)
            } else {
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if newSession { posix_spawnattr_setflags(&attributes, bench_spawn_setsid_flag()) }

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard code == 0 else { fail("cannot start \(arguments[0]): \(String(cString: strerror(code)))") }
        return Spawned(pid: pid)
    }

    /// Waits for the process; returns its exit status and its peak RSS in KiB.
    func wait() -> (status: Int32, peakKiB: Int) {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { fail("wait4: \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED / WEXITSTATUS by hand (the macros are not imported).
        let exited = (status & 0x7F) == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), usage.ru_maxrss)
    }
}

/// Statistics of a list of durations in nanoseconds.
struct Stats {
    var samples: [UInt64]
    var sorted: [UInt64] { samples.sorted() }
    var median: Double {
        let s = sorted
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? Double(s[s.count / 2]) : (Double(s[s.count / 2 - 1]) + Double(s[s.count / 2])) / 2
    }
    var min: UInt64 { samples.min() ?? 0 }
    var max: UInt64 { samples.max() ?? 0 }
}
