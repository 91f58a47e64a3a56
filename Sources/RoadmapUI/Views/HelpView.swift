import RoadmapCore

/// Every key, in the interface language.
extension AppState {
    static let keyHelp: [(keys: String, en: String, th: String, ja: String)] = [
        ("Tab S-Tab ← → 1 2 3", "switch workstream", "เปลี่ยนกลุ่มงาน", "ワークストリーム切替"),
        ("↑ ↓ j k", "move", "เลื่อน", "移動"),
        ("PgUp PgDn Home End g G", "page, first, last", "หน้า แรก สุดท้าย", "ページ・先頭・末尾"),
        ("Enter", "milestone detail", "รายละเอียด", "詳細"),
        ("s / S", "next / previous status", "สถานะถัดไป / ก่อนหน้า", "次 / 前の状態"),
        ("=", "set status (p i a b d x)", "ตั้งสถานะ (p i a b d x)", "状態を選択 (p i a b d x)"),
        ("d", "edit due date (2026-12-31, +2w, none)", "แก้วันกำหนด (2026-12-31, +2w, none)", "期限を編集 (2026-12-31, +2w, none)"),
        ("+ / -  > / <", "due ±1 day / ±1 week", "เลื่อนกำหนด ±1 วัน / ±1 สัปดาห์", "期限 ±1日 / ±1週"),
        ("a", "add a milestone", "เพิ่มหมุดหมาย", "マイルストーン追加"),
        ("e", "edit title, owner, notes or start date", "แก้ชื่อ ผู้รับผิดชอบ หมายเหตุ วันเริ่ม", "件名・担当・メモ・開始日を編集"),
        ("D", "delete (asks first)", "ลบ (ถามก่อน)", "削除 (確認あり)"),
        ("space", "mark for a change to several", "ทำเครื่องหมายเพื่อแก้หลายรายการ", "複数変更用にマーク"),
        ("u / Ctrl-R", "undo / redo", "ย้อน / ทำซ้ำ", "元に戻す / やり直し"),
        ("r", "review: overdue, due in 14 days, at risk, blocked", "ทบทวน: เลยกำหนด ภายใน 14 วัน เสี่ยง ติดขัด", "レビュー: 超過・14日以内・リスク・停止"),
        ("o / t", "overview / timeline (┆ baseline, ← → links, ! late)", "ภาพรวม / เส้นเวลา (┆ แผนฐาน, ← → ลิงก์, ! ล่าช้า)", "全体の概要 / タイムライン (┆ ベースライン, ← → 依存, ! 遅れ)"),
        ("t: ← → PgUp PgDn . z Z", "timeline: scroll in time, today, zoom in / out", "เส้นเวลา: เลื่อนเวลา วันนี้ ซูมเข้า / ออก", "タイムライン: 時間移動・今日・拡大 / 縮小"),
        ("/", "filter by text (Esc clears)", "กรองด้วยข้อความ (Esc ล้าง)", "テキストで絞込 (Esc で解除)"),
        ("p", "write this week's snapshot", "เขียนสรุปประจำสัปดาห์", "今週のスナップショットを書き出す"),
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
