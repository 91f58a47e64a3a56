/// The fast decoder met something it does not accept; the full parser and
/// decoder then read the input again and say what is wrong.
struct FastPathRefused: Error {}

/// Reads JSON tokens for ``FastRoadmapDecoder`` straight from a window of
/// bytes, without building a tree. It accepts only what ``JSONParser``
/// accepts and refuses (throws ``FastPathRefused``) at the first doubt; it
/// never explains why. When a ``ByteStream`` is given, the window slides over
/// the stream, so a whole file never needs to be in memory at once.
struct FastJSONScanner {
    private var base: UnsafePointer<UInt8>
    private var end: Int
    private var pos = 0
    private let stream: ByteStream?
    /// Holds a string's bytes while its escapes are decoded.
    private var scratch: [UInt8] = []

    /// Scans bytes that are all in memory; they must outlive the scanner.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        // A non-null base even for empty input, so pointer arithmetic stays defined.
        base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        end = bytes.count
        stream = nil
        skipByteOrderMark()
    }

    /// Scans a stream, refilling the window as it goes.
    init(stream: ByteStream) {
        self.stream = stream
        base = UnsafePointer(stream.window)
        end = stream.count
        skipByteOrderMark()
    }

    private mutating func skipByteOrderMark() {
        var mark = pos
        while end - pos < 3, refill(keeping: &mark) {}
        if end - pos >= 3, base[pos] == 0xEF, base[pos + 1] == 0xBB, base[pos + 2] == 0xBF { pos += 3 }
    }

    /// Slides the window forward, keeping the bytes from `mark` on (`mark` and
    /// the position move with them). False when the input has no more bytes.
    private mutating func refill(keeping mark: inout Int) -> Bool {
        guard let stream else { return false }
        let (shift, more) = stream.refill(keepingFrom: mark)
        base = UnsafePointer(stream.window)
        end = stream.count
        pos -= shift
        mark -= shift
        return more
    }

    /// Makes `count` bytes available from the position, or throws at the end of input.
    private mutating func require(_ count: Int) throws(FastPathRefused) {
        var mark = pos
        while end - pos < count {
            guard refill(keeping: &mark) else { throw FastPathRefused() }
        }
    }

    // MARK: Structure

    /// Skips whitespace and returns the next byte without consuming it.
    mutating func peek() throws(FastPathRefused) -> UInt8 {
        while true {
            while pos < end {
                switch base[pos] {
                case 0x20, 0x0A, 0x0D, 0x09: pos += 1
                default: return base[pos]
                }
            }
            var mark = pos
            guard refill(keeping: &mark) else { throw FastPathRefused() }
        }
    }

    /// Skips whitespace and consumes `byte`, which must come next.
    mutating func expect(_ byte: UInt8) throws(FastPathRefused) {
        guard try peek() == byte else { throw FastPathRefused() }
        pos += 1
    }

    /// Where the next byte is in the input (in the file, for a stream).
    var offset: Int { (stream?.origin ?? 0) + pos }

    /// After the document: true when only whitespace is left.
    mutating func atEnd() -> Bool {
        (try? peek()) == nil
    }

    /// Moves to the next member of an object whose `{` is consumed: false at
    /// its `}`, true when a key follows (`first` tells whether a comma is due).
    mutating func nextMember(first: inout Bool) throws(FastPathRefused) -> Bool {
        try nextItem(first: &first, closing: UInt8(ascii: "}"))
    }

    /// Moves to the next element of an array whose `[` is consumed: false at its `]`.
    mutating func nextElement(first: inout Bool) throws(FastPathRefused) -> Bool {
        try nextItem(first: &first, closing: UInt8(ascii: "]"))
    }

    private mutating func nextItem(first: inout Bool, closing: UInt8) throws(FastPathRefused) -> Bool {
        let b = try peek()
        if b == closing {
            pos += 1
            return false
        }
        if first {
            first = false
        } else {
            guard b == UInt8(ascii: ",") else { throw FastPathRefused() }
            pos += 1
        }
        return true
    }

    /// Consumes `null` when it comes next; false (consuming nothing) otherwise.
    mutating func skipNull() throws(FastPathRefused) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try require(4)
        guard base[pos + 1] == UInt8(ascii: "u"), base[pos + 2] == UInt8(ascii: "l"), base[pos + 3] == UInt8(ascii: "l") else {
            throw FastPathRefused()
        }
        pos += 4
        return true
    }

    /// A whole number written as plain digits (no sign, fraction or exponent)
    /// that fits comfortably in an `Int`.
    mutating func smallWholeNumber() throws(FastPathRefused) -> Int {
        let first = try peek()
        guard first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9") else { throw FastPathRefused() }
        var value = 0
        var digits = 0
        while true {
            var mark = pos
            if pos == end, !refill(keeping: &mark) { break }
            let d = base[pos]
            guard d >= UInt8(ascii: "0"), d <= UInt8(ascii: "9") else { break }
            digits += 1
            guard digits <= 9 else { throw FastPathRefused() }
            value = value * 10 + Int(d - UInt8(ascii: "0"))
            pos += 1
        }
        return value
    }

    // MARK: Strings

    /// Reads a string and checks that it is valid UTF-8.
    mutating func string() throws(FastPathRefused) -> String {
        let text = try withStringBytes(Self.validUTF8)
        guard let text else { throw FastPathRefused() }
        return text
    }

    /// ``string()``, made once for each spelling of the short ones in `repeated`.
    mutating func string(reusing repeated: inout RepeatedStrings) throws(FastPathRefused) -> String {
        let text = try withStringBytes { repeated.string($0, make: Self.validUTF8) }
        guard let text else { throw FastPathRefused() }
        return text
    }

    /// The text of `bytes` when they are valid UTF-8.
    private static func validUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        UTF8Validation.isValid(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// Reads a string (which must come next) and passes its bytes, escapes
    /// decoded, to `body`. The bytes are not checked to be UTF-8: `body` must
    /// accept nothing but ASCII, or validate them itself.
    mutating func withStringBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) throws(FastPathRefused) -> T {
        guard try peek() == UInt8(ascii: "\"") else { throw FastPathRefused() }
        pos += 1
        var start = pos
        while true {
            skipPlainWords()
            while pos < end {
                let b = base[pos]
                if b == UInt8(ascii: "\"") {
                    pos += 1
                    return body(UnsafeBufferPointer(start: base + start, count: pos - 1 - start))
                }
                if b == UInt8(ascii: "\\") {
                    scratch.removeAll(keepingCapacity: true)
                    scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: pos - start))
                    try decodeEscapedRest()
                    return scratch.withUnsafeBufferPointer(body)
                }
                guard b >= 0x20 else { throw FastPathRefused() }
                pos += 1
            }
            guard refill(keeping: &start) else { throw FastPathRefused() }
        }
    }

    /// Skips eight bytes at a time while none of them ends the string, starts
    /// an escape or is a control character (bytes ≥ 0x80 are checked later,
    /// with the UTF-8). The byte loop after it finds what stopped it.
    private mutating func skipPlainWords() {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        while end - pos >= 8 {
            let word = UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self)
            let control = (word &- ones &* 0x20) & ~word & highs != 0
            if control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) { return }
            pos += 8
        }
    }

    /// Appends the rest of a string, from an escape at the position to the
    /// closing quote (consumed), to `scratch`.
    private mutating func decodeEscapedRest() throws(FastPathRefused) {
        while true {
            var start = pos
            while pos < end {
                let b = base[pos]
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { break }
                guard b >= 0x20 else { throw FastPathRefused() }
                pos += 1
            }
            scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: pos - start))
            if pos == end {
                start = pos
                guard refill(keeping: &start) else { throw FastPathRefused() }
                continue
            }
            if base[pos] == UInt8(ascii: "\"") {
                pos += 1
                return
            }
            try decodeEscape()
        }
    }

    /// Decodes one escape at the position (its backslash) into `scratch`.
    private mutating func decodeEscape() throws(FastPathRefused) {
        try require(2)
        let c = base[pos + 1]
        pos += 2
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(c)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800...0xDBFF).contains(code) {
                try require(2)
                guard base[pos] == UInt8(ascii: "\\"), base[pos + 1] == UInt8(ascii: "u") else { throw FastPathRefused() }
                pos += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw FastPathRefused() }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(code) {
                throw FastPathRefused()
            }
            guard let scalar = Unicode.Scalar(code) else { throw FastPathRefused() }
            UTF8.encode(scalar) { scratch.append($0) }
        default:
            throw FastPathRefused()
        }
    }

    private mutating func hex4() throws(FastPathRefused) -> UInt32 {
        try require(4)
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = JSONParser.hexDigit(base[pos]) else { throw FastPathRefused() }
            value = value << 4 | UInt32(digit)
            pos += 1
        }
        return value
    }
}
