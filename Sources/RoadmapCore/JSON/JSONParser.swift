/// A JSON syntax error with its position (1-based line and column, in characters: see ``TextPosition``).
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public var offset: Int
    public var line: Int
    public var column: Int
    public var message: String
    /// The milestone or workstream it is in, when the text is a roadmap's
    /// (``enclosingPlace(before:in:)``): set only by the store, on the error's way out.
    public var place: String?
}

/// A strict RFC 8259 parser that reports where the input went wrong.
///
/// It refuses invalid UTF-8, lone surrogates, control characters in strings,
/// trailing commas, comments and nesting deeper than ``maximumDepth``.
/// A leading UTF-8 byte order mark is skipped.
public struct JSONParser {
    public static let maximumDepth = 512

    private let bytes: [UInt8]
    private var index = 0

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one JSON document that must fill the whole input.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.index < bytes.count { throw parser.error("unexpected \(parser.describeCurrent()) after the end of the document") }
        return value
    }

    private func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        let offset = min(offset ?? index, bytes.count)
        let position = TextPosition.of([offset], in: bytes)[0]
        return JSONSyntaxError(offset: offset, line: position.line, column: position.column, message: message)
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "character '\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x\(String(b, radix: 16, uppercase: true))"
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of file, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected \(describeCurrent()), expected a value")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let start = index
        let count = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        guard index + count <= bytes.count, bytes[index..<index + count].elementsEqual(expected) else {
            throw error("invalid literal, expected '\(word)'", at: start)
        }
        index += count
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        if depth > JSONParser.maximumDepth { throw error("nesting deeper than \(JSONParser.maximumDepth) levels") }
        index += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("unexpected \(describeCurrent()), expected a quoted key")
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("unexpected \(describeCurrent()), expected ':' after the key")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append(JSONMember(key: key, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file, expected ',' or '}'") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(members)
            default: throw error("unexpected \(describeCurrent()), expected ',' or '}'")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        if depth > JSONParser.maximumDepth { throw error("nesting deeper than \(JSONParser.maximumDepth) levels") }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file, expected ',' or ']'") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(elements)
            default: throw error("unexpected \(describeCurrent()), expected ',' or ']'")
            }
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, (48...57).contains(bytes[index]) else { throw error("invalid number: expected a digit") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, (48...57).contains(bytes[index]) { throw error("invalid number: leading zero", at: start) }
        } else {
            _ = digits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error("invalid number: expected a digit after '.'") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw error("invalid number: expected a digit in the exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = index
        index += 1
        var chunkStart = index
        var result = ""
        var scratch: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error("unterminated string", at: open) }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                if scratch.isEmpty && result.isEmpty {
                    let text = try decodeUTF8(chunkStart..<index)
                    index += 1
                    return text
                }
                scratch.append(contentsOf: bytes[chunkStart..<index])
                result += try decodeUTF8(scratch, at: chunkStart)
                index += 1
                return result
            }
            if b < 0x20 { throw error("control character (byte 0x\(String(b, radix: 16, uppercase: true))) inside a string; write it as an escape") }
            if b == UInt8(ascii: "\\") {
                scratch.append(contentsOf: bytes[chunkStart..<index])
                try appendEscape(into: &scratch)
                chunkStart = index
                continue
            }
            index += 1
        }
    }

    private func decodeUTF8(_ range: Range<Int>) throws(JSONSyntaxError) -> String {
        guard let text = String(validating: bytes[range], as: UTF8.self) else {
            throw error("invalid UTF-8 in a string", at: firstInvalidUTF8(in: range))
        }
        return text
    }

    private func decodeUTF8(_ raw: [UInt8], at offset: Int) throws(JSONSyntaxError) -> String {
        guard let text = String(validating: raw, as: UTF8.self) else {
            throw error("invalid UTF-8 in a string", at: offset)
        }
        return text
    }

    private func firstInvalidUTF8(in range: Range<Int>) -> Int {
        var i = range.lowerBound
        while i < range.upperBound {
            let end = min(range.upperBound, i + 4)
            var matched = false
            for length in 1...4 where i + length <= end {
                if String(validating: bytes[i..<i + length], as: UTF8.self) != nil {
                    i += length
                    matched = true
                    break
                }
            }
            if !matched { return i }
        }
        return range.lowerBound
    }

    /// Reads one escape at `index` (the backslash) and appends its UTF-8 bytes.
    private mutating func appendEscape(into out: inout [UInt8]) throws(JSONSyntaxError) {
        let start = index
        index += 1
        guard index < bytes.count else { throw error("unterminated string") }
        let c = bytes[index]
        index += 1
        switch c {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hex4(escapeStart: start)
            if (0xD800...0xDBFF).contains(code) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("lone surrogate \\u\(String(code, radix: 16, uppercase: true)) in a string", at: start)
                }
                let lowStart = index
                index += 2
                let low = try hex4(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("lone surrogate \\u\(String(code, radix: 16, uppercase: true)) in a string", at: start)
                }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(code) {
                throw error("lone surrogate \\u\(String(code, radix: 16, uppercase: true)) in a string", at: start)
            }
            out.append(contentsOf: Array(String(Unicode.Scalar(code)!).utf8))
        default:
            // Only printable ASCII is quoted: a raw control byte must not reach the terminal in the message.
            let shown = c >= 0x21 && c < 0x7F
                ? "'\\\(Character(Unicode.Scalar(c)))'" : "'\\' followed by byte 0x\(String(c, radix: 16, uppercase: true))"
            throw error("invalid escape \(shown) in a string", at: start)
        }
    }

    private mutating func hex4(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("invalid \\u escape: expected four hex digits", at: escapeStart) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexDigit(bytes[index]) else {
                throw error("invalid \\u escape: expected four hex digits", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// The value of one ASCII hex digit, or nil. Shared with the fast scanner.
    static func hexDigit(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: b - 48
        case 65...70: b - 55
        case 97...102: b - 87
        default: nil
        }
    }
}
