import Foundation
import RoadmapCore

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
        try OutputFile.writeStandardOutput(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Ends the process once a command that only reads has written everything:
/// a large roadmap is a million small objects, and freeing them one by one
/// would only delay the exit (about a tenth of `roadmap list`'s time at
/// 100,000 milestones). `print`'s buffer is flushed first.
func exitSkippingTeardown() -> Never {
    flushStandardOutput()
    exit(EXIT_SUCCESS)
}

/// Flushes every output stream (`print`'s buffer among them); what could
/// not be written (a full disk) ends the process with 74 and says so.
func flushStandardOutput() {
    guard fflush(nil) != 0 else { return }
    printError(RoadmapError.standardOutput(errno: errno).description)
    exit(74)
}
