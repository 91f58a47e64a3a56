import Foundation

/// Programs some tests drive besides `roadmap` (python3 with icalendar,
/// Taskwarrior, git). A test that needs one is skipped, saying why, when it
/// is missing on a developer's machine; under CI (`$CI` set), where
/// `.ci/run` installs them, it runs anyway and fails loudly instead.
enum ExternalTools {
    static let inCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

    /// python3 can `import icalendar` (Debian package python3-icalendar).
    static let icalendar = succeeds("python3", "-c", "import icalendar")
    /// Taskwarrior's `task` (Debian package taskwarrior).
    static let taskwarrior = succeeds("task", "--version")
    /// `git`.
    static let git = succeeds("git", "--version")
    /// `paps`, which lays text out on pages with Pango (Thai and Japanese fonts from fontconfig).
    static let paps = succeeds("paps", "--help")
    /// Chromium (headless printing to PDF) and poppler's `pdfinfo` and `pdftotext` to read the PDF.
    static let chromium = succeeds("chromium", "--version") && succeeds("pdfinfo", "-v") && succeeds("pdftotext", "-v")

    /// Whether a test needing `available` should run: when it is there, or under CI.
    static func enabled(_ available: Bool) -> Bool { available || inCI }

    /// Runs `program arguments…` found on PATH; true when it exits 0.
    private static func succeeds(_ program: String, _ arguments: String...) -> Bool {
        let command = Command(
            executable: URL(fileURLWithPath: "/usr/bin/env"), arguments: [program] + arguments,
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"], timeout: 30)
        return (try? Subprocess.runBlocking(command))?.exitCode == 0
    }
}
