import Foundation

/// The clocks history times are shown on (`log`, `show`, the `set` and
/// `comment` echo, the UI's detail and log screen): each change on the clock
/// in force when it was made, the weekly report's rule (a week is counted in
/// the zone in force when it ended, ``Roadmap/zone(for:fallback:)``), so a
/// change made at 23:30 on a Sunday in Bangkok stays on that Sunday after
/// the programme moves to Tokyo. An output names its clock once
/// (``note(in:)``: the zone in force now) and the zone beside each time on
/// another clock (`6 ธ.ค. 2569 23:30 Asia/Bangkok`).
public struct HistoryClock: Sendable {
    /// The clock in force now, which an output names: the file's zone, else the machine's.
    public let zone: TimeZone
    /// Whether the file names ``zone`` (false: this machine's, as the file names none).
    public let isNamed: Bool
    /// Each recorded change of zone, oldest first: when, and the clock before it.
    private let changes: [(at: Timestamp, before: TimeZone)]

    /// The clocks of `roadmap`'s recorded zone changes; `fallback` (the
    /// machine's zone) where the file names none.
    public init(_ roadmap: Roadmap, fallback: @autoclosure () -> TimeZone = .current) {
        let now = roadmap.clock(fallback: fallback())
        zone = now
        isNamed = roadmap.programmeZone != nil
        changes = roadmap.zoneChanges.map { ($0.at, $0.from.flatMap(TimeZone.init(identifier:)) ?? now) }
    }

    /// The clock in force at `moment`: the zone the first change after it
    /// changed from, else (after the last change, or with none) ``zone``.
    /// A time when no zone was named is on today's clock, as the report counts it.
    public func zone(at moment: Timestamp) -> TimeZone {
        changes.first { moment < $0.at }?.before ?? zone
    }

    /// The day `moment` fell on, on the clock in force then (what `log --since` compares).
    public func day(_ moment: Timestamp) -> CalendarDay { moment.day(in: zone(at: moment)) }

    /// The zone to write beside a time at `moment`: nil when it is ``zone``, the clock the output names.
    public func label(at moment: Timestamp) -> String? {
        let then = zone(at: moment)
        return then.identifier == zone.identifier ? nil : then.identifier
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
        let name = zone.identifier
        switch (language, isNamed) {
        case (.en, true): return "times: \(name)"
        case (.en, false): return "times: \(name) (this machine's zone)"
        case (.th, true): return "เวลา \(name)"
        case (.th, false): return "เวลา \(name) (ของเครื่องนี้)"
        case (.ja, true): return "時刻: \(name)"
        case (.ja, false): return "時刻: \(name)（この端末の時間帯）"
        }
    }
}
