@testable import RoadmapCore
import RoadmapTestSupport
import Testing

/// The word-at-a-time check behind DisplayWidth's and TerminalSafe's fast paths.
@Suite("Printable ASCII check")
struct PrintableASCIITests {
    @Test func agreesWithTheByteByByteRule() {
        var random = SplitMix64(seed: 0x20_7E)
        // Bytes near each edge of the printable range, and multi-byte text.
        let pieces = ["a", " ", "~", "Z", "\u{1F}", "\u{7F}", "\u{00}", "\t", "é", "ก", "日", "\u{80}", "0123456789"]
        for _ in 0..<20_000 {
            let text = (0..<Int(random.next() % 24)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let expected = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
            #expect(DisplayWidth.isPrintableASCII(text) == expected, "\(text.debugDescription)")
            #expect(DisplayWidth.isPrintableASCII(text.dropFirst()) == text.utf8.dropFirst(text.first.map { String($0).utf8.count } ?? 0).allSatisfy { $0 >= 0x20 && $0 < 0x7F })
        }
        #expect(DisplayWidth.isPrintableASCII(""))
        #expect(DisplayWidth.isPrintableASCII(String(repeating: " ~", count: 40)))
        #expect(!DisplayWidth.isPrintableASCII(String(repeating: "x", count: 40) + "\u{7F}"))
    }
}
