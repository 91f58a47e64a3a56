import Foundation

/// An exclusive advisory lock on a sidecar file (`<file>.lock`), never on the
/// data file itself: an atomic rename replaces the data file's inode, which
/// would silently drop a lock held on it. The lock ends with the process, so
/// a killed writer never leaves it stuck.
///
/// The sidecar is opened without following a symlink and must be a regular
/// file. `flock` works on a read-only descriptor, so a member of a shared
/// folder who may not write someone else's lock file can still take it; a
/// new lock file gets the data file's group and read bits for that reason.
public final class FileLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The sidecar lock path for a data file.
    public static func lockPath(for dataPath: String) -> String { dataPath + ".lock" }

    /// Waits up to `timeout` seconds for the lock on `dataPath`'s sidecar
    /// (resolving the path first; see ``RoadmapStore``).
    public static func acquire(for dataPath: String, timeout: Double) throws(RoadmapError) -> FileLock {
        try acquire(in: ResolvedFile.resolve(dataPath), timeout: timeout)
    }

    /// Waits up to `timeout` seconds for the lock of a resolved file.
    static func acquire(in file: ResolvedFile, timeout: Double) throws(RoadmapError) -> FileLock {
        let shownLock = (file.folderPath as NSString).appendingPathComponent(file.lockName)
        if let data = try file.entry(), data.st_mode & S_IFMT != S_IFREG {
            throw .unsafeFile(path: file.shownPath, reason: "it is not a regular file")
        }
        let fd = try open(file, shownLock: shownLock)
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                close(fd)
                throw .io(path: shownLock, action: "lock", errno: code)
            }
            if Date() >= deadline {
                close(fd)
                throw .locked(path: file.shownPath, seconds: timeout)
            }
            usleep(10_000)
        }
        return FileLock(descriptor: fd)
    }

    /// Opens (or creates) the lock file: read-write when allowed, else read-only.
    private static func open(_ file: ResolvedFile, shownLock: String) throws(RoadmapError) -> Int32 {
        let flags = O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK
        var fd = openat(file.folder, file.lockName, O_RDWR | O_CREAT | O_EXCL | flags, 0o666)
        if fd >= 0 {
            shareLikeTheDataFile(fd, file)
        } else if errno == EEXIST {
            fd = openat(file.folder, file.lockName, O_RDWR | flags)
            if fd < 0 && errno == EACCES { fd = openat(file.folder, file.lockName, O_RDONLY | flags) }
        }
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP { throw .unsafeFile(path: shownLock, reason: "the lock file is a symbolic link; remove it") }
            throw .cannotCreate(path: shownLock, errno: code)
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .unsafeFile(path: shownLock, reason: "the lock file is not a regular file; remove it")
        }
        return fd
    }

    /// Gives a new lock file the data file's group, and read access to
    /// whoever may read the data file, so that every member can take it.
    private static func shareLikeTheDataFile(_ fd: Int32, _ file: ResolvedFile) {
        guard let data = try? file.entry() else { return }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return }
        if info.st_gid != data.st_gid { _ = fchown(fd, uid_t.max, data.st_gid) }
        _ = fchmod(fd, (info.st_mode & 0o666) | (data.st_mode & 0o444))
    }
}
