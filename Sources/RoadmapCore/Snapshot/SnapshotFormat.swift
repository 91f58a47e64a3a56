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

    public var language: InterfaceLanguage
    public var calendar: CalendarSystem
    /// Columns of the text format, at least ``minimumWidth``; other formats ignore it.
    public var width: Int

    public init(language: InterfaceLanguage = .en, calendar: CalendarSystem = .gregorian, width: Int = SnapshotStyle.defaultWidth) {
        self.language = language
        self.calendar = calendar
        self.width = width
    }
}

extension WeeklySnapshot {
    /// The snapshot written in `format`. The same snapshot and style always give the same text.
    public func render(_ format: SnapshotFormat, style: SnapshotStyle = SnapshotStyle()) -> String {
        let words = SnapshotWording(language: style.language, calendar: style.calendar)
        switch format {
        case .text: return SnapshotTextRenderer(snapshot: self, words: words, width: max(style.width, SnapshotStyle.minimumWidth)).render()
        case .markdown: return SnapshotMarkdownRenderer(snapshot: self, words: words).render()
        case .json: return SnapshotJSONRenderer(snapshot: self, words: words).render()
        case .html: return SnapshotHTMLRenderer(snapshot: self, words: words).render()
        }
    }
}
