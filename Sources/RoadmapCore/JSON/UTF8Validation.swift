/// Checks UTF-8 exactly as `String(validating:as:)` does (no overlong forms,
/// no surrogates, nothing past U+10FFFF), without its generic overhead:
/// the fast decoder calls it for every string of a file.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let end = bytes.count
        var i = 0
        while i < end {
            // Eight ASCII bytes at a time.
            while end - i >= 8, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            // Runs of three-byte characters (Thai, kana and kanji) without the general case's switch.
            while end - i >= 3 {
                let b0 = base[i], b1 = base[i + 1], b2 = base[i + 2]
                guard b0 & 0xF0 == 0xE0, b0 != 0xED, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b0 != 0xE0 || b1 >= 0xA0 else { break }
                i += 3
            }
            guard i < end else { break }
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard end - i >= length, (low...high).contains(base[i + 1]) else { return false }
            for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }
}
