import Foundation

/// Notices that another process changed the roadmap file, cheaply: a
/// `stat` of the path at most every ``interval`` seconds, compared with the
/// last one (device, inode, size, modification and change times). The file
/// itself is read only after the stamp changed.
final class FileWatcher {
    /// What `stat` says about the file; nil fields when it is missing.
    struct Stamp: Equatable {
        var device: UInt64, inode: UInt64, size: Int64
        var modified: timespec, changed: timespec

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }
    }

    let path: String
    /// Seconds between two looks at the file.
    let interval: Double
    private var last: Stamp?
    private var lastLook = Date.distantPast

    init(path: String, interval: Double = 0.25) {
        self.path = path
        self.interval = interval
        last = Self.stamp(path)
    }

    /// The file's stamp now; nil when it cannot be stat'ed.
    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                     modified: info.st_mtim, changed: info.st_ctim)
    }

    /// Takes `stamp` (the file as the UI's own save left it, under the
    /// file's lock) as seen, so that write is not reported as a change.
    /// Returns whether the last look had already seen exactly it: then a
    /// change reported since the save began is one that save took in.
    @discardableResult
    func accept(_ stamp: Stamp) -> Bool {
        defer { last = stamp }
        return last == stamp
    }

    /// Whether the file changed since the last look that said so; looks
    /// only when ``interval`` has passed.
    func changed(now: Date = Date()) -> Bool {
        guard now.timeIntervalSince(lastLook) >= interval else { return false }
        lastLook = now
        let stamp = Self.stamp(path)
        guard stamp != last else { return false }
        last = stamp
        return true
    }
}
