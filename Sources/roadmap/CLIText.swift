import RoadmapCore

/// The command line's own sentences in English, Thai and Japanese (`--lang`):
/// the closing lines of `list` and `log` and a due date's distance in `show`.
/// Table cells stay the file's words, for scripts.
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
        case .ja: "\(count) 件の変更" + (day.map { "（\($0) 以降）" } ?? "")
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
}
