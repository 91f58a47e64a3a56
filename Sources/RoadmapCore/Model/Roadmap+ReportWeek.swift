import Foundation

/// Days and weeks of history as the weekly report counts them, for the
/// lists that show changes on the clock in force when each was made
/// (`log`): the two differ only for a change made in a week's last hours
/// just before a change of zone (try-23 finding 4), and then the report
/// decides: `log --since` starts where the report's day starts, and the
/// row says the week that counts it.
extension Roadmap {
    /// Where `day` starts as the weekly report counts it: a Monday on the
    /// clock the week before was counted in (``startZone(of:fallback:)``, where
    /// ``WeeklySnapshot`` starts the week), another day on its week's clock
    /// (``zone(for:fallback:)``).
    public func start(of day: CalendarDay, fallback: @autoclosure () -> TimeZone = .current) -> Timestamp {
        let week = IsoWeek(containing: day)
        let zone = day == week.monday ? startZone(of: week, fallback: fallback()) : self.zone(for: week, fallback: fallback())
        return Timestamp.start(of: day, in: zone)
    }

    /// The week the report counts `moment` in when it is not the week of
    /// `shown`, the day a list shows it on; nil when they agree. Only a
    /// moment within two days of a change of zone can differ: others cost
    /// one look at the changes.
    public func reportWeek(of moment: Timestamp, shownOn shown: CalendarDay, fallback: @autoclosure () -> TimeZone = .current) -> IsoWeek? {
        guard zoneChanges.contains(where: { abs($0.at.secondsSinceEpoch - moment.secondsSinceEpoch) < 2 * 86_400 }) else { return nil }
        let week = IsoWeek(containing: shown), machine = fallback()
        if moment >= start(of: week.sunday.adding(days: 1), fallback: machine) { return IsoWeek(containing: week.sunday.adding(days: 1)) }
        if moment < start(of: week.monday, fallback: machine) { return IsoWeek(containing: week.monday.adding(days: -1)) }
        return nil
    }
}
