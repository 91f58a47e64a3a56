import Foundation

/// Reads and writes one roadmap file safely.
///
/// - Saves are atomic: a temporary file in the same folder is written,
///   fsynced and renamed over the original, then the folder is fsynced. The
///   original's permissions are kept; a symlink is written through to its target.
/// - A file that fails to load is never written.
/// - Every change is read → change → write under an exclusive lock on a
///   sidecar file, so concurrent writers never lose each other's updates.
public struct RoadmapStore: Sendable {
    /// The path as the user gave it.
    public let path: String
    /// Seconds a writer waits for another writer's lock before giving up.
    public var lockTimeout: Double

    public init(path: String, lockTimeout: Double? = nil) {
        self.path = path
        // Seconds from 0 to 3600; anything else (nan, inf, -1, words) is ignored for the default.
        let fromEnvironment = ProcessInfo.processInfo.environment["ROADMAP_LOCK_TIMEOUT"].flatMap(Double.init).flatMap { (0...3600).contains($0) ? $0 : nil }
        self.lockTimeout = lockTimeout ?? fromEnvironment ?? 5
    }

    /// The file actually written: the symlink's target when the path is a symlink.
    public var resolvedPath: String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// Whether the file exists.
    public var exists: Bool { access(path, F_OK) == 0 }

    /// Reads the raw bytes of the file.
    public func readBytes() throws(RoadmapError) -> [UInt8] {
        let (fd, size) = try openForReading()
        defer { close(fd) }
        return try readAll(fd, size: size)
    }

    /// Opens the file and returns it with its size; anything but a regular
    /// file is refused (without waiting for a writer, should it be a pipe).
    private func openForReading() throws(RoadmapError) -> (fd: Int32, size: Int) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            let code = errno
            throw code == ENOENT ? .fileNotFound(path: path) : .io(path: path, action: "open", errno: code)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw .io(path: path, action: "read", errno: code)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .badInput("\(path): not a regular file")
        }
        return (fd, Int(info.st_size))
    }

    /// Reads an open file from where it stands to its end into one buffer
    /// (one spare byte, so that seeing the end needs no larger copy).
    private func readAll(_ fd: Int32, size: Int) throws(RoadmapError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(65_536, bytes.count / 2))) }
            let n = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, action: "read", errno: errno)
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Parses and validates roadmap bytes; errors name `path`.
    public static func decode(_ bytes: [UInt8], path: String) throws(RoadmapError) -> Roadmap {
        if let roadmap = FastRoadmapDecoder.decode(bytes) { return roadmap }
        return try decodeExplainingProblems(bytes, path: path)
    }

    /// The full parser and decoder, which alone word every error; the fast
    /// decoder hands over to them whenever it meets anything unexpected.
    static func decodeExplainingProblems(_ bytes: [UInt8], path: String) throws(RoadmapError) -> Roadmap {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw .syntax(path: path, error)
        }
        do {
            return try RoadmapDecoder.decode(json)
        } catch {
            throw .invalidRoadmap(path: path, error)
        }
    }

    /// Loads the roadmap. A valid file is decoded as it is read, a slice at a
    /// time; any other is read whole and decoded again to explain what is wrong.
    public func load() throws(RoadmapError) -> Roadmap {
        try load(hashing: false).roadmap
    }

    /// Loads the roadmap with the digest of the bytes it came from.
    func loadWithDigest() throws(RoadmapError) -> (roadmap: Roadmap, digest: ContentDigest) {
        let (roadmap, digest) = try load(hashing: true)
        return (roadmap, digest!)
    }

    private func load(hashing: Bool) throws(RoadmapError) -> (roadmap: Roadmap, digest: ContentDigest?) {
        let (fd, size) = try openForReading()
        defer { close(fd) }
        let stream = ByteStream(fd: fd, hashing: hashing)
        if let roadmap = FastRoadmapDecoder.decode(stream) { return (roadmap, stream.digest) }
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw .io(path: path, action: "read", errno: errno) }
        let bytes = try readAll(fd, size: size)
        return (try Self.decodeExplainingProblems(bytes, path: path), hashing ? ContentDigest(of: bytes) : nil)
    }

    /// The digest of the file's bytes as they are now, read a slice at a time.
    func currentDigest() throws(RoadmapError) -> ContentDigest {
        let (fd, _) = try openForReading()
        defer { close(fd) }
        let stream = ByteStream(fd: fd, hashing: true)
        stream.skipToEnd()
        if let code = stream.readError { throw .io(path: path, action: "read", errno: code) }
        return stream.digest!
    }

    /// Takes the lock, loads the file, applies `change` and, when the roadmap
    /// changed, saves it before releasing the lock. Returns what `change` returns.
    public func modify<Result>(_ change: (inout Roadmap) throws -> Result) throws -> Result {
        // A missing file is reported as such, before the lock's sidecar is created next to it.
        guard exists else { throw RoadmapError.fileNotFound(path: path) }
        let lock = try FileLock.acquire(for: resolvedPath, timeout: lockTimeout)
        defer { withExtendedLifetime(lock) {} }
        var roadmap = try load()
        let original = roadmap
        let result = try change(&roadmap)
        if roadmap != original { try write(roadmap) }
        return result
    }

    /// Runs `body` while holding the file's lock.
    public func withLock<Result>(_ body: () throws -> Result) throws -> Result {
        let lock = try FileLock.acquire(for: resolvedPath, timeout: lockTimeout)
        defer { withExtendedLifetime(lock) {} }
        return try body()
    }

    /// Creates a new file holding `roadmap`, refusing to replace one unless `overwrite`.
    public func create(_ roadmap: Roadmap, overwrite: Bool) throws {
        try withLock {
            if !overwrite && exists { throw RoadmapError.alreadyExists(path: path) }
            try write(roadmap)
        }
    }
}
