import RoadmapCore

/// Every piece of interface text, in English, Thai and Japanese; the
/// command line borrows the few it also says (`(other workstream)` …).
public enum UIText: CaseIterable, Sendable {
    case appName, asOf, id, noHistory
    case hintList, hintDetail, hintOverview, hintHelp, hintReview, hintTimeline, hintPrompt, hintPicker, hintEditPicker
    case saved, notSaved, nothingToUndo, nothingToRedo, undone, redone, cannotUndoChanged
    case noMilestones, noMatches, filterLabel, startLabel, dueLabel, titleLabel, ownerLabel, notesLabel, newTitleLabel
    case deleteQuestion, deleted, added, marked, unmarked, badDate, emptyTitle
    case overview, overdue, nextDue, none, helpTitle, reviewTitle, timelineTitle, zoomWeek, zoomMonth, zoomQuarter, reviewDone, reviewEmpty
    case tooSmall, conflictTitle, conflictKeys, mine, theirs, fileMissing, restoreQuestion, restored
    case languageSwitched, calendarSwitched, total, done, pressAnyKey, of, late, oneDayLate, daysLeft, inOneDay, dueToday
    case latest, leadTH, leadJP, leadJoint, sideTH, sideJP, sideJoint
    case againstBaseline, otherWorkstream, offTrack, offTrackOverdue, offTrackLate, waitsForOffTrack
    case dependsLabel, leadLabel, dependencyProblem
    case outsideChange, outsideChanges, outsideEdit, zoneSetOutside, zoneRemovedOutside, syncing, syncBusy
    case logTitle, hintLog, logWhen, logWho, logField, logChange, logWhy
    case syncDone, syncCommitted, syncMergedOne, syncMerged, syncPushed, syncUpToDate, syncConflicts, listSeparator, titleField
    case syncNoGit, syncNotWorkTree, syncDetached, syncNoUpstream, syncUnknownRemote, syncNoRemoteBranch, syncDirty
    case syncInProgress, syncUnreachable, syncOtherConflicts, syncRaceLost, syncFailed, mergedConflicts, unknownAuthor
    case update, reasonWord, reasonLabel, commentLabel, commented, leadFilterLabel, allLeads, needsAttention, noLead
    case upgradedFile, hintReasonPrompt, outsideMerged, createdFile, fileLabel, settingsLabel, moreOnStderr
    case buddhistForm, badDateBuddhist, farDateQuestion, clearDateQuestion, fromEachOwn, allLanguages, thaiTitleQuestion
    case snapshotPathLabel, snapshotWritten, snapshotFailed, overwriteQuestion
    case netUnchanged, milestoneCount, droppedStays, eachOwnNext, gregorianName, buddhistName
    case timelineLegend, reviewNoLonger, reviewMergedConflict, keptTheirs, keptMine, more, wholeRoadmap, timeZoneField, earlierClock
    case calendarQuarters, thaiFiscalQuarters, japaneseFiscalQuarters
    case overdueTitle, hintOverdue, noOverdue, jumpLabel, unknownID, sortedBy, fileOrder, noSearch, matchesHere

    /// The text in `language`.
    public func text(_ language: InterfaceLanguage) -> String {
        let (en, th, ja) = translations
        switch language {
        case .en: return en
        case .th: return th
        case .ja: return ja
        }
    }

