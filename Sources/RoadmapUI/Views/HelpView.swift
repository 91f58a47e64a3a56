import RoadmapCore

/// One line of the help screen: the keys (remappable ones as the live key
/// map has them) and what they do, in each language.
struct HelpEntry {
    enum Keys {
        /// Keys that cannot be moved, as written.
        case fixed(String)
        /// A remappable key, named as the key map has it now.
        case action(KeyAction)
    }
    var keys: [Keys]
    var en: String, th: String, ja: String
}

/// The help screen, drawn from the live key map: one entry a line, its
/// description wrapped under it when the screen is narrow; ↑ ↓ PgUp PgDn
/// Home End scroll it, `?` and Esc close it, `q` quits; no other key acts
/// behind it.
extension AppState {
    static let help: [HelpEntry] = [
        HelpEntry(keys: [.fixed("Tab S-Tab ← → 1 2 3")], en: "switch workstream (or click a tab)", th: "เปลี่ยนกลุ่มงาน (หรือคลิกแท็บ)", ja: "ワークストリーム切替 (タブをクリックでも)"),
        HelpEntry(keys: [.fixed("↑↓ PgUp PgDn Home End")], en: "move by row / page, first, last (j k g G; the wheel)", th: "เลื่อนทีละแถว / หน้า แรก สุดท้าย (j k g G; ล้อเมาส์)", ja: "行・ページ移動、先頭・末尾 (j k g G、ホイール)"),
        HelpEntry(keys: [.fixed("Enter")], en: "milestone detail (or double-click)", th: "รายละเอียด (หรือดับเบิลคลิก)", ja: "詳細 (ダブルクリックでも)"),
        HelpEntry(keys: [.action(.statusNext), .action(.statusPrevious), .action(.statusPick)], en: "next / previous status, or pick one (p i a b d x)", th: "สถานะถัดไป / ก่อนหน้า หรือเลือก (p i a b d x)", ja: "次 / 前の状態、または選択 (p i a b d x)"),
        HelpEntry(keys: [.action(.due)], en: "edit due date (2026-12-31, +2w, none)", th: "แก้วันกำหนด (2026-12-31, +2w, none)", ja: "期限を編集 (2026-12-31, +2w, none)"),
        HelpEntry(keys: [.action(.dueLaterDay), .action(.dueEarlierDay), .action(.dueLaterWeek), .action(.dueEarlierWeek)], en: "due +1 / -1 day, +1 / -1 week", th: "เลื่อนกำหนด +1 / -1 วัน, +1 / -1 สัปดาห์", ja: "期限 +1日 / -1日、+1週 / -1週"),
        HelpEntry(keys: [.action(.add), .action(.delete)], en: "add / delete a milestone (delete asks first)", th: "เพิ่ม / ลบหมุดหมาย (ถามก่อนลบ)", ja: "マイルストーン追加 / 削除 (削除は確認あり)"),
        HelpEntry(keys: [.action(.edit)], en: "edit title, owner, notes, start, lead, waits for", th: "แก้ชื่อ ผู้รับผิดชอบ หมายเหตุ วันเริ่ม ฝ่ายนำ งานที่ต้องรอ", ja: "件名・担当・メモ・開始日・主導・先行を編集"),
        HelpEntry(keys: [.action(.update)], en: "status update; at risk/blocked/dropped asks why", th: "เพิ่มรายงานความคืบหน้า; เป็นเสี่ยง ติดขัด ยุติ จะถามเหตุผล", ja: "状況報告を追加 (リスク・停止・中止にすると理由を記入)"),
        HelpEntry(keys: [.action(.mark)], en: "mark for a change to several", th: "ทำเครื่องหมายเพื่อแก้หลายรายการ", ja: "複数変更用にマーク"),
        HelpEntry(keys: [.action(.undo), .action(.redo)], en: "undo / redo", th: "ย้อน / ทำซ้ำ", ja: "元に戻す / やり直し"),
        HelpEntry(keys: [.action(.review)], en: "review: overdue, due in 14 days, at risk, blocked, !", th: "ทบทวน: เลยกำหนด ภายใน 14 วัน เสี่ยง ติดขัด !", ja: "レビュー: 超過・14日以内・リスク・停止・!"),
        HelpEntry(keys: [.action(.overview), .action(.timeline)], en: "overview / timeline (┆ baseline, ← → links, ! late)", th: "ภาพรวม / เส้นเวลา (┆ แผนฐาน, ← → ลิงก์, ! ล่าช้า)", ja: "全体の概要 / タイムライン (┆ ベースライン, ← → 依存, ! 遅れ)"),
        HelpEntry(keys: [.fixed("t: ← → PgUp PgDn . z Z")], en: "timeline: scroll in time, today, zoom in / out", th: "เส้นเวลา: เลื่อนเวลา วันนี้ ซูมเข้า / ออก", ja: "タイムライン: 時間移動・今日・拡大 / 縮小"),
        HelpEntry(keys: [.action(.fiscal)], en: "timeline: calendar / Thai / Japanese fiscal quarters",
                  th: "เส้นเวลา: ไตรมาสตามปีปฏิทิน / ปีงบประมาณไทย / ญี่ปุ่น", ja: "タイムライン: 四半期を暦年 / タイ会計年度 / 日本の年度で"),
        HelpEntry(keys: [.action(.filter), .action(.leadFilter)], en: "search every workstream / filter by lead (Esc clears)", th: "ค้นหาทุกกลุ่มงาน / กรองตามฝ่ายนำ (Esc ล้าง)", ja: "全ワークストリームを検索 / 主導で絞込 (Esc で解除)"),
        HelpEntry(keys: [.action(.nextMatch), .action(.previousMatch)], en: "next / previous match, on across workstreams", th: "รายการที่ตรงถัดไป / ก่อนหน้า ข้ามกลุ่มงาน", ja: "次 / 前の一致 (ワークストリームをまたいで)"),
        HelpEntry(keys: [.action(.jump), .action(.sort)], en: "go to an id (:SME5) / sort by due, status, owner", th: "ไปที่รหัส (:SME5) / เรียงตามกำหนด สถานะ ผู้รับผิดชอบ", ja: "ID へ移動 (:SME5) / 期限・状態・担当で並べ替え"),
        HelpEntry(keys: [.action(.overdue)], en: "everything overdue, in every workstream", th: "ทุกรายการที่เลยกำหนด ทุกกลุ่มงาน", ja: "全ワークストリームの期限超過"),
        HelpEntry(keys: [.fixed("!")], en: "beside an id: waits for a milestone that is off track", th: "หน้ารหัส: รอผลจากหมุดหมายที่ไม่เป็นไปตามแผน", ja: "ID の前: 前提のマイルストーンに遅延の恐れ"),
        HelpEntry(keys: [.action(.snapshot)], en: "write this week's snapshot", th: "เขียนสรุปประจำสัปดาห์", ja: "今週のスナップショットを書き出す"),
        HelpEntry(keys: [.action(.log), .action(.sync)], en: "log of changes, who and why / sync through git", th: "บันทึกการเปลี่ยนแปลง ใคร ทำไม / ซิงค์ผ่าน git", ja: "変更ログ (誰が・なぜ) / git で同期"),
        HelpEntry(keys: [.action(.language), .action(.calendar)], en: "language / calendar (Buddhist Era)", th: "ภาษา / ปฏิทิน (พ.ศ.)", ja: "言語 / 暦 (仏暦)"),
        HelpEntry(keys: [.fixed("Ctrl-L")], en: "redraw the whole screen", th: "วาดหน้าจอใหม่ทั้งหมด", ja: "画面全体を再描画"),
        HelpEntry(keys: [.fixed("Ctrl-S / Ctrl-Z")], en: "save again after an error / suspend", th: "บันทึกอีกครั้งหลังผิดพลาด / พักโปรแกรม", ja: "エラー後に再保存 / 一時停止"),
        HelpEntry(keys: [.action(.help), .action(.quit)], en: "this help / quit (every change is already saved)", th: "วิธีใช้นี้ / ออก (บันทึกทุกการเปลี่ยนแปลงแล้ว)", ja: "このヘルプ / 終了 (変更は保存済み)"),
    ]

