import Glibc

/// The short strings a decoder has made, found again by their bytes.
///
/// A roadmap file repeats the same short texts thousands of times: field
/// names, status words and dates in the history, owners, authors. Making a
/// `String` from bytes (validating them) costs several hundred instructions;
/// finding one made before costs a few dozen. A slot holds the last string
/// whose bytes hash to it; one of another spelling takes its place.
struct RepeatedStrings {
    /// The longest text kept, in bytes.
    static let longest = 32
    private static let slots = 512

    private var bytes = [UInt8](repeating: 0, count: slots * longest)
    /// Each slot's length in bytes; -1 when empty.
    private var lengths = [Int](repeating: -1, count: slots)
    private var strings = [String](repeating: "", count: slots)

    /// The string of `text`: one made before from the same bytes, else
    /// `make()`'s, which is kept unless it is nil (bytes that are not text).
    mutating func string(_ text: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> String?) -> String? {
        guard text.count <= Self.longest, let base = text.baseAddress else { return make(text) }
        var hash: UInt32 = 0x811C_9DC5  // FNV-1a
        for byte in text { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        let slot = Int(hash % UInt32(Self.slots))
        let start = slot * Self.longest
        if lengths[slot] == text.count,
           bytes.withUnsafeBufferPointer({ sameBytes(UnsafeBufferPointer(rebasing: $0[start..<start + text.count]), text) }) {
            return strings[slot]
        }
        guard let made = make(text) else { return nil }
        bytes.withUnsafeMutableBufferPointer { _ = memcpy($0.baseAddress! + start, base, text.count) }
        lengths[slot] = text.count
        strings[slot] = made
        return made
    }
}
