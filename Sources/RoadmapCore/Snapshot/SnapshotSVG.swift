/// The HTML report's timeline picture: ``SnapshotChart`` as inline SVG,
/// drawn in black, greys and line styles only, so that it prints in black
/// and white. Bars run from start to due (a diamond marks a due date
/// without a start), the status glyph follows the due date, the week is a
/// grey band, today a dashed line, and a baseline's due date a dashed
/// hollow diamond joined to today's due date by a dotted line. Late,
/// blocked and at-risk rows have bold labels and a thick outline.
struct SnapshotSVG {
    var chart: SnapshotChart
    var words: SnapshotWording
    var week: IsoWeek
    /// Month boundaries labelled with their fiscal quarter too, when set.
    var fiscal: FiscalYear.Kind?

    static let width = 720.0
    static let labelWidth = 210.0
    static let rowHeight = 15.0
    static let axisHeight = 30.0
    /// Columns of a row's label (``DisplayWidth``), id included: Thai
    /// letters are wider than Latin and Japanese ones for their columns, so
    /// a label with Thai in it gets fewer.
    static let labelColumns = 40, thaiLabelColumns = 34
    /// Keeps every label left of the bars, whatever the font makes of it.
    private static let labelClip = "roadmap-chart-labels"

    private var chartWidth: Double { Self.width - Self.labelWidth - 10 }
    private var dayWidth: Double { chartWidth / Double(chart.first.days(until: chart.last) + 1) }

    /// The left edge of `day`'s column.
    private func x(_ day: CalendarDay) -> Double { Self.labelWidth + Double(chart.first.days(until: day)) * dayWidth }

    private func inWindow(_ day: CalendarDay) -> Bool { chart.first <= day && day <= chart.last }

    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// The `<svg>` element, one line per shape.
    func render() -> [String] {
        let rows = chart.groups.reduce(0) { $0 + 1 + $1.rows.count }
        let height = Self.axisHeight + Double(rows) * Self.rowHeight + 6
        let n = Self.number
        let label = words.say(.timeline) + " · " + words.dateRange(chart.first, chart.last)
        var out = [
            "<svg class=\"chart\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\" role=\"img\" aria-label=\"\(SnapshotHTMLRenderer.escape(label))\">",
            "<title>\(SnapshotHTMLRenderer.escape(label))</title>",
            "<clipPath id=\"\(Self.labelClip)\"><rect x=\"0\" y=\"0\" width=\"\(n(Self.labelWidth - 3))\" height=\"\(n(height))\"/></clipPath>",
            // The report's week, a grey band behind everything.
            "<rect x=\"\(n(x(week.monday)))\" y=\"\(n(Self.axisHeight - 4))\" width=\"\(n(7 * dayWidth))\" height=\"\(n(height - Self.axisHeight + 4))\" fill=\"#e6e6e6\"/>",
        ]
        out += axis(height: height)
        var y = Self.axisHeight
        for group in chart.groups {
            out.append("<text x=\"0\" y=\"\(n(y + 11))\" font-size=\"9.5\" font-weight=\"700\">\(SnapshotHTMLRenderer.escape(DisplayWidth.truncate(words.title(group.title), to: 2 * Self.labelColumns, ellipsis: true)))</text>")
            y += Self.rowHeight
            for row in group.rows {
                out += self.row(row, y: y)
                y += Self.rowHeight
            }
        }
        // Today, over the bars.
        if inWindow(chart.today) {
            let tx = x(chart.today) + dayWidth / 2
            out.append("<line x1=\"\(n(tx))\" y1=\"\(n(Self.axisHeight - 8))\" x2=\"\(n(tx))\" y2=\"\(n(height))\" stroke=\"#000\" stroke-width=\"1.2\" stroke-dasharray=\"4 2\"/>")
            out.append("<text x=\"\(n(tx + 2))\" y=\"\(n(Self.axisHeight - 9))\" font-size=\"8\">\(SnapshotHTMLRenderer.escape(words.say(.today)))</text>")
        }
        out.append("</svg>")
        return out
    }

