/// The timeline as plain text, for `roadmap timeline` and the snapshot:
/// the same picture as the UI's timeline screen, one line per row, no
/// colour or escape codes, every line exactly ``width`` columns or less.
public struct TimelineTextRenderer: Sendable {
    public var roadmap: Roadmap
    public var chart: TimelineChart
    public var width: Int
    public var language: InterfaceLanguage
    public var calendar: CalendarSystem
    public var ascii: Bool
    /// Whose due dates are drawn as ghosts (``TimelineMark/baseline``), named in the legend.
    public var baseline: Baseline?
    /// Whose fiscal quarters and years the quarter zoom's axis names (nil: calendar quarters).
    public var fiscal: FiscalYear.Kind?

    /// A picture `width` columns wide whose axis starts at `scale`'s origin;
    /// the axis ends at `end` (inclusive) when that comes before the right edge.
    public init(roadmap: Roadmap, today: CalendarDay, scale: TimelineScale, width: Int, end: CalendarDay? = nil,
                language: InterfaceLanguage = .en, calendar: CalendarSystem = .gregorian, ascii: Bool = false,
                baseline: Baseline? = nil) {
        self.roadmap = roadmap
        self.baseline = baseline
        self.width = width
        self.language = language
        self.calendar = calendar
        self.ascii = ascii
        var columns = width - TimelineChart.labelWidth(forWidth: width) - 1
        if let end { columns = min(columns, scale.column(of: end) + 1) }
        chart = TimelineChart(scale: scale, columns: columns, today: today)
    }

    /// The lines, without line breaks or trailing spaces.
    public func lines() -> [String] {
        var lines: [String] = []
        write { lines.append($0) }
        return lines
    }

    /// Hands each line to `body` as it is made (without a line break or
    /// trailing spaces): a long roadmap's picture is never held whole.
    public func write<Failure: Error>(_ body: (String) throws(Failure) -> Void) throws(Failure) {
        let labelWidth = TimelineChart.labelWidth(forWidth: width)
        let blank = String(repeating: " ", count: labelWidth + 1)
        let ticks = chart.scale.ticks(columns: chart.columns, language: language, calendar: calendar, fiscal: fiscal)
        try body(Self.trimmed(blank + TimelineTick.line(ticks.upper, columns: chart.columns)))
        try body(Self.trimmed(blank + TimelineTick.line(ticks.lower, columns: chart.columns)))
        try body(Self.trimmed(blank + chart.rule(ascii: ascii)))
        var idWidth = 0
        for workstream in roadmap.workstreams {
            for milestone in workstream.milestones { idWidth = max(idWidth, DisplayWidth.of(milestone.id)) }
        }
        idWidth = min(idWidth, labelWidth / 2)
        // Due dates of the baseline by folded id, looked up once per row.
        var baselineDues: [String: CalendarDay] = [:]
        for entry in baseline?.milestones ?? [] { if let due = entry.due { baselineDues[entry.id.lowercased()] = due } }
        for (i, workstream) in roadmap.workstreams.enumerated() {
            try body(Self.trimmed(DisplayWidth.truncate("\(i + 1) " + TerminalSafe.escape(workstream.title.text(in: language.rawValue)), to: width, ellipsis: true)))
            for milestone in workstream.milestones {
                let marks = chart.marks(for: milestone, baselineDue: baselineDues.isEmpty ? nil : baselineDues[milestone.id.lowercased()]).map { TimelineChart.glyph($0, ascii: ascii) }.joined()
                try body(Self.trimmed(TimelineChart.label(milestone, idWidth: idWidth, width: labelWidth, language: language) + " " + marks))
            }
        }
        for line in legend() { try body(Self.trimmed(line)) }
    }

    /// What the glyphs mean, in the picture's language, on as many lines as the width needs.
    func legend() -> [String] {
        let statuses = Status.allCases.map { "\($0.glyph(ascii: ascii)) \($0.word(in: language))" }
        let words: (today: String, span: String, overdue: String, outside: String) = switch language {
        case .en: ("today", "start–due", "overdue", "before/after")
        case .th: ("วันนี้", "เริ่ม–กำหนด", "เลยกำหนด", "ก่อน/หลังช่วง")
        case .ja: ("今日", "開始–期限", "期限超過", "範囲外")
        }
        let marks = [
            "\(TimelineChart.glyph(.today, ascii: ascii)) \(words.today)",
            "\(TimelineChart.glyph(.bar, ascii: ascii)) \(words.span)",
            "! \(words.overdue)",
            "\(TimelineChart.glyph(.earlier, ascii: ascii))\(TimelineChart.glyph(.later, ascii: ascii)) \(words.outside)",
        ]
        var lines = [""]
        for item in statuses + marks {
            let joined = lines[lines.count - 1].isEmpty ? item : lines[lines.count - 1] + "  " + item
            if DisplayWidth.of(joined) <= width || lines[lines.count - 1].isEmpty {
                lines[lines.count - 1] = DisplayWidth.truncate(joined, to: width, ellipsis: true)
            } else {
                lines.append(DisplayWidth.truncate(item, to: width, ellipsis: true))
            }
        }
        if let baseline {
            let name = TerminalSafe.escape(baseline.name)
            let words = switch language {
            case .en: "due in baseline “\(name)”"
            case .th: "กำหนดตามแผนฐาน “\(name)”"
            case .ja: "ベースライン「\(name)」の期限"
            }
            lines.append(DisplayWidth.truncate(TimelineChart.glyph(.baseline, ascii: ascii) + " " + words, to: width, ellipsis: true))
        }
        return lines
    }

    private static func trimmed(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
