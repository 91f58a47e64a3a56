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
        bytes.append(contentsOf: repeatElement(0x20, count: level * 2))
    }

    /// Writes `text` as a JSON string, escaping `"`, `\\` and control characters
    /// (C0, DEL and C1), and nothing else: Thai and Japanese stay readable.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        var pendingC2 = false
        for b in text.utf8 {
            if pendingC2 {
                pendingC2 = false
                if (0x80...0x9F).contains(b) {
                    unicodeEscape(b)
                    continue
                }
                bytes.append(0xC2)
            }
            switch b {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0..<0x20, 0x7F: unicodeEscape(b)
            case 0xC2: pendingC2 = true
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
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
