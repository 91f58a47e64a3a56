import Foundation

/// An exclusive advisory lock on a sidecar file (`<file>.lock`), never on the
/// data file itself: an atomic rename replaces the data file's inode, which
/// would silently drop a lock held on it. The lock ends with the process, so
/// a killed writer never leaves it stuck.
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

    /// Waits up to `timeout` seconds for the lock on `dataPath`'s sidecar.
    public static func acquire(for dataPath: String, timeout: Double) throws(RoadmapError) -> FileLock {
        let path = lockPath(for: dataPath)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw .cannotCreate(path: path, errno: errno) }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                close(fd)
                throw .io(path: path, action: "lock", errno: code)
            }
            if Date() >= deadline {
                close(fd)
                throw .locked(path: dataPath, seconds: timeout)
            }
            usleep(10_000)
        }
        return FileLock(descriptor: fd)
    }
}
