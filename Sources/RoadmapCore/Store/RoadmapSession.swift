/// A long-lived editor of one file (the interactive UI): it remembers the
/// version it last read or wrote, and on each save merges in whatever other
/// processes wrote since, under the file's lock.
///
/// It keeps a digest of the file's bytes, not a copy: whether the file
/// changed is told by reading it through, and it is decoded only then.
public final class RoadmapSession {
    public let store: RoadmapStore
    /// The version on disk when this session last read or wrote it.
    public private(set) var base: Roadmap
    /// The digest of the file's bytes when this session last read or wrote it.
    private var baseDigest: ContentDigest

    /// The outcome of a save.
    public enum SaveOutcome: Equatable, Sendable {
        /// Written; the roadmap now on disk (with outside changes merged in).
        case saved(Roadmap)
        /// Another process changed the same fields; nothing was written.
        case conflict(MergeResult, theirs: Roadmap)
        /// The file is gone or no longer a valid roadmap; nothing was written.
        case fileMissing(RoadmapError)
        /// Writing failed; nothing changed on disk.
        case failed(RoadmapError)
    }

    /// Opens a file, loading its current version.
    public init(store: RoadmapStore) throws(RoadmapError) {
        self.store = store
        (base, baseDigest) = try store.loadWithDigest()
    }

    /// Saves `roadmap` (the in-memory version that started from ``base``),
    /// merging outside changes. With `force`, a missing or unreadable file is
    /// replaced by `roadmap` (after the user said so). `whileLocked` runs
    /// after the save, still under the file's lock: what it sees of the file
    /// is what the save left (the UI's file watcher takes its stamp there).
    public func save(_ roadmap: Roadmap, force: Bool = false, whileLocked: () -> Void = {}) -> SaveOutcome {
        do {
            return try store.locked(creating: true) { file throws -> SaveOutcome in
                let outcome = try save(roadmap, force: force, in: file)
                whileLocked()
                return outcome
            }
        } catch let error as RoadmapError {
            return .failed(error)
        } catch {
            return .failed(.badInput(String(describing: error)))
        }
    }

    /// The save, under the lock.
    private func save(_ roadmap: Roadmap, force: Bool, in file: ResolvedFile) throws -> SaveOutcome {
        var toWrite = roadmap
        var fileChanged = false
        var identity: FileIdentity?
        do {
            let current = try store.currentDigest(file)
            identity = current.identity
            if current.digest != baseDigest {
                fileChanged = true
                let theirs = try store.load(file, hashing: false).roadmap
                let result = ThreeWayMerge.merge(base: base, ours: roadmap, theirs: theirs)
                if !result.conflicts.isEmpty { return .conflict(result, theirs: theirs) }
                // Nothing of ours to add: take their version as it is, without writing.
                if result.merged == theirs {
                    (base, baseDigest) = (theirs, current.digest)
                    return .saved(theirs)
                }
                toWrite = result.merged
            }
        } catch {
            if !force { return .fileMissing(error) }
        }
        if fileChanged || force || toWrite != base {
            baseDigest = try store.write(toWrite, in: file, replacing: identity)
        }
        base = toWrite
        return .saved(toWrite)
    }

    /// Takes a resolved merge as the new content: the caller then saves it.
    /// The base becomes their version, so the next save merges against it.
    public func adopt(theirs: Roadmap) {
        base = theirs
        var hasher = ContentDigest.Hasher128()
        RoadmapEncoder.encode(theirs, pieceSize: 1 << 18) { piece in piece.withUnsafeBytes { hasher.update($0) } }
        baseDigest = hasher.digest()
    }
}
