import Foundation

extension RoadmapStore {
    /// Writes a roadmap atomically. Callers that read first hold the lock.
    /// It is encoded a piece at a time straight into the new file, so the
    /// whole encoding is never in memory.
    public func write(_ roadmap: Roadmap) throws(RoadmapError) {
        let file = try resolve()
        _ = try write(roadmap, in: file, replacing: try file.entry().map(FileIdentity.init))
    }

    /// Writes a roadmap over the resolved file, which must still be the one
    /// `expected` names (nil: there was none), and returns the digest of the
    /// bytes written. Refused with nothing written when the roadmap would not
    /// load again.
    func write(_ roadmap: Roadmap, in file: ResolvedFile, replacing expected: FileIdentity?) throws(RoadmapError) -> ContentDigest {
        // The file declares the lowest schema that holds what it uses; a file of an
        // older one is upgraded (nothing in it is lost), and the user told once.
        if roadmap.schema < roadmap.writtenSchema { onUpgrade?(path, roadmap.schema, roadmap.writtenSchema) }
        let problems = roadmap.loadProblems
        guard problems.isEmpty else { throw .refusedToWrite(path: path, SchemaProblems(problems: problems)) }
        var hasher = ContentDigest.Hasher128()
        try replace(in: file, expected: expected) { (fd: Int32) throws(RoadmapError) in
            try RoadmapEncoder.encode(roadmap, pieceSize: 1 << 18) { (piece: [UInt8]) throws(RoadmapError) in
                piece.withUnsafeBytes { hasher.update($0) }
                try Self.writeAll(piece, to: fd, path: path)
            }
        }
        return hasher.digest()
    }

    /// Checks that the name still holds the file this save means to replace
    /// and that this user may replace it; returns its protection (nil: no file).
    private func checkReplaceable(_ file: ResolvedFile, expected: FileIdentity?) throws(RoadmapError) -> FileProtection? {
        guard let existing = try file.entry() else {
            if expected != nil { throw .unsafeFile(path: path, reason: "it was removed while saving") }
            return nil
        }
        switch existing.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: throw .unsafeFile(path: path, reason: "it was replaced by a symbolic link while saving")
        default: throw .unsafeFile(path: path, reason: "it is not a regular file")
        }
        if let expected, FileIdentity(existing) != expected {
            throw .unsafeFile(path: path, reason: "it was replaced by another file while saving")
        }
        if existing.st_nlink > 1 {
            throw .unsafeFile(path: path, reason: "it has \(existing.st_nlink) hard links, which a save would split; use a symbolic link instead")
        }
        guard Self.mayWrite(file, existing) else { throw .readOnly(path: path) }
        let (fd, info) = try file.openForReading()
        defer { close(fd) }
        guard FileIdentity(info) == FileIdentity(existing) else {
            throw .unsafeFile(path: path, reason: "it was replaced by another file while saving")
        }
        return FileProtection(of: fd, info: info)
    }

    /// Replaces the file's content with what `fill` writes: by renaming a
    /// new file over it when that file can be given all of the old one's
    /// protection, else in place after a journal.
    private func replace(
        in file: ResolvedFile, expected: FileIdentity?, _ fill: (_ fd: Int32) throws(RoadmapError) -> Void
    ) throws(RoadmapError) {
        let protection = try checkReplaceable(file, expected: expected)
        removeStaleTemporaries(file)
        let temporary = file.temporaryName()
        let fd = openat(file.folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw .io(path: path, action: "create a temporary file in \(TerminalSafe.escape(file.folderPath))", errno: errno)
        }
        var open = true
        func discard() {
            if open { close(fd) }
            unlinkat(file.folder, temporary, 0)
        }
        do {
            try fill(fd)
        } catch {
            discard()
            throw error
        }
        var inPlace = false
        if let protection {
            inPlace = !protection.canBeReproduced || protection.apply(to: fd) != nil
            if inPlace { protection.shareForReading(fd) }
        } else {
            _ = fchmod(fd, 0o666 & ~Self.umask)
        }
        guard fsync(fd) == 0 else { let code = errno; discard(); throw .io(path: path, action: "flush to disk", errno: code) }
        open = false
        guard close(fd) == 0 else { let code = errno; discard(); throw .io(path: path, action: "close", errno: code) }
        if inPlace {
            try replaceInPlace(file, journalFrom: temporary, expected: expected)
            return
        }
        // Once more, just before the rename: the name still holds the file loaded.
        if let expected, (try? file.entry()).flatMap({ $0 }).map(FileIdentity.init) != expected {
            discard()
            throw .unsafeFile(path: path, reason: "it was replaced by another file while saving")
        }
        guard renameat(file.folder, temporary, file.folder, file.name) == 0 else {
            let code = errno
            discard()
            throw .io(path: path, action: "replace", errno: code)
        }
        file.syncFolder()
    }

    /// The process's file-creation mask.
    static var umask: mode_t {
        let mask = Foundation.umask(0o022)
        Foundation.umask(mask)
        return mask
    }

    static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(RoadmapError) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, action: "write", errno: errno)
            }
            written += n
        }
    }

    /// Removes temporary files left by a writer that was killed mid-save.
    /// Only the lock holder writes temporaries, so any found now are stale.
    private func removeStaleTemporaries(_ file: ResolvedFile) {
        let prefix = file.temporaryPrefix
        for entry in file.folderEntries() where entry.hasPrefix(prefix) {
            unlinkat(file.folder, entry, 0)
        }
    }
}
