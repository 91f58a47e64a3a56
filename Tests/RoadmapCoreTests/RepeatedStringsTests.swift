import Testing
@testable import RoadmapCore

/// The fast decoder's store of short strings: a string found again is the
/// one its bytes spell, whatever else shared its slot in between.
@Suite("Fast decoder: repeated short strings")
struct RepeatedStringsTests {
    private func string(_ text: [UInt8], in repeated: inout RepeatedStrings, made: inout Int) -> String? {
        text.withUnsafeBufferPointer { bytes in
            repeated.string(bytes) { bytes in
                made += 1
                return UTF8Validation.isValid(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
            }
        }
    }

    @Test func aStringFoundAgainIsTheOneItsBytesSpell() {
        var repeated = RepeatedStrings()
        var made = 0
        var random = SplitMix64(seed: 9)
        let words = ["status", "in-progress", "2027-03-04", "METI", "ผู้ประกอบการ", "経済産業省", ""] + (0..<5_000).map { _ in
            String((0..<Int(random.next() % 40)).map { _ in Character(Unicode.Scalar(UInt8(0x61 + random.next() % 26))) })
        }
        for round in 0..<3 {
            for word in words {
                #expect(string(Array(word.utf8), in: &repeated, made: &made) == word, "round \(round)")
            }
        }
        // Most of the 5,007 words collide in 512 slots, so most are made again; the first few, asked in a row, are not.
        made = 0
        for _ in 0..<10 { _ = string(Array("in-progress".utf8), in: &repeated, made: &made) }
        #expect(made <= 1)
    }

    @Test func bytesThatAreNotTextAreNotKept() {
        var repeated = RepeatedStrings()
        var made = 0
        for _ in 0..<2 { #expect(string([0x61, 0xC0, 0x80], in: &repeated, made: &made) == nil) }
        #expect(made == 2)
        let long = Array(String(repeating: "x", count: RepeatedStrings.longest + 1).utf8)
        for _ in 0..<2 { #expect(string(long, in: &repeated, made: &made) == String(decoding: long, as: UTF8.self)) }
        #expect(made == 4, "a string longer than the store keeps is made every time")
    }
}
