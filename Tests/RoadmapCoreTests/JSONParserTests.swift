import Testing
import RoadmapCore

@Suite("JSONParser")
struct JSONParserTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    /// The syntax error for `bytes`; the test fails when the input parses.
    private func syntaxError(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> JSONSyntaxError? {
        do {
            let value = try JSONParser.parse(bytes)
            Issue.record("expected a syntax error, parsed \(value)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    private func syntaxError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONSyntaxError? {
        syntaxError(Array(text.utf8), sourceLocation: sourceLocation)
    }

    // MARK: Valid documents

    @Test func parsesEveryKindOfValue() throws {
        let value = try parse(#" { "a" : [1, -2.5e+3, true, false, null, "x"], "b": {}, "c": [] } "#)
        #expect(value == .object([
            JSONMember(key: "a", value: .array([.number("1"), .number("-2.5e+3"), .bool(true), .bool(false), .null, .string("x")])),
            JSONMember(key: "b", value: .object([])),
            JSONMember(key: "c", value: .array([])),
        ]))
    }

    @Test func keepsMemberOrderAndDuplicateKeys() throws {
        let value = try parse(#"{"z": 1, "a": 2, "z": 3}"#)
        #expect(value == .object([
            JSONMember(key: "z", value: .number("1")),
            JSONMember(key: "a", value: .number("2")),
            JSONMember(key: "z", value: .number("3")),
        ]))
    }

    @Test func scalarDocuments() throws {
        #expect(try parse("0") == .number("0"))
        #expect(try parse("-0") == .number("-0"))
        #expect(try parse(" \t\r\n\"s\"\n") == .string("s"))
        #expect(try parse("null") == .null)
    }

    @Test func decodesEscapes() throws {
        let value = try parse(#""\"\\\/\b\f\n\r\t\u00e9\u0E01\uD83D\uDE00""#)
        #expect(value == .string("\"\\/\u{08}\u{0C}\n\r\t\u{E9}\u{0E01}😀"))
    }

    @Test func keepsThaiAndJapaneseText() throws {
        #expect(try parse(#"["น้ำ", "日本語"]"#) == .array([.string("น้ำ"), .string("日本語")]))
    }

    @Test func numbersTooLargeKeepTheirText() throws {
        let big = "123456789012345678901234567890123456789"
        #expect(try parse(big) == .number(big))
        #expect(try parse("1e999") == .number("1e999"))
        #expect(try parse("-0.000000000000000000000000000001E-400") == .number("-0.000000000000000000000000000001E-400"))
        #expect(try parse("[1.50]") == .array([.number("1.50")]))
    }

    @Test func acceptsALeadingByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)
        #expect(try JSONParser.parse(bytes) == .object([JSONMember(key: "a", value: .number("1"))]))
    }

    @Test func refusesAByteOrderMarkAnywhereElse() {
        let bytes: [UInt8] = Array(" ".utf8) + [0xEF, 0xBB, 0xBF] + Array("1".utf8)
        #expect(syntaxError(bytes) != nil)
    }

    @Test func serializedOutputParsesBackToTheSameValue() throws {
        let value = try parse(#"{"a": [1, {"b": "line\nbreak \u001b[2J"}, [], {}], "c": null, "d": "ไทย 日本"}"#)
        #expect(try parse(value.serialized()) == value)
        #expect(value.serialized().hasSuffix("}\n"))
    }

    // MARK: Positions

    @Test func errorInTheMiddleOfAMultiLineFileHasItsLineAndColumn() throws {
        let text = """
        {
          "a": 1,
          "b": [1, 2],
          "c": tru,
          "d": 4
        }
        """
        let error = try #require(syntaxError(text))
        #expect(error.line == 4)
        #expect(error.column == 8)
        #expect(error.message.contains("literal"))
        #expect(Array(text.utf8)[error.offset] == UInt8(ascii: "t"))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let text = "{\n  \"名前\": x\n}"
        let error = try #require(syntaxError(text))
        #expect(error.line == 2)
        #expect(error.column == 9)
    }

    @Test func errorOnTheFirstLine() throws {
        let error = try #require(syntaxError("[1 2]"))
        #expect(error.line == 1)
        #expect(error.column == 4)
        #expect(error.offset == 3)
        #expect(error.message.contains("expected ',' or ']'"))
    }

    @Test func errorAtEndOfFile() throws {
        let error = try #require(syntaxError("{\n  \"a\": [1,\n"))
        #expect(error.line == 3)
        #expect(error.column == 1)
        #expect(error.message.contains("end of file"))
    }

    // MARK: Syntax errors

    @Test func trailingCommasAreErrors() throws {
        let array = try #require(syntaxError("[1, 2,]"))
        #expect(array.column == 7)
        #expect(array.message.contains("expected a value"))
        let object = try #require(syntaxError(#"{"a": 1,}"#))
        #expect(object.column == 9)
        #expect(object.message.contains("quoted key"))
    }

    @Test(arguments: ["// comment\n{}", "{} // comment", "/* c */ {}", "{/* c */}", "[1 /* c */]", "# hash\n{}"])
    func commentsAreErrors(_ text: String) {
        #expect(syntaxError(text) != nil)
    }

    @Test(arguments: ["01", "-01", "00", "[012]", "1.", ".5", "-", "+1", "1e", "1e+", "0x10", "1.e3", "NaN", "Infinity", "-Infinity", "1_000"])
    func malformedNumbersAreErrors(_ text: String) {
        #expect(syntaxError(text) != nil)
    }

    @Test func leadingZeroIsNamed() throws {
        let error = try #require(syntaxError("[1, 007]"))
        #expect(error.message.contains("leading zero"))
        #expect(error.column == 5)
    }

    @Test func unterminatedStringPointsAtItsOpeningQuote() throws {
        let error = try #require(syntaxError("{\n  \"key\": \"abc\n}"))
        #expect(error.message.contains("unterminated string") || error.message.contains("control character"))
        let plain = try #require(syntaxError(#"["abc"#))
        #expect(plain.message.contains("unterminated string"))
        #expect(plain.column == 2)
    }

    @Test(arguments: [0x00, 0x01, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F] as [UInt8])
    func rawControlCharactersInStringsAreErrors(_ byte: UInt8) throws {
        let error = try #require(syntaxError([0x22, 0x61, byte, 0x62, 0x22]))
        #expect(error.message.contains("control character"))
        #expect(error.offset == 2)
    }

    @Test func deleteIsAllowedRawInAString() throws {
        // RFC 8259 only forbids U+0000…U+001F unescaped.
        #expect(try JSONParser.parse([0x22, 0x7F, 0x22]) == .string("\u{7F}"))
    }

    @Test(arguments: [
        [0x22, 0xFF, 0x22],                    // never valid
        [0x22, 0xC0, 0xAF, 0x22],              // overlong '/'
        [0x22, 0xE0, 0x80, 0x22],              // truncated sequence
        [0x22, 0xED, 0xA0, 0x80, 0x22],        // UTF-8 encoded surrogate
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // beyond U+10FFFF
        [0x22, 0x80, 0x22],                    // lone continuation byte
        [0x22, 0x5C, 0x6E, 0xFF, 0x22],        // after an escape
    ] as [[UInt8]])
    func invalidUTF8InStringsIsAnError(_ bytes: [UInt8]) throws {
        let error = try #require(syntaxError(bytes))
        #expect(error.message.contains("UTF-8"))
    }

    @Test func invalidUTF8OutsideStringsIsAnError() {
        #expect(syntaxError([0x5B, 0xFF, 0x5D]) != nil)
    }

    @Test func invalidUTF8ErrorPointsAtTheBadByte() throws {
        let error = try #require(syntaxError([0x22, 0x61, 0x62, 0xFF, 0x22]))
        #expect(error.offset == 3)
        #expect(error.column == 4)
    }

    @Test(arguments: [
        #""\uD800""#,          // high surrogate alone
        #""\uD800x""#,         // followed by text
        #""\uD800\u0041""#,    // followed by a non-low escape
        #""\uD800\uD800""#,    // two highs
        #""\uD800\n""#,        // followed by another escape
        #""\uDC00""#,          // low surrogate alone
        #""\uDFFF\uD800""#,    // reversed pair
    ])
    func loneSurrogatesAreErrors(_ text: String) throws {
        let error = try #require(syntaxError(text))
        #expect(error.message.contains("surrogate"))
        #expect(error.column == 2)
    }

    @Test(arguments: [#""\x""#, #""\u12""#, #""\u12G4""#, #""\U0041""#, #""\'""#, "\"\\"])
    func badEscapesAreErrors(_ text: String) {
        #expect(syntaxError(text) != nil)
    }

    @Test func badEscapeMessagesNeverCarryRawBytes() throws {
        for byte: UInt8 in [0x00, 0x09, 0x1B, 0x7F, 0xC2, 0xE6] {
            let error = try #require(syntaxError([0x22, 0x5C, byte, 0x22]))
            #expect(error.message.contains("invalid escape"))
            #expect(error.message.contains("0x\(String(byte, radix: 16, uppercase: true))"), "\(error.message)")
            #expect(error.message.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, "\(error.message)")
        }
        let printable = try #require(syntaxError(#""\x""#))
        #expect(printable.message == #"invalid escape '\x' in a string"#)
    }

    @Test(arguments: ["", "   ", "\n", "{", "[", "}", "]", "nul", "truee", "True", "{1: 2}", "{'a': 1}", "{\"a\" 1}",
                      "{\"a\": 1 \"b\": 2}", "[1] [2]", "1 2", "{} x", "\"a\" \"b\"", "[,1]", "{,}"])
    func otherSyntaxErrors(_ text: String) {
        #expect(syntaxError(text) != nil)
    }

    @Test func trailingTextIsNamed() throws {
        let error = try #require(syntaxError("{}\n x"))
        #expect(error.message.contains("after the end"))
        #expect(error.line == 2)
        #expect(error.column == 2)
    }

    // MARK: Depth

    @Test func nestingUpToTheMaximumDepthParses() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try parse(text)
        var levels = 0
        while case .array(let items) = value {
            levels += 1
            guard let first = items.first else { break }
            value = first
        }
        #expect(levels == depth)
    }

    @Test func nestingDeeperThanTheMaximumIsAnError() throws {
        let depth = JSONParser.maximumDepth + 1
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(try #require(syntaxError(arrays)).message.contains("nesting"))
        let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(try #require(syntaxError(objects)).message.contains("nesting"))
    }

    @Test func hundredThousandOpeningBracketsDoNotCrash() throws {
        let error = try #require(syntaxError(String(repeating: "[", count: 100_000)))
        #expect(error.message.contains("nesting"))
        let mixed = try #require(syntaxError(String(repeating: #"[{"":"#, count: 50_000)))
        #expect(mixed.message.contains("nesting"))
    }
}
