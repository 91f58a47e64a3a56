import Foundation
import RoadmapCore
import Testing

@Suite("space trimming")
struct SpaceTrimmingTests {
    /// Every space separator (Zs) and the tab, the other White_Space scalars (which `.whitespaces` keeps), and marks.
    static let pieces = [
        " ", "\t", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2007}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}",
        "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{200B}", "\u{FEFF}", "\u{301}", "\u{0E34}",
        "a", "ก", "日", "👩‍👩‍👧", "e\u{301}", "-",
    ]

    @Test("every scalar is a space to trim exactly when Foundation's .whitespaces holds it")
    func sameScalarsAsFoundation() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(Character(scalar))x"
            #expect((text.trimmingSpaces() == "x") == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test("the same text as Foundation's trimmingCharacters(in: .whitespaces), on every mix of spaces, other whitespace, marks and letters")
    func sameAsFoundation() {
        var generator = SystemRandomNumberGenerator()
        var texts = ["", " ", "  a  ", "\ta b\t", " \u{301}x", "x \u{301}", "สมชาย ใจดี ", "\u{3000}田中\u{3000}"]
        for _ in 0..<2_000 {
            texts.append((0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            let slice = text[...]
            #expect(slice.trimmingSpaces() == slice.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }
}
