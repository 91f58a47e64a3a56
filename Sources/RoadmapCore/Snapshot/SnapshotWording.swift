import Foundation

/// How the snapshot puts things into words in one language and calendar:
/// status words, dates, the week, changes and day counts. Text from the
/// file is returned as it is; each renderer makes it safe for its format.
struct SnapshotWording {
    var language: InterfaceLanguage
    var calendar: CalendarSystem
    /// The language titles are also given in, after the first (`--lang th,en`).
    var second: InterfaceLanguage?
    /// Dates (`20 ต.ค. 2569`) and counts (`dropped 1 (not counted)`) with
    /// no-break spaces (U+00A0), so that wrapping never splits them; the
    /// text renderer turns them back into spaces once lines are made.
    var keepTogether = false

    init(language: InterfaceLanguage, calendar: CalendarSystem, second: InterfaceLanguage? = nil) {
        self.language = language
        self.calendar = calendar
        self.second = second == language ? nil : second
    }

    /// The wording a style asks for.
    init(style: SnapshotStyle) {
        self.init(language: style.language, calendar: style.calendar, second: style.secondLanguage)
    }

    func say(_ text: SnapshotText, _ arguments: String...) -> String { text.text(language, arguments) }

    /// A title in the report's language, then ` / ` and the second language's when there is one and it differs.
    func title(_ text: LocalizedText) -> String {
        let (first, other) = titles(text)
        return other.map { first + " / " + $0 } ?? first
    }

    /// A title in the report's language, and in the second language when there is one and it differs.
    func titles(_ text: LocalizedText) -> (first: String, second: String?) {
        let first = text.text(in: language.rawValue)
        guard let second else { return (first, nil) }
        let other = text.text(in: second.rawValue)
        return (first, other == first ? nil : other)
    }

    func status(_ status: Status) -> String { status.word(in: language) }

    /// A status word as history records it: translated when it is a known status.
    func status(recorded word: String?) -> String {
        guard let word else { return say(.none) }
        return Status(rawValue: word).map(status) ?? word
    }

    func date(_ day: CalendarDay?) -> String {
        guard let day else { return say(.none) }
        let text = DateFormatting.format(day, language: language.rawValue, calendar: calendar)
        return keepTogether ? Self.glued(text) : text
    }

    /// A day without its year: `2 Dec`, `2 ธ.ค.`, `12月2日`.
    func dayAndMonth(_ day: CalendarDay) -> String {
        let text = language == .ja ? "\(day.month)月\(day.day)日" : "\(day.day) \(DateFormatting.monthName(day.month, language: language.rawValue))"
        return keepTogether ? Self.glued(text) : text
    }

    /// An item of a list, kept on one line when ``keepTogether``.
    private func item(_ text: String) -> String { keepTogether ? Self.glued(text) : text }

