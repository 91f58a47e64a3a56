import Foundation

/// In-place saves, for a file this user may write but cannot recreate with
/// the same owner (a member of a shared folder saving the owner's file).
///
/// The new content is first made whole and durable as the journal
/// (`.<name>.journal`, renamed into place only once complete and fsynced),
/// then the file is cut to nothing and the journal copied into it, and the
/// journal removed. So the file is always the old version, the new one, or
/// a part of the new one that does not load. A journal counts only then —
/// while the file does not load — and only when its owner may write the file
/// (by mode and ACL): readers take its content, and the next writer (under
/// the lock) finishes the copy first. Any other journal (left beside a file
/// that loads, or planted by someone who may not write the file) is never
/// read, and a writer removes it.
extension RoadmapStore {
    /// Turns the complete temporary file into the journal and copies it over the file.
    func replaceInPlace(_ file: ResolvedFile, journalFrom temporary: String, expected: FileIdentity?) throws(RoadmapError) {
        guard renameat(file.folder, temporary, file.folder, file.journalName) == 0 else {
            let code = errno
            unlinkat(file.folder, temporary, 0)
            throw .io(path: path, action: "write the journal of an in-place save", errno: code)
        }
        file.syncFolder()
        try copyJournal(file, expected: expected)
    }

    /// Copies the journal over the file (still the `expected` one), flushes
    /// it, and removes the journal.
    private func copyJournal(_ file: ResolvedFile, expected: FileIdentity?) throws(RoadmapError) {
        let journal = openat(file.folder, file.journalName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard journal >= 0 else { throw .io(path: path, action: "read the journal of an in-place save", errno: errno) }
        defer { close(journal) }
        let target = openat(file.folder, file.name, O_WRONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard target >= 0 else {
            throw errno == ELOOP ? .unsafeFile(path: path, reason: "it was replaced by a symbolic link while saving")
                                 : .io(path: path, action: "open for writing", errno: errno)
        }
        defer { close(target) }
        var info = stat()
        guard fstat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              expected == nil || FileIdentity(info) == expected else {
            throw .unsafeFile(path: path, reason: "it was replaced by another file while saving")
        }
        // Cut first, so that a copy cut short never mixes old and new bytes into something that loads.
        guard ftruncate(target, 0) == 0, fdatasync(target) == 0 else { throw .io(path: path, action: "write", errno: errno) }
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        var total = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { read(journal, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, action: "read the journal of an in-place save", errno: errno)
            }
            if n == 0 { break }
            var written = 0
            while written < n {
                let m = buffer.withUnsafeBytes { pwrite(target, $0.baseAddress! + written, n - written, off_t(total + written)) }
                if m < 0 {
                    if errno == EINTR { continue }
                    throw .io(path: path, action: "write", errno: errno)
                }
                written += m
            }
            total += n
        }
        guard fsync(target) == 0 else { throw .io(path: path, action: "flush to disk", errno: errno) }
        unlinkat(file.folder, file.journalName, 0)
        file.syncFolder()
    }

    /// Finishes an in-place save a killed writer left half done (the lock is
    /// held), and removes a journal that does not count.
    func finishInterruptedSave(_ file: ResolvedFile) throws(RoadmapError) {
        var journalInfo = stat()
        guard fstatat(file.folder, file.journalName, &journalInfo, AT_SYMLINK_NOFOLLOW) == 0 else { return }
        guard let (fd, info) = try? file.openForReading() else { return }
        defer { close(fd) }
        let loads = (try? Self.decode(Self.readAll(fd, size: Int(info.st_size), path: path), path: path)) != nil
        if !loads, (try? readJournal(file, dataFD: fd, data: info)) != nil {
            try copyJournal(file, expected: FileIdentity(info))
        } else if loads {
            unlinkat(file.folder, file.journalName, 0)
        }
    }

    /// The journal's content, when there is one that loads and whose owner
    /// may write the file (the caller has found that the file does not load).
    func readJournal(_ file: ResolvedFile, dataFD: Int32, data: stat) throws(RoadmapError) -> (roadmap: Roadmap, bytes: [UInt8]) {
        let fd = openat(file.folder, file.journalName, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: path, action: "read the journal", errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1,
              info.st_uid == geteuid() || WriteAccess.mayWrite(user: info.st_uid, fd: dataFD, info: data) else {
            throw .unsafeFile(path: path, reason: "its journal was not written by someone who may write the file")
        }
        let bytes = try Self.readAll(fd, size: Int(info.st_size), path: path)
        return (try Self.decode(bytes, path: path), bytes)
    }
}
