import Testing
@testable import RoadmapCore

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0),
        ("abc", 3),
        ("Hello, world!", 13),
        ("น้ำ", 2),
        ("สวัสดี", 4),
        ("กำ", 2),
        ("ที่", 1),
        ("ห่วงโซ่อุตสาหกรรม", 14),
        ("日本語", 6),
        ("ロードマップ", 12),
        ("ｱｲｳ", 3),          // halfwidth katakana
        ("ＡＢ", 4),          // fullwidth Latin
        ("한국", 4),
        ("e\u{301}", 1),     // combining acute
        ("a\u{20DD}", 1),    // enclosing circle
        ("\u{200B}x", 1),    // zero width space (format)
        ("😀", 2),
        ("⌚", 2),
        ("€", 1),
        ("日本 and ไทย", 12),
    ])
    func widths(_ text: String, _ expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test func thaiSaraAmIsOneCharacterOfTwoColumns() {
        let text = "กำ"
        #expect(text.count == 1)
        #expect(DisplayWidth.of(text.first!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x0E33)!) == 1)
    }

    @Test func thaiMarksAboveAndBelowTakeNoColumn() {
        let marks: [UInt32] = [0x0E31] + Array(0x0E34...0x0E3A) + Array(0x0E47...0x0E4E)
        for value in marks {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 0, "U+\(String(value, radix: 16))")
        }
        for value: UInt32 in [0x0E01, 0x0E19, 0x0E30, 0x0E32, 0x0E40, 0x0E50] {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 1, "U+\(String(value, radix: 16))")
        }
    }

    @Test func controlCharactersTakeNoColumn() {
        for value: UInt32 in [0x00, 0x07, 0x1B, 0x7F, 0x85, 0x9B] {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 0)
        }
    }

    @Test func everyPrintableASCIIIsOneColumn() {
        for value in UInt32(0x20)..<0x7F {
            let scalar = Unicode.Scalar(value)!
            #expect(DisplayWidth.of(scalar) == 1)
            #expect(DisplayWidth.of(String(scalar)) == 1)
        }
    }

    @Test func stringWidthIsTheSumOfItsCharacters() {
        for text in Self.samples {
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text)")
            #expect(DisplayWidth.of(text[...]) == DisplayWidth.of(text))
        }
    }

    // MARK: Truncate and pad

    static let pieces = [
        "น้ำ", "สวัสดี", "กำ", "ที่", "ไทย", "ญี่ปุ่น", "ห่วงโซ่", "เศรษฐกิจหมุนเวียน", "日本語", "ロードマップ", "次世代",
        "Thai", "Japan", " ", "-", "EID 2026", "é", "e\u{301}", "😀", "🇹🇭", "👍🏽", "ｱｲ", "a\u{20DD}",
    ]

    /// Many deterministic Thai, Japanese, English and mixed strings.
    static let samples: [String] = {
        var generator = SplitMix64(seed: 0x5EED)
        var result = pieces
        for _ in 0..<300 {
            let count = Int.random(in: 1...8, using: &generator)
            result.append((0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        return result
    }()

    @Test func truncateNeverSplitsAClusterNorOverflows() {
        for text in Self.samples {
            let characters = Array(text)
            for width in 0...30 {
                for ellipsis in [false, true] {
                    let cut = DisplayWidth.truncate(text, to: width, ellipsis: ellipsis)
                    #expect(DisplayWidth.of(cut) <= width, "\(text) to \(width)")
                    if DisplayWidth.of(text) <= width {
                        #expect(cut == text)
                        continue
                    }
                    var kept = Array(cut)
                    if ellipsis && width > 0 {
                        #expect(kept.last == "…", "\(text) to \(width)")
                        kept.removeLast()
                    }
                    // A whole-cluster prefix of the original…
                    #expect(characters.starts(with: kept), "\(text) to \(width) gave \(cut)")
                    // …and the longest one that fits (Thai cut with … ends at a word: LineBreaksTests).
                    let room = ellipsis ? width - 1 : width
                    let thai = text.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) }
                    if width > 0, kept.count < characters.count, !(ellipsis && thai) {
                        let next = DisplayWidth.of(characters[kept.count])
                        #expect(DisplayWidth.of(String(kept)) + next > room, "\(text) to \(width) stopped early")
                    }
                }
            }
        }
    }

    @Test func truncateExamples() {
        #expect(DisplayWidth.truncate("น้ำใจ", to: 2) == "น้ำ")
        #expect(DisplayWidth.truncate("กำลัง", to: 1) == "")
        #expect(DisplayWidth.truncate("日本語", to: 5) == "日本")
        #expect(DisplayWidth.truncate("日本語", to: 5, ellipsis: true) == "日本…")
        #expect(DisplayWidth.truncate("日本語", to: 4, ellipsis: true) == "日…")
        #expect(DisplayWidth.truncate("abcdef", to: 4, ellipsis: true) == "abc…")
        #expect(DisplayWidth.truncate("abcdef", to: 1, ellipsis: true) == "…")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.truncate("abc", to: -3) == "")
        #expect(DisplayWidth.truncate("abc", to: 3, ellipsis: true) == "abc")
    }

    @Test func padGivesExactlyTheWidth() {
        for text in Self.samples {
            for width in 0...30 {
                #expect(DisplayWidth.of(DisplayWidth.pad(text, to: width)) == width, "\(text) to \(width)")
                #expect(DisplayWidth.of(DisplayWidth.pad(text, to: width, ellipsis: false)) == width, "\(text) to \(width)")
                let right = DisplayWidth.padLeft(text, to: width)
                #expect(DisplayWidth.of(right) == max(width, DisplayWidth.of(text)))
                #expect(right.hasSuffix(text))
            }
        }
    }

    @Test func padExamples() {
        #expect(DisplayWidth.pad("น้ำ", to: 5) == "น้ำ   ")
        #expect(DisplayWidth.pad("日本語", to: 4) == "日… ")
        #expect(DisplayWidth.pad("日本語", to: 4, ellipsis: false) == "日本")
        #expect(DisplayWidth.pad("日本語", to: 3, ellipsis: false) == "日 ")
        #expect(DisplayWidth.pad("ab", to: 0) == "")
        #expect(DisplayWidth.padLeft("日本", to: 6) == "  日本")
    }

    // MARK: Wrap

    @Test func wrapKeepsEveryLineWithinTheWidthAndLosesNoText() {
        for text in Self.samples.prefix(120) + ["", "a  b", "one\ntwo three", "日本語のテキスト ไทย ห่วงโซ่อุตสาหกรรมยุคใหม่"] {
            let content = text.filter { $0 != " " && $0 != "\n" }
            for width in 1...24 {
                let lines = DisplayWidth.wrap(text, to: width)
                #expect(lines.joined().filter { $0 != " " } == content, "\(text) at \(width)")
                for line in lines {
                    // Only a single character wider than the line may stick out.
                    #expect(DisplayWidth.of(line) <= width || line.count == 1, "\(text) at \(width): \(line)")
                }
            }
        }
    }

    @Test func wrapAWideCharacterIntoOneColumnTerminates() {
        #expect(DisplayWidth.wrap("日本", to: 1).filter { !$0.isEmpty } == ["日", "本"])
        #expect(DisplayWidth.wrap("a日b", to: 1) == ["a", "日", "b"])
        #expect(DisplayWidth.wrap("ok 日本語", to: 1).joined() == "ok日本語")
        #expect(DisplayWidth.wrap("x", to: 0) == [])
    }

    @Test func wrapBreaksAtSpacesThenBetweenClusters() {
        #expect(DisplayWidth.wrap("one two three", to: 7) == ["one two", "three"])
        // Thai between words (ICU's dictionary), never after a leading vowel: not "น้ำใ" / "จไท".
        #expect(DisplayWidth.wrap("น้ำใจไทย", to: 3) == ["น้ำ", "ใจ", "ไทย"])
        #expect(DisplayWidth.wrap("รีไซเคิลแบตเตอรี่", to: 6) == ["รีไซเคิล", "แบตเตอ", "รี่"])
        // A word wider than the line is cut where no leading vowel ends a line: "กเตอ", not "ดักเ".
        #expect(DisplayWidth.wrap("เซมิคอนดักเตอร์", to: 4) == ["เซมิ", "คอนดั", "กเตอ", "ร์"])
        // Kinsoku: no line starts with ー, small kana or closing punctuation.
        #expect(DisplayWidth.wrap("データベース", to: 4) == ["デー", "タ", "ベー", "ス"])
        #expect(DisplayWidth.wrap("（試験）です。", to: 4) == ["（試", "験）", "で", "す。"])
        #expect(DisplayWidth.wrap("日本語です", to: 4) == ["日本", "語で", "す"])
        #expect(DisplayWidth.wrap("first\n\nsecond", to: 10) == ["first", "", "second"])
    }
}

