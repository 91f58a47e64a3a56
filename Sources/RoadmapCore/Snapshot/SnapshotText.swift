/// Every fixed piece of the snapshot's wording, in English, Thai and Japanese.
/// `%@` marks where an argument goes.
enum SnapshotText {
    case reportName, week, asOf, notCounted
    case progress, overall, moved, attention, dueNext, timeline
    case id, status, due, owner, title, done, percent, late, left, workstream, change
    case noMoves, noHistory, knownFrom, beforeHistory, zoneThen, noZone, noAttention, noDueNext, noMilestones
    case added, completed, statusChange, dueChange, none
    case days, oneDay, netDays, netOneDay, daysLate, oneDayLate, inDays, today, tomorrow
    case health, onTrack, needsAttention, offTrack, overdueCount, blockedCount, atRiskCount, slippedCount, linkCount
    case doneThisWeek, noneDone, sinceLastWeek, noCountChange
    case slippedAgainst, slippedThisWeek, noSlip, slip, dependencies, noDependencies, waitsFor, overdueSince, dueAfter
    case ownerNote, leadNote, leadTH, leadJP, leadJoint, thaiLed, japanLed, pageOf
    case chartSpan, chartMilestone, chartGhost, chartMore, chartEmpty
    case healthProgress, attentionSlippedAgainst, attentionSlippedThisWeek, noAttentionOrSlip
    case movedCount, movedOne, moreAfterPageOne, cutNote

    /// The text in `language` with each `%@` replaced by the next argument
    /// (a `%@` left over when the arguments run out stays as it is).
    func text(_ language: InterfaceLanguage, _ arguments: [String]) -> String {
        let (en, th, ja) = translations
        return Self.fill(language == .th ? th : language == .ja ? ja : en, arguments)
    }