    /// Each entry's keys as the live key map has them.
    private var helpKeyTexts: [String] {
        Self.help.map { entry in
            entry.keys.map { keys -> String in
                switch keys {
                case .fixed(let text): text
                case .action(let action): KeyMap.label(of: keyMap.key(for: action))
                }
            }.joined(separator: " / ")
        }
    }

    /// The keys' column: as wide as the widest keys, at most a third of the screen.
    private func helpKeyWidth(_ keyTexts: [String]) -> Int {
        min(keyTexts.map(DisplayWidth.of).max()! + 2, max(8, (width - 2) / 3))
    }

    /// The help screen's lines at the current width: keys, then the
    /// description beside them, wrapped; keys too wide for their column
    /// on a line of their own.
    var helpLines: [(keys: String, text: String)] {
        let keyTexts = helpKeyTexts
        let keyWidth = helpKeyWidth(keyTexts)
        var lines: [(String, String)] = []
        for (keys, entry) in zip(keyTexts, Self.help) {
            let text = switch language {
            case .en: entry.en
            case .th: entry.th
            case .ja: entry.ja
            }
            // Keys wider than their column get a line of their own; the text always starts at keyWidth.
            var first = keys
            if DisplayWidth.of(keys) > keyWidth - 2 {
                lines.append((keys, ""))
                first = ""
            }
            for (i, line) in DisplayWidth.wrap(text, to: max(1, width - 2 - keyWidth)).enumerated() {
                lines.append((i == 0 ? first : "", line))
            }
        }
        if let filePath {
            lines.append(("", ""))
            for (i, line) in DisplayWidth.wrap(TerminalSafe.escape(filePath), to: max(1, width - 2 - keyWidth)).enumerated() {
                lines.append((i == 0 ? UIText.fileLabel.text(language) : "", line))
            }
        }
        return lines
    }

