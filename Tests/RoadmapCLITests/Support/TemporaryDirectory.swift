import Foundation

/// A fresh, empty directory of its own, removed with everything in it when
/// the object goes away (or on ``remove()``).
///
/// Keep one as a stored property of a test suite struct: Swift Testing makes
/// a new suite instance for every test, so every test gets its own directory
/// and it is removed when the test ends, pass or fail.
final class TemporaryDirectory: Sendable {
    let url: URL
    var path: String { url.path }

    /// Creates `$TMPDIR/<prefix>.XXXXXX` (mode 0700).
    init(prefix: String = "roadmap-clitests") throws {
        let base = FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path
        var template = Array("\(base)/\(prefix).XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: base, "errno": errno])
        }
        url = URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }

    deinit { remove() }

    /// A path inside the directory (nothing is created).
    func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Creates a subdirectory (and its parents) and returns it.
    @discardableResult
    func makeDirectory(_ relative: String) throws -> URL {
        let folder = url.appendingPathComponent(relative, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Every path below the directory, relative to it, sorted (hidden files included).
    func contents() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
        return walker.compactMap { $0 as? String }.sorted()
    }

    /// Removes the directory and everything in it; safe to call twice.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
