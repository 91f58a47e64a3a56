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

    /// Writes `text` as a JSON string, escaping `"`, `\\` and control characters
    /// (C0, DEL and C1), and nothing else: Thai and Japanese stay readable.
    /// Runs of bytes that need no escape are copied at once.
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
                guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 else {
                    i += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                i += 1
                switch b {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case 0xC2 where i < utf8.count && (0x80...0x9F).contains(utf8[i]):
                    unicodeEscape(utf8[i])
                    i += 1
                case 0xC2: bytes.append(0xC2)
                default: unicodeEscape(b)
                }
                run = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(0x22)
    }

    /// Whether any of eight bytes may need an escape (false alarms allowed):
    /// a control character, `"`, `\\`, DEL or 0xC2, which leads the C1 controls.
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        return (word &- ones &* 0x20) & ~word & highs != 0
            || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
            || hasZeroByte(word ^ (ones &* 0x7F)) || hasZeroByte(word ^ (ones &* 0xC2))
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

    private mutating func unicodeEscape(_ b: UInt8) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
    }

    /// Writes a string, or `null` when there is none.
    mutating func optionalString(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }
}
