import Foundation
import RoadmapUI

/// Reads the interactive UI's settings file (``Settings``) from where the
/// environment says. No file means no settings; a file that cannot be read
/// or is broken gives its problems, and the UI starts anyway.
enum SettingsFile {
    /// Larger than any settings file: a bigger one is not read.
    static let maximumBytes = 1 << 20

    static func load(environment: [String: String]) -> Settings {
        guard let path = Settings.path(environment: environment) else { return Settings() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return Settings() }
        var settings = Settings()
        guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path),
              let data = try? handle.read(upToCount: maximumBytes + 1) else {
            settings.problems.append("\(Settings.label(of: path)) cannot be read; the defaults are used")
            return settings
        }
        try? handle.close()
        guard data.count <= maximumBytes else {
            settings.problems.append("\(Settings.label(of: path)) is over 1 MB, so not a settings file; the defaults are used")
            return settings
        }
        return Settings.parse(Array(data), path: path)
    }
}
