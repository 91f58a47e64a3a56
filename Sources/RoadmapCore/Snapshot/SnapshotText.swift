/// Every fixed piece of the snapshot's wording, in English, Thai and Japanese.
/// `%@` marks where an argument goes.
enum SnapshotText {
    case reportName, week, asOf, notCounted
    case progress, overall, moved, attention, dueNext, timeline
    case id, status, due, owner, title, done, percent, late, left, workstream, change
    case noMoves, noHistory, knownFrom, noAttention, noDueNext, noMilestones
    case added, completed, statusChange, dueChange, none
    case days, oneDay, netDays, netOneDay, daysLate, oneDayLate, inDays, today, tomorrow

    /// The text in `language` with each `%@` replaced by the next argument.
    func text(_ language: InterfaceLanguage, _ arguments: [String]) -> String {
        let (en, th, ja) = translations
        var result = language == .th ? th : language == .ja ? ja : en
        for argument in arguments {
            guard let range = result.range(of: "%@") else { break }
            result.replaceSubrange(range, with: argument)
        }
        return result
    }

    private var translations: (String, String, String) {
        switch self {
        case .reportName: ("Weekly snapshot", "รายงานความคืบหน้าประจำสัปดาห์", "週次進捗報告")
        case .week: ("Week %@", "สัปดาห์ที่ %@", "第%@週")
        case .asOf: ("as of %@ (%@)", "ข้อมูล ณ วันที่ %@ (เวลา %@)", "%@現在（%@）")
        case .notCounted: ("%@ (not counted)", "%@ (ไม่นับรวม)", "%@（集計外）")
        case .progress: ("Progress", "ความคืบหน้า", "進捗")
        case .overall: ("Overall", "ภาพรวม", "全体")
        case .moved: ("Moved this week", "ความเคลื่อนไหวในสัปดาห์นี้", "今週の動き")
        case .attention: ("Needs attention", "เรื่องที่ต้องติดตาม", "要注意")
        case .timeline: ("Timeline", "เส้นเวลา", "タイムライン")
        case .dueNext: ("Due in the next 14 days", "ครบกำหนดภายใน 14 วันข้างหน้า", "今後14日以内の期限")
        case .id: ("ID", "รหัส", "ID")
        case .status: ("Status", "สถานะ", "状態")
        case .due: ("Due", "กำหนด", "期限")
        case .owner: ("Owner", "ผู้รับผิดชอบ", "担当")
        case .title: ("Title", "ชื่อ", "件名")
        case .done: ("Done", "เสร็จ", "完了")
        case .percent: ("%", "%", "%")
        case .late: ("Late", "เลยกำหนด", "超過")
        case .left: ("In", "อีก", "残り")
        case .workstream: ("Workstream", "กลุ่มงาน", "ワークストリーム")
        case .change: ("Change", "การเปลี่ยนแปลง", "変更")
        case .noMoves: ("No changes recorded this week.", "ไม่มีการเปลี่ยนแปลงที่บันทึกไว้ในสัปดาห์นี้",
                        "今週記録された変更はありません。")
        case .noHistory: ("No changes recorded yet: changes are known from the first one recorded onwards.",
                          "ยังไม่มีการบันทึกการเปลี่ยนแปลง จะทราบการเปลี่ยนแปลงตั้งแต่ครั้งแรกที่บันทึกเป็นต้นไป",
                          "変更の記録はまだありません。最初に記録された変更以降がわかります。")
        case .knownFrom: ("Changes are known from %@, the first one recorded.",
                          "ทราบการเปลี่ยนแปลงตั้งแต่วันที่ %@ ซึ่งเป็นครั้งแรกที่บันทึกไว้",
                          "変更は最初に記録された%@以降のものがわかります。")
        case .noAttention: ("Nothing is overdue, blocked or at risk.", "ไม่มีรายการที่เลยกำหนด ติดขัด หรือมีความเสี่ยง",
                            "期限超過・停止・リスクありの項目はありません。")
        case .noDueNext: ("Nothing is due in the next 14 days.", "ไม่มีรายการที่ครบกำหนดภายใน 14 วันข้างหน้า",
                          "今後14日以内に期限を迎える項目はありません。")
        case .noMilestones: ("No milestones.", "ยังไม่มีหมุดหมาย", "マイルストーンはありません。")
        case .added: ("added as %@", "เพิ่มใหม่ สถานะ %@", "追加（%@）")
        case .completed: ("completed: %@", "แล้วเสร็จ: %@", "完了: %@")
        case .statusChange: ("status: %@", "สถานะ: %@", "状態: %@")
        case .dueChange: ("due: %@", "กำหนด: %@", "期限: %@")
        case .none: ("none", "ไม่มี", "なし")
        case .days: ("%@ days", "%@ วัน", "%@日")
        case .oneDay: ("%@ day", "%@ วัน", "%@日")
        case .netDays: ("%@ days net, moved %@ times", "สุทธิ %@ วัน จากการเลื่อน %@ ครั้ง", "差引%@日、%@回変更")
        case .netOneDay: ("%@ day net, moved %@ times", "สุทธิ %@ วัน จากการเลื่อน %@ ครั้ง", "差引%@日、%@回変更")
        case .daysLate: ("%@ days late", "เลย %@ วัน", "%@日超過")
        case .oneDayLate: ("%@ day late", "เลย %@ วัน", "%@日超過")
        case .inDays: ("in %@ days", "อีก %@ วัน", "あと%@日")
        case .today: ("today", "วันนี้", "本日")
        case .tomorrow: ("tomorrow", "พรุ่งนี้", "明日")
        }
    }
}
