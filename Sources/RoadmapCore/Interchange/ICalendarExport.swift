/// A roadmap as an RFC 5545 calendar: one all-day event per milestone with a
/// due date, for calendar programs.
///
/// - `UID` is `<milestone id>@<workstream id>.roadmap` in lower case: ids
///   never change, so a re-imported calendar updates its events instead of
///   adding new ones, whatever happens to titles and dates.
/// - The event covers the due day, or the days from the start date to the
///   due date when there is one (`DTEND` is the day after, as RFC 5545
///   wants for all-day events; a `DURATION` of days instead when the day
///   after has no four-digit year, due 9999-12-31 in an old file).
/// - `STATUS`: planned → `TENTATIVE`; in-progress, at-risk, blocked and
///   done → `CONFIRMED`; dropped → `CANCELLED`. The exact status is in
///   `X-ROADMAP-STATUS` and the description.
/// - `SUMMARY` is the id and the title in the chosen language;
///   `DESCRIPTION` holds the status, owner, every translation and the notes;
///   `CATEGORIES` is the workstream's id.
/// - `SEQUENCE` counts the milestone's recorded changes and `LAST-MODIFIED`
///   is the latest, so calendars see an updated event as newer.
public struct ICalendarExport {
    public var roadmap: Roadmap
    /// Language of summaries and the calendar's name.
    public var language: String
    /// `DTSTAMP`: when the calendar was made.
    public var stamp: Timestamp

    public init(roadmap: Roadmap, language: String, stamp: Timestamp) {
        self.roadmap = roadmap
        self.language = language
        self.stamp = stamp
    }

    /// The calendar's text, CRLF line endings, every line folded.
    public func render() -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//roadmap//Thai-Japan EID roadmap tracker//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICalendarText.escape(roadmap.title.text(in: language)),
        ]
        for workstream in roadmap.workstreams {
            for milestone in workstream.milestones where milestone.due != nil {
                lines += event(milestone, in: workstream)
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }

    /// The event's stable UID.
    public static func uid(milestoneID: String, workstreamID: String) -> String {
        "\(milestoneID.lowercased())@\(workstreamID.lowercased()).roadmap"
    }

    /// The `STATUS` value of a milestone's event.
    public static func eventStatus(_ status: Status) -> String {
        switch status {
        case .planned: "TENTATIVE"
        case .inProgress, .atRisk, .blocked, .done: "CONFIRMED"
        case .dropped: "CANCELLED"
        }
    }

    private func event(_ milestone: Milestone, in workstream: Workstream) -> [String] {
        guard let due = milestone.due else { return [] }
        let first = min(milestone.start ?? due, due), end = due.adding(days: 1)
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + ICalendarText.escape(Self.uid(milestoneID: milestone.id, workstreamID: workstream.id)),
            "DTSTAMP:" + Self.dateTime(stamp),
            "DTSTART;VALUE=DATE:" + Self.date(first),
            end.year <= 9999 ? "DTEND;VALUE=DATE:" + Self.date(end) : "DURATION:P\(first.days(until: end))D",
            "SUMMARY:" + ICalendarText.escape("\(milestone.id): \(milestone.title.text(in: language))"),
            "DESCRIPTION:" + ICalendarText.escape(description(milestone, in: workstream)),
            "CATEGORIES:" + ICalendarText.escape(workstream.id),
            "STATUS:" + Self.eventStatus(milestone.status),
            "X-ROADMAP-STATUS:" + milestone.status.rawValue,
            "TRANSP:TRANSPARENT",
            "SEQUENCE:\(milestone.history.count)",
        ]
        if let last = milestone.history.map(\.at).max() { lines.append("LAST-MODIFIED:" + Self.dateTime(last)) }
        lines.append("END:VEVENT")
        return lines
    }

    private func description(_ milestone: Milestone, in workstream: Workstream) -> String {
        var parts = ["Status: \(milestone.status.rawValue)"]
        if let owner = milestone.owner { parts.append("Owner: \(owner)") }
        parts.append("Workstream: \(workstream.title.text(in: language))")
        if let translations = milestone.title.translations {
            parts += translations.map { "\($0.language): \($0.text)" }
        }
        if let notes = milestone.notes { parts.append("Notes: \(notes)") }
        return parts.joined(separator: "\n")
    }

    /// `YYYYMMDD`.
    static func date(_ day: CalendarDay) -> String {
        String(decoding: day.description.utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self)
    }

    /// `YYYYMMDDTHHMMSSZ`.
    static func dateTime(_ time: Timestamp) -> String {
        String(decoding: time.description.utf8.filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ":") }, as: UTF8.self)
    }
}
