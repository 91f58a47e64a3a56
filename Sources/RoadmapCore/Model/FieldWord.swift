/// The names of a milestone's fields, and of the other columns and labels
/// that describe one, as people read them in English, Thai and Japanese: the
/// one table for the UI's columns, detail labels, history lines and status
/// line, and for `list --lang` headers and `show --lang` labels. The file and
/// `--json` keep the English names (``MilestoneField/description``).
public enum FieldWord: CaseIterable, Sendable {
    case id, workstream, status, start, due, owner, title, notes, lead, slip
    /// What a milestone waits for (`depends` in the file).
    case waitsFor
    /// What waits for a milestone.
    case holdsUp
    /// Everything a milestone waits for, directly or through others.
    case upstream
    case history
    /// A status update (a `comment` history entry).
    case update
    /// The reason given for a change.
    case why
    /// The latest status update, beside why a milestone is in its state (`show`).
    case latest
    /// A milestone's first history entry (`created`).
    case created
    /// The columns of a log of changes: when, who, which field, what changed.
    case when, who, field, change
    /// The programme's time zone (`timeZone`), and what a change of it
    /// belongs to in a log's id column: the whole roadmap, not a milestone
    /// (a short word: the column is as wide as its longest cell).
    case timeZone, wholeRoadmap

    /// The name in running text: `status`, `สถานะ`, `状態` (English lower case).
    public func name(in language: InterfaceLanguage) -> String {
        let (en, th, ja) = words
        switch language {
        case .en: return en
        case .th: return th
        case .ja: return ja
        }
    }

    /// The name as a label: `Status` (English capitalised).
    public func label(in language: InterfaceLanguage) -> String {
        let name = name(in: language)
        return language == .en ? name.prefix(1).uppercased() + name.dropFirst() : name
    }

    /// The name as a column header: `STATUS` (English upper case).
    public func column(in language: InterfaceLanguage) -> String {
        language == .en ? name(in: language).uppercased() : name(in: language)
    }

    private var words: (String, String, String) {
        switch self {
        case .id: ("id", "รหัส", "ID")
        case .workstream: ("workstream", "กลุ่มงาน", "ワークストリーム")
        case .status: ("status", "สถานะ", "状態")
        case .start: ("start", "เริ่ม", "開始")
        case .due: ("due", "กำหนด", "期限")
        case .owner: ("owner", "ผู้รับผิดชอบ", "担当")
        case .title: ("title", "ชื่อ", "件名")
        case .notes: ("notes", "หมายเหตุ", "メモ")
        case .lead: ("lead", "ฝ่ายนำ", "主導")
        case .slip: ("slip", "ล่าช้า", "遅延")
        case .waitsFor: ("waits for", "รอผลจาก", "前提")
        case .holdsUp: ("holds up", "งานที่รออยู่", "後続")
        case .upstream: ("upstream", "งานต้นทาง", "上流")
        case .history: ("history", "ประวัติ", "履歴")
        case .update: ("update", "รายงานความคืบหน้า", "状況報告")
        case .why: ("why", "เหตุผล", "理由")
        case .latest: ("latest", "ล่าสุด", "最新状況")
        case .created: ("created", "สร้าง", "作成")
        case .when: ("when", "วันที่", "日付")
        case .who: ("who", "ผู้แก้ไข", "変更者")
        case .field: ("field", "ช่อง", "項目")
        case .change: ("change", "การเปลี่ยนแปลง", "変更内容")
        case .timeZone: ("time zone", "เขตเวลา", "タイムゾーン")
        case .wholeRoadmap: ("roadmap", "แผนงาน", "全体")
        }
    }

    /// The word for a history entry's `field` (`status`, `title.th`,
    /// `comment`, `created`); nil for a name this version does not know.
    public init?(historyField name: String) {
        switch name {
        case HistoryEntry.commentField: self = .update
        case "created": self = .created
        case "depends": self = .waitsFor
        case "title": self = .title
        case ZoneChange.field: self = .timeZone
        default:
            if name.hasPrefix("title.") {
                self = .title
                return
            }
            guard let word = Self.allCases.first(where: { $0.name(in: .en) == name }) else { return nil }
            self = word
        }
    }

    /// A history entry's field in `language`: `สถานะ`, `ชื่อ (th)` for a
    /// title in one language; in English, and for a name not known, the
    /// file's own name (`title.th`), as `roadmap log` and scripts see it.
    public static func historyField(_ name: String, in language: InterfaceLanguage) -> String {
        guard language != .en, let word = FieldWord(historyField: name) else { return name }
        let text = word.name(in: language)
        return name.hasPrefix("title.") ? "\(text) (\(name.dropFirst(6)))" : text
    }
}

extension MilestoneField {
    /// The field's name in the interface's languages.
    public var word: FieldWord {
        switch self {
        case .status: .status
        case .start: .start
        case .due: .due
        case .owner: .owner
        case .notes: .notes
        case .lead: .lead
        case .depends: .waitsFor
        case .title: .title
        }
    }
}

extension HistoryEntry {
    /// One recorded value (`from` or `to`) as people read it: a status word,
    /// a date in `calendar` and `language`; other values as recorded.
    public static func value(_ value: String?, field: String, language: InterfaceLanguage, calendar: CalendarSystem) -> String? {
        guard let value else { return nil }
        switch FieldWord(historyField: field) {
        case .status?, .created?: return Status(rawValue: value).map { $0.word(in: language) } ?? value
        case .start?, .due?:
            return CalendarDay(iso: value).map { DateFormatting.format($0, language: language.rawValue, calendar: calendar) } ?? value
        default: return value
        }
    }
}
