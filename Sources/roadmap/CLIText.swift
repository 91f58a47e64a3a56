import RoadmapCore

import RoadmapUI

/// The command line's own sentences in English, Thai and Japanese (`--lang`):
/// the closing lines of `list` and `log`, a due date's distance, slip against
/// a baseline and a late dependency. Values come from ``ValueWording``; in
/// English they are the file's words, which scripts match.
enum CLIText {
    /// `21 milestones, 1 overdue (!), 2 waiting on a late dependency (⚠) as of 2026-11-26`.
    static func listFooter(count: Int, overdue: Int, late: Int, asOf day: String, in language: InterfaceLanguage) -> String {
        switch language {
        case .en:
            return "\(count) \(count == 1 ? "milestone" : "milestones")" + (overdue > 0 ? ", \(overdue) overdue (!)" : "")
                + (late > 0 ? ", \(late) waiting on a late dependency (⚠)" : "") + " as of \(day)"
        case .th:
            return "\(count) หมุดหมาย" + (overdue > 0 ? ", เลยกำหนด \(overdue) (!)" : "")
                + (late > 0 ? ", รอผลจากงานที่ล่าช้า \(late) (⚠)" : "") + " ณ \(day)"
        case .ja:
            return "\(count) 件" + (overdue > 0 ? "、期限超過 \(overdue) 件 (!)" : "")
                + (late > 0 ? "、遅れている前提待ち \(late) 件 (⚠)" : "") + "（\(day) 現在）"
        }
    }

    /// `4 changes since 2026-11-23` (`since`: nil when all are listed).
    static func logFooter(count: Int, since day: String?, in language: InterfaceLanguage) -> String {
        switch language {
        case .en: "\(count) change\(count == 1 ? "" : "s")" + (day.map { " since \($0)" } ?? "")
        case .th: "\(count) การเปลี่ยนแปลง" + (day.map { " ตั้งแต่ \($0)" } ?? "")
        case .ja: "\(count) 件の変更" + (day.map { "（\($0)以降）" } ?? "")
        }
    }

    /// `CE2: nothing changed`: `set` given only what the milestone already has.
    static func nothingChanged(_ id: String, in language: InterfaceLanguage) -> String {
        switch language {
        case .en: "\(id): nothing changed"
        case .th: "\(id): ไม่มีอะไรเปลี่ยน"
        case .ja: "\(id): 変更なし"
        }
    }

    /// `counted in 2026-W50`: the week the weekly report counts a log row in, when not the week of the day shown.
    static func countedIn(_ week: IsoWeek, in language: InterfaceLanguage) -> String {
        switch language {
        case .en: "counted in \(week)"
        case .th: "นับในสัปดาห์ \(week)"
        case .ja: "\(week) に計上"
        }
    }

    /// ` (overdue by 3 days)`, ` (due today)`, ` (in 12 days)`: days from today to the due date.
    static func dueNote(days: Int, in language: InterfaceLanguage) -> String {
        switch (language, days) {
        case (.en, -1): " (overdue by 1 day)"
        case (.en, ..<0): " (overdue by \(-days) days)"
        case (.en, 0): " (due today)"
        case (.en, 1): " (in 1 day)"
        case (.en, _): " (in \(days) days)"
        case (.th, ..<0): " (เลยกำหนด \(-days) วัน)"
        case (.th, 0): " (ครบกำหนดวันนี้)"
        case (.th, _): " (อีก \(days) วัน)"
        case (.ja, ..<0): "（\(-days) 日超過）"
        case (.ja, 0): "（今日が期限）"
        case (.ja, _): "（あと \(days) 日）"
        }
    }

    /// `+58d against "Agreed …" (due 2026-09-30 then)`, `+58 วัน เทียบกับ “Agreed …” (เดิมกำหนด 30 ก.ย. 2569)`.
    static func slipAgainst(_ slip: String, baseline name: String, dueThen: String, in language: InterfaceLanguage) -> String {
        switch language {
        case .en: "\(slip) against \"\(name)\" (due \(dueThen) then)"
        case .th: "\(slip) \(UIText.againstBaseline.text(language, name)) (เดิมกำหนด \(dueThen))"
        case .ja: "\(slip) \(UIText.againstBaseline.text(language, name))（当時の期限 \(dueThen)）"
        }
    }

    /// `⚠ late dependency: waits for CE2, at-risk (other workstream)`: the line
    /// under a milestone in `list` for a link it waits on that is off track.
    static func lateDependency(_ id: String, why: String, otherWorkstream: Bool, in language: InterfaceLanguage) -> String {
        let other = otherWorkstream ? " " + UIText.otherWorkstream.text(language) : ""
        return switch language {
        case .en: "⚠ late dependency: waits for \(id), \(why)\(other)"
        case .th: "⚠ รอผลจากงานที่ล่าช้า: \(id) \(why)\(other)"
        case .ja: "⚠ 遅れている前提: \(id) \(why)\(other)"
        }
    }

    /// `⚠ off track: at-risk` beside a dependency in `show`.
    static func offTrack(_ why: String, in language: InterfaceLanguage) -> String {
        "⚠ " + (language == .en ? "off track" : UIText.offTrack.text(language)) + ": " + why
    }

    /// `(other workstream)` beside a dependency in `show`.
    static func otherWorkstream(in language: InterfaceLanguage) -> String { UIText.otherWorkstream.text(language) }

    /// `  (nearest first)` after the upstream ids in `show`.
    static func nearestFirst(in language: InterfaceLanguage) -> String {
        switch language {
        case .en: "(nearest first)"
        case .th: "(เรียงจากใกล้ที่สุด)"
        case .ja: "（近い順）"
        }
    }

    /// `(no changes recorded)` after `history` in `show`.
    static func noHistory(in language: InterfaceLanguage) -> String {
        switch language {
        case .en: "(no changes recorded)"
        case .th: "(\(UIText.noHistory.text(language)))"
        case .ja: "（\(UIText.noHistory.text(language))）"
        }
    }
}
