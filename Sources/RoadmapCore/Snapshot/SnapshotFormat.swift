/// The forms a weekly snapshot is written in.
public enum SnapshotFormat: String, CaseIterable, Sendable {
    /// Plain text for paper and e-mail.
    case text
    /// GitHub-flavoured Markdown: headings and tables.
    case markdown
    /// The same content for scripts.
    case json
    /// One self-contained page that prints cleanly from a browser.
    case html

    /// The usual file name extension.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .json: "json"
        case .html: "html"
        }
    }
}

/// The language, calendar and (for text) width a snapshot is written in.
public struct SnapshotStyle: Equatable, Sendable {
    /// The narrowest text snapshot.
    public static let minimumWidth = 40
    public static let defaultWidth = 80
    /// Lines on a printed page of the text format by default: A4 through
    /// `paps --paper a4 --font "Monospace 10"` in every language.
    public static let defaultPageLength = 53
    /// The shortest page the text format is laid out on.
    public static let minimumPageLength = 20

    public var language: InterfaceLanguage
    public var calendar: CalendarSystem
    /// Columns of the text format, at least ``minimumWidth``; other formats ignore it.
    public var width: Int
    /// Lines on a printed page of the text format, at least ``minimumPageLength``; other formats ignore it.
    public var pageLength: Int
    /// Page one alone (the highlights), without the workstreams' full tables.
    public var summary = false
    /// The language titles are also given in (`--lang th,en`: Thai interface, titles in Thai and English).
    public var secondLanguage: InterfaceLanguage?
    /// Whose fiscal quarters the HTML timeline's axis names (nil: none).
    public var fiscal: FiscalYear.Kind?
    /// The text format's own symbols in ASCII (``ASCIIText``), for printers without Unicode fonts.
    public var ascii = false

    public init(
        language: InterfaceLanguage = .en, calendar: CalendarSystem = .gregorian, width: Int = SnapshotStyle.defaultWidth,
        pageLength: Int = SnapshotStyle.defaultPageLength
    ) {
        self.language = language
        self.calendar = calendar
        self.width = width
        self.pageLength = pageLength
    }
}

extension WeeklySnapshot {
    /// The snapshot written in `format`. The same snapshot and style always give the same text.
    public func render(_ format: SnapshotFormat, style: SnapshotStyle = SnapshotStyle()) -> String {
        let words = SnapshotWording(style: style)
        switch format {
        case .text: return SnapshotTextRenderer(style: style, snapshot: self).render()
        case .markdown: return SnapshotMarkdownRenderer(snapshot: self, words: words, summary: style.summary).render()
        case .json: return SnapshotJSONRenderer(snapshot: self, words: words).render()
        case .html: return SnapshotHTMLRenderer(snapshot: self, words: words, summary: style.summary, fiscal: style.fiscal).render()
        }
    }

    /// Writes the snapshot in `format` to `body`: the bytes of
    /// ``render(_:style:)``, the text format in pieces of about 64 KiB (laid
    /// out on pages first: the footer counts them), the others in one piece.
    public func write<Failure: Error>(
        _ format: SnapshotFormat, style: SnapshotStyle = SnapshotStyle(), to body: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        guard format == .text else { return try body(Array(render(format, style: style).utf8)) }
        try SnapshotTextRenderer(style: style, snapshot: self).write(body)
    }
}
