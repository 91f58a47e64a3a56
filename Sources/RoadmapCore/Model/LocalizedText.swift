/// Text that is either one plain string or a set of translations keyed by
/// language code (`en`, `th`, `ja`, …), kept in the order the file gives.
public struct LocalizedText: Equatable, Hashable, Sendable {
    /// One translation: a language code and its text.
    public struct Translation: Equatable, Hashable, Sendable {
        public var language: String
        public var text: String
        public init(language: String, text: String) {
            self.language = language
            self.text = text
        }
    }

    /// `nil` for a plain string, otherwise the translations in file order.
    public private(set) var translations: [Translation]?
    private var plain: String

    /// A plain, language-less text.
    public init(_ text: String) {
        plain = text
        translations = nil
    }

    /// A text with translations, in the given order.
    public init(translations: [Translation]) {
        self.translations = translations
        plain = translations.first?.text ?? ""
    }

    /// Whether the text is a plain string rather than a set of translations.
    public var isPlain: Bool { translations == nil }

    /// The text in `language`, falling back to English, then to the first translation.
    public func text(in language: String) -> String {
        guard let translations else { return plain }
        if let match = translations.first(where: { $0.language == language }) { return match.text }
        if let english = translations.first(where: { $0.language == "en" }) { return english.text }
        return translations.first?.text ?? ""
    }

    /// All texts, for searching.
    public var allTexts: [String] { translations?.map(\.text) ?? [plain] }

    /// Sets the text for one language, or replaces a plain text when `language` is nil.
    /// A plain text given a language becomes a translation set whose old text is English.
    public mutating func set(_ text: String, language: String?) {
        guard let language else {
            if translations == nil {
                plain = text
            } else {
                set(text, language: "en")
            }
            return
        }
        var list = translations ?? [Translation(language: "en", text: plain)]
        if let index = list.firstIndex(where: { $0.language == language }) {
            list[index].text = text
        } else {
            list.append(Translation(language: language, text: text))
        }
        self = LocalizedText(translations: list)
    }
}
