import Foundation

/// Writes a report or an export to a path the user named (`--output`).
///
/// - The roadmap file and its lock are never an output (refused, 73).
/// - A symlink is followed only where the kernel's `fs.protected_symlinks`
///   would follow it (not another user's link in a sticky world-writable folder).
/// - A terminal, pipe or device (`/dev/null`, `/dev/stdout`) is written to,
///   never replaced; a regular file is replaced atomically, keeping its mode.
public enum OutputFile {
    /// Writes `bytes` to `path`; `roadmap` is the store whose files must not be overwritten.
    public static func write(_ bytes: [UInt8], to path: String, roadmap: RoadmapStore?) throws(RoadmapError) {
        if let standard = standardStream(path) {
            try RoadmapStore.writeAll(bytes, to: standard, path: path)
            return
        }
        let file = try resolve(path)
        try refuseRoadmapFiles(file, roadmap: roadmap, path: path)
        var info = stat()
        if fstatat(file.folder, file.name, &info, 0) == 0, info.st_mode & S_IFMT != S_IFREG {
            guard info.st_mode & S_IFMT != S_IFDIR else { throw .unsafeFile(path: path, reason: "it is a folder") }
            let fd = openat(file.folder, file.name, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
            guard fd >= 0 else { throw .io(path: path, action: "open for writing", errno: errno) }
            defer { close(fd) }
            try RoadmapStore.writeAll(bytes, to: fd, path: path)
            return
        }
        try replace(file, with: bytes, path: path)
    }

    /// Writes `bytes` to standard output; a failure (a full disk, a closed
    /// pipe) is an I/O error (74) that names standard output.
    public static func writeStandardOutput(_ bytes: [UInt8]) throws(RoadmapError) {
        do {
            try RoadmapStore.writeAll(bytes, to: STDOUT_FILENO, path: "standard output")
        } catch {
            guard case .io(_, _, let code) = error else { throw error }
            throw .standardOutput(errno: code)
        }
    }

    /// The descriptor a name of the process's own standard streams stands for.
    private static func standardStream(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                if let fd = Int32(path.dropFirst(prefix.count)), fd >= 0 { return fd }
            }
            return nil
        }
    }

    /// Resolves the output's symlinks as the kernel would with `fs.protected_symlinks`.
    private static func resolve(_ path: String) throws(RoadmapError) -> ResolvedFile {
        let file = try ResolvedFile.resolve(path, trusting: { link, folder in
            var folderInfo = stat()
            guard fstat(folder, &folderInfo) == 0 else { return false }
            let stickyWorldWritable = folderInfo.st_mode & S_ISVTX != 0 && folderInfo.st_mode & 0o002 != 0
            return !stickyWorldWritable || link.st_uid == geteuid() || link.st_uid == folderInfo.st_uid
        })
        return file
    }

    /// Refuses an output that is the roadmap file, or its lock, journal or
    /// a temporary file of its saves: the same file, or the same name in the
    /// same folder even when that file does not exist yet.
    private static func refuseRoadmapFiles(_ file: ResolvedFile, roadmap: RoadmapStore?, path: String) throws(RoadmapError) {
        guard let roadmap, let data = try? ResolvedFile.resolve(roadmap.path) else { return }
        let refusal = RoadmapError.unsafeFile(
            path: path, reason: "it is the roadmap file \(TerminalSafe.escape(roadmap.path)) or its lock or journal; choose another output")
        var outputFolder = stat(), dataFolder = stat()
        if fstat(file.folder, &outputFolder) == 0, fstat(data.folder, &dataFolder) == 0,
           FileIdentity(outputFolder) == FileIdentity(dataFolder),
           [data.name, data.lockName, data.journalName].contains(file.name) || file.name.hasPrefix(data.temporaryPrefix) {
            throw refusal
        }
        var output = stat()
        guard fstatat(file.folder, file.name, &output, 0) == 0 else { return }
        for name in [data.name, data.lockName, data.journalName] {
            var info = stat()
            if fstatat(data.folder, name, &info, 0) == 0, FileIdentity(info) == FileIdentity(output) { throw refusal }
        }
    }

    /// Writes a private temporary file next to the output and renames it over.
    private static func replace(_ file: ResolvedFile, with bytes: [UInt8], path: String) throws(RoadmapError) {
        var existing = stat()
        let hadFile = fstatat(file.folder, file.name, &existing, AT_SYMLINK_NOFOLLOW) == 0
        if hadFile && geteuid() != 0 && faccessat(file.folder, file.name, W_OK, AT_EACCESS) != 0 {
            throw .readOnly(path: path)
        }
        let temporary = file.temporaryName()
        let fd = openat(file.folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotCreate(path: path, errno: errno) }
        do {
            try RoadmapStore.writeAll(bytes, to: fd, path: path)
        } catch {
            close(fd)
            unlinkat(file.folder, temporary, 0)
            throw error
        }
        fchmod(fd, hadFile ? existing.st_mode & 0o777 : 0o666 & ~RoadmapStore.umask)
        let flushed = fsync(fd) == 0
        let code = errno
        close(fd)
        guard flushed, renameat(file.folder, temporary, file.folder, file.name) == 0 else {
            let failure = flushed ? errno : code
            unlinkat(file.folder, temporary, 0)
            throw .io(path: path, action: "write", errno: failure)
        }
        file.syncFolder()
    }
}
