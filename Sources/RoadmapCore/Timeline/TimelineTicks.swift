/// A label on the time axis, starting at a column.
public struct TimelineTick: Equatable, Sendable {
    public var column: Int
    public var label: String

    public init(column: Int, label: String) {
        self.column = column
        self.label = label
    }
}

extension TimelineScale {
    /// The labels over the first `columns` columns. `lower` names each unit:
    /// the Monday's day of the month, the month, or the quarter. `upper`
    /// names the larger period (the month and year at week zoom, else the
    /// year), at column 0 and wherever a new one begins. At quarter zoom
    /// with `fiscal`, quarters and years are that fiscal year's (`Q1`
    /// from October and `FY2570` for Thai, from April and `2026年度` for Japanese).
    public func ticks(
        columns: Int, language: InterfaceLanguage, calendar: CalendarSystem, fiscal: FiscalYear.Kind? = nil
    ) -> (upper: [TimelineTick], lower: [TimelineTick]) {
        var upper: [TimelineTick] = [], lower: [TimelineTick] = []
        let fiscal = zoom == .quarter ? fiscal : nil
        func addUpper(_ column: Int, _ day: CalendarDay) {
            let label = zoom == .week
                ? Self.monthLabel(day, language: language, calendar: calendar)
                : fiscal.map { FiscalYear(containing: day, kind: $0).shortName(in: language) }
                ?? Self.yearLabel(day.year, language: language, calendar: calendar)
            if upper.last?.column == column { upper.removeLast() }
            upper.append(TimelineTick(column: column, label: label))
        }
        addUpper(0, origin)
        var unit = 0
        while unit * columnsPerUnit < columns {
            let start = shifted(byUnits: unit).origin
            let column = unit * columnsPerUnit
            switch zoom {
            case .week:
                lower.append(TimelineTick(column: column, label: String(start.day)))
                // The 1st of a month falls somewhere in this week.
                let next = start.adding(days: 6)
                if next.month != start.month || start.day == 1 {
                    addUpper(column + (start.day == 1 ? 0 : start.days(until: next.adding(days: 1 - next.day))), next)
                }
            case .month:
                lower.append(TimelineTick(column: column, label: DateFormatting.monthName(start.month, language: language.rawValue)))
                if start.month == 1 { addUpper(column, start) }
            case .quarter:
                let year = fiscal.map { FiscalYear(containing: start, kind: $0) }
                lower.append(TimelineTick(column: column, label: "Q\(year?.quarter(of: start) ?? (start.month - 1) / 3 + 1)"))
                if start == year?.first ?? CalendarDay(year: start.year, month: 1, day: 1) { addUpper(column, start) }
            }
            unit += 1
        }
        return (upper.filter { $0.column < columns }, lower)
    }

    /// A year on the axis: `2026`, `พ.ศ. 2569`, `2026年`, `2569 BE`.
    public static func yearLabel(_ year: Int, language: InterfaceLanguage, calendar: CalendarSystem) -> String {
        let shown = DateFormatting.year(year, in: calendar)
        switch (language, calendar) {
        case (.th, .buddhist): return "พ.ศ. \(shown)"
        case (.ja, .gregorian): return "\(shown)年"
        case (.ja, .buddhist): return "仏暦\(shown)年"
        case (.en, .buddhist): return "\(shown) BE"
        default: return "\(shown)"
        }
    }

    /// A month and its year: `Dec 2026`, `ธ.ค. 2569`, `2026年12月`.
    public static func monthLabel(_ day: CalendarDay, language: InterfaceLanguage, calendar: CalendarSystem) -> String {
        let month = DateFormatting.monthName(day.month, language: language.rawValue)
        switch language {
        case .ja: return yearLabel(day.year, language: language, calendar: calendar) + month
        case .th: return "\(month) \(DateFormatting.year(day.year, in: calendar))"
        case .en: return "\(month) \(yearLabel(day.year, language: language, calendar: calendar))"
        }
    }
}

extension TimelineTick {
    /// The ticks laid out on one line exactly `columns` wide (by display
    /// width). A label is left out when it would run into the next one or
    /// past the end: a label is never cut.
    public static func line(_ ticks: [TimelineTick], columns: Int) -> String {
        var text = "", used = 0
        for (i, tick) in ticks.enumerated() where tick.column >= used && tick.column < columns {
            let end = i + 1 < ticks.count ? min(columns, ticks[i + 1].column - 1) : columns
            let width = DisplayWidth.of(tick.label)
            guard tick.column + width <= end else { continue }
            text += String(repeating: " ", count: tick.column - used) + tick.label
            used = tick.column + width
        }
        return text + String(repeating: " ", count: max(0, columns - used))
    }
}
