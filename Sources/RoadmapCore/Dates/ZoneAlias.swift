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

extension TimeZone {
    /// The zone's name as `$TZ` spells it when `$TZ` names this zone, else
    /// its identifier: Foundation on Linux renames a machine's `UTC` (and
    /// `Etc/UTC`) to `GMT`, which the user never typed (try-24 9).
    public var spelledAsTZ: String {
        spelled(asTZ: ProcessInfo.processInfo.environment["TZ"])
    }

    /// ``spelledAsTZ`` for a `$TZ` of `tz` (nil: unset; a leading `:` is the C library's, not the name's).
    func spelled(asTZ tz: String?) -> String {
        guard var tz, !tz.isEmpty else { return identifier }
        if tz.hasPrefix(":") { tz.removeFirst() }
        guard tz != identifier, TimeZone(identifier: tz)?.identifier == identifier else { return identifier }
        return tz
    }
}
