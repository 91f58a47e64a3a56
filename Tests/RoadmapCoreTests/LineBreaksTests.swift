import Foundation
@testable import RoadmapCore
import RoadmapTestSupport
import Testing

/// ``LineBreaks`` against an independent oracle: Python's PyICU (Debian
/// python3-icu) run as a separate program, on every Thai text of the
/// built-in roadmap and a few hundred generated phrases; and the snapshot's
/// wrapping breaks Thai only where the oracle allows.
@Suite("Text: line breaks")
struct LineBreaksTests {
    /// Every Thai text in the built-in roadmap: titles, notes, reasons.
    static let builtInThai: [String] = {
        let roadmap = BuiltInRoadmap.load()
        var texts = roadmap.title.allTexts + (roadmap.notes.map { [$0] } ?? [])
        for workstream in roadmap.workstreams {
            texts += workstream.title.allTexts
            for milestone in workstream.milestones {
                texts += milestone.title.allTexts + [milestone.notes, milestone.owner].compactMap { $0 }
                texts += milestone.history.flatMap { [$0.reason, $0.isComment ? $0.to : nil].compactMap { $0 } }
            }
        }
        return texts.filter { $0.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } }
    }()

    /// Words of the programme's Thai, with Latin, digits and Japanese mixed in.
    static let words = [
        "ผู้ประกอบการ", "ยานยนต์", "ไฟฟ้า", "คาร์บอน", "ต่ำ", "อุตสาหกรรม", "ห่วงโซ่", "อุปทาน", "เซมิคอนดักเตอร์", "รีไซเคิล",
        "แบตเตอรี่", "มาตรฐาน", "ความร่วมมือ", "ญี่ปุ่น", "ไทย", "การลงทุน", "สิทธิประโยชน์", "เครือข่าย", "ธุรกิจ", "นวัตกรรม",
        "พัฒนา", "ศักยภาพ", "บุคลากร", "เทคโนโลยี", "เศรษฐกิจ", "หมุนเวียน", "ซาก", "รถยนต์", "ระบบ", "จัดการ", "สะอาด", "พลังงาน",
        "ขั้นสูง", "อิเล็กทรอนิกส์", "ส่งเสริม", "ถ่ายทอด", "ความรู้", "ชิ้นส่วน", "ภาคเอกชน", "กรอบเวลา", "ชัดเจน", "ผลลัพธ์",
        "รูปธรรม", "ำนวน", "EID", "SMEs", "2569", "10%", "（試験）", "ライン", "「日本」", "。",
    ]

    /// `count` phrases of 1–9 words run together, sometimes with a space, from a fixed seed.
    static func generatedPhrases(count: Int) -> [String] {
        var random = SplitMix64(seed: 13)
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...9, using: &random)).map { _ in
                words.randomElement(using: &random)! + (Int.random(in: 0..<6, using: &random) == 0 ? " " : "")
            }.joined()
        }
    }

    static let inCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

    /// The oracle's line-break offsets (UTF-16) for each text, or nil when
    /// /usr/bin/python3 cannot import icu.
    static func oracle(_ texts: [String]) throws -> [[Int]]? {
        try LineBreakOracle.offsets(texts, locale: LineBreaks.locale)
    }

    /// The oracle's answers, or nil after recording why the test is skipped.
    static func oracleOrSkip(_ texts: [String]) throws -> [[Int]]? {
        if let answers = try oracle(texts) { return answers }
        if inCI {
            Issue.record("/usr/bin/python3 cannot import icu: .ci/run installs python3-icu")
        } else {
            print("skipped: the line-break oracle needs /usr/bin/python3 with icu (apt-get install python3-icu)")
        }
        return nil
    }

    @Test("break offsets equal PyICU's on every Thai text of the built-in roadmap and 400 generated phrases")
    func sameAsTheOracle() throws {
        let texts = Self.builtInThai + Self.generatedPhrases(count: 400)
        #expect(Self.builtInThai.count >= 20)
        guard let answers = try Self.oracleOrSkip(texts) else { return }
        #expect(answers.count == texts.count)
        for (text, expected) in zip(texts, answers) {
            #expect(LineBreaks.utf16Opportunities(in: text) == expected, "\(text)")
        }
    }

    @Test("known words stay whole: ผู้ประกอบการ, ยานยนต์, คาร์บอน; Japanese small kana and closing brackets never start a line")
    func knownWords() {
        func pieces(_ text: String) -> [String] {
            let characters = Array(text)
            let cuts = [0] + LineBreaks.opportunities(in: text) + [characters.count]
            return zip(cuts, cuts.dropFirst()).map { String(characters[$0..<$1]) }
        }
        #expect(pieces("ผู้ประกอบการยานยนต์คาร์บอนต่ำ") == ["ผู้", "ประกอบ", "การ", "ยาน", "ยนต์", "คาร์บอน", "ต่ำ"])
        #expect(pieces("試験ライン（東京）です。") == ["試", "験", "ラ", "イ", "ン", "（東", "京）", "で", "す。"])
        #expect(pieces("EID 2569") == ["EID ", "2569"])
        #expect(LineBreaks.opportunities(in: "") == [] && LineBreaks.opportunities(in: "ไทย") == [])
    }

    @Test("the snapshot's wrapping ends a Thai line only where the oracle allows, at widths 8 to 40")
    func wrappingBreaksAtOracleBreaks() throws {
        let texts = Self.builtInThai + Self.generatedPhrases(count: 200)
        guard let answers = try Self.oracleOrSkip(texts) else { return }
        for (text, allowed) in zip(texts, answers) {
            for width in stride(from: 8, through: 40, by: 4) {
                let lines = SnapshotWrap.wrap(text, to: width)
                let units = Array(text.utf16)
                var start = 0  // UTF-16 offset in `text` where the line begins
                for (i, line) in lines.enumerated() {
                    let length = line.utf16.count
                    // The spaces a break swallows are on neither line.
                    while start < units.count, Array(units[start..<min(units.count, start + length)]) != Array(line.utf16) { start += 1 }
                    if i > 0, !line.isEmpty {
                        let previous = lines[i - 1]
                        // A line with no allowed break inside it is cut where the line is full,
                        // moved back by LineCut's rules (no leading vowel at its end, no ะ or ー after).
                        let end = start - (units[start - 1] == 0x20 ? 1 : 0)
                        let rest = Array(String(decoding: units[(end - previous.utf16.count)...], as: UTF16.self))
                        let full = DisplayWidth.truncate(String(rest), to: width).count
                        let cut = LineCut.keep(rest, upTo: full) == previous.count && !allowed.contains { $0 > end - previous.utf16.count && $0 < end }
                        #expect(allowed.contains(start) || units[start - 1] == 0x20 || cut, "width \(width): \(lines)")
                    }
                    start += length
                }
            }
        }
    }

    @Test("a Thai text cut with … ends at the last break the oracle allows, or, when that keeps under half, never after a leading vowel")
    func truncationCutsAtOracleBreaks() throws {
        let texts = (Self.builtInThai + Self.generatedPhrases(count: 200)).filter { $0.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) } }
        guard let answers = try Self.oracleOrSkip(texts) else { return }
        for (text, allowed) in zip(texts, answers) {
            let characters = Array(text)
            // The oracle's breaks as cluster counts.
            var utf16 = 0
            var breaks: [Int] = []
            for (i, character) in characters.enumerated() {
                utf16 += character.utf16.count
                if allowed.contains(utf16) { breaks.append(i + 1) }
            }
            for width in 4...40 where DisplayWidth.of(text) > width {
                let cut = DisplayWidth.truncate(text, to: width, ellipsis: true)
                #expect(cut.hasSuffix("…") && DisplayWidth.of(cut) <= width, "\(text) to \(width): \(cut)")
                let kept = Array(cut.dropLast())
                #expect(characters.starts(with: kept), "\(text) to \(width): \(cut)")
                #expect(kept.last.map { !LineCut.endsBadly($0) } ?? true, "a leading vowel before …: \(cut)")
                let fit = DisplayWidth.truncate(text, to: width - 1).count
                if let word = breaks.last(where: { $0 <= fit }), word * 2 >= fit {
                    var expected = word
                    while expected > 0, characters[expected - 1] == " " { expected -= 1 }
                    #expect(kept.count == expected, "\(text) to \(width): \(cut), oracle breaks \(breaks)")
                }
            }
        }
    }
}
