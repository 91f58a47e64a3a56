import RoadmapCore

/// Every key, in the interface language.
extension AppState {
    static let keyHelp: [(keys: String, en: String, th: String, ja: String)] = [
        ("Tab S-Tab ← → 1 2 3", "switch workstream", "เปลี่ยนกลุ่มงาน", "ワークストリーム切替"),
        ("↑↓ PgUp PgDn Home End", "move by row / page, first, last (j k g G)", "เลื่อนทีละแถว / หน้า แรก สุดท้าย (j k g G)", "行・ページ移動、先頭・末尾 (j k g G)"),
        ("Enter", "milestone detail", "รายละเอียด", "詳細"),
        ("s / S  =", "next / previous status, or pick one (p i a b d x)", "สถานะถัดไป / ก่อนหน้า หรือเลือก (p i a b d x)", "次 / 前の状態、または選択 (p i a b d x)"),
        ("d", "edit due date (2026-12-31, +2w, none)", "แก้วันกำหนด (2026-12-31, +2w, none)", "期限を編集 (2026-12-31, +2w, none)"),
        ("+ / -  > / <", "due ±1 day / ±1 week", "เลื่อนกำหนด ±1 วัน / ±1 สัปดาห์", "期限 ±1日 / ±1週"),
        ("a / D", "add / delete a milestone (delete asks first)", "เพิ่ม / ลบหมุดหมาย (ถามก่อนลบ)", "マイルストーン追加 / 削除 (削除は確認あり)"),
        ("e", "edit title, owner, notes, start, lead, waits for", "แก้ชื่อ ผู้รับผิดชอบ หมายเหตุ วันเริ่ม ฝ่ายนำ งานที่ต้องรอ", "件名・担当・メモ・開始日・主導・先行を編集"),
        ("c", "status update; = at risk/blocked/dropped asks why", "เพิ่มรายงานความคืบหน้า; = เป็นเสี่ยง ติดขัด ยุติ จะถามเหตุผล", "状況報告を追加 (= でリスク・停止・中止にすると理由を記入)"),
        ("space", "mark for a change to several", "ทำเครื่องหมายเพื่อแก้หลายรายการ", "複数変更用にマーク"),
        ("u / Ctrl-R", "undo / redo", "ย้อน / ทำซ้ำ", "元に戻す / やり直し"),
        ("r", "review: overdue, due in 14 days, at risk, blocked, !", "ทบทวน: เลยกำหนด ภายใน 14 วัน เสี่ยง ติดขัด !", "レビュー: 超過・14日以内・リスク・停止・!"),
        ("o / t", "overview / timeline (┆ baseline, ← → links, ! late)", "ภาพรวม / เส้นเวลา (┆ แผนฐาน, ← → ลิงก์, ! ล่าช้า)", "全体の概要 / タイムライン (┆ ベースライン, ← → 依存, ! 遅れ)"),
        ("t: ← → PgUp PgDn . z Z", "timeline: scroll in time, today, zoom in / out", "เส้นเวลา: เลื่อนเวลา วันนี้ ซูมเข้า / ออก", "タイムライン: 時間移動・今日・拡大 / 縮小"),
        ("/ w", "filter by text / by lead: TH, JP, joint (Esc clears)", "กรองด้วยข้อความ / ตามฝ่ายนำ: ไทย ญี่ปุ่น ร่วม (Esc ล้าง)", "テキスト / 主導 (タイ・日本・共同) で絞込 (Esc で解除)"),
        ("!", "waits for a milestone that is off track", "รอผลจากหมุดหมายที่ไม่เป็นไปตามแผน", "前提のマイルストーンに遅延の恐れ"),
        ("p", "write this week's snapshot", "เขียนสรุปประจำสัปดาห์", "今週のスナップショットを書き出す"),
        ("H / Y", "log of changes, who and why / sync through git", "บันทึกการเปลี่ยนแปลง ใคร ทำไม / ซิงค์ผ่าน git", "変更ログ (誰が・なぜ) / git で同期"),
        ("L / C", "language / calendar (Buddhist Era)", "ภาษา / ปฏิทิน (พ.ศ.)", "言語 / 暦 (仏暦)"),
        ("Ctrl-S / Ctrl-Z", "save again after an error / suspend", "บันทึกอีกครั้งหลังผิดพลาด / พักโปรแกรม", "エラー後に再保存 / 一時停止"),
        ("? / q", "this help / quit (every change is already saved)", "วิธีใช้นี้ / ออก (บันทึกทุกการเปลี่ยนแปลงแล้ว)", "このヘルプ / 終了 (変更は保存済み)"),
    ]

    func drawHelp(into grid: inout Grid) {
        let keyWidth = Self.keyHelp.map { DisplayWidth.of($0.keys) }.max()! + 2
        let top = 1, room = height - 3
        for (i, entry) in Self.keyHelp.enumerated() {
            let column = i / room, row = i % room
            let x = 1 + column * (width / 2)
            let description = switch language {
            case .en: entry.en
            case .th: entry.th
            case .ja: entry.ja
            }
            let maxWidth = Self.keyHelp.count > room ? width / 2 - 1 : width - 2
            grid.put(entry.keys, x: x, y: top + row, style: .bold, maxWidth: maxWidth)
            grid.put(description, x: x + keyWidth, y: top + row, maxWidth: max(0, maxWidth - keyWidth))
        }
    }
}
