import RoadmapCore
import Testing

/// RFC 5545 TEXT escaping and line folding.
@Suite struct ICalendarTextTests {
    @Test func escapesBackslashSemicolonCommaAndLineBreaks() {
        #expect(ICalendarText.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendarText.escape("one\ntwo\r\nthree") == #"one\ntwo\nthree"#)
        #expect(ICalendarText.escape("ไทย, 日本") == #"ไทย\, 日本"#)
    }

    @Test func controlCharactersBecomeVisibleEscapes() {
        #expect(ICalendarText.escape("x\u{1B}[2Jy\u{7}") == #"x\\e[2Jy\\u0007"#)
    }

    @Test func shortLinesAreNotFolded() {
        let line = String(repeating: "a", count: 75)
        #expect(ICalendarText.fold(line) == line + "\r\n")
    }

    @Test func longASCIILinesFoldAt75Octets() {
        let folded = ICalendarText.fold(String(repeating: "a", count: 200))
        let lines = physicalLines(folded)
        #expect(lines.map(\.count) == [75, 75, 52])
        #expect(lines.dropFirst().allSatisfy { $0.first == UInt8(ascii: " ") })
        #expect(unfold(folded) == String(repeating: "a", count: 200))
    }

    @Test(arguments: [0, 1, 2, 3])
    func multiByteTextNeverSplitsAScalar(offset: Int) throws {
        // Thai scalars are 3 octets, Japanese 3, an emoji 4: shift them across the boundary.
        let text = String(repeating: "x", count: offset) + "SUMMARY:" + String(repeating: "พัฒนาโครงสร้าง日本🚗", count: 12)
        let folded = ICalendarText.fold(text)
        #expect(folded.hasSuffix("\r\n"))
        for line in physicalLines(folded) {
            #expect(line.count <= 75)
            #expect(String(validating: line, as: UTF8.self) != nil, "a line splits a UTF-8 sequence: \(line)")
        }
        #expect(unfold(folded) == text)
    }

    /// The physical lines' bytes, without their CRLF; every one must end in CRLF.
    private func physicalLines(_ folded: String) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        let bytes = Array(folded.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                lines.append(current)
                current = []
                i += 2
            } else {
                #expect(bytes[i] != 0x0A && bytes[i] != 0x0D, "a bare line break")
                current.append(bytes[i])
                i += 1
            }
        }
        #expect(current.isEmpty, "the last line has no CRLF")
        return lines
    }

    /// RFC 5545 unfolding, on octets: every CRLF followed by a space goes, then the final CRLF.
    private func unfold(_ folded: String) -> String {
        var bytes: [UInt8] = []
        let input = Array(folded.utf8)
        var i = 0
        while i < input.count {
            if input[i] == 0x0D, i + 1 < input.count, input[i + 1] == 0x0A {
                i += (i + 2 < input.count && input[i + 2] == 0x20) ? 3 : 2
            } else {
                bytes.append(input[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func thaiMarksStayWithTheirConsonant() {
        let text = "SUMMARY:" + String(repeating: "พัฒนาโครงสร้าง", count: 10)
        for line in physicalLines(ICalendarText.fold(text)).dropFirst() {
            let continuation = String(decoding: line.dropFirst(), as: UTF8.self)
            #expect(continuation.unicodeScalars.first.map { !$0.properties.isGraphemeExtend } ?? true, "a line starts with a combining mark: \(continuation)")
        }
    }

    @Test func oneHugeClusterStillFoldsAtScalarBoundaries() {
        let zalgo = "SUMMARY:a" + String(repeating: "\u{0301}", count: 60)
        for line in physicalLines(ICalendarText.fold(zalgo)) {
            #expect(line.count <= 75 && String(validating: line, as: UTF8.self) != nil)
        }
        #expect(unfold(ICalendarText.fold(zalgo)) == zalgo)
    }
}
