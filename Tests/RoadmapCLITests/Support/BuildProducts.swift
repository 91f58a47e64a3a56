import Foundation

/// Finds the executables SwiftPM built next to the test bundle.
///
/// SwiftPM puts every product of one build in one folder (`.build/debug`,
/// `<scratch-path>/debug`, `…/x86_64-unknown-linux-gnu/release`, …) and the
/// test bundle (`<package>PackageTests.xctest`) in the same folder, so the
/// folder is found from the running test bundle:
///
/// 1. `$ROADMAP_BUILD_DIR`, when set (to test another build);
/// 2. on Linux, the folder of `/proc/self/exe` (the `.xctest` executable);
/// 3. the folder holding any loaded `.xctest` bundle (macOS, where the
///    runner is `xctest` or `swiftpm-testing-helper` and the bundle a folder);
/// 4. `Bundle.main`'s folder and the folder of `CommandLine.arguments[0]`.
///
/// The first candidate that holds the wanted executable wins.
enum BuildProducts {
    /// Candidate folders, best first, symlinks resolved.
    static let candidateFolders: [URL] = {
        var folders: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["ROADMAP_BUILD_DIR"], !explicit.isEmpty {
            folders.append(URL(fileURLWithPath: explicit, isDirectory: true))
        }
        #if os(Linux)
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        #endif
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        let main = Bundle.main.bundleURL
        folders.append(main.pathExtension == "xctest" ? main.deletingLastPathComponent() : main)
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        var seen = Set<String>()
        return folders.map { $0.resolvingSymlinksInPath() }.filter { seen.insert($0.path).inserted }
    }()

    /// The built executable `name`, e.g. `roadmap`.
    static func executable(_ name: String) throws -> URL {
        for folder in candidateFolders {
            let url = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw NotFound(name: name, searched: candidateFolders.map(\.path))
    }

    /// The `roadmap` executable under test.
    static func roadmap() throws -> URL { try roadmapURL.get() }

    private static let roadmapURL = Result { try executable("roadmap") }

    struct NotFound: Error, CustomStringConvertible {
        var name: String
        var searched: [String]
        var description: String {
            "no built `\(name)` next to the test bundle; looked in \(searched.joined(separator: ", ")). "
                + "Build it first (`swift build`) or set ROADMAP_BUILD_DIR."
        }
    }
}
