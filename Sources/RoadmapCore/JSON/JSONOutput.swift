/// A growing UTF-8 buffer with the pieces needed to write JSON by hand in a
/// fixed layout: quoted strings, indentation and literals.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func newline(indent level: Int) {
        bytes.append(0x0A)
        var left = level * 2
        while left > 0 {
            let count = min(left, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[..<count])
            left -= count
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 32)

    /// Writes `text` as a JSON string, escaping `"`, `\\` and every scalar
    /// ``TerminalSafe/isUnsafe(_:)`` names (controls, bidi controls, invisible
    /// characters) as `\uXXXX`, and nothing else: Thai and Japanese stay
    /// readable, and the text reads back the same. Runs of bytes that need no
    /// escape are copied at once.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var run = 0
            var i = 0
            while i < utf8.count {
                if utf8.count - i >= 8, !Self.mayNeedEscape(UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = utf8[i]
                guard Self.mayStartEscape(b, next: i + 1 < utf8.count ? utf8[i + 1] : 0) else {
                    // A whole scalar at a time: i stays on a scalar's first byte.
                    i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                    continue
                }
                let scalar = Self.scalar(in: utf8, at: i)
                guard b < 0x80 || TerminalSafe.isUnsafe(scalar.value) else {
                    i += scalar.length
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                i += scalar.length
                switch b {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                default: unicodeEscape(scalar.value)
                }
                run = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(0x22)
    }

    /// Whether eight bytes are anything but plain ASCII with nothing to
    /// escape (a control, `"`, `\\`, DEL, or any byte of a non-ASCII scalar,
    /// which the caller then looks at a scalar at a time).
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        return word & highs != 0 || (word &- ones &* 0x20) & ~word & highs != 0
            || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) || hasZeroByte(word ^ (ones &* 0x7F))
    }

    /// Whether the bytes `b`, `next` may start something to escape: an ASCII
    /// control, `"`, `\\`, DEL, or the first two bytes of a UTF-8 sequence
    /// that can encode an unsafe scalar (U+0080–U+00BF, U+034F, U+061C,
    /// U+115F–U+1160, U+17B4–U+17B5, U+180E, U+200B–U+206F, U+3164, U+FEFF,
    /// U+FFA0, U+FFF0–U+FFF8, U+1BCA0–U+1BCA3, U+1D173–U+1D17A, U+E0000–U+E0FFF).
    /// A superset: ``TerminalSafe/isUnsafe(_:)`` decides.
    @inline(__always)
    private static func mayStartEscape(_ b: UInt8, next: UInt8) -> Bool {
        switch b {
        case 0..<0x20, 0x22, 0x5C, 0x7F, 0xC2, 0xCD, 0xD8: true
        case 0xE1: next == 0x85 || next == 0x9E || next == 0xA0
        case 0xE2: next == 0x80 || next == 0x81
        case 0xE3: next == 0x85
        case 0xEF: next == 0xBB || next == 0xBE || next == 0xBF
        case 0xF0: next == 0x9B || next == 0x9D
        case 0xF3: next == 0xA0
        default: false
        }
    }

    /// The scalar whose UTF-8 encoding starts at `i` (valid UTF-8), and its length in bytes.
    @inline(__always)
    private static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: Unicode.Scalar, length: Int) {
        let b = UInt32(utf8[i])
        let (length, lead): (Int, UInt32) = b < 0x80 ? (1, b) : b < 0xE0 ? (2, b & 0x1F) : b < 0xF0 ? (3, b & 0x0F) : (4, b & 0x07)
        var value = lead
        for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Writes `value` (not negative) in decimal, padded with zeros to at least `width` digits.
    mutating func digits(_ value: Int, width: Int) {
        var divisor = 1
        var length = 1
        while length < width || value / divisor >= 10 {
            divisor &*= 10
            length &+= 1
        }
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: 48 &+ value / divisor % 10))
            divisor /= 10
        }
    }

    /// Empties the buffer, keeping its room, once its bytes have been passed on.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes `\uXXXX` in lowercase hex, as a surrogate pair above U+FFFF.
    private mutating func unicodeEscape(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        guard v <= 0xFFFF else {
            unicodeEscape(unit: UInt16(0xD800 + ((v - 0x10000) >> 10)))
            return unicodeEscape(unit: UInt16(0xDC00 + ((v - 0x10000) & 0x3FF)))
        }
        unicodeEscape(unit: UInt16(v))
    }

    private mutating func unicodeEscape(unit: UInt16) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hex[Int(unit >> UInt16(shift) & 0xF)]) }
    }

    /// Writes a string, or `null` when there is none.
    mutating func optionalString(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }
}
