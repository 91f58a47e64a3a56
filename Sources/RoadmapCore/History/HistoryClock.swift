import Foundation

/// The clocks history times are shown on (`log`, `show`, the `set` and
/// `comment` echo, the UI's detail and log screen): each change on the clock
/// in force when it was made, the weekly report's rule (a week is counted in
/// the zone in force when it ended, ``Roadmap/zone(for:fallback:)``), so a
/// change made at 23:30 on a Sunday in Bangkok stays on that Sunday after
/// the programme moves to Tokyo. An output names its clock once
/// (``note(in:)``: the zone in force now) and the zone beside each time on
/// another clock (`6 ธ.ค. 2569 23:30 Asia/Bangkok`). A change of zone is
/// shown on the clock it set. Zones are named as the file spells them
/// (Foundation on Linux calls `UTC` "GMT").
public struct HistoryClock: Sendable {
    /// The clock in force now, which an output names: the file's zone, else the machine's.
    public let zone: TimeZone
    /// ``zone`` as the file spells it (this machine's zone's name when the file names none).
    public let name: String
    /// Whether the file names ``zone`` (false: this machine's, as the file names none).
    public let isNamed: Bool
    /// Each recorded change of zone, oldest first: when, the clock before it and the one it set, with their names.
    private let changes: [(at: Timestamp, before: Clock, after: Clock)]

    private typealias Clock = (zone: TimeZone, name: String)

    /// The clocks of `roadmap`'s recorded zone changes; `fallback` (the
    /// machine's zone) where the file names none.
    public init(_ roadmap: Roadmap, fallback: @autoclosure () -> TimeZone = .current) {
        let now = roadmap.clock(fallback: fallback())
        zone = now
        isNamed = roadmap.programmeZone != nil
        let name = isNamed ? roadmap.timeZone! : now.spelledAsTZ
        self.name = name
        func clock(_ named: String?) -> Clock {
            guard let named, let zone = TimeZone(identifier: named) else { return (now, name) }
            return (zone, named)
        }
        changes = roadmap.zoneChanges.map { ($0.at, clock($0.from), clock($0.to)) }
    }

    /// The clock in force at `moment`: the zone the first change after it
    /// changed from, else (after the last change, or with none) ``zone``;
    /// at the moment of a change of zone, the zone it set (the last one
    /// made in that second; ``time(of:values:labelled:)`` tells apart two
    /// made in one second), so that the change is shown on its own clock
    /// however the changes join up after a merge. A time when no zone was
    /// named is on today's clock, as the report counts it.
    public func zone(at moment: Timestamp) -> TimeZone { clock(at: moment).zone }

    private func clock(at moment: Timestamp) -> Clock {
        if let set = changes.last(where: { $0.at == moment }) { return set.after }
        return changes.first { moment < $0.at }?.before ?? (zone, name)
    }

    /// The clock `entry` is shown on: a change of zone (``ZoneChange/entry``)
    /// on the zone it set, any other on the clock in force at its time.
    private func clock(of entry: HistoryEntry) -> Clock {
        guard entry.field == ZoneChange.field, let set = changes.last(where: { $0.at == entry.at && $0.after.name == (entry.to ?? name) }) else {
            return clock(at: entry.at)
        }
        return set.after
    }

    /// The day `entry` was made on, on its clock (``time(of:values:labelled:)``).
    public func day(of entry: HistoryEntry) -> CalendarDay { entry.at.day(in: clock(of: entry).zone) }

    /// The zone to write beside `entry`'s time: nil when it is ``zone``.
    public func label(of entry: HistoryEntry) -> String? {
        let then = clock(of: entry)
        return then.name == name ? nil : then.name
    }

    /// ``time(_:values:labelled:)`` for an entry of a log: a change of zone
    /// on the zone it set, also when two were made in one second.
    public func time(of entry: HistoryEntry, values: ValueWording, labelled: Bool = true) -> String {
        values.time(entry.at, in: clock(of: entry).zone) + (labelled ? label(of: entry).map { " " + $0 } ?? "" : "")
    }

    /// The day `moment` fell on, on the clock in force then.
    public func day(_ moment: Timestamp) -> CalendarDay { moment.day(in: zone(at: moment)) }

    /// The zone to write beside a time at `moment`: nil when it is ``zone``, the clock the output names.
    public func label(at moment: Timestamp) -> String? {
        let then = clock(at: moment)
        return then.name == name ? nil : then.name
    }

    /// `2026-12-06 23:30`, `6 ธ.ค. 2569 23:30 Asia/Bangkok`: the day and
    /// minute of `moment` on the clock in force then, in the words of
    /// `values`, with that zone named when it is not ``zone`` (unless not
    /// `labelled`: the caller names it elsewhere, with ``label(at:)``).
    public func time(_ moment: Timestamp, values: ValueWording, labelled: Bool = true) -> String {
        values.time(moment, in: zone(at: moment)) + (labelled ? label(at: moment).map { " " + $0 } ?? "" : "")
    }

    /// `6 ธ.ค. 2569`, `6 ธ.ค. 2569 Asia/Bangkok`: the day alone, as ``time(_:values:)``.
    public func date(_ moment: Timestamp, values: ValueWording) -> String {
        values.date(day(moment)) + (label(at: moment).map { " " + $0 } ?? "")
    }

    /// The line that names the clock: `times: Asia/Bangkok`, `เวลา Asia/Bangkok`,
    /// `時刻: Asia/Bangkok` (the snapshot's `(เวลา Asia/Bangkok)`), with
    /// `(this machine's)` when the file names no zone, as then the times
    /// differ from one machine to another.
    public func note(in language: InterfaceLanguage) -> String {
        switch (language, isNamed) {
        case (.en, true): return "times: \(name)"
        case (.en, false): return "times: \(name) (this machine's zone)"
        case (.th, true): return "เวลา \(name)"
        case (.th, false): return "เวลา \(name) (ของเครื่องนี้)"
        case (.ja, true): return "時刻: \(name)"
        case (.ja, false): return "時刻: \(name)（この端末の時間帯）"
        }
    }

    /// ``note(in:)`` for a list newest first whose rows are on several
    /// clocks: the other clocks (`earlier`, as labelled) named, and the
    /// order said, since the times of neighbouring rows on different clocks
    /// need not read in order (`times: Asia/Bangkok; UTC, Asia/Tokyo where
    /// labelled; rows newest first`).
    public func note(in language: InterfaceLanguage, labelled earlier: [String]) -> String {
        guard !earlier.isEmpty else { return note(in: language) }
        let names = earlier.joined(separator: ", ")
        switch language {
        case .en: return note(in: language) + "; \(names) where labelled; rows newest first"
        case .th: return note(in: language) + "; \(names) ตามที่ระบุ; เรียงจากล่าสุด"
        case .ja: return note(in: language) + "（\(names) は表示のとおり）・新しい順"
        }
    }
}
