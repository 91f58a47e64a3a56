import CFileSystem
import Foundation

/// Whether another user may write a file, by its mode and POSIX ACL, as the
/// kernel would decide: used to tell whether the journal another user left
/// may stand for the file (a member read-only through an ACL may not).
///
/// Conservative: a write granted only by a named-group ACL entry is not
/// recognised, so such a user's journal is not taken.
enum WriteAccess {
    /// Whether `user` may write the open file `fd` whose status is `info`.
    static func mayWrite(user: uid_t, fd: Int32, info: stat) -> Bool {
        if user == 0 || user == info.st_uid { return true }
        let acl = accessACL(fd)
        let mask = acl?.first { $0.tag == 0x10 }?.permissions ?? 7
        if let named = acl?.first(where: { $0.tag == 0x02 && $0.id == user }) {
            return named.permissions & mask & 2 != 0
        }
        if isMember(user, of: info.st_gid) {
            let group = acl?.first { $0.tag == 0x04 }?.permissions ?? UInt16((info.st_mode >> 3) & 7)
            return group & mask & 2 != 0
        }
        return info.st_mode & 0o002 != 0
    }

    private struct Entry {
        let tag: UInt16
        let permissions: UInt16
        let id: UInt32
    }

    /// The entries of `system.posix_acl_access` (version 2: a 4-byte header,
    /// then 8-byte entries of tag, permissions and id, little-endian); nil when none.
    private static func accessACL(_ fd: Int32) -> [Entry]? {
        var bytes = [UInt8](repeating: 0, count: 4 + 8 * 64)
        let length = bytes.withUnsafeMutableBytes { fgetxattr(fd, "system.posix_acl_access", $0.baseAddress, $0.count) }
        guard length >= 4, (length - 4) % 8 == 0 else { return nil }
        func number(_ at: Int, _ size: Int) -> UInt32 {
            (0..<size).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * $1) }
        }
        return stride(from: 4, to: length, by: 8).map {
            Entry(tag: UInt16(number($0, 2)), permissions: UInt16(number($0 + 2, 2)), id: number($0 + 4, 4))
        }
    }

    /// Whether `user` belongs to `group`, as their primary or a supplementary group.
    private static func isMember(_ user: uid_t, of group: gid_t) -> Bool {
        guard let entry = getpwuid(user) else { return false }
        if entry.pointee.pw_gid == group { return true }
        var count: Int32 = 64
        var groups = [gid_t](repeating: 0, count: Int(count))
        if getgrouplist(entry.pointee.pw_name, entry.pointee.pw_gid, &groups, &count) < 0 {
            groups = [gid_t](repeating: 0, count: Int(count))
            guard getgrouplist(entry.pointee.pw_name, entry.pointee.pw_gid, &groups, &count) >= 0 else { return false }
        }
        return groups[..<Int(count)].contains(group)
    }
}
