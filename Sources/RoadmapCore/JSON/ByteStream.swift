import Foundation

/// A file read slice by slice into one window that slides forward, so that
/// ``FastJSONScanner`` never needs the whole file in memory. The window only
/// grows when one token (a very long string) is larger than it.
final class ByteStream {
    /// The bytes read and not yet dropped, `count` of them.
    private(set) var window: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    private let fd: Int32
    /// Where the next read starts in the file, when reading from an offset
    /// (`pread`); nil when reading from the descriptor's own position.
    private var fileOffset: Int?
    /// The file offset of `window[0]`.
    private(set) var origin = 0
    private var atEnd = false
    /// The error number of a failed read: the stream then ends early.
    private(set) var readError: Int32?
    private var hasher: ContentDigest.Hasher128?

    /// Reads from `fd` (which the caller keeps open and closes); with
    /// `hashing`, every byte read goes into ``digest``.
    init(fd: Int32, windowSize: Int = 1 << 18, hashing: Bool = false) {
        self.fd = fd
        capacity = windowSize
        window = .allocate(capacity: windowSize)
        hasher = hashing ? ContentDigest.Hasher128() : nil
    }

    /// Reads `fd` from `offset` on with `pread`, leaving the descriptor's
    /// position alone, so that two streams can read one file at once.
    init(fd: Int32, from offset: Int, windowSize: Int = 1 << 18) {
        self.fd = fd
        capacity = windowSize
        window = .allocate(capacity: windowSize)
        fileOffset = offset
        origin = offset
    }

    /// The digest of the bytes read so far, when hashing.
    var digest: ContentDigest? { hasher?.digest() }

    /// Reads (and hashes) the rest of the input, dropping it.
    func skipToEnd() {
        while refill(keepingFrom: count).more {}
    }

    deinit { window.deallocate() }

    /// Drops the bytes before `mark` and reads more after what is kept.
    /// Returns how far the kept bytes moved toward the start, and whether any
    /// bytes were added.
    func refill(keepingFrom mark: Int) -> (shift: Int, more: Bool) {
        guard !atEnd else { return (0, false) }
        var shift = 0
        if mark > 0 && (count == capacity || mark >= capacity / 2) {
            shift = mark
            origin += mark
            count -= mark
            memmove(window, window + mark, count)
        }
        if count == capacity { grow() }
        while true {
            let n = fileOffset.map { pread(fd, window + count, capacity - count, off_t($0)) } ?? read(fd, window + count, capacity - count)
            if n > 0 {
                fileOffset? += n
                hasher?.update(UnsafeRawBufferPointer(start: window + count, count: n))
                count += n
                return (shift, true)
            }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { readError = errno }
            atEnd = true
            return (shift, false)
        }
    }

    private func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: window, count: count)
        window.deallocate()
        window = larger
        capacity *= 2
    }
}
