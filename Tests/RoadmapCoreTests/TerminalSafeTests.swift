import Testing
import RoadmapCore

@Suite("TerminalSafe")
struct TerminalSafeTests {
    @Test(arguments: [
        ("\u{1B}[2J", #"\e[2J"#),
        ("\u{1B}]0;title\u{07}", #"\e]0;title\u0007"#),
        ("bell\u{07}", #"bell\u0007"#),
        ("\u{9B}31m", #"\u009B31m"#),
        ("\u{85}", #"\u0085"#),
        ("del\u{7F}", #"del\u007F"#),
        ("\u{0}", #"\u0000"#),
        ("a\nb\r\tc", #"a\nb\r\tc"#),
        ("abc\u{202E}txt.exe", #"abc\u202Etxt.exe"#),
        ("\u{202A}\u{202B}\u{202C}\u{202D}", #"\u202A\u202B\u202C\u202D"#),
        ("\u{2066}\u{2067}\u{2068}\u{2069}", #"\u2066\u2067\u2068\u2069"#),
        ("\u{200E}\u{200F}\u{061C}", #"\u200E\u200F\u061C"#),
    ])
    func escapesUnsafeText(_ raw: String, _ escaped: String) {
        #expect(TerminalSafe.escape(raw) == escaped)
    }

    @Test(arguments: [
        "", "plain ASCII ~!@#$%^&*()", "น้ำ สวัสดี ห่วงโซ่อุตสาหกรรมยุคใหม่", "日本語 ロードマップ", "é e\u{301} 😀 🇹🇭", "back\\slash \"quotes\"",
        // Joiners and variation selectors where they do something.
        "👨\u{200D}👩\u{200D}👧", "❤\u{FE0F}\u{200D}🔥", "🏳\u{FE0F}\u{200D}🌈", "1\u{FE0F}\u{20E3}", "ก\u{200D}ข ค\u{200C}ง",
        "क्\u{200D}ष", "नि\u{200C}र्", "葛\u{E0100}城", "ᠠ\u{180B}",
    ])
    func leavesSafeTextUntouched(_ text: String) {
        #expect(TerminalSafe.escape(text) == text)
        #expect(text.unicodeScalars.allSatisfy { !TerminalSafe.isUnsafe($0) })
    }

    @Test("invisible characters are shown", arguments: [
        ("zero\u{200B}width", #"zero\u200Bwidth"#),
        ("\u{FEFF}bom", #"\uFEFFbom"#),
        ("wj\u{2060}\u{2061}\u{2062}\u{2063}\u{2064}", #"wj\u2060\u2061\u2062\u2063\u2064"#),
        ("soft\u{AD}hyphen \u{3164}filler", #"soft\u00ADhyphen \u3164filler"#),
        ("tag\u{E0001}\u{E0068}\u{E0069}\u{E007F}", #"tag\uE0001\uE0068\uE0069\uE007F"#),
        ("SC\u{200D}1", #"SC\u200D1"#),  // a joiner between ASCII joins nothing
        ("\u{200D}👩", #"\u200D👩"#),
        ("👩\u{200D}", #"👩\u200D"#),
        ("ไทย \u{200C}ไทย", #"ไทย \u200Cไทย"#),
        ("\u{FE0F}start", #"\uFE0Fstart"#),
        ("😀\u{FE0F}\u{FE01}\u{E0100}", "😀\u{FE0F}" + #"\uFE01\uE0100"#),  // one selector, not a run of them
        ("space \u{FE0F}", #"space \uFE0F"#),
        ("\u{1B}\u{FE0F}", #"\e\uFE0F"#),
    ])
    func showsInvisibleCharacters(_ raw: String, _ escaped: String) {
        #expect(TerminalSafe.escape(raw) == escaped)
        // What is kept takes no column and what is escaped is ASCII, so the width is what is shown.
        let shown = escaped.unicodeScalars.filter { $0.value < 0x80 || !$0.properties.isDefaultIgnorableCodePoint }
        #expect(DisplayWidth.of(TerminalSafe.escape(raw)) == DisplayWidth.of(String(String.UnicodeScalarView(shown))))
    }

    @Test func everyDefaultIgnorableScalarIsUnsafeOrKeptOnlyInPlace() {
        let inPlaceOnly: [ClosedRange<UInt32>] = [0x180B...0x180D, 0x180F...0x180F, 0x200C...0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF]
        for value in UInt32(0xA0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isDefaultIgnorableCodePoint && !inPlaceOnly.contains { $0.contains(value) }
            #expect(TerminalSafe.isUnsafe(scalar) == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test("escaping twice changes nothing", arguments: [
        "\u{1B}[2J\u{07}", "a\u{200D}b", "\u{200B}\u{FE0F}", "😀\u{FE0F}\u{FE0F}", "👨\u{200D}👩", "ก\u{200D}\u{200D}ข", "x\u{9B}\u{202E}y\nz",
    ])
    func escapeIsIdempotent(_ raw: String) {
        let once = TerminalSafe.escape(raw)
        #expect(TerminalSafe.escape(once) == once)
    }

    @Test func noOutputScalarIsAControlCharacter() {
        // Every C0 and C1 control, DEL, the bidi controls, and some safe scalars around them.
        var scalars: [Unicode.Scalar] = []
        for value: UInt32 in Array(0...0xBF) + Array(0x0600...0x0620) + Array(0x2000...0x2070) + [0x0E33, 0x3042, 0xFEFF, 0x1F600] {
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        let text = String(String.UnicodeScalarView(scalars))
        let escaped = TerminalSafe.escape(text)
        for scalar in escaped.unicodeScalars {
            #expect(scalar.properties.generalCategory != .control, "U+\(String(scalar.value, radix: 16))")
            #expect(!TerminalSafe.isUnsafe(scalar), "U+\(String(scalar.value, radix: 16))")
        }
        // Safe scalars survive.
        #expect(escaped.contains("ำ"))
        #expect(escaped.contains("あ"))
        #expect(escaped.contains("😀"))
    }

    @Test func everyControlCharacterIsUnsafe() {
        for value in UInt32(0)..<0x10000 {  // every Cc scalar is in the BMP
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory == .control else { continue }
            #expect(TerminalSafe.isUnsafe(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test func escapeOnlyAddsPrintableASCII() {
        let raw = "x\u{1B}y\u{07}z"
        let escaped = TerminalSafe.escape(raw)
        #expect(escaped.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
        #expect(escaped == #"x\ey\u0007z"#)
    }

    @Test func escapedLinesKeepLineBreaksAndEscapeTheRest() {
        #expect(TerminalSafe.escapedLines("one\u{1B}[1m\ntwo\u{07}\n\nthree") == [#"one\e[1m"#, #"two\u0007"#, "", "three"])
        #expect(TerminalSafe.escapedLines("") == [""])
        #expect(TerminalSafe.escapedLines("ไทย\n日本") == ["ไทย", "日本"])
    }

    @Test("lines end where String.split on the character \\n ends them: \\r\\n is one character and stays escaped in its line")
    func escapedLinesSplitAsCharactersDo() {
        let texts = [
            "a\r\nb", "a\rb\nc", "\n", "\n\n", "\r\n\r\n", "x\n\r\ny", "\r", "\r\r\n\n", "end\n", "\nstart", "ก\u{0E34}\nข",
            "e\u{301}\n\u{301}x", "日本\r\n語\n", "\u{1B}[2J\n\u{7F}", "no break at all", "👩‍👩‍👧\n🇹🇭",
        ]
        for text in texts {
            let bySplit = text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalSafe.escape(String($0)) }
            #expect(TerminalSafe.escapedLines(text) == bySplit, "\(text.debugDescription)")
        }
        #expect(TerminalSafe.escapedLines("a\r\nb") == [#"a\r\nb"#])
    }
}