/// Combining marks inside wide blocks take no column (decomposed kana, as
/// macOS writes file names), and blocks glibc and tmux draw wide are wide.
@Test func combiningMarksInsideWideBlocksAndWideSymbols() {
    #expect(DisplayWidth.of("\u{304B}\u{3099}") == 2, "か + combining voiced mark = が")
    #expect(DisplayWidth.of("\u{30CF}\u{309A}") == 2, "ハ + combining semi-voiced mark = パ")
    #expect(DisplayWidth.of("\u{302A}") == 0)
    #expect(DisplayWidth.of("\u{4DC0}") == 2, "Yijing hexagram")
    #expect(DisplayWidth.of("\u{3248}") == 2, "circled number ten on black square")
    #expect(DisplayWidth.truncate("か\u{3099}き", to: 2) == "か\u{3099}")
}

@Suite("DisplayWidth's blocks known at a glance")
struct DisplayWidthFastBlockTests {
    /// The blocks `of` answers without looking up properties give what the lookup gives.
    @Test func everyScalarOfTheFastBlocksAgreesWithItsProperties() {
        for range in [0x2010...0x2027, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF] {
            for value in range {
                let scalar = Unicode.Scalar(UInt32(value))!
                #expect(DisplayWidth.of(scalar) == DisplayWidth.ofOther(scalar), "U+\(String(value, radix: 16, uppercase: true))")
            }
        }
    }
}
