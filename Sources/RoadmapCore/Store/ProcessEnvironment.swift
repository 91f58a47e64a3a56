import Foundation

/// The process's environment variables.
///
/// `ProcessInfo.processInfo.environment` builds a new dictionary of every
/// variable at each call: about a third of a million instructions each
/// (callgrind, see Benchmarks/NOTES.md). roadmap never changes its own
/// environment, so the everyday commands read the few variables they need one
/// by one (``variables``, `getenv`), and the places that hand the whole
/// environment on (to git) take one copy of it (``current``).
public enum ProcessEnvironment {
    /// Every variable, as `ProcessInfo` gives them at the first use.
    public static let current: [String: String] = ProcessInfo.processInfo.environment

    /// The variables read one at a time, as they are asked for.
    public static let variables = Variables()

    /// The process's environment read through `getenv`, a variable at a time.
    public struct Variables: EnvironmentVariables, Sendable {
        public subscript(name: String) -> String? {
            getenv(name).map { String(cString: $0) }
        }
    }
}

/// Somewhere environment variables are read by name: the process's own
/// (``ProcessEnvironment/variables``), or a dictionary in tests and for
/// child processes.
public protocol EnvironmentVariables {
    /// The value of the variable `name`; nil when it is not set.
    subscript(name: String) -> String? { get }
}

extension Dictionary: EnvironmentVariables where Key == String, Value == String {}