    /// Month boundaries (labelled with the month, the year at January and at
    /// the left edge, and the fiscal quarter when asked) and the axis line.
    private func axis(height: Double) -> [String] {
        let n = Self.number
        var out = ["<line x1=\"\(n(Self.labelWidth))\" y1=\"\(n(Self.axisHeight - 4))\" x2=\"\(n(Self.width - 10))\" y2=\"\(n(Self.axisHeight - 4))\" stroke=\"#000\" stroke-width=\"0.8\"/>"]
        var day = chart.first
        var first = true
        while day <= chart.last {
            let monthStart = day.day == 1
            if monthStart || first {
                let mx = x(day)
                if monthStart {
                    out.append("<line x1=\"\(n(mx))\" y1=\"\(n(Self.axisHeight - 14))\" x2=\"\(n(mx))\" y2=\"\(n(height))\" stroke=\"#999\" stroke-width=\"0.6\"/>")
                }
                // The year with the first month and with January: `Oct 2026`, `ต.ค. 2569`, `2026年10月`.
                let text = first || day.month == 1
                    ? TimelineScale.monthLabel(day, language: words.language, calendar: words.calendar)
                    : DateFormatting.monthName(day.month, language: words.language.rawValue)
                out.append("<text x=\"\(n(mx + 2))\" y=\"\(n(Self.axisHeight - 16))\" font-size=\"8.5\">\(SnapshotHTMLRenderer.escape(text))</text>")
                if let fiscal, monthStart, (day.month - 1) % 3 == 0 {
                    let year = FiscalYear(containing: day, kind: fiscal)
                    out.append("<text x=\"\(n(mx + 2))\" y=\"\(n(Self.axisHeight - 6))\" font-size=\"7.5\" font-weight=\"700\">\(SnapshotHTMLRenderer.escape(year.quarterName(year.quarter(of: day), in: words.language)))</text>")
                }
                first = false
            }
            day = day.adding(days: 1)
        }
        return out
    }

    /// One milestone: its label, bar or diamond, baseline ghost and status glyph.
    private func row(_ row: SnapshotChart.Row, y: Double) -> [String] {
        let n = Self.number
        let flagged = row.status == .blocked || row.status == .atRisk || (row.due.map { $0 < chart.today } == true && !row.status.isClosed)
        let label = "\(row.id)  \(words.title(row.title))"
        let columns = label.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } ? Self.thaiLabelColumns : Self.labelColumns
        let text = DisplayWidth.truncate(label, to: columns, ellipsis: true)
        var out = [
            "<text x=\"6\" y=\"\(n(y + 11))\" font-size=\"9\"\(flagged ? " font-weight=\"700\"" : "") clip-path=\"url(#\(Self.labelClip))\">\(SnapshotHTMLRenderer.escape(text))</text>"
        ]
        guard let due = row.due else { return out }
        let mid = y + Self.rowHeight / 2
        let stroke = flagged ? "2" : "0.8"
        let fill = switch row.status {
        case .done: "#555"
        case .dropped: "#fff"
        case .inProgress, .atRisk, .blocked: "#bbb"
        case .planned: "#fff"
        }
        let dash = row.status == .dropped ? " stroke-dasharray=\"3 2\"" : ""
        if let start = row.start, start < due {
            let left = x(max(start, chart.first)), right = x(min(due, chart.last)) + dayWidth
            if right > left && start <= chart.last && due >= chart.first {
                out.append("<rect x=\"\(n(left))\" y=\"\(n(mid - 4))\" width=\"\(n(right - left))\" height=\"8\" fill=\"\(fill)\" stroke=\"#000\" stroke-width=\"\(stroke)\"\(dash)/>")
            }
        } else if inWindow(due) {
            out.append(diamond(at: x(due) + dayWidth / 2, mid, fill: fill, stroke: stroke, dash: dash))
        }
        if let ghost = row.baselineDue, ghost != due {
            let gx = x(min(max(ghost, chart.first), chart.last)) + dayWidth / 2
            let dx = x(min(max(due, chart.first), chart.last)) + dayWidth / 2
            out.append("<line x1=\"\(n(gx))\" y1=\"\(n(mid))\" x2=\"\(n(dx))\" y2=\"\(n(mid))\" stroke=\"#000\" stroke-width=\"0.8\" stroke-dasharray=\"1 2\"/>")
            if inWindow(ghost) { out.append(diamond(at: gx, mid, fill: "none", stroke: "1", dash: " stroke-dasharray=\"2 1\"")) }
        }
        if inWindow(due) {
            out.append("<text x=\"\(n(x(due) + dayWidth + 3))\" y=\"\(n(y + 11))\" font-size=\"9\"\(flagged ? " font-weight=\"700\"" : "")>\(row.status.glyph(ascii: false))</text>")
        }
        return out
    }

    private func diamond(at cx: Double, _ cy: Double, fill: String, stroke: String, dash: String) -> String {
        let n = Self.number
        return "<polygon points=\"\(n(cx)),\(n(cy - 5)) \(n(cx + 5)),\(n(cy)) \(n(cx)),\(n(cy + 5)) \(n(cx - 5)),\(n(cy))\" fill=\"\(fill)\" stroke=\"#000\" stroke-width=\"\(stroke)\"\(dash)/>"
    }

    /// What the shapes mean, as one line of HTML text under the picture.
    func legend() -> String {
        var items = Status.allCases.map { "\($0.glyph(ascii: false)) \(words.status($0))" }
        items += ["▭ " + words.say(.chartSpan), "◆ " + words.say(.chartMilestone), "┆ " + words.say(.today)]
        if let baseline = chart.baseline { items.append("◇ " + words.say(.chartGhost, baseline)) }
        return items.map(SnapshotHTMLRenderer.escape).joined(separator: " &nbsp; ")
    }
}
