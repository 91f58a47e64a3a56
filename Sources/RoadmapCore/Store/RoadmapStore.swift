import Foundation

/// Reads and writes one roadmap file safely, also in a folder several people write.
///
/// - Each operation resolves the path once (``ResolvedFile``) and then works
///   relative to the folder's descriptor without following symlinks, all of
///   it under the lock; a file swapped in mid-save is refused, never written.
/// - Saves are atomic: a private (0600) temporary file in the same folder is
///   written, fsynced, given the original's owner, group, mode, ACL and
///   extended attributes, and renamed over the original. When this user
///   cannot give it all of those (a member saving the owner's file), the
///   file is rewritten in place after a journal of the new content, which
///   keeps its inode and so everything that protects it.
/// - A read-only file, a hard link and anything but a regular file are refused.
/// - A file that fails to load is never written, and nothing is written that
///   would fail to load (``Roadmap/loadProblems``).
/// - Every change is read → change → write under an exclusive lock on a
///   sidecar file, so concurrent writers never lose each other's updates.
public struct RoadmapStore: Sendable {
    /// The path as the user gave it.
    public let path: String
    /// Seconds a writer waits for another writer's lock before giving up.
    public var lockTimeout: Double
    /// Told when a write upgrades a file of an older schema (with the path,
    /// that schema and the one written), so that the user hears of it once.
    public var onUpgrade: (@Sendable (_ path: String, _ fromSchema: Int, _ toSchema: Int) -> Void)?

    public init(path: String, lockTimeout: Double? = nil) {
        self.path = path
        self.lockTimeout = lockTimeout ?? Self.lockTimeout(from: ProcessEnvironment.variables["ROADMAP_LOCK_TIMEOUT"])
    }

    /// `$ROADMAP_LOCK_TIMEOUT` when it is a number of seconds from 0 to an
    /// hour, else the default of 5.
    static func lockTimeout(from text: String?) -> Double {
        guard let text, let seconds = Double(text), seconds.isFinite, (0...3600).contains(seconds) else { return 5 }
        return seconds
    }

    /// The file actually written: the symlink's target when the path is one.
    public var resolvedPath: String {
        guard let file = try? resolve() else { return path }
        return (file.folderPath as NSString).appendingPathComponent(file.name)
    }

    /// Whether the file exists (a dangling symlink does not).
    public var exists: Bool { (try? resolve().entry()) != nil }

    /// Resolves the path, refusing the name of another roadmap's lock,
    /// journal or temporary file (a roadmap there would break that one's lock
    /// or be taken for its journal).
    func resolve() throws(RoadmapError) -> ResolvedFile {
        let file = try ResolvedFile.resolve(path)
        if file.name.hasSuffix(".lock") || file.name.hasSuffix(".journal") || (file.name.hasPrefix(".") && file.name.contains(".tmp-")) {
            throw .unsafeFile(path: path, reason: "its name is that of a roadmap's lock, journal or temporary file; choose another name")
        }
        return file
    }

    /// Resolves the path (``resolve()``), reporting a missing folder as a missing file.
    func resolveForReading() throws(RoadmapError) -> ResolvedFile {
        do {
            return try resolve()
        } catch .missingFolder {
            throw .fileNotFound(path: path)
        }
    }

    /// Reads the raw bytes of the file.
    public func readBytes() throws(RoadmapError) -> [UInt8] {
        let (fd, info) = try resolveForReading().openForReading()
        defer { close(fd) }
        return try Self.readAll(fd, size: Int(info.st_size), path: path)
    }

