/// A long-lived editor of one file (the interactive UI): it remembers the
/// version it last read or wrote, and on each save merges in whatever other
/// processes wrote since, under the file's lock.
public final class RoadmapSession {
    public let store: RoadmapStore
    /// The version on disk when this session last read or wrote it.
    public private(set) var base: Roadmap
    private var baseBytes: [UInt8]

    /// The outcome of a save.
    public enum SaveOutcome: Equatable {
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
        (base, baseBytes) = try store.loadWithBytes()
    }

    /// Saves `roadmap` (the in-memory version that started from ``base``),
    /// merging outside changes. With `force`, a missing or unreadable file is
    /// replaced by `roadmap` (after the user said so).
    public func save(_ roadmap: Roadmap, force: Bool = false) -> SaveOutcome {
        do {
            return try store.withLock { () throws -> SaveOutcome in
                var toWrite = roadmap
                do {
                    let (theirs, bytes) = try store.loadWithBytes()
                    if bytes != baseBytes {
                        let result = ThreeWayMerge.merge(base: base, ours: roadmap, theirs: theirs)
                        if !result.conflicts.isEmpty { return .conflict(result, theirs: theirs) }
                        toWrite = result.merged
                    }
                } catch {
                    if !force { return .fileMissing(error as? RoadmapError ?? .badInput(String(describing: error))) }
                }
                let bytes = RoadmapEncoder.encode(toWrite)
                if bytes != baseBytes || force { try store.writeBytes(bytes) }
                base = toWrite
                baseBytes = bytes
                return .saved(toWrite)
            }
        } catch let error as RoadmapError {
            return .failed(error)
        } catch {
            return .failed(.badInput(String(describing: error)))
        }
    }

    /// Takes a resolved merge as the new content: the caller then saves it.
    /// The base becomes their version, so the next save merges against it.
    public func adopt(theirs: Roadmap) {
        base = theirs
        baseBytes = RoadmapEncoder.encode(theirs)
    }
}
