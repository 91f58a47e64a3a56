/// How much time one step of the timeline covers.
public enum TimelineZoom: String, CaseIterable, Sendable {
    /// One column a day, seven a week.
    case week
    /// Six columns a month, about five days each.
    case month
    /// Two columns a month, six a quarter.
    case quarter

    /// The next closer zoom (week stays week).
    public var zoomedIn: TimelineZoom { self == .quarter ? .month : .week }
    /// The next wider zoom (quarter stays quarter).
    public var zoomedOut: TimelineZoom { self == .week ? .month : .quarter }
}

/// The mapping between days and the columns of a time axis: column 0
/// starts at ``origin``, the first day of a week (Monday), month or quarter.
/// Pure and cheap; the UI's timeline and `roadmap timeline` share it.
public struct TimelineScale: Equatable, Sendable {
    public let zoom: TimelineZoom
    /// The first day of column 0.
    public let origin: CalendarDay

    /// The scale whose column 0 starts the unit (week, month or quarter) holding `day`.
    public init(zoom: TimelineZoom, startingAt day: CalendarDay) {
        self.zoom = zoom
        origin = Self.unitStart(of: day, zoom: zoom)
    }

    /// The scale a user first sees: starting one unit before the one holding `today`.
    public static func around(_ today: CalendarDay, zoom: TimelineZoom) -> TimelineScale {
        TimelineScale(zoom: zoom, startingAt: today).shifted(byUnits: -1)
    }

    /// Columns one unit (week, month or quarter) takes.
    public var columnsPerUnit: Int { zoom == .week ? 7 : 6 }

    /// Columns one month takes, for the month-based zooms.
    private var columnsPerMonth: Int { zoom == .quarter ? 2 : 6 }

    /// The same zoom moved by whole units (negative: earlier).
    public func shifted(byUnits count: Int) -> TimelineScale {
        switch zoom {
        case .week: TimelineScale(zoom: zoom, startingAt: origin.adding(days: 7 * count))
        case .month: TimelineScale(zoom: zoom, startingAt: origin.adding(months: count))
        case .quarter: TimelineScale(zoom: zoom, startingAt: origin.adding(months: 3 * count))
        }
    }

    /// The column holding `day`: negative before the origin.
    public func column(of day: CalendarDay) -> Int {
        if zoom == .week { return origin.days(until: day) }
        let months = Self.monthIndex(day) - Self.monthIndex(origin)
        return months * columnsPerMonth + (day.day - 1) * columnsPerMonth / CalendarDay.daysIn(month: day.month, year: day.year)
    }

    /// The days a column covers, first to last.
    public func days(inColumn column: Int) -> ClosedRange<CalendarDay> {
        if zoom == .week {
            let day = origin.adding(days: column)
            return day...day
        }
        let perMonth = columnsPerMonth
        let monthOffset = column >= 0 ? column / perMonth : -((-column + perMonth - 1) / perMonth)
        let part = column - monthOffset * perMonth
        let first = origin.adding(months: monthOffset)
        let length = CalendarDay.daysIn(month: first.month, year: first.year)
        // Day d (1-based) is in part (d - 1) * perMonth / length.
        let firstDay = (part * length + perMonth - 1) / perMonth + 1
        let lastDay = ((part + 1) * length + perMonth - 1) / perMonth
        return first.adding(days: firstDay - 1)...first.adding(days: lastDay - 1)
    }

    /// Whole units that fit in `columns`, at least one: the step of a page.
    public func units(in columns: Int) -> Int { max(1, columns / columnsPerUnit) }

    /// The first day of the week (Monday), month or quarter holding `day`.
    /// Built by counting days, so that a window scrolled past year 9999 never traps.
    static func unitStart(of day: CalendarDay, zoom: TimelineZoom) -> CalendarDay {
        switch zoom {
        case .week: day.adding(days: 1 - day.isoWeekday)
        case .month: day.adding(days: 1 - day.day)
        case .quarter: day.adding(days: 1 - day.day).adding(months: -((day.month - 1) % 3))
        }
    }

    private static func monthIndex(_ day: CalendarDay) -> Int { day.year * 12 + day.month - 1 }
}
