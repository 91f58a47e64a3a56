import RoadmapCore

/// Dates and weeks typed on the command line (`set`, `add`, `snapshot`,
/// `timeline`, `log`), read as the UI's date prompt reads them.
///
/// A year from 2400 is B.E. with `--calendar buddhist`. A date more than
/// ``DateInput/farYears`` years from today (a year typed in the other era,
/// most likely) is refused (65), naming both readings, unless `--calendar
/// gregorian` is given: the UI asks first, and a script must not keep such a
/// date on a warning nobody reads.
enum TypedDate {
    /// The day `text` names for `option`; `none` is nil. Relative forms
    /// (`+2w`, `-1m`) count from `base` (the date being changed) when given,
    /// else from today; `today`, `tomorrow` and `yesterday` from today.
    static func day(
        _ text: String, option: String, today: CalendarDay, calendar: some CalendarOptionFields, from base: CalendarDay? = nil
    ) throws(RoadmapError) -> CalendarDay? {
        if text.lowercased() == "none" { return nil }
        let era = calendar.inputCalendar
        guard let day = DateInput.parse(text, today: today, calendar: era, relativeTo: base) else {
            let hint = era == .buddhist ? " (years from 2400 are B.E.)" : ""
            throw RoadmapError.badInput(refusal(option, text, forms: DateInput.formsHelp + hint, buddhist: era == .buddhist))
        }
        try checkDay(day, typed: text, option: option, today: today, calendar: calendar, from: base)
        return day
    }

    /// Why `text` is refused for `option`: the day it fails to name when it
    /// is in the `YYYY-MM-DD` form (`February 2027 has no day 30`), else the
    /// dates and the `forms` taken. A year read as B.E. (`buddhist`, from
    /// 2400) gets the second: its month and day are checked in the Gregorian year.
    static func refusal(_ option: String, _ text: String, forms: String, buddhist: Bool = false) -> String {
        let escaped = TerminalSafe.escape(text), iso = text.trimmingCharacters(in: .whitespaces)
        let readAsBE = buddhist && (Int(iso.prefix(4)).map { $0 >= DateInput.firstBuddhistYear } ?? false)
        if !readAsBE, let why = CalendarDay.whyNoSuchDay(iso: iso) { return "\(option) \"\(escaped)\" is not a date: \(why)." }
        return "\(option) \"\(escaped)\" is not a date from \(DateInput.supportedHelp); use \(forms)."
    }

    /// Refuses `day`, read from `typed`, when it is more than
    /// ``DateInput/farYears`` years from today and `--calendar gregorian` was
    /// not given, naming the B.E. reading of `typed` when that is near.
    static func checkDay(
        _ day: CalendarDay, typed: String, option: String, today: CalendarDay, calendar: some CalendarOptionFields,
        from base: CalendarDay? = nil
    ) throws(RoadmapError) {
        let buddhist = DateInput.parse(typed, today: today, calendar: .buddhist, relativeTo: base)
        try refuseFar(
            day, typed: typed, shown: day.description, option: option, today: today, calendar: calendar,
            buddhistReading: buddhist.flatMap { $0 == day ? nil : ($0, $0.description) })
    }

    /// The ISO week `text` (`YYYY-Www`) names, its year read in `calendar`
    /// (`2569-W49` is 2026-W49 in the Buddhist Era); nil when it names none.
    static func week(_ text: String, calendar: CalendarSystem) -> IsoWeek? {
        guard calendar == .buddhist, let year = Int(text.prefix(4)), text.prefix(4).allSatisfy(\.isASCII),
              year >= DateInput.firstBuddhistYear
        else { return IsoWeek(parsing: text) }
        return IsoWeek(parsing: "\(year - 543)\(text.dropFirst(4))")
    }

    /// Refuses a `--week` more than ``DateInput/farYears`` years from today,
    /// as ``day(_:option:today:calendar:from:)`` refuses a date.
    static func checkWeek(_ week: IsoWeek, typed: String, today: CalendarDay, calendar: some CalendarOptionFields) throws(RoadmapError) {
        let buddhist = self.week(typed, calendar: .buddhist).flatMap { $0 == week ? nil : ($0.monday, $0.description) }
        try refuseFar(
            week.monday, typed: typed, shown: week.description, option: "--week", today: today, calendar: calendar, buddhistReading: buddhist)
    }

    /// Refuses `day` when it is far from today and `--calendar gregorian`
    /// was not given. `buddhistReading` is what `typed` names as a B.E. year
    /// (and how it is written), offered when that is near.
    private static func refuseFar(
        _ day: CalendarDay, typed: String, shown: String, option: String, today: CalendarDay,
        calendar: some CalendarOptionFields, buddhistReading: (CalendarDay, String)?
    ) throws(RoadmapError) {
        guard DateInput.isFar(day, today: today), !calendar.keepsFarDates else { return }
        let years = abs(today.days(until: day)) / 365
        let typed = TerminalSafe.escape(typed)
        let named = typed.lowercased() == shown.lowercased() ? typed : "\(typed) (\(shown))"
        if calendar.inputCalendar == .gregorian, let (other, written) = buddhistReading, !DateInput.isFar(other, today: today) {
            let year = typed.prefix(4)
            throw .badInput(
                "\(option) \(named) is \(years) years from today; if \(year) is a Buddhist-Era year, give --calendar buddhist "
                    + "(that is \(written)); to keep \(year) give --calendar gregorian.")
        }
        let how = calendar.inputCalendar == .buddhist && named != typed ? "give \(shown) with --calendar gregorian" : "give --calendar gregorian"
        throw .badInput("\(option) \(named) is \(years) years from today; to keep it, \(how).")
    }
}
