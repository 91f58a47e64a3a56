import RoadmapCore
import Testing

/// Translations are packed into one buffer (see ``LocalizedText``); what goes in comes back out.
@Suite("LocalizedText packing")
struct LocalizedTextPackingTests {
    static let trilingual = LocalizedText(translations: [
        .init(language: "th", text: "วางแผน"), .init(language: "en", text: "Plan"), .init(language: "ja", text: "計画"),
    ])

    @Test func translationsComeBackInOrderWhateverTheirLength() {
        let long = String(repeating: "ก้", count: 40_000)  // 240,000 bytes: more than two length bytes hold
        let list: [LocalizedText.Translation] = [
            .init(language: "en", text: ""), .init(language: "zh-Hant", text: long), .init(language: "ja", text: "\u{0}\n\"x\""),
        ]
        let text = LocalizedText(translations: list)
        #expect(text.translations == list)
        #expect(text.allTexts == ["", long, "\u{0}\n\"x\""])
        #expect(text.text(in: "zh-Hant") == long)
        #expect(!text.isPlain)
        #expect(LocalizedText("a").translations == nil)
        #expect(LocalizedText(translations: []).translations == [])
    }

    @Test func equalityFollowsTheTranslationsAndTheirOrder() {
        let same = LocalizedText(translations: Self.trilingual.translations!)
        #expect(same == Self.trilingual)
        #expect(same.hashValue == Self.trilingual.hashValue)
        let reordered = LocalizedText(translations: Self.trilingual.translations!.reversed())
        #expect(reordered != Self.trilingual)
        #expect(LocalizedText("Plan") != LocalizedText(translations: [.init(language: "en", text: "Plan")]))
    }
}
