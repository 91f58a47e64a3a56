import Foundation

extension RoadmapStore {
    /// Writes a roadmap atomically. Callers that read first hold the lock.
    /// It is encoded a piece at a time straight into the new file, so the
    /// whole encoding is never in memory.
    public func write(_ roadmap: Roadmap) throws(RoadmapError) {
        _ = try writeReturningDigest(roadmap)
    }

    /// Writes a roadmap like ``write(_:)`` and returns the digest of the bytes written.
    func writeReturningDigest(_ roadmap: Roadmap) throws(RoadmapError) -> ContentDigest {
        var hasher = ContentDigest.Hasher128()
        try replaceAtomically { (fd, target) throws(RoadmapError) in
            try RoadmapEncoder.encode(roadmap, pieceSize: 1 << 18) { (piece: [UInt8]) throws(RoadmapError) in
                piece.withUnsafeBytes { hasher.update($0) }
                try Self.writeAll(piece, to: fd, target: target)
            }
        }
        return hasher.digest()
    }

    /// Writes bytes atomically over the file (through a symlink to its target).
    public func writeBytes(_ bytes: [UInt8]) throws(RoadmapError) {
        try replaceAtomically { (fd, target) throws(RoadmapError) in
            try Self.writeAll(bytes, to: fd, target: target)
        }
    }

    /// Creates a temporary file next to the target, lets `fill` write it,
    /// flushes it to disk and renames it over the target.
    private func replaceAtomically(
        _ fill: (_ fd: Int32, _ target: String) throws(RoadmapError) -> Void
    ) throws(RoadmapError) {
        let target = resolvedPath
        let folder = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        removeStaleTemporaries(in: folder, name: name)
        let temporary = "\(folder)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

        var existing = stat()
        let hadFile = stat(target, &existing) == 0
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw .io(path: target, action: "create a temporary file in \(folder)", errno: errno) }
        var closed = false
        func fail(_ action: String, _ code: Int32) -> RoadmapError {
            if !closed { close(fd) }
            unlink(temporary)
            return .io(path: target, action: action, errno: code)
        }
        if hadFile {
            fchmod(fd, existing.st_mode & 0o7777)
            if getuid() == 0 { _ = fchown(fd, existing.st_uid, existing.st_gid) }
        }
        do {
            try fill(fd, target)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard fsync(fd) == 0 else { throw fail("flush to disk", errno) }
        closed = true
        guard close(fd) == 0 else { throw fail("close", errno) }
        guard rename(temporary, target) == 0 else { throw fail("replace", errno) }
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, target: String) throws(RoadmapError) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: target, action: "write", errno: errno)
            }
            written += n
        }
    }

    /// Removes temporary files left by a writer that was killed mid-save.
    /// Only the lock holder writes temporaries, so any found now are stale.
    private func removeStaleTemporaries(in folder: String, name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let prefix = ".\(name).tmp-"
        for entry in entries where entry.hasPrefix(prefix) {
            unlink("\(folder)/\(entry)")
        }
    }
}