    /// Reads an open file from where it stands to its end into one buffer
    /// (one spare byte, so that seeing the end needs no larger copy).
    static func readAll(_ fd: Int32, size: Int, path: String) throws(RoadmapError) -> [UInt8] {
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
            var error = error
            error.place = JSONSyntaxError.enclosingPlace(before: error.offset, in: bytes)
            throw .syntax(path: path, error)
        }
        do {
            return try RoadmapDecoder.decode(json)
        } catch {
            throw .invalidRoadmap(path: path, error.located(in: bytes))
        }
    }

    /// Loads the roadmap. A valid file is decoded as it is read, a slice at a
    /// time; any other is read whole and decoded again to explain what is wrong.
    public func load() throws(RoadmapError) -> Roadmap {
        try load(resolveForReading(), hashing: false).roadmap
    }

    /// Loads the roadmap with the digest of the bytes it came from.
    func loadWithDigest() throws(RoadmapError) -> (roadmap: Roadmap, digest: ContentDigest) {
        let loaded = try load(resolveForReading(), hashing: true)
        return (loaded.roadmap, loaded.digest!)
    }

    /// A loaded roadmap with what it was read from.
    struct Loaded {
        var roadmap: Roadmap
        var digest: ContentDigest?
        var identity: FileIdentity
    }

    /// Loads the resolved file. When it does not load but an in-place save's
    /// journal is there (that save is still copying), the journal's content is
    /// the file's.
    func load(_ file: ResolvedFile, hashing: Bool) throws(RoadmapError) -> Loaded {
        let (fd, info) = try file.openForReading()
        defer { close(fd) }
        let stream = ByteStream(fd: fd, hashing: hashing)
        // Hashing needs every byte through one stream: one thread reads the file then.
        let decoded = hashing ? FastRoadmapDecoder.decode(stream) : FastRoadmapDecoder.decode(stream, fd: fd, size: Int(info.st_size))
        if let roadmap = decoded { return Loaded(roadmap: roadmap, digest: stream.digest, identity: FileIdentity(info)) }
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw .io(path: path, action: "read", errno: errno) }
        let bytes = try Self.readAll(fd, size: Int(info.st_size), path: path)
        do {
            let roadmap = try Self.decodeExplainingProblems(bytes, path: path)
            return Loaded(roadmap: roadmap, digest: hashing ? ContentDigest(of: bytes) : nil, identity: FileIdentity(info))
        } catch {
            guard let journal = try? readJournal(file, dataFD: fd, data: info) else { throw error }
            return Loaded(roadmap: journal.roadmap, digest: hashing ? ContentDigest(of: journal.bytes) : nil, identity: FileIdentity(info))
        }
    }

    /// The digest of the file's bytes as they are now, read a slice at a
    /// time, with the file's identity.
    func currentDigest(_ file: ResolvedFile) throws(RoadmapError) -> (digest: ContentDigest, identity: FileIdentity) {
        let (fd, info) = try file.openForReading()
        defer { close(fd) }
        let stream = ByteStream(fd: fd, hashing: true)
        stream.skipToEnd()
        if let code = stream.readError { throw .io(path: path, action: "read", errno: code) }
        return (stream.digest!, FileIdentity(info))
    }

    /// Resolves the path, takes the lock and finishes an interrupted in-place
    /// save, then runs `body` while holding the lock.
    func locked<Result>(creating: Bool = false, _ body: (ResolvedFile) throws -> Result) throws -> Result {
        let file = creating ? try resolve() : try resolveForReading()
        // A missing file is reported as such, before the lock's sidecar is created next to it.
        if !creating {
            guard let existing = try file.entry() else { throw RoadmapError.fileNotFound(path: path) }
            // A file this user may not write is refused before a lock file is made for it.
            if existing.st_mode & S_IFMT == S_IFREG && !Self.mayWrite(file, existing) { throw RoadmapError.readOnly(path: path) }
        }
        let lock = try FileLock.acquire(in: file, timeout: lockTimeout)
        defer { withExtendedLifetime(lock) {} }
        try finishInterruptedSave(file)
        return try body(file)
    }

    /// Whether this user may write the file: by its mode and ACL, or for
    /// root, unless no one may (a 0444 file).
    static func mayWrite(_ file: ResolvedFile, _ info: stat) -> Bool {
        geteuid() == 0 ? info.st_mode & 0o222 != 0 : faccessat(file.folder, file.name, W_OK, AT_EACCESS) == 0
    }

    /// Takes the lock, loads the file, applies `change` and, when the roadmap
    /// changed, saves it before releasing the lock. Returns what `change` returns.
    public func modify<Result>(_ change: (inout Roadmap) throws -> Result) throws -> Result {
        try locked { file in
            let loaded = try load(file, hashing: false)
            var roadmap = loaded.roadmap
            let result = try change(&roadmap)
            if roadmap != loaded.roadmap { _ = try write(roadmap, in: file, replacing: loaded.identity) }
            return result
        }
    }

    /// Runs `body` while holding the file's lock (the file need not exist).
    public func withLock<Result>(_ body: () throws -> Result) throws -> Result {
        try locked(creating: true) { _ in try body() }
    }

    /// Creates a new file holding `roadmap`, refusing to replace one unless
    /// `overwrite`. Through a dangling symlink, the link's target is created
    /// and the link kept.
    public func create(_ roadmap: Roadmap, overwrite: Bool) throws {
        try locked(creating: true) { file in
            let existing = try file.entry()
            if existing != nil && !overwrite { throw RoadmapError.alreadyExists(path: path) }
            _ = try write(roadmap, in: file, replacing: existing.map(FileIdentity.init))
        }
    }
}
