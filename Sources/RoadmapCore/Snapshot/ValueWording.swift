import Foundation

/// A milestone's values as people read them in one language and calendar,
/// in the snapshot's words (``SnapshotWording``): status, lead side, slip,
/// why a link is off track, dates and moments, and recorded history values.
/// `list`, `show` and `log` use it, so `--lang th` reads as the report does.
///
/// English keeps the file's words (`at-risk`, `th`, `+21d`), which scripts
/// reading the text match; dates follow the calendar (ISO in English
/// Gregorian, `27 พ.ย. 2569` in Thai Buddhist Era, `2026年11月27日`).
public struct ValueWording: Sendable {
    public let language: InterfaceLanguage
    public let calendar: CalendarSystem
    /// Dates and times with no-break spaces (U+00A0), so that wrapping
    /// (``TextTable/wrappedLines(_:widths:hangFrom:maxWidth:)``) never splits
    /// one; the wrapped lines have them made spaces again.
    public var keepTogether = false

    public init(language: InterfaceLanguage, calendar: CalendarSystem) {
        self.language = language
        self.calendar = calendar
    }

    private var snapshot: SnapshotWording {
        var words = SnapshotWording(language: language, calendar: calendar)
        words.keepTogether = keepTogether
        return words
    }

    /// `in-progress`, `ดำเนินการ`, `進行中`.
    public func status(_ status: Status) -> String { status.word(in: language) }

    /// `th`, `ฝ่ายไทย`, `日本側`: the file's word in English, the snapshot's side otherwise.
    public func lead(_ lead: Lead) -> String { language == .en ? lead.rawValue : snapshot.lead(lead) }

    /// `+21d`, `+21 วัน`, `+21日` (``Slip/text(in:)``).
    public func slip(_ slip: Slip) -> String { slip.text(in: language) }

    /// `at-risk`, `เลยกำหนดตั้งแต่ 27 พ.ย. 2569`, `期限2027年3月1日（2027年2月1日より後）`.
    public func offTrack(_ why: Roadmap.OffTrack) -> String { snapshot.offTrack(why) }

    /// A day in the language and calendar.
    public func date(_ day: CalendarDay) -> String {
        let text = DateFormatting.format(day, language: language.rawValue, calendar: calendar)
        return keepTogether ? SnapshotWording.glued(text) : text
    }

    /// `2026-11-02 09:30`, `2 พ.ย. 2569 09:30`, `2026年11月2日 09:30`: a moment's
    /// day and minute on the clock of `zone` (the programme's).
    public func time(_ moment: Timestamp, in zone: TimeZone) -> String {
        "\(date(moment.day(in: zone)))\(keepTogether ? "\u{00A0}" : " ")\(moment.timeOfDay(in: zone))"
    }

    /// A value history recorded for the field `field` (`status`, `due`,
    /// `lead`, …): a status word, a date, a lead side; other text as written.
    public func recorded(_ value: String, field: String) -> String {
        if FieldWord(historyField: field) == .lead, let lead = Lead(rawValue: value) { return self.lead(lead) }
        let text = HistoryEntry.value(value, field: field, language: language, calendar: calendar) ?? value
        let word = FieldWord(historyField: field)
        return keepTogether && (word == .due || word == .start) ? SnapshotWording.glued(text) : text
    }
}

extension Slip {
    /// The slip in a language: the file's short form in English (`+45d`,
    /// `0d`, `new`), the snapshot's days otherwise (`+45 วัน`, `±0日`).
    public func text(in language: InterfaceLanguage) -> String {
        switch (self, language) {
        case (_, .en), (.undated, _): description
        case (.new, .th): "ใหม่"
        case (.new, .ja): "新規"
        case (.days(let count), _): SnapshotWording(language: language, calendar: .gregorian).days(signed: count)
        }
    }
}
