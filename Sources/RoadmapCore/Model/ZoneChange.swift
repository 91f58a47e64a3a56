import Foundation

/// One recorded change of the programme's time zone (``Roadmap/timeZone``):
/// when, from what zone to what zone (nil: none named), who made it and why.
/// The roadmap's own history, kept in the file's `timeZoneHistory` (schema 4),
/// oldest first. A file whose zone was set before this history existed has
/// no entry for it: its zone applies for all time.
public struct ZoneChange: Equatable, Hashable, Sendable {
    public var at: Timestamp
    public var from: String?
    public var to: String?
    public var by: String?
    /// Why, in one line (nil when none was given).
    public var reason: String?

    public init(at: Timestamp, from: String?, to: String?, by: String? = nil, reason: String? = nil) {
        self.at = at
        self.from = from
        self.to = to
        self.by = by
        self.reason = reason
    }

    /// The name history and the log give the field: `timeZone`, as the file's key.
    public static let field = "timeZone"

    /// The change as a history entry of the whole roadmap (field `timeZone`), for the log.
    public var entry: HistoryEntry { HistoryEntry(at: at, field: Self.field, from: from, to: to, by: by, reason: reason) }

    /// Oldest first; changes of the same second in one fixed order (by zones,
    /// author, reason), so that two offices merging the same entries write the same file.
    static func ordered(_ changes: [ZoneChange]) -> [ZoneChange] {
        changes.sorted { a, b in
            if a.at != b.at { return a.at < b.at }
            return (a.from ?? "", a.to ?? "", a.by ?? "", a.reason ?? "") < (b.from ?? "", b.to ?? "", b.by ?? "", b.reason ?? "")
        }
    }
}

extension Roadmap {
    /// Names `zone` (nil: none) as the programme's time zone and records the
    /// change in ``zoneChanges``, stamped `time` (never before the last
    /// entry, and a second later than an equal entry: a zone set back and
    /// forth within a second) by `author` for `reason`. Returns the entry,
    /// nil when the zone was already `zone` (nothing changes).
    @discardableResult
    public mutating func setTimeZone(_ zone: String?, at time: Timestamp, by author: String?, reason: String? = nil) -> ZoneChange? {
        guard zone != timeZone else { return nil }
        var change = ZoneChange(at: max(time, zoneChanges.last?.at ?? time), from: timeZone, to: zone, by: author, reason: reason)
        while zoneChanges.contains(change) { change.at = Timestamp(secondsSinceEpoch: change.at.secondsSinceEpoch + 1) }
        zoneChanges.append(change)
        timeZone = zone
        return change
    }

    /// The zone a week is counted in (README, "The programme's clock"): the
    /// week ends at the first moment it is over on the clock in force at that
    /// moment, and is counted in that clock. A change takes effect at its
    /// `at`: between two changes the zone is the one the later changed from,
    /// after the last the zone named now. A time when no zone was named
    /// counts on today's clock, ``clock(override:fallback:)`` (the zone named
    /// now, else `fallback`, the machine's), so that a file naming a zone
    /// prints the same week alike on every machine. With no change recorded,
    /// today's clock for every week.
    public func zone(for week: IsoWeek, fallback: @autoclosure () -> TimeZone = .current) -> TimeZone {
        let now = clock(fallback: fallback())
        let nextMonday = week.sunday.adding(days: 1)
        // Each stretch between two changes has the zone the later one changed from;
        // the first stretch in which the week's end (on its clock) falls decides.
        for change in zoneChanges {
            let zone = change.from.flatMap(TimeZone.init(identifier:)) ?? now
            if Timestamp.start(of: nextMonday, in: zone) < change.at { return zone }
        }
        return now
    }

    /// Where `week` starts: at its Monday on the clock the week before it
    /// was counted in (``zone(for:fallback:)``), so that across a change of
    /// zone one week starts where the other ended.
    public func startZone(of week: IsoWeek, fallback: @autoclosure () -> TimeZone = .current) -> TimeZone {
        zone(for: IsoWeek(containing: week.monday.adding(days: -7)), fallback: fallback())
    }
}

extension Roadmap {
    /// What makes ``zoneChanges`` unreadable, each at its JSON path: a name
    /// that is not a zone, a change to the zone it was already, an entry
    /// earlier than the one before it, or the same entry twice. Part of
    /// ``loadProblems``; the chain need not join up (a merge may keep two
    /// changes made at once), which ``zone(for:fallback:)`` allows for.
    var zoneChangeProblems: [FileProblem] {
        var problems: [FileProblem] = []
        for (i, change) in zoneChanges.enumerated() {
            let path = "\(Roadmap.zoneHistoryKey)[\(i)]"
            for (key, name) in [("from", change.from), ("to", change.to)] {
                if let name, TimeZone(identifier: name) == nil {
                    problems.append(FileProblem(path: "\(path).\(key)", message: "\"\(TerminalSafe.escape(String(name.prefix(40))))\" is not a time zone; use an IANA name such as Asia/Bangkok, or null for none"))
                }
            }
            if change.from == change.to {
                problems.append(FileProblem(path: path, message: "changes the zone to the one it was (\(TerminalSafe.escape(String((change.to ?? "none").prefix(40))))); remove the entry"))
            }
            if i > 0, change.at < zoneChanges[i - 1].at {
                problems.append(FileProblem(path: "\(path).at", message: "\(change.at) is earlier than the entry before it (\(zoneChanges[i - 1].at)); entries are oldest first"))
            }
            if let first = zoneChanges[..<i].firstIndex(of: change) {
                problems.append(FileProblem(path: path, message: "the same entry as \(Roadmap.zoneHistoryKey)[\(first)]; remove one"))
            }
        }
        return problems
    }

    /// The file's key for ``zoneChanges``.
    static let zoneHistoryKey = "timeZoneHistory"
}