    private var translations: (String, String, String) {
        switch self {
        case .appName: ("roadmap", "roadmap", "roadmap")
        // Names of fields come from their one table, shared with the CLI (FieldWord).
        case .id: Self.all(FieldWord.id.column)
        case .update: Self.all(FieldWord.update.name)
        case .asOf: ("as of", "ณ", "基準日")
        case .noHistory: ("no changes recorded yet", "ยังไม่มีการเปลี่ยนแปลง", "変更履歴なし")
        case .hintList: ("?:help s:status d:due e:edit c:update u:undo r:review /:filter w:lead q:quit",
                         "?:วิธีใช้ s:สถานะ d:กำหนด e:แก้ c:รายงาน u:ย้อน r:ทบทวน /:กรอง w:ฝ่าย q:ออก",
                         "?:ヘルプ s:状態 d:期限 e:編集 c:報告 u:戻す r:レビュー /:絞込 w:主導 q:終了")
        case .hintDetail: ("Esc:back ↑↓:scroll s/S:status d:due e:edit c:update u:undo ?:help q:quit",
                           "Esc:กลับ ↑↓:เลื่อน s/S:สถานะ d:กำหนด e:แก้ c:รายงาน u:ย้อน ?:วิธีใช้ q:ออก",
                           "Esc:戻る ↑↓:スクロール s/S:状態 d:期限 e:編集 c:報告 u:元に戻す ?:ヘルプ q:終了")
        case .hintOverview: ("Esc/o:back 1-3:open workstream t:timeline ?:help q:quit",
                             "Esc/o:กลับ 1-3:เปิดกลุ่มงาน t:เส้นเวลา ?:วิธีใช้ q:ออก",
                             "Esc/o:戻る 1-3:ワークストリームを開く t:タイムライン ?:ヘルプ q:終了")
        case .hintHelp: ("Esc/?:back ↑↓ PgUp PgDn:scroll q:quit", "Esc/?:กลับ ↑↓ PgUp PgDn:เลื่อน q:ออก", "Esc/?:戻る ↑↓ PgUp PgDn:スクロール q:終了")
        case .hintReview: ("n/→:next p/←:back s/S:status =:set d:due +/-:±1 day >/<:±1 week c:update Esc:end",
                           "n/→:ถัดไป p/←:ก่อน s/S:สถานะ =:ตั้ง d:กำหนด +/-:±1 วัน >/<:±1 สัปดาห์ c:รายงาน Esc:จบ",
                           "n/→:次 p/←:前 s/S:状態 =:設定 d:期限 +/-:±1日 >/<:±1週 c:報告 Esc:終了")
        case .hintTimeline: ("Esc/t:back ←→:scroll PgUp/PgDn .:today z/Z:zoom s/S:status d:due >/<:±1 week",
                             "Esc/t:กลับ ←→:เลื่อน PgUp/PgDn .:วันนี้ z/Z:ซูม s/S:สถานะ d:กำหนด >/<:±1 สัปดาห์",
                             "Esc/t:戻る ←→:移動 PgUp/PgDn .:今日 z/Z:拡大縮小 s/S:状態 d:期限 >/<:±1週")
        case .hintPrompt: ("Enter:ok Esc:cancel ←→:move", "Enter:ตกลง Esc:ยกเลิก ←→:เลื่อน", "Enter:決定 Esc:取消 ←→:移動")
        case .hintPicker: ("p:planned i:in-progress a:at-risk b:blocked d:done x:dropped Esc:cancel",
                           "p:วางแผน i:ดำเนินการ a:เสี่ยง b:ติดขัด d:เสร็จ x:ยุติ Esc:ยกเลิก",
                           "p:計画 i:進行中 a:リスク b:停止 d:完了 x:中止 Esc:取消")
        case .hintEditPicker: ("t:title o:owner n:notes s:start l:lead w:waits for Esc:cancel",
                               "t:ชื่อ o:ผู้รับผิดชอบ n:หมายเหตุ s:วันเริ่ม l:ฝ่ายนำ w:งานที่ต้องรอ Esc:ยกเลิก",
                               "t:件名 o:担当 n:メモ s:開始日 l:主導 w:先行 Esc:取消")
        case .dependsLabel: ("waits for (ids, comma-separated): ", "รองานก่อนหน้า (รหัส คั่นด้วยจุลภาค): ", "先行 (ID、カンマ区切り): ")
        case .leadLabel: ("lead (th, jp, joint; empty removes): ", "ฝ่ายนำ (th, jp, joint; ว่าง = ลบ): ", "主導 (th, jp, joint、空で削除): ")
        case .dependencyProblem: ("not changed: %@", "ไม่ได้เปลี่ยน: %@", "変更なし: %@")
        case .saved: ("saved", "บันทึกแล้ว", "保存しました")
        case .notSaved: ("NOT SAVED", "ยังไม่ได้บันทึก", "未保存")
        case .nothingToUndo: ("nothing to undo", "ไม่มีอะไรให้ย้อน", "元に戻す操作はありません")
        case .nothingToRedo: ("nothing to redo", "ไม่มีอะไรให้ทำซ้ำ", "やり直す操作はありません")
        case .undone: ("undone", "ย้อนแล้ว", "元に戻しました")
        case .redone: ("redone", "ทำซ้ำแล้ว", "やり直しました")
        case .cannotUndoChanged: ("cannot undo: changed since by someone else", "ย้อนไม่ได้: มีผู้อื่นแก้ไขแล้ว", "元に戻せません: 他の人が変更しました")
        case .noMilestones: ("no milestones — a adds one", "ไม่มีหมุดหมาย — กด a เพื่อเพิ่ม", "マイルストーンなし — a で追加")
        case .noMatches: ("no milestones match the filter", "ไม่พบหมุดหมายที่ตรงกับตัวกรอง", "絞り込みに一致するものはありません")
        case .filterLabel: ("filter: ", "กรอง: ", "絞込: ")
        case .startLabel: ("start (%@, +2w from current, none): ", "เริ่ม (%@, +2w นับจากวันเดิม, none): ", "開始 (%@、+2w は今の開始日から、none): ")
        case .dueLabel: ("due (%@, +2w from current, none): ", "กำหนด (%@, +2w นับจากวันเดิม, none): ", "期限 (%@、+2w は今の期限から、none): ")
        case .titleLabel: ("title [%@] (Tab: language): ", "ชื่อ [%@] (Tab: ภาษา): ", "件名 [%@] (Tab: 言語): ")
        case .ownerLabel: ("owner: ", "ผู้รับผิดชอบ: ", "担当: ")
        case .notesLabel: ("notes: ", "หมายเหตุ: ", "メモ: ")
        case .newTitleLabel: ("new milestone title: ", "ชื่อหมุดหมายใหม่: ", "新しいマイルストーンの件名: ")
        case .deleteQuestion: ("delete %@? y:yes n:no", "ลบ %@ ? y:ใช่ n:ไม่", "%@ を削除しますか? y:はい n:いいえ")
        case .deleted: ("deleted", "ลบแล้ว", "削除しました")
        case .added: ("added", "เพิ่มแล้ว", "追加しました")
        case .marked: ("marked", "ทำเครื่องหมาย", "マーク")
        case .unmarked: ("unmarked", "ยกเลิกเครื่องหมาย", "マーク解除")
        case .badDate: ("not a date: use YYYY-MM-DD, today, +3d, +2w, +1m or none", "วันที่ไม่ถูกต้อง: ใช้ YYYY-MM-DD, today, +3d, +2w, +1m หรือ none", "日付ではありません: YYYY-MM-DD, today, +3d, +2w, +1m, none")
        case .emptyTitle: ("a title cannot be empty", "ชื่อต้องไม่ว่าง", "件名は空にできません")
        case .overview: ("Overview", "ภาพรวม", "概要")
        case .overdue: ("overdue", "เลยกำหนด", "期限超過")
        case .nextDue: ("next due", "ถึงกำหนดถัดไป", "次の期限")
        case .none: ("none", "ไม่มี", "なし")
        case .helpTitle: ("Keys", "ปุ่มลัด", "キー操作")
        case .reviewTitle: ("Review", "ทบทวน", "レビュー")
        case .timelineTitle: ("Timeline", "เส้นเวลา", "タイムライン")
        case .zoomWeek: ("by week", "รายสัปดาห์", "週単位")
        case .zoomMonth: ("by month", "รายเดือน", "月単位")
        case .zoomQuarter: ("by quarter", "รายไตรมาส", "四半期単位")
        case .logTitle: ("Log", "บันทึกการเปลี่ยนแปลง", "変更ログ")
        case .hintLog: ("Esc:back ↑↓:scroll Tab:this milestone / all ?:help q:quit",
                        "Esc:กลับ ↑↓:เลื่อน Tab:หมุดหมายนี้ / ทั้งหมด ?:วิธีใช้ q:ออก",
                        "Esc:戻る ↑↓:スクロール Tab:このマイルストーン / 全体 ?:ヘルプ q:終了")
        case .logWhen: Self.all(FieldWord.when.column)
        case .logWho: Self.all(FieldWord.who.column)
        case .logField: Self.all(FieldWord.field.column)
        case .logChange: Self.all(FieldWord.change.column)
        case .logWhy: Self.all(FieldWord.why.column)
        case .outsideChange: ("1 change from %@", "เปลี่ยน 1 รายการโดย %@", "%@ さんから 1 件の変更")
        case .outsideChanges: ("%@ changes from %@", "เปลี่ยน %@ รายการโดย %@", "%@ 件の変更 (%@)")
        case .outsideEdit: ("changed outside", "มีการแก้ไขจากภายนอก", "外部で変更")
        case .zoneSetOutside: ("the programme's time zone is now %@ (set outside)", "เขตเวลาของแผนงานเปลี่ยนเป็น %@ (แก้ไขจากภายนอก)", "ロードマップのタイムゾーンが %@ になりました（外部で変更）")
        case .zoneRemovedOutside: ("the programme's time zone was removed outside: each machine counts in its own", "เขตเวลาของแผนงานถูกลบจากภายนอก: แต่ละเครื่องใช้เขตเวลาของตนเอง", "ロードマップのタイムゾーンが外部で削除されました（各マシンの時刻で数えます）")
        case .syncing: ("syncing…", "กำลังซิงค์…", "同期中…")
        case .syncBusy: ("a sync is already running", "กำลังซิงค์อยู่แล้ว", "同期はすでに実行中")
        case .syncDone: ("synced with %@: %@", "ซิงค์กับ %@ แล้ว: %@", "%@ と同期しました: %@")
        case .syncCommitted: ("committed", "คอมมิตแล้ว", "コミット済み")
        case .syncMergedOne: ("merged 1 commit", "รวม 1 คอมมิต", "1 件のコミットを統合")
        case .syncMerged: ("merged %@ commits", "รวม %@ คอมมิต", "%@ 件のコミットを統合")
        case .syncPushed: ("pushed", "ส่งขึ้นแล้ว", "プッシュ済み")
        case .syncUpToDate: ("up to date", "เป็นปัจจุบันแล้ว", "最新の状態")
        case .syncConflicts: ("synced; both offices changed %@: ours kept, theirs in history",
                              "ซิงค์แล้ว; ทั้งสองสำนักงานแก้ %@: คงค่าของเรา ค่าของอีกฝ่ายอยู่ในประวัติ",
                              "同期しました。双方が変更: %@ — 自分の値を保持、相手の値は履歴に")
        case .mergedConflicts: ("conflicts merged in %@: one side kept, the other in history",
                                "การรวมพบการแก้ซ้อนกันที่ %@: คงไว้ฝ่ายหนึ่ง อีกฝ่ายอยู่ในประวัติ",
                                "統合で競合 (%@): 一方を保持、もう一方は履歴に")
        case .listSeparator: (", ", ", ", "、")
        case .unknownAuthor: ("unknown", "ไม่ทราบ", "不明")
        case .titleField: ("Title", "ชื่อ", "件名")
        case .syncNoGit: ("sync: git is not installed", "ซิงค์ไม่ได้: ไม่พบโปรแกรม git", "同期できません: git がインストールされていません")
        case .syncNotWorkTree: ("sync: the roadmap file is not in a git repository", "ซิงค์ไม่ได้: ไฟล์ roadmap ไม่ได้อยู่ใน git repository",
                                "同期できません: roadmap ファイルが git リポジトリにありません")
        case .syncDetached: ("sync: HEAD is not on a branch (git switch main)", "ซิงค์ไม่ได้: HEAD ไม่ได้อยู่บน branch (git switch main)",
                             "同期できません: HEAD がブランチ上にありません (git switch main)")
        case .syncNoUpstream: ("sync: branch %@ has no upstream (git push -u origin %@)", "ซิงค์ไม่ได้: branch %@ ไม่มี upstream (git push -u origin %@)",
                               "同期できません: ブランチ %@ に upstream がありません (git push -u origin %@)")
        case .syncUnknownRemote: ("sync: there is no remote named %@", "ซิงค์ไม่ได้: ไม่มี remote ชื่อ %@", "同期できません: リモート %@ がありません")
        case .syncNoRemoteBranch: ("sync: %@ has no branch %@", "ซิงค์ไม่ได้: %@ ไม่มี branch %@", "同期できません: %@ にブランチ %@ がありません")
        case .syncDirty: ("sync: other files have uncommitted changes (%@): commit or stash them",
                          "ซิงค์ไม่ได้: ไฟล์อื่นมีการแก้ไขที่ยังไม่คอมมิต (%@): คอมมิตหรือ stash ก่อน",
                          "同期できません: 他のファイルに未コミットの変更があります (%@)。コミットか stash を")
        case .syncInProgress: ("sync: a git %@ is in progress: finish or abort it", "ซิงค์ไม่ได้: git %@ ยังค้างอยู่: ทำให้เสร็จหรือยกเลิกก่อน",
                               "同期できません: git %@ の途中です。完了するか中止してください")
        case .syncUnreachable: ("sync: cannot reach %@ (offline?); nothing changed", "ซิงค์ไม่ได้: ติดต่อ %@ ไม่ได้ (ออฟไลน์?); ไม่มีอะไรเปลี่ยน",
                                "同期できません: %@ に接続できません (オフライン?)。何も変わっていません")
        case .syncOtherConflicts: ("sync: other files conflict (%@): the merge was undone; merge them with git",
                                   "ซิงค์ไม่ได้: ไฟล์อื่นขัดแย้งกัน (%@): ยกเลิกการรวมแล้ว ให้รวมด้วย git",
                                   "同期できません: 他のファイルが競合しました (%@)。統合は取り消しました。git で統合してください")
        case .syncRaceLost: ("sync: another office kept pushing first; press Y again", "ซิงค์ไม่ได้: อีกสำนักงานส่งขึ้นก่อนทุกครั้ง กด Y อีกครั้ง",
                             "同期できません: 相手が先にプッシュし続けました。もう一度 Y を")
        case .syncFailed: ("sync failed: %@", "ซิงค์ไม่สำเร็จ: %@", "同期に失敗しました: %@")
        case .reviewDone: ("review done: %@ reviewed, %@ changed", "ทบทวนเสร็จ: ทบทวน %@ รายการ เปลี่ยน %@ รายการ", "レビュー完了: %@ 件確認, %@ 件変更")
        case .reviewEmpty: ("nothing to review: nothing overdue, due within 14 days, at risk or blocked",
                            "ไม่มีอะไรต้องทบทวน", "レビュー対象はありません")
        case .tooSmall: ("terminal too small\nneeds %@, has %@", "หน้าจอเล็กเกินไป\nต้องการ %@ มี %@", "端末が小さすぎます\n必要 %@, 現在 %@")
        case .conflictTitle: ("Someone else changed the same field", "มีผู้อื่นแก้ไขช่องเดียวกัน", "他の人が同じ項目を変更しました")
        case .conflictKeys: ("m:keep mine t:keep theirs", "m:ใช้ของฉัน t:ใช้ของเขา", "m:自分の変更 t:相手の変更")
        case .mine: ("mine", "ของฉัน", "自分")
        case .theirs: ("theirs", "ของเขา", "相手")
        case .fileMissing: ("the file is gone or unreadable", "ไฟล์หายหรืออ่านไม่ได้", "ファイルが見つからないか読めません")
        case .restoreQuestion: ("write it back from memory? y:yes n:no", "เขียนกลับจากหน่วยความจำ? y:ใช่ n:ไม่", "メモリから書き戻しますか? y:はい n:いいえ")
        case .restored: ("written back", "เขียนกลับแล้ว", "書き戻しました")
        case .languageSwitched: ("English", "ภาษาไทย", "日本語")
        case .calendarSwitched: ("calendar", "ปฏิทิน", "暦")
        case .total: ("total", "ทั้งหมด", "合計")
        case .done: ("done", "เสร็จ", "完了")
        case .pressAnyKey: ("Esc to go back", "Esc เพื่อกลับ", "Esc で戻る")
        case .of: ("of", "จาก", "/")
        case .late: ("%@ days late", "เลย %@ วัน", "%@ 日超過")
        case .oneDayLate: ("1 day late", "เลย 1 วัน", "1 日超過")
        case .daysLeft: ("in %@ days", "อีก %@ วัน", "あと %@ 日")
        case .inOneDay: ("in 1 day", "อีก 1 วัน", "あと 1 日")
        case .dueToday: ("due today", "ครบกำหนดวันนี้", "本日期限")
        case .latest: ("Latest", "ล่าสุด", "最新状況")
        case .leadTH: ("TH", "ไทย", "タイ")
        case .leadJP: ("JP", "ญี่ปุ่น", "日本")
        case .leadJoint: ("joint", "ร่วม", "共同")
        case .sideTH: ("Thai side", "ฝ่ายไทย", "タイ側")
        case .sideJP: ("Japanese side", "ฝ่ายญี่ปุ่น", "日本側")
        // The snapshot's and the CLI's word (try-22a 7: one word for one side).
        case .sideJoint: ("joint", "ร่วมกัน", "共同")
        case .againstBaseline: ("against “%@”", "เทียบกับ “%@”", "基準「%@」比")
        case .otherWorkstream: ("(other workstream)", "(ต่างกลุ่มงาน)", "(別ワークストリーム)")
        case .offTrack: ("off track", "ไม่เป็นไปตามแผน", "遅延の恐れ")
        case .offTrackOverdue: ("overdue since %@", "เลยกำหนดตั้งแต่ %@", "%@ から期限超過")
        case .offTrackLate: ("due %@, after %@", "กำหนดเสร็จ %@ หลัง %@", "期限 %@ (%@ より後)")
        case .waitsForOffTrack: ("waits for %@: %@", "รอผลจาก %@: %@", "%@ 待ち: %@")
        case .reasonWord: ("reason", "เหตุผล", "理由")
        case .reasonLabel: ("why? (one line, Enter skips): ", "เหตุผล (หนึ่งบรรทัด, Enter เพื่อข้าม): ", "理由 (1行、Enter で省略): ")
        case .commentLabel: ("status update: ", "รายงานความคืบหน้า: ", "状況報告: ")
        case .commented: ("update added", "เพิ่มรายงานความคืบหน้าแล้ว", "状況報告を追加しました")
        case .leadFilterLabel: ("lead: ", "ฝ่ายนำ: ", "主導: ")
        case .allLeads: ("all", "ทั้งหมด", "すべて")
        case .needsAttention: ("Needs attention — ", "ต้องติดตาม — ", "要対応 — ")
        case .noLead: ("no lead", "ไม่ระบุฝ่าย", "主導未設定")
        case .outsideMerged: ("(+ outside changes merged)", "(+ รวมการเปลี่ยนแปลงจากภายนอกแล้ว)", "（+ 外部の変更を統合）")
        case .hintReasonPrompt: (
            "Enter:keep reason Esc:no reason (the change stays) ←→:move",
            "Enter:บันทึกเหตุผล Esc:ไม่ระบุเหตุผล (การเปลี่ยนแปลงยังอยู่) ←→:เลื่อน",
            "Enter:理由を記録 Esc:理由なし（変更はそのまま） ←→:移動")
        case .createdFile: (
            "created %@ from the built-in EID roadmap (? shows where it is)",
            "สร้าง %@ จาก Roadmap EID ในตัวโปรแกรมแล้ว (? บอกที่อยู่ไฟล์)",
            "組み込みの EID ロードマップから %@ を作成しました（? で場所を表示）")
        case .fileLabel: ("File", "ไฟล์", "ファイル")
        case .settingsLabel: ("settings", "ไฟล์ตั้งค่า", "設定ファイル")
        case .moreOnStderr: ("(+%@ more on stderr)", "(อีก %@ ข้อใน stderr)", "（他 %@ 件は stderr に）")
        case .upgradedFile: (
            "file upgraded from schema %@ to %@ (nothing lost; older roadmap versions cannot read it now)",
            "ปรับไฟล์จากรูปแบบ %@ เป็น %@ แล้ว (ข้อมูลครบ; roadmap รุ่นเก่าจะเปิดไฟล์นี้ไม่ได้)",
            "ファイルを形式 %@ から %@ に更新しました（内容はそのまま。旧版の roadmap では読めません）")
        case .buddhistForm: ("B.E. YYYY-MM-DD", "พ.ศ. YYYY-MM-DD", "仏暦 YYYY-MM-DD")
        case .badDateBuddhist: ("not a date: use YYYY-MM-DD with a B.E. year (2570-06-30), today, +3d, +2w, +1m or none",
                                "วันที่ไม่ถูกต้อง: ใช้ พ.ศ. YYYY-MM-DD (2570-06-30), today, +3d, +2w, +1m หรือ none",
                                "日付ではありません: 仏暦 YYYY-MM-DD (2570-06-30), today, +3d, +2w, +1m, none")
        case .farDateQuestion: ("%@ is %@ years from today — keep it? y:yes n:edit",
                                "%@ ห่างจากวันนี้ %@ ปี — ใช้วันที่นี้หรือไม่? y:ใช่ n:แก้ไข",
                                "%@ は今日から %@ 年離れています — このままにしますか? y:はい n:修正")
        case .clearDateQuestion: ("remove the %@ date of %@? y:yes n:edit", "ลบวัน%@ของ %@ หรือไม่? y:ใช่ n:แก้ไข", "%@を削除しますか (%@)? y:はい n:修正")
        case .fromEachOwn: ("(from each one's own date)", "(นับจากวันเดิมของแต่ละรายการ)", "(それぞれの日付から)")
        case .allLanguages: ("all languages", "ทุกภาษา", "全言語")
        case .thaiTitleQuestion: ("Thai script: store as the Thai (th) title? y:th n:as %@ Esc:edit",
                                  "เป็นอักษรไทย: เก็บเป็นชื่อภาษาไทย (th) หรือไม่? y:th n:เป็น %@ Esc:แก้ไข",
                                  "タイ文字です: タイ語 (th) の件名にしますか? y:th n:%@ のまま Esc:修正")
        case .snapshotPathLabel: ("write this week's snapshot to: ", "บันทึกสรุปประจำสัปดาห์ที่: ", "今週のスナップショットの保存先: ")
        case .snapshotWritten: ("snapshot written to %@", "บันทึกสรุปประจำสัปดาห์ไว้ที่ %@ แล้ว", "スナップショットを %@ に保存しました")
        case .snapshotFailed: ("snapshot not written to %@: %@", "บันทึกสรุปประจำสัปดาห์ที่ %@ ไม่ได้: %@", "スナップショットを %@ に保存できません: %@")
        case .overwriteQuestion: ("%@ exists — replace it? y:yes n:other path", "มีไฟล์ %@ อยู่แล้ว — เขียนทับหรือไม่? y:ใช่ n:เลือกที่อื่น",
                                  "%@ は既にあります — 上書きしますか? y:はい n:別の場所")
        case .gregorianName: ("Gregorian", "คริสต์ศักราช (ค.ศ.)", "西暦")
        case .buddhistName: ("Buddhist Era (B.E.)", "พุทธศักราช (พ.ศ.)", "仏暦")
        case .netUnchanged: ("back as it was: nothing recorded", "กลับเป็นค่าเดิม: ไม่บันทึกประวัติ", "元の値に戻りました (履歴なし)")
        case .milestoneCount: ("%@ milestones", "%@ รายการ", "%@ 件")
        case .droppedStays: ("dropped: s leaves it; = picks a status", "ยุติแล้ว: s ไม่เปลี่ยน; กด = เพื่อเลือกสถานะ", "中止: s では変わりません。= で状態を選択")
        case .eachOwnNext: ("each to the status after its own", "แต่ละรายการเป็นสถานะถัดไปของตน", "それぞれ次の状態へ")
        case .timelineLegend: ("%@ due  %@ start–due  %@ no due yet  %@ baseline  %@ today  ! late  %@ off view",
                               "%@ กำหนด  %@ เริ่ม–กำหนด  %@ ยังไม่มีกำหนด  %@ แผนฐาน  %@ วันนี้  ! เลยกำหนด  %@ นอกจอ",
                               "%@ 期限  %@ 開始–期限  %@ 期限未定  %@ ベースライン  %@ 今日  ! 超過  %@ 画面外")
        case .reviewNoLonger: ("no longer needs attention", "ไม่ต้องติดตามแล้ว", "対応不要になりました")
        case .reviewMergedConflict: ("merge conflict: one side kept, the other in history",
                                     "ขัดแย้งตอนรวม: เก็บไว้ฝั่งเดียว อีกฝั่งอยู่ในประวัติ",
                                     "統合の競合: 一方を保持、他方は履歴に")
        case .keptTheirs: ("%@ %@: kept theirs, %@; yours (%@) not saved", "%@ %@: ใช้ของเขา %@; ของฉัน (%@) ไม่ได้บันทึก", "%@ %@: 相手の変更 %@ を採用。自分の変更 (%@) は保存されません")
        case .keptMine: ("%@ %@: kept yours, %@; theirs (%@) replaced", "%@ %@: ใช้ของฉัน %@; ของเขา (%@) ถูกแทนที่", "%@ %@: 自分の変更 %@ を採用。相手の変更 (%@) は置き換え")
        case .more: ("↓ %@ more", "↓ อีก %@ บรรทัด", "↓ あと %@ 行")
        case .wholeRoadmap: ("Whole roadmap", "ทั้งแผนงาน", "ロードマップ全体")
        case .timeZoneField: ("Time zone", "เขตเวลา", "タイムゾーン")
        case .earlierClock: ("* on the clock then: %@", "* ตามเวลาในขณะนั้น: %@", "* 当時の時刻: %@")
        case .calendarQuarters: ("quarters of the calendar year", "ไตรมาสตามปีปฏิทิน", "暦年の四半期")
        case .thaiFiscalQuarters: ("quarters of the Thai fiscal year (October–September)", "ไตรมาสตามปีงบประมาณไทย (ต.ค.–ก.ย.)",
                                   "タイ会計年度の四半期（10月〜9月）")
        case .japaneseFiscalQuarters: ("quarters of the Japanese fiscal year (April–March)", "ไตรมาสตามปีงบประมาณญี่ปุ่น (เม.ย.–มี.ค.)",
                                       "日本の年度の四半期（4月〜3月）")
        case .overdueTitle: ("Overdue — every workstream", "เลยกำหนด — ทุกกลุ่มงาน", "期限超過 — 全ワークストリーム")
        case .hintOverdue: ("Esc/!:back ↑↓:move Enter:detail s/S:status d:due >/<:±1 week ?:help q:quit",
                            "Esc/!:กลับ ↑↓:เลื่อน Enter:รายละเอียด s/S:สถานะ d:กำหนด >/<:±1 สัปดาห์ ?:วิธีใช้ q:ออก",
                            "Esc/!:戻る ↑↓:移動 Enter:詳細 s/S:状態 d:期限 >/<:±1週 ?:ヘルプ q:終了")
        case .noOverdue: ("nothing is overdue", "ไม่มีรายการเลยกำหนด", "期限超過はありません")
        case .jumpLabel: ("go to id: ", "ไปที่รหัส: ", "ID へ移動: ")
        case .unknownID: ("no milestone %@", "ไม่มีหมุดหมาย %@", "マイルストーン %@ はありません")
        case .sortedBy: ("sorted by %@", "เรียงตาม%@", "%@順")
        case .fileOrder: ("file order", "ลำดับในไฟล์", "ファイル")
        case .noSearch: ("/ searches first; n and N then go from match to match", "กด / เพื่อค้นหาก่อน แล้ว n N ไปยังรายการถัดไป", "先に / で検索し、n と N で次へ")
        case .matchesHere: ("%@ here, %@ in all", "ที่นี่ %@ ทั้งหมด %@", "ここに %@ 件、全体で %@ 件")
        }
    }

