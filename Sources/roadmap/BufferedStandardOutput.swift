import Foundation

/// Standard output through a 64 KiB buffer, for output too long to build as one string.
/// It writes to the file descriptor itself: nothing may be left in `print`'s buffer when it does.
struct BufferedStandardOutput {
    static let capacity = 64 * 1024

    private var buffer: [UInt8] = []

    init() {
        buffer.reserveCapacity(Self.capacity)
    }

    /// Writes `text` and a line break.
    mutating func writeLine(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.capacity { try flush() }
    }

    /// Writes out everything buffered.
    mutating func flush() throws {
        try FileHandle.standardOutput.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Ends the process once a command that only reads has written everything:
/// a large roadmap is a million small objects, and freeing them one by one
/// would only delay the exit (about a tenth of `roadmap list`'s time at
/// 100,000 milestones). `print`'s buffer is flushed first.
func exitSkippingTeardown() -> Never {
    fflush(nil)  // every output stream, standard output among them
    exit(EXIT_SUCCESS)
}
