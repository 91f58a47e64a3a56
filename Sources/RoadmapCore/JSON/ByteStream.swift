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
    private var atEnd = false
    /// Set when a read failed: the stream then ends early.
    private(set) var failed = false

    /// Reads from `fd` (which the caller keeps open and closes).
    init(fd: Int32, windowSize: Int = 1 << 18) {
        self.fd = fd
        capacity = windowSize
        window = .allocate(capacity: windowSize)
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
            count -= mark
            memmove(window, window + mark, count)
        }
        if count == capacity { grow() }
        while true {
            let n = read(fd, window + count, capacity - count)
            if n > 0 {
                count += n
                return (shift, true)
            }
            if n < 0 && errno == EINTR { continue }
            failed = n < 0
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