    /// `text` with its spaces made no-break spaces.
    static func glued(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ $0.contains(UInt8(ascii: " ")) }) else { return text }
        return String(text.unicodeScalars.lazy.map { $0 == " " ? "\u{00A0}" : Character($0) })
    }

    /// `Week 48 (23–29 Nov 2026)`, `สัปดาห์ที่ 48 (23–29 พ.ย. 2569)`, `第48週（2026年11月23日〜29日）`.
    func week(_ week: IsoWeek) -> String {
        let range = dateRange(week.monday, week.sunday)
        return say(.week, String(week.week)) + (language == .ja ? "（\(range)）" : " (\(range))")
    }

    /// Two days written with what they share said once: `23–29 Nov 2026`,
    /// `30 Nov – 6 Dec 2026`, `28 Dec 2026 – 3 Jan 2027`, `2026年11月30日〜12月6日`.
    func dateRange(_ first: CalendarDay, _ last: CalendarDay) -> String {
        let firstYear = DateFormatting.year(first.year, in: calendar), lastYear = DateFormatting.year(last.year, in: calendar)
        if language == .ja {
            let era = calendar == .buddhist ? "仏暦" : ""
            let tail = first.year != last.year ? "\(lastYear)年\(last.month)月\(last.day)日"
                : first.month != last.month ? "\(last.month)月\(last.day)日" : "\(last.day)日"
            return "\(era)\(firstYear)年\(first.month)月\(first.day)日〜\(tail)"
        }
        let month = { (day: CalendarDay) in DateFormatting.monthName(day.month, language: language.rawValue) }
        let era = language == .en && calendar == .buddhist ? " BE" : ""
        if first.year != last.year {
            return "\(first.day) \(month(first)) \(firstYear)\(era) – \(last.day) \(month(last)) \(lastYear)\(era)"
        }
        if first.month != last.month {
            return "\(first.day) \(month(first)) – \(last.day) \(month(last)) \(lastYear)\(era)"
        }
        return "\(first.day)–\(last.day) \(month(last)) \(lastYear)\(era)"
    }

    /// The week's Thai and Japanese fiscal years, for the header (by its Thursday, which names the ISO week's year).
    func fiscalYears(_ week: IsoWeek) -> String {
        let day = week.monday.adding(days: 3)
        return FiscalYear.Kind.allCases.map { FiscalYear(containing: day, kind: $0).name(in: language) }.joined(separator: " · ")
    }

    /// `+28 days`, `-1 day`, `±0 days`.
    func days(signed count: Int) -> String {
        say(abs(count) == 1 ? .oneDay : .days, signed(count))
    }

    private func signed(_ count: Int) -> String { count > 0 ? "+\(count)" : count == 0 ? "±0" : "\(count)" }

    func late(_ days: Int) -> String { say(days == 1 ? .oneDayLate : .daysLate, String(days)) }

    func dueIn(_ days: Int) -> String {
        days == 0 ? say(.today) : days == 1 ? say(.tomorrow) : say(.inDays, String(days))
    }

    /// What moved, each change of the milestone in turn, e.g.
    /// `due: 2026-12-18 → 2027-01-15 (+28 days)` or `added as planned; status: planned → in-progress`.
    func change(_ move: WeeklySnapshot.Move) -> String {
        move.changes.map { change in
            switch change {
            case .added(let word):
                return say(.added, status(recorded: word))
            case .status(let path):
                let steps = path.map { status(recorded: $0) }.joined(separator: " → ")
                    return say(change.isCompletion ? .completed : .statusChange, steps)
            case .due(let from, let to, let times):
                var text = "\(date(from)) → \(date(to))"
                if let net = change.netDays {
                    let amount = times > 1
                        ? say(abs(net) == 1 ? .netOneDay : .netDays, signed(net), String(times)) : days(signed: net)
                    text += language == .ja ? "（\(amount)）" : " (\(amount))"
                }
                return say(.dueChange, text)
            }
        }.joined(separator: language == .ja ? "。" : "; ")
    }

    /// `as of 27 Nov 2026 (Asia/Bangkok time)`.
    func asOf(_ snapshot: WeeklySnapshot) -> String { say(.asOf, date(snapshot.asOf), snapshot.timeZone) }

    /// What page one says under the header when the report's day comes
    /// before the file's first recorded change: from which day a report can
    /// be trusted; nil when the history reaches back to it.
    func beforeHistoryWarning(_ snapshot: WeeklySnapshot) -> String? {
        guard let from = snapshot.changesKnownFrom, snapshot.asOf < from else { return nil }
        return say(.beforeHistory, date(from))
    }

    /// The line page one gives a week counted in a zone the programme has
    /// changed from since (``WeeklySnapshot/zoneChangedSince``); nil otherwise.
    func zoneChangeNote(_ snapshot: WeeklySnapshot) -> String? {
        guard let now = snapshot.zoneChangedSince else { return nil }
        return say(.zoneThen, snapshot.timeZone, now.zone ?? say(.noZone), date(now.since))
    }

    /// What the report says under "moved this week" about how far back the
    /// file's history reaches; nil when it reaches back before the week.
    func historyNote(_ snapshot: WeeklySnapshot) -> String? {
        guard let from = snapshot.changesKnownFrom, from > snapshot.week.monday else { return nil }
        return say(.knownFrom, date(from))
    }

    /// A health in words with its glyph, which print in black and white: `✗ off track`.
    func health(_ health: WeeklySnapshot.Highlights.Health) -> String {
        switch health {
        case .onTrack: "✓ " + say(.onTrack)
        case .needsAttention: "▲ " + say(.needsAttention)
        case .offTrack: "✗ " + say(.offTrack)
        }
    }

    /// What a workstream's health comes from: `1 overdue, 2 at risk`; empty when on track.
    func healthReasons(_ part: WeeklySnapshot.Highlights.WorkstreamHealth) -> String {
        let counts: [(Int, SnapshotText)] = [
            (part.overdue, .overdueCount), (part.blocked, .blockedCount), (part.atRisk, .atRiskCount),
            (part.slipped, .slippedCount), (part.offTrackLinks, .linkCount),
        ]
        return counts.filter { $0.0 > 0 }.map { say($0.1, String($0.0)) }.joined(separator: language == .ja ? "、" : ", ")
    }

    /// How the counts changed since the week before: `done 1 → 2, at-risk 0 → 1`, or `no change`.
    func sinceLastWeek(_ now: WeeklySnapshot.Progress, _ before: WeeklySnapshot.Progress) -> String {
        let changed = Status.allCases.indices.filter { now.counts[$0] != before.counts[$0] }
        let text = changed.isEmpty ? say(.noCountChange)
            : changed.map { item("\(status(Status.allCases[$0])) \(before.counts[$0]) → \(now.counts[$0])") }
                .joined(separator: language == .ja ? "、" : ", ")
        return say(.sinceLastWeek, text)
    }

    /// `Thai side`, `Japanese side`, `joint`.
    func lead(_ lead: Lead) -> String {
        switch lead {
        case .th: say(.leadTH)
        case .jp: say(.leadJP)
        case .joint: say(.leadJoint)
        }
    }

    /// The line under a milestone that needs attention or slipped: owner,
    /// lead side, and the latest reason with its day and author.
    func followUp(_ row: WeeklySnapshot.MilestoneRow, reason: HistoryEntry?, timeZone: TimeZone, owner: Bool = true) -> String? {
        var parts: [String] = []
        if owner, let name = row.owner { parts.append(say(.ownerNote, name)) }
        if let lead = row.lead { parts.append(say(.leadNote, self.lead(lead))) }
        if let reason, let text = reason.explanationText {
            parts.append("\(date(reason.at.day(in: timeZone)))\(reason.by.map { " \($0)" } ?? ""): \(text)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// `Thai-led`, `Japan-led`, `joint`: the lead side in a word, for page one.
    func shortLead(_ lead: Lead) -> String {
        switch lead {
        case .th: say(.thaiLed)
        case .jp: say(.japanLed)
        case .joint: say(.leadJoint)
        }
    }

    /// Page one's follow-up line, shorter than ``followUp(_:reason:timeZone:owner:)``
    /// so that the reason has the room: the owner (labelled only when no
    /// reason follows), the lead side in a word, the reason's day (without
    /// the year when it is the year of `asOf`, the report's day), author and
    /// reason: `DIW · Thai-led · 2 Dec DIW: Site selection…`, `owner DIW · Thai-led`.
    func briefFollowUp(_ row: WeeklySnapshot.MilestoneRow, reason: HistoryEntry?, timeZone: TimeZone, asOf: CalendarDay) -> String? {
        var parts: [String] = []
        let text = reason?.explanationText
        if let name = row.owner { parts.append(text == nil ? say(.ownerNote, name) : name) }
        if let lead = row.lead { parts.append(shortLead(lead)) }
        if let reason, let text {
            let day = reason.at.day(in: timeZone)
            let when = day.year == asOf.year && day <= asOf ? dayAndMonth(day) : date(day)
            parts.append("\(when)\(reason.by.map { " \($0)" } ?? ""): \(text)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// What a milestone waits for (`id`), and why that is off track: `waits for CE3: blocked`.
    func waitsFor(_ id: String, _ why: Roadmap.OffTrack) -> String {
        say(.waitsFor, id, offTrack(why))
    }

    /// Why a link is off track: `at-risk`, `overdue since 2026-10-30`, `due 2027-03-01, after 2027-02-01`.
    func offTrack(_ why: Roadmap.OffTrack) -> String {
        switch why {
        case .status(let word): status(word)
        case .overdue(let due): say(.overdueSince, date(due))
        case .dueTooLate(let due, let date): say(.dueAfter, self.date(due), self.date(date))
        }
    }

    /// Each status with its count: `planned 12 · in-progress 4 · … · dropped 1 (not counted)`.
    func counts(_ progress: WeeklySnapshot.Progress) -> String {
        zip(Status.allCases, progress.counts).map { word, count in
            let text = "\(status(word)) \(count)"
            let item = word == .dropped && count > 0 ? say(.notCounted, text) : text
            return keepTogether ? Self.glued(item) : item
        }.joined(separator: " · ")
    }

    /// `2/21`.
    func doneOfTotal(_ progress: WeeklySnapshot.Progress) -> String { "\(progress.done)/\(progress.total)" }

    /// An ASCII bar of `width` cells between brackets: `[####......]`.
    static func bar(percent: Int, width: Int) -> String {
        let filled = min(width, max(0, percent * width / 100))
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
    }
}
