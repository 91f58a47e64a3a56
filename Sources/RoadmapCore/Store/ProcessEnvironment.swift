import Foundation

/// The process's environment variables, read once.
///
/// `ProcessInfo.processInfo.environment` builds a new dictionary of every
/// variable at each call: about a third of a million instructions each, and
/// `roadmap list` read it five times, 8 % of its work on the built-in
/// roadmap (callgrind, see Benchmarks/NOTES.md). roadmap never changes its
/// own environment, so one copy serves every reader.
public enum ProcessEnvironment {
    /// Every variable, as `ProcessInfo` gives them at the first use.
    public static let current: [String: String] = ProcessInfo.processInfo.environment
}
