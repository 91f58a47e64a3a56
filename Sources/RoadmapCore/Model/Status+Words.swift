extension Status {
    /// The status as people read it in a language (the file always keeps the English word).
    public func word(in language: InterfaceLanguage) -> String {
        switch (language, self) {
        case (.en, _): rawValue
        case (.th, .planned): "วางแผน"
        case (.th, .inProgress): "ดำเนินการ"
        case (.th, .atRisk): "มีความเสี่ยง"
        case (.th, .blocked): "ติดขัด"
        case (.th, .done): "เสร็จแล้ว"
        // Not ยกเลิก: that is "cancel" on every Thai button and key hint.
        case (.th, .dropped): "ยุติ"
        case (.ja, .planned): "計画"
        case (.ja, .inProgress): "進行中"
        case (.ja, .atRisk): "リスクあり"
        case (.ja, .blocked): "停止"
        case (.ja, .done): "完了"
        case (.ja, .dropped): "中止"
        }
    }
}
