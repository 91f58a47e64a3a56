import CFileSystem
import Foundation

/// What protects a file: owner, group, mode, and its extended attributes
/// (which hold POSIX ACLs as `system.posix_acl_access`, and SELinux labels).
///
/// A save that replaces the file by a new one must give the new one all of
/// it, or a member's save would hand the file to their own group or drop an
/// ACL that made them read-only.
struct FileProtection {
    let owner: uid_t
    let group: gid_t
    let mode: mode_t
    /// Extended attributes by name, in the order the file lists them.
    let attributes: [(name: String, value: [UInt8])]

    /// Reads the protection of an open file.
    init(of fd: Int32, info: stat) {
        owner = info.st_uid
        group = info.st_gid
        mode = info.st_mode & 0o7777
        attributes = Self.attributes(of: fd)
    }

    private static func attributes(of fd: Int32) -> [(name: String, value: [UInt8])] {
        let size = flistxattr(fd, nil, 0)
        guard size > 0 else { return [] }
        var list = [CChar](repeating: 0, count: size)
        let listed = flistxattr(fd, &list, size)
        guard listed > 0 else { return [] }
        let names = list[..<listed].split(separator: 0).map { String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return names.compactMap { name in
            let length = fgetxattr(fd, name, nil, 0)
            guard length >= 0 else { return nil }
            var value = [UInt8](repeating: 0, count: length)
            let read = value.withUnsafeMutableBytes { fgetxattr(fd, name, $0.baseAddress, length) }
            guard read >= 0 else { return nil }
            return (name, Array(value[..<read]))
        }
    }

    /// Whether a new file made by this process can be given all of it: only
    /// root can give a file to another owner, and only a member to a group.
    var canBeReproduced: Bool {
        geteuid() == 0 || (owner == geteuid() && (group == getegid() || Self.isMember(of: group)))
    }

    /// Lets whoever may read the file read a new file too (the journal of an
    /// in-place save, which readers take while the file is being rewritten):
    /// the file's group and its read bits, when this user can give that group.
    func shareForReading(_ fd: Int32) {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_gid == group || fchown(fd, uid_t.max, group) == 0 else { return }
        _ = fchmod(fd, 0o600 | (mode & 0o044))
    }

    private static func isMember(of group: gid_t) -> Bool {
        let count = getgroups(0, nil)
        guard count > 0 else { return false }
        var groups = [gid_t](repeating: 0, count: Int(count))
        let filled = getgroups(count, &groups)
        return filled > 0 && groups[..<Int(filled)].contains(group)
    }

    /// Gives a new file this protection: owner and group first (a change of
    /// owner clears set-id bits), then the mode, then the attributes (an ACL
    /// last, as it rewrites the group bits of the mode). Returns the errno of
    /// the first step that failed, or nil.
    func apply(to fd: Int32) -> Int32? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return errno }
        if info.st_uid != owner || info.st_gid != group {
            let newOwner = info.st_uid == owner ? uid_t.max : owner
            guard fchown(fd, newOwner, group) == 0 else { return errno }
        }
        guard fchmod(fd, mode) == 0 else { return errno }
        for (name, value) in attributes {
            let result = value.withUnsafeBytes { fsetxattr(fd, name, $0.baseAddress, value.count, 0) }
            // Attributes the file system keeps for itself (security.* without
            // privilege) may be refused; an ACL never is for the owner.
            if result != 0 && (name.hasPrefix("system.") || name.hasPrefix("user.")) { return errno }
        }
        return nil
    }
}
