import Foundation

/// Whether two names of time zones name the same zone of the tz database:
/// `UTC`, `Etc/UTC` and `Universal` are one zone under three names (links),
/// as are `Asia/Saigon` and `Asia/Ho_Chi_Minh`; `GMT` and `UTC` are not
/// (their abbreviations differ).
public enum ZoneAlias {
    /// Whether `a` and `b` (nil: none named) name the same zone: the same
    /// name, or zone files of the same content in the database Foundation
    /// reads (`$TZDIR`, else `/usr/share/zoneinfo`). Without the files, only
    /// the same name.
    public static func same(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == b }
        if a == b { return true }
        guard TimeZone(identifier: a) != nil, TimeZone(identifier: b) != nil,
              let first = contents(of: a), let second = contents(of: b) else { return false }
        return first == second
    }

    private static func contents(of name: String) -> Data? {
        // Only names the database could hold: no way out of its folder.
        guard !name.hasPrefix("/"), !name.split(separator: "/").contains("..") else { return nil }
        let folder = ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo"
        return FileManager.default.contents(atPath: "\(folder)/\(name)")
    }
}
