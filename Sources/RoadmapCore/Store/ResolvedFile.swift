import CFileSystem
import Foundation

/// A roadmap file's place, resolved once: an open descriptor of the folder
/// that holds it and its name there.
///
/// Every later step (lock, load, temporary file, rename) works relative to
/// that descriptor with `openat`/`renameat` and never follows a symlink, so
/// a member of a shared folder who swaps the path for a symlink mid-save can
/// make the save fail but never make it read or write another file.
final class ResolvedFile {
    /// The folder's descriptor (read-only, or `O_PATH` when it cannot be listed).
    let folder: Int32
    /// The file's name in ``folder``.
    let name: String
    /// The path as the user gave it, for messages.
    let shownPath: String
    /// The folder as a path, for messages.
    let folderPath: String

    private init(folder: Int32, name: String, folderPath: String, shownPath: String) {
        self.folder = folder
        self.name = name
        self.folderPath = folderPath
        self.shownPath = shownPath
    }

    deinit { close(folder) }

    /// Symlinks followed before giving up, as the kernel's `MAXSYMLINKS`.
    private static let maximumLinks = 40

    /// Opens the folder of `path` and follows a symlink at its last component
    /// (to its target, which need not exist yet). A symlink is followed only
    /// when it is trustworthy: see ``isTrusted(_:in:)``.
    static func resolve(
        _ path: String, trusting isTrusted: (_ link: stat, _ folder: Int32) -> Bool = ResolvedFile.isTrusted
    ) throws(RoadmapError) -> ResolvedFile {
        var (folderPath, name) = split(path)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw .badInput("\(path): not a file name (it names a folder)")
        }
        var folder = try openFolder(folderPath, relativeTo: AT_FDCWD, shownPath: path)
        for _ in 0..<maximumLinks {
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFLNK else {
                return ResolvedFile(folder: folder, name: name, folderPath: folderPath, shownPath: path)
            }
            guard isTrusted(info, folder) else {
                close(folder)
                throw .unsafeFile(path: path, reason: "it is a symbolic link owned by another user in a folder others can write; it was not followed")
            }
            guard let target = readLink(name, in: folder), !target.isEmpty else {
                close(folder)
                throw .io(path: path, action: "read the symbolic link", errno: errno)
            }
            let (targetFolder, targetName) = split(target)
            guard !targetName.isEmpty, targetName != ".", targetName != ".." else {
                close(folder)
                throw .unsafeFile(path: path, reason: "it is a symbolic link to a folder, not to a file")
            }
            let next: Int32
            do {
                next = try openFolder(targetFolder, relativeTo: folder, shownPath: path)
            } catch {
                close(folder)
                throw error
            }
            close(folder)
            folder = next
            folderPath = target.hasPrefix("/") ? targetFolder : (folderPath as NSString).appendingPathComponent(targetFolder)
            name = targetName
        }
        close(folder)
        throw .io(path: path, action: "follow its symbolic links", errno: ELOOP)
    }

    /// Splits a path into its folder (`.` when none) and its last component.
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    private static func openFolder(_ folder: String, relativeTo base: Int32, shownPath: String) throws(RoadmapError) -> Int32 {
        var fd = openat(base, folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 && errno == EACCES { fd = openat(base, folder, roadmap_o_path() | O_DIRECTORY | O_CLOEXEC) }
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .missingFolder(path: shownPath, folder: folder) }
            throw .io(path: shownPath, action: "open the folder \(folder)", errno: code)
        }
        return fd
    }

    /// The kernel's `fs.protected_symlinks` rule, applied to every folder
    /// others can write (not only sticky world-writable ones): follow a link
    /// there only when it belongs to us, to root, or to the folder's owner.
    static func isTrusted(_ link: stat, in folder: Int32) -> Bool {
        var folderInfo = stat()
        guard fstat(folder, &folderInfo) == 0 else { return false }
        if folderInfo.st_mode & 0o022 == 0 { return true }
        return link.st_uid == geteuid() || link.st_uid == 0 || link.st_uid == folderInfo.st_uid
    }

    private static func readLink(_ name: String, in folder: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlinkat(folder, name, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// What is at the name now, without following a symlink; nil when nothing is.
    func entry() throws(RoadmapError) -> stat? {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            if errno == ENOENT { return nil }
            throw .io(path: shownPath, action: "look at", errno: errno)
        }
        return info
    }

    /// Opens the file itself for reading, refusing a symlink put in its place
    /// and anything but a regular file (without waiting, should it be a pipe).
    func openForReading() throws(RoadmapError) -> (fd: Int32, info: stat) {
        let fd = openat(folder, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .fileNotFound(path: shownPath) }
            if code == ELOOP { throw .unsafeFile(path: shownPath, reason: "it was replaced by a symbolic link") }
            throw .io(path: shownPath, action: "open", errno: code)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw .io(path: shownPath, action: "read", errno: code)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .badInput("\(TerminalSafe.escape(shownPath)): not a regular file")
        }
        return (fd, info)
    }

    // MARK: Sidecar files

    /// The stem of the sidecar names: the file's own name, or a digest of it
    /// when the name is too long to take a prefix and a suffix (names are at
    /// most 255 bytes).
    var sidecarStem: String {
        guard name.utf8.count > 200 else { return name }
        return "roadmap-" + ContentDigest(of: Array(name.utf8)).hex
    }

    /// The lock's name: `<name>.lock`.
    var lockName: String { sidecarStem + ".lock" }

    /// What temporary files of a save start with: `.<name>.tmp-`.
    var temporaryPrefix: String { "." + sidecarStem + ".tmp-" }

    /// A new temporary file's name.
    func temporaryName() -> String { temporaryPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))" }

    /// The journal of an in-place save: the complete new content, kept
    /// until the file itself holds it.
    var journalName: String { "." + sidecarStem + ".journal" }

    /// The names in the folder (empty when it cannot be listed).
    func folderEntries() -> [String] {
        let copy = openat(folder, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard copy >= 0, let directory = fdopendir(copy) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            names.append(name)
        }
        return names
    }

    /// Flushes the folder's entries to disk (after a rename or an unlink).
    func syncFolder() {
        let fd = openat(folder, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}

/// Which file a descriptor or name refers to.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
