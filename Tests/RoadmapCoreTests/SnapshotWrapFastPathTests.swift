@testable import RoadmapCore
import RoadmapTestSupport
import Testing

/// The byte-level fast path of the snapshot's line breaking must give exactly
/// what the full rules give, for every text it accepts.
@Suite("Snapshot: line breaking fast path")
struct SnapshotWrapFastPathTests {
    /// Pieces that make up the random texts: words of several scripts, single
    /// and double spaces, and the characters that must send a text to the full
    /// rules (line breaks, marks and Sara Am after a space, a prepended Arabic
    /// sign, halfwidth voicing marks, emoji).
    private static let pieces: [String] = [
        "roadmap", "EID", "2027", "a", "phase", "(1)", "semiconductor-packaging",
        "ห่วงโซ่", "อุตสาหกรรม", "น้ำ", "กำ", "เซมิคอนดักเตอร์จังหวัดระยอง", "ๆ",
        "日本語", "ロードマップ", "（第1期）", "が", "–", "—", "é",
        " ", " ", " ", "  ", " \u{0E31}", " \u{0E33}", " \u{0301}", " \u{3099}", "\u{0600} ", " ﾞ",
        "\n", "🇹🇭", "\u{200D}",
    ]

    private static func randomText(_ random: inout SplitMix64) -> String {
        let count = Int(random.next() % 12)
        return (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    @Test func fastPathAgreesWithTheFullRules() {
        var random = SplitMix64(seed: 20261126)
        var accepted = 0, refused = 0
        for _ in 0..<20_000 {
            let text = Self.randomText(&random)
            let width = 1 + Int(random.next() % 30)
            let rules = SnapshotWrap.wrapByAllRules(text, to: width)
            if let fast = SnapshotWrap.wrapAtSpaces(text, to: width) {
                accepted += 1
                #expect(fast == rules, "\(text.debugDescription) at width \(width)")
            } else {
                refused += 1
            }
            #expect(SnapshotWrap.wrap(text, to: width) == rules)
        }
        // Both paths must really have been exercised.
        #expect(accepted > 2_000)
        #expect(refused > 2_000)
    }

    /// Printable ASCII takes a path of its own (a line is a slice of the text): it must agree too.
    @Test func asciiPathAgreesWithTheFullRules() {
        let pieces = ["roadmap", "EID", "2027", "a", "phase", "(1)", "semiconductor-packaging", "x", " ", " ", "  ", "   "]
        var random = SplitMix64(seed: 20261205)
        var accepted = 0
        for _ in 0..<20_000 {
            let text = (0..<Int(random.next() % 14)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let width = 1 + Int(random.next() % 30)
            let rules = SnapshotWrap.wrapByAllRules(text, to: width)
            if let fast = SnapshotWrap.wrapAtSpaces(text, to: width) {
                accepted += 1
                #expect(fast == rules, "\(text.debugDescription) at width \(width)")
            }
            #expect(SnapshotWrap.wrap(text, to: width) == rules)
        }
        #expect(accepted > 5_000)
    }

    /// The table's wrapped titles are slices of the title where they can be
    /// (printable ASCII): the same lines as `wrap`, for any text.
    @Test func slicesAreTheLinesOfWrap() {
        let ascii = ["roadmap", "EID", "2027", "a", "phase", "(1)", "x", " ", "  "]
        var random = SplitMix64(seed: 20261206)
        var sliced = 0
        for round in 0..<20_000 {
            let text = round % 2 == 0 ? Self.randomText(&random)
                : (0..<Int(random.next() % 14)).map { _ in ascii[Int(random.next() % UInt64(ascii.count))] }.joined()
            let width = 1 + Int(random.next() % 30)
            let slices = SnapshotWrap.wrapSlices(text, to: width)
            #expect(slices.map(String.init) == SnapshotWrap.wrap(text, to: width), "\(text.debugDescription) at width \(width)")
            // A line shorter than the text whose base is the text is a slice of it, not a copy.
            if slices.count > 1, slices.allSatisfy({ $0.base == text }) { sliced += 1 }
        }
        #expect(sliced > 1_000)
    }

    @Test func refusesTextsThatNeedTheFullRules() {
        #expect(SnapshotWrap.wrapAtSpaces("two\nlines", to: 20) == nil)
        #expect(SnapshotWrap.wrapAtSpaces("เซมิคอนดักเตอร์จังหวัดระยอง", to: 10) == nil)
        #expect(SnapshotWrap.wrapAtSpaces("a \u{0E33}b", to: 20) == nil)
        #expect(SnapshotWrap.wrapAtSpaces("a \u{0301}b", to: 20) == nil)
        #expect(SnapshotWrap.wrapAtSpaces("emoji 🇹🇭", to: 20) == nil)
    }

    @Test func breaksAtSpacesByDisplayWidth() {
        #expect(SnapshotWrap.wrapAtSpaces("日本語 ロードマップ roadmap", to: 12) == ["日本語", "ロードマップ", "roadmap"])
        #expect(SnapshotWrap.wrapAtSpaces("น้ำ กำ น้ำ", to: 5) == ["น้ำ กำ", "น้ำ"])
        #expect(SnapshotWrap.wrapAtSpaces(" lead  double  ", to: 40) == ["lead  double"])
    }
}
