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

    @Test(arguments: ["", "plain ASCII ~!@#$%^&*()", "น้ำ สวัสดี ห่วงโซ่อุตสาหกรรมยุคใหม่", "日本語 ロードマップ", "é e\u{301} 😀 🇹🇭", "back\\slash \"quotes\"", "\u{200B}\u{200D}\u{FEFF}"])
    func leavesSafeTextUntouched(_ text: String) {
        #expect(TerminalSafe.escape(text) == text)
        #expect(text.unicodeScalars.allSatisfy { !TerminalSafe.isUnsafe($0) })
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
}
