/// A 128-bit fingerprint of some bytes and their length (MurmurHash3
/// x64-128), so that a session can tell whether a file changed since it
/// last read or wrote it without keeping a copy of the file.
struct ContentDigest: Equatable, Sendable {
    private let h1: UInt64
    private let h2: UInt64
    private let length: Int

    /// The fingerprint of `bytes`.
    init(of bytes: [UInt8]) {
        var hasher = Hasher128()
        bytes.withUnsafeBytes { hasher.update($0) }
        self = hasher.digest()
    }

    /// The digest as 32 hexadecimal digits (for names of sidecar files).
    var hex: String {
        let digits = String(h1, radix: 16) + ":" + String(h2, radix: 16)
        return digits.split(separator: ":").map { String(repeating: "0", count: 16 - $0.count) + $0 }.joined()
    }

    fileprivate init(h1: UInt64, h2: UInt64, length: Int) {
        self.h1 = h1
        self.h2 = h2
        self.length = length
    }

    /// Computes a ``ContentDigest`` from bytes fed in pieces of any size:
    /// the pieces give the same digest as the bytes in one piece.
    struct Hasher128 {
        private var h1: UInt64 = 0
        private var h2: UInt64 = 0
        private var length = 0
        /// Bytes not yet making up a whole 16-byte block.
        private var pending: [UInt8] = []

        private static let c1: UInt64 = 0x87C3_7B91_1142_53D5
        private static let c2: UInt64 = 0x4CF5_AD43_2745_937F

        mutating func update(_ bytes: UnsafeRawBufferPointer) {
            length += bytes.count
            var rest = bytes[...]
            if !pending.isEmpty {
                let taken = rest.prefix(16 - pending.count)
                pending.append(contentsOf: taken)
                rest = rest.dropFirst(taken.count)
                guard pending.count == 16 else { return }
                pending.withUnsafeBytes { block($0.baseAddress!) }
                pending.removeAll(keepingCapacity: true)
            }
            let whole = rest.count / 16 * 16
            let start = UnsafeRawBufferPointer(rebasing: rest).baseAddress
            for offset in stride(from: 0, to: whole, by: 16) { block(start! + offset) }
            pending.append(contentsOf: rest.dropFirst(whole))
        }

        private mutating func block(_ pointer: UnsafeRawPointer) {
            h1 ^= mixK1(pointer.loadUnaligned(as: UInt64.self).littleEndian)
            h1 = rotate(h1, 27) &+ h2
            h1 = h1 &* 5 &+ 0x52DC_E729
            h2 ^= mixK2(pointer.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian)
            h2 = rotate(h2, 31) &+ h1
            h2 = h2 &* 5 &+ 0x3849_5AB5
        }

        /// The digest of everything fed so far.
        func digest() -> ContentDigest {
            var h1 = self.h1, h2 = self.h2
            var k1: UInt64 = 0, k2: UInt64 = 0
            for (i, byte) in pending.enumerated() {
                if i < 8 { k1 |= UInt64(byte) << (8 * UInt64(i)) } else { k2 |= UInt64(byte) << (8 * UInt64(i - 8)) }
            }
            if pending.count > 8 { h2 ^= mixK2(k2) }
            if !pending.isEmpty { h1 ^= mixK1(k1) }
            h1 ^= UInt64(length)
            h2 ^= UInt64(length)
            h1 = h1 &+ h2
            h2 = h2 &+ h1
            h1 = finalMix(h1)
            h2 = finalMix(h2)
            h1 = h1 &+ h2
            h2 = h2 &+ h1
            return ContentDigest(h1: h1, h2: h2, length: length)
        }

        private func mixK1(_ k: UInt64) -> UInt64 { rotate(k &* Self.c1, 31) &* Self.c2 }
        private func mixK2(_ k: UInt64) -> UInt64 { rotate(k &* Self.c2, 33) &* Self.c1 }
        private func rotate(_ x: UInt64, _ r: UInt64) -> UInt64 { x << r | x >> (64 - r) }

        private func finalMix(_ k: UInt64) -> UInt64 {
            var k = k
            k ^= k >> 33
            k = k &* 0xFF51_AFD7_ED55_8CCD
            k ^= k >> 33
            k = k &* 0xC4CE_B9FE_1A85_EC53
            k ^= k >> 33
            return k
        }
    }
}