    /// Rows the help has for its lines.
    var helpHeight: Int { max(1, height - 3) }

    func drawHelp(into grid: inout Grid) {
        let lines = helpLines
        let keyWidth = helpKeyWidth(helpKeyTexts)
        let top = max(0, min(helpScroll, lines.count - helpHeight))
        for (row, line) in lines.dropFirst(top).prefix(helpHeight).enumerated() {
            grid.put(line.keys, x: 1, y: 1 + row, style: .bold, maxWidth: width - 2)
            grid.put(line.text, x: 1 + keyWidth, y: 1 + row, maxWidth: max(0, width - 2 - keyWidth))
        }
        if lines.count > helpHeight {
            let text = " \(top + 1)–\(min(lines.count, top + helpHeight))/\(lines.count) ↓↑ "
            grid.put(text, x: max(0, width - DisplayWidth.of(text)), y: height - 2, style: .dim)
        }
    }

    /// Keys on the help screen: scroll, close, quit; nothing else acts behind it.
    mutating func handleHelp(_ key: Key) -> [Effect] {
        let last = max(0, helpLines.count - helpHeight)
        switch key {
        case .character("q"), .control("c"), .control("z"), .control("s"):
            return handleGlobal(key) ?? []
        case .character("?"), .escape, .enter, .backspace:
            screen = previousScreen
            helpScroll = 0
        case .down, .character("j"): helpScroll = min(last, helpScroll + 1)
        case .up, .character("k"): helpScroll = max(0, min(last, helpScroll) - 1)
        case .pageDown, .control("f"), .character(" "): helpScroll = min(last, helpScroll + helpHeight)
        case .pageUp, .control("b"): helpScroll = max(0, min(last, helpScroll) - helpHeight)
        case .home, .character("g"): helpScroll = 0
        case .end, .character("G"): helpScroll = last
        default: break
        }
        return []
    }
}
