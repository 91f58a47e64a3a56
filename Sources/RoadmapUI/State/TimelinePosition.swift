import RoadmapCore

/// Where the timeline screen looks: the zoom and first day of its time axis,
/// its first row, and the screen it goes back to.
struct TimelinePosition: Equatable, Sendable {
    var scale: TimelineScale
    /// The first row shown (an index into ``TimelineRows``).
    var top = 0
    /// The list or the overview, whichever opened the timeline.
    var returnTo: Screen = .list
    /// Whose fiscal year the quarter zoom's axis follows (nil: the calendar year's quarters).
    var fiscal: FiscalYear.Kind?

    /// The default view: months, from the month before today's.
    init(today: CalendarDay) {
        scale = .around(today, zoom: .month)
    }
}