    private static func all(_ text: (InterfaceLanguage) -> String) -> (String, String, String) { (text(.en), text(.th), text(.ja)) }

    /// The name of a timeline zoom.
    /// What `f` on the timeline just chose.
    static func fiscalQuarters(_ kind: FiscalYear.Kind?) -> UIText {
        switch kind {
        case nil: .calendarQuarters
        case .th: .thaiFiscalQuarters
        case .jp: .japaneseFiscalQuarters
        }
    }

    static func zoomName(_ zoom: TimelineZoom) -> UIText {
        switch zoom {
        case .week: .zoomWeek
        case .month: .zoomMonth
        case .quarter: .zoomQuarter
        }
    }

    /// The short name of a lead side, for the list's column.
    static func leadShort(_ lead: Lead) -> UIText {
        switch lead {
        case .th: .leadTH
        case .jp: .leadJP
        case .joint: .leadJoint
        }
    }

    /// The full name of a lead side: "Japanese side".
    static func leadSide(_ lead: Lead) -> UIText {
        switch lead {
        case .th: .sideTH
        case .jp: .sideJP
        case .joint: .sideJoint
        }
    }

    /// The text with each `%@` replaced by the next argument.
    public func text(_ language: InterfaceLanguage, _ arguments: String...) -> String {
        var result = text(language)
        for argument in arguments {
            guard let range = result.range(of: "%@") else { break }
            result.replaceSubrange(range, with: argument)
        }
        return result
    }
}

/// Status words and glyphs in each language.
enum StatusText {
    static func word(_ status: Status, _ language: InterfaceLanguage) -> String { status.word(in: language) }

    static func glyph(_ status: Status, _ glyphs: GlyphSet) -> String { status.glyph(ascii: glyphs == .ascii) }

    static func color(_ status: Status) -> TerminalColor? {
        switch status {
        case .planned: nil
        case .inProgress: .cyan
        case .atRisk: .yellow
        case .blocked: .red
        case .done: .green
        case .dropped: nil
        }
    }
}
