/// Text that is either one plain string or a set of translations keyed by
/// language code (`en`, `th`, `ja`, …), kept in the order the file gives.
///
/// Translations are packed into one buffer of UTF-8 (each one its language
/// code, then its text, each after its length): a roadmap holds a title in
/// three languages for every milestone, and one allocation instead of five
/// keeps 100,000 milestones about 20 MB smaller. A text is read out as a new
/// `String` when asked for.
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

    /// Whether `code` may key a translation: 1–16 letters or `-`. The one
    /// rule for the file's decoder and for what an import takes in.
    public static func isLanguageCode(_ code: some StringProtocol) -> Bool {
        !code.isEmpty && code.count <= 16 && code.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// The plain text; empty when there are translations.
    private var plain: String
    /// `nil` for a plain text, otherwise the translations packed in file order.
    private var packed: [UInt8]?

    /// A plain, language-less text.
    public init(_ text: String) {
        plain = text
        packed = nil
    }

    /// A text with translations, in the given order.
    public init(translations: [Translation]) {
        var packer = Packer()
        for translation in translations {
            var text = translation.text
            text.withUTF8 { packer.append(language: translation.language, text: $0) }
        }
        self = packer.text
    }

    /// Builds a translated text from UTF-8 bytes, one translation at a time,
    /// for decoders that have the bytes at hand.
    struct Packer {
        /// Reused from text to text; each text gets a copy of its own size.
        private var bytes: [UInt8] = []

        mutating func removeAll() {
            bytes.removeAll(keepingCapacity: true)
        }

        mutating func append(language: String, text: UnsafeBufferPointer<UInt8>) {
            var language = language
            language.withUTF8 { LocalizedText.append($0, to: &bytes) }
            LocalizedText.append(text, to: &bytes)
        }

        /// The text, its buffer no larger than what it holds.
        var text: LocalizedText {
            var result = LocalizedText("")
            result.packed = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                initialized = buffer.initialize(fromContentsOf: bytes)
            }
            return result
        }
    }

    /// `nil` for a plain string, otherwise the translations in file order.
    public var translations: [Translation]? {
        guard let packed else { return nil }
        var result: [Translation] = []
        Self.forEach(in: packed) { language, text in
            result.append(Translation(language: Self.string(packed, language), text: Self.string(packed, text)))
            return false
        }
        return result
    }

    /// What would make the decoder refuse this text's languages (none, one
    /// that is not a language code, one given twice), read from the packed
    /// bytes without making strings; nil when nothing would.
    func languageProblem() -> (language: String?, message: String)? {
        guard let packed else { return nil }
        var codes: [Range<Int>] = []
        var problem: (language: String?, message: String)?
        Self.forEach(in: packed) { code, _ in
            let bytes = packed[code]
            let isASCIICode = (1...16).contains(bytes.count) && bytes.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x2D }
            if !isASCIICode && (bytes.allSatisfy { $0 < 0x80 } || !Self.isLanguageCode(Self.string(packed, code))) {
                problem = (nil, "\"\(TerminalSafe.escape(String(Self.string(packed, code).prefix(40))))\" is not a language code")
                return true
            }
            if codes.contains(where: { packed[$0] == bytes || (!isASCIICode && Self.string(packed, $0) == Self.string(packed, code)) }) {
                problem = (Self.string(packed, code), "duplicate key")
                return true
            }
            codes.append(code)
            return false
        }
        if problem == nil && codes.isEmpty { problem = (nil, "a title needs at least one language") }
        return problem
    }

    /// Whether the text is a plain string rather than a set of translations.
    public var isPlain: Bool { packed == nil }

    /// The text in `language`, else the English one, else the first one.
    public func text(in language: String) -> String {
        guard let packed else { return plain }
        var match: Range<Int>?, english: Range<Int>?, first: Range<Int>?
        var wanted = language
        wanted.withUTF8 { wanted in
            Self.forEach(in: packed) { code, text in
                if Self.packed(packed, code, equals: wanted) {
                    match = text
                    return true
                }
                if first == nil { first = text }
                if english == nil && code.count == 2 && packed[code.lowerBound] == UInt8(ascii: "e") && packed[code.lowerBound + 1] == UInt8(ascii: "n") {
                    english = text
                }
                return false
            }
        }
        return (match ?? english ?? first).map { Self.string(packed, $0) } ?? ""
    }

    /// Every text, translations in file order.
    public var allTexts: [String] { translations?.map(\.text) ?? [plain] }

    /// Sets the text in `language`, adding that translation when missing.
    /// With no language, a plain text is replaced and a translated one gets
    /// its English text set.
    public mutating func set(_ text: String, language: String?) {
        guard let language else {
            if packed == nil {
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

    // MARK: Packing

    /// Bytes of the length before each language code and text.
    private static let lengthBytes = 4

    private static func append(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        let count = UInt32(text.count)
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: count >> UInt32(shift))) }
        bytes.append(contentsOf: text)
    }

    private static func packed(_ packed: [UInt8], _ range: Range<Int>, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        packed.withUnsafeBufferPointer { sameBytes(UnsafeBufferPointer(rebasing: $0[range]), bytes) }
    }

    private static func string(_ packed: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: packed[range], as: UTF8.self)
    }

    /// Calls `body` with where each translation's language code and text
    /// are in `packed`, in order, until it returns true.
    private static func forEach(in packed: [UInt8], _ body: (Range<Int>, Range<Int>) -> Bool) {
        var i = 0
        func next() -> Range<Int> {
            var count = 0
            for k in 0..<lengthBytes { count |= Int(packed[i + k]) << (8 * k) }
            let start = i + lengthBytes
            i = start + count
            return start..<i
        }
        while i < packed.count {
            let language = next()
            if body(language, next()) { return }
        }
    }
}