    /// `template` with its `%@` marks replaced by `arguments` in order. Only
    /// the template's own marks are filled: a `%@` inside an argument (a
    /// title or reason from the file) is text. Done on the UTF-8 bytes into
    /// the result's own storage: the snapshot fills about 30,000 of these at
    /// 10,000 milestones (Foundation's `range(of:)` cost 16 % of the whole
    /// report; appending substrings, about 5 %).
    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty else { return template }
        var template = template
        return template.withUTF8 { source in
            let capacity = arguments.reduce(source.count) { $0 + $1.utf8.count }
            return String(unsafeUninitializedCapacity: capacity) { out in
                var written = 0
                func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
                    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
                    (out.baseAddress! + written).initialize(from: base, count: bytes.count)
                    written += bytes.count
                }
                var next = 0, copied = 0, i = 0
                while i + 1 < source.count && next < arguments.count {
                    guard source[i] == UInt8(ascii: "%"), source[i + 1] == UInt8(ascii: "@") else {
                        i += 1
                        continue
                    }
                    copy(UnsafeBufferPointer(rebasing: source[copied..<i]))
                    var argument = arguments[next]
                    argument.withUTF8(copy)
                    next += 1
                    i += 2
                    copied = i
                }
                copy(UnsafeBufferPointer(rebasing: source[copied...]))
                return written
            }
        }
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
        case .beforeHistory: ("Not a record of this week: the file's history starts on %@, and a report can be trusted only from that day on. The statuses and dates below are the earliest the file knows.",
                              "ไม่ใช่ข้อมูลจริงของสัปดาห์นี้: ประวัติในแฟ้มเริ่มวันที่ %@ รายงานเชื่อถือได้ตั้งแต่วันนั้นเป็นต้นไปเท่านั้น สถานะและวันที่ด้านล่างเป็นข้อมูลเก่าที่สุดที่แฟ้มมี",
                              "この週の記録ではありません。ファイルの履歴は%@に始まり、レポートはその日以降についてのみ信頼できます。以下の状態と日付はファイルにある最も古いものです。")
        case .zoneThen: ("Time zone then: %@ (now %@ since %@).", "เขตเวลาในขณะนั้น: %@ (ปัจจุบัน %@ ตั้งแต่ %@)",
                         "当時のタイムゾーン：%@（現在は%@、%@から）。")
        case .noZone: ("none named", "ไม่ได้กำหนด", "指定なし")
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
        case .health: ("Health", "สถานะภาพรวม", "健全性")
        case .onTrack: ("on track", "ตามแผน", "順調")
        case .needsAttention: ("needs attention", "ต้องติดตาม", "要注意")
        case .offTrack: ("off track", "ไม่เป็นไปตามแผน", "遅延")
        case .overdueCount: ("%@ overdue", "เลยกำหนด %@", "期限超過%@")
        case .blockedCount: ("%@ blocked", "ติดขัด %@", "停止%@")
        case .atRiskCount: ("%@ at risk", "มีความเสี่ยง %@", "リスクあり%@")
        case .slippedCount: ("%@ slipped", "เลื่อน %@", "遅れ%@")
        case .linkCount: ("%@ waiting on an off-track link", "รอรายการที่ไม่เป็นไปตามแผน %@", "遅延中の前提待ち%@")
        case .doneThisWeek: ("Done this week", "แล้วเสร็จในสัปดาห์นี้", "今週の完了")
        case .noneDone: ("Nothing was completed this week.", "ไม่มีรายการที่แล้วเสร็จในสัปดาห์นี้", "今週完了した項目はありません。")
        case .sinceLastWeek: ("Since last week: %@.", "เทียบกับสัปดาห์ก่อน: %@", "先週比：%@。")
        case .noCountChange: ("no change", "ไม่เปลี่ยนแปลง", "変化なし")
        case .slippedAgainst: ("Slipped against “%@”", "เลื่อนจากแผนฐาน “%@”", "基準「%@」からの遅れ")
        case .slippedThisWeek: ("Slipped this week", "เลื่อนออกไปในสัปดาห์นี้", "今週の遅れ")
        case .noSlip: ("Nothing has slipped.", "ไม่มีรายการที่เลื่อนออกไป", "遅れている項目はありません。")
        case .slip: ("Slip", "เลื่อน", "遅れ")
        case .dependencies: ("Off-track dependencies", "การพึ่งพาที่ไม่เป็นไปตามแผน", "遅延している依存関係")
        case .noDependencies: ("No dependency is off track.", "ไม่มีการพึ่งพาที่ไม่เป็นไปตามแผน", "遅延している依存関係はありません。")
        case .waitsFor: ("waits for %@: %@", "รอ %@: %@", "%@待ち：%@")
        case .overdueSince: ("overdue since %@", "เลยกำหนดตั้งแต่ %@", "%@から期限超過")
        case .dueAfter: ("due %@, after %@", "กำหนด %@ หลัง %@", "期限%@（%@より後）")
        case .ownerNote: ("owner %@", "ผู้รับผิดชอบ %@", "担当 %@")
        case .leadNote: ("lead %@", "ฝ่ายนำ %@", "主導 %@")
        case .leadTH: ("Thai side", "ฝ่ายไทย", "タイ側")
        case .leadJP: ("Japanese side", "ฝ่ายญี่ปุ่น", "日本側")
        case .leadJoint: ("joint", "ร่วมกัน", "共同")
        case .thaiLed: ("Thai-led", "ไทยนำ", "タイ主導")
        case .japanLed: ("Japan-led", "ญี่ปุ่นนำ", "日本主導")
        case .pageOf: ("Page %@ of %@", "หน้า %@ จาก %@", "%@ / %@ ページ")
        case .chartSpan: ("start–due", "เริ่ม–กำหนด", "開始–期限")
        case .chartMilestone: ("due (no start date)", "กำหนด (ไม่มีวันเริ่ม)", "期限（開始日なし）")
        case .chartGhost: ("due in baseline “%@”", "กำหนดตามแผนฐาน “%@”", "基準「%@」の期限")
        case .chartMore: ("%@ more milestones in these weeks are not drawn.", "ยังมีอีก %@ รายการในช่วงนี้ที่ไม่ได้แสดง",
                          "この期間のほか%@件は省略しています。")
        case .healthProgress: ("Health and progress", "สถานะและความคืบหน้า", "健全性と進捗")
        case .attentionSlippedAgainst: ("Needs attention or slipped against “%@”", "ต้องติดตามหรือเลื่อนจากแผนฐาน “%@”",
                                        "要注意・基準「%@」からの遅れ")
        case .attentionSlippedThisWeek: ("Needs attention or slipped this week", "ต้องติดตามหรือเลื่อนออกไปในสัปดาห์นี้", "要注意・今週の遅れ")
        case .noAttentionOrSlip: ("Nothing is overdue, blocked, at risk or slipped.", "ไม่มีรายการที่เลยกำหนด ติดขัด มีความเสี่ยง หรือเลื่อนออกไป",
                                  "期限超過・停止・リスクあり・遅れの項目はありません。")
        case .movedCount: ("%@ milestones moved this week (the full report lists the changes).",
                           "ความเคลื่อนไหวในสัปดาห์นี้ %@ รายการ (ดูรายละเอียดในรายงานฉบับเต็ม)", "今週の動き%@件（変更内容は完全版に記載）。")
        case .movedOne: ("1 milestone moved this week (the full report lists its changes).",
                         "ความเคลื่อนไหวในสัปดาห์นี้ 1 รายการ (ดูรายละเอียดในรายงานฉบับเต็ม)", "今週の動き1件（変更内容は完全版に記載）。")
        case .moreAfterPageOne: ("… and %@ more: the full report lists all after page one.",
                                 "… และอีก %@ รายการ รายงานฉบับเต็มแสดงทั้งหมดต่อจากหน้าแรก", "…ほか%@件。完全版の2ページ目以降に全件を記載。")
        case .cutNote: ("Text cut with … is in full in the full report or `roadmap show ID`.",
                        "ข้อความที่ตัดด้วย … ดูฉบับเต็มได้ในรายงานฉบับเต็มหรือ `roadmap show รหัส`",
                        "…で省略した文は完全版または `roadmap show ID` で全文を表示。")
        case .chartEmpty: ("No milestone falls in these weeks.", "ไม่มีหมุดหมายในช่วงนี้", "この期間のマイルストーンはありません。")
        }
    }
}
