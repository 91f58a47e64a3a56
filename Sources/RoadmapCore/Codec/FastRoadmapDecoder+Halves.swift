import Dispatch
import Foundation

/// A large file is decoded in two halves at once: this thread reads it from
/// the start as usual while another reads it from a milestone near the
/// middle to the end (``OtherHalf``). When this thread's reading reaches
/// that milestone, in a workstream's list, it takes what the other read
/// (``FastRoadmapDecoder/Tail``) and stops. If it never reaches it (the
/// guess was not a milestone), the other half's work is thrown away, so a
/// wrong guess costs time, never a wrong roadmap. Benchmarks/NOTES.md has
/// the figures.
extension FastRoadmapDecoder {
    /// Files smaller than this are read on one thread: the thread costs more than it saves.
    static let twoHalvesFrom = 2 << 20

    /// The roadmap in `stream` (reading `fd` of `size` bytes from its
    /// start), with the second half read on another thread when the file is
    /// large; nil when the full decoder has to look at the file.
    static func decode(_ stream: ByteStream, fd: Int32, size: Int) -> Roadmap? {
        guard size >= twoHalvesFrom, let start = OtherHalf.start(fd: fd, size: size) else { return decode(stream) }
        return decode(stream, fd: fd, otherHalfFrom: start).roadmap
    }

    /// ``decode(_:fd:size:)`` with the other half starting at `start`, and
    /// whether this half reached it and took what it read.
    static func decode(_ stream: ByteStream, fd: Int32, otherHalfFrom start: Int) -> (roadmap: Roadmap?, joined: Bool) {
        let other = OtherHalf(fd: fd, start: start)
        // The other half reads `fd`, which the caller closes once this returns.
        defer { other.wait() }
        var decoder = FastRoadmapDecoder(scanner: FastJSONScanner(stream: stream))
        decoder.otherHalf = other
        let roadmap = try? decoder.document()
        return (stream.readError == nil ? roadmap : nil, decoder.joined != nil)
    }

    /// Reads from a milestone object in a workstream's list (after another
    /// one) to the end of the file: the rest of that list, the rest of its
    /// workstream and of the roadmap object.
    mutating func tail() throws(FastPathRefused) -> Tail {
        var milestones = [try milestone()]
        var first = false
        while try scanner.nextElement(first: &first) { milestones.append(try milestone()) }
        var workstream = WorkstreamParts()
        var workstreamMembers = MemberReader(continuingWith: Key.workstreamKeys)
        try self.workstreamMembers(&workstreamMembers, into: &workstream)
        var workstreams: [Workstream] = []
        while try scanner.nextElement(first: &first) { workstreams.append(try self.workstream()) }
        var roadmap = RoadmapParts()
        var roadmapMembers = MemberReader(continuingWith: Key.roadmapKeys)
        try self.roadmapMembers(&roadmapMembers, into: &roadmap)
        guard scanner.atEnd() else { throw FastPathRefused() }
        return Tail(
            milestones: milestones, workstream: workstream, workstreamSeen: workstreamMembers.seen, workstreams: workstreams,
            roadmap: roadmap, roadmapSeen: roadmapMembers.seen, milestoneIDs: milestoneIDs, workstreamIDs: workstreamIDs,
            hasDependencies: hasDependencies, sawSchema2Key: sawSchema2Key, sawSchema4Key: sawSchema4Key)
    }

    /// What the other half read, from its first milestone to the end of the file.
    struct Tail {
        var milestones: [Milestone]
        var workstream: WorkstreamParts
        var workstreamSeen: UInt64
        var workstreams: [Workstream]
        var roadmap: RoadmapParts
        var roadmapSeen: UInt64
        var milestoneIDs: IDHashes
        var workstreamIDs: IDHashes
        var hasDependencies: Bool
        var sawSchema2Key: Bool
        var sawSchema4Key: Bool

        /// Adds what the whole file is checked for to `decoder`'s own.
        func merge(into decoder: inout FastRoadmapDecoder) {
            decoder.milestoneIDs.add(milestoneIDs)
            decoder.workstreamIDs.add(workstreamIDs)
            decoder.hasDependencies = decoder.hasDependencies || hasDependencies
            decoder.sawSchema2Key = decoder.sawSchema2Key || sawSchema2Key
            decoder.sawSchema4Key = decoder.sawSchema4Key || sawSchema4Key
        }
    }
}

/// The members of the roadmap object read so far.
struct RoadmapParts {
    var schema: Int?
    var title: LocalizedText?
    var notes: String?
    var timeZone: String?
    var zoneChanges: [ZoneChange] = []
    var baselines: [Baseline] = []
    var workstreams: [Workstream]?

    /// Adds the members read in the other half ( ``MemberReader/add(_:)``
    /// has made sure no key was read in both).
    mutating func add(_ other: RoadmapParts) {
        schema = schema ?? other.schema
        title = title ?? other.title
        notes = notes ?? other.notes
        timeZone = timeZone ?? other.timeZone
        zoneChanges += other.zoneChanges
        baselines += other.baselines
        workstreams = workstreams ?? other.workstreams
    }
}

/// The members of a workstream object read so far.
struct WorkstreamParts {
    var id: String?
    var title: LocalizedText?
    var milestones: [Milestone]?

    /// Adds the members read in the other half.
    mutating func add(_ other: WorkstreamParts) {
        id = id ?? other.id
        title = title ?? other.title
        milestones = milestones ?? other.milestones
    }
}

/// The second half of a large file, decoded on another thread from `start`.
struct OtherHalf {
    /// Where the other half starts in the file: the `{` of a milestone.
    let start: Int
    /// What it read; nil when it met anything the fast decoder refuses.
    private let tail: Concurrently<FastRoadmapDecoder.Tail?>

    /// Starts reading `fd` from `start` on another thread.
    init(fd: Int32, start: Int) {
        self.start = start
        tail = Concurrently {
            let stream = ByteStream(fd: fd, from: start)
            var decoder = FastRoadmapDecoder(scanner: FastJSONScanner(stream: stream))
            guard let tail = try? decoder.tail(), stream.readError == nil else { return nil }
            return tail
        }
    }

    /// Waits until the other thread is done.
    func wait() {
        _ = tail.value
    }

    /// What the other half read; throws when it met anything the fast decoder refuses.
    func result() throws(FastPathRefused) -> FastRoadmapDecoder.Tail {
        guard let tail = tail.value else { throw FastPathRefused() }
        return tail
    }

    /// A guess at a milestone near the middle of the file, found by how this
    /// tool writes one after another: `},` ending a milestone, then `{` and
    /// `"id":` on lines of their own, indented for a workstream's list. A raw
    /// line break is never inside a JSON string, so what follows it is
    /// structure, never text.
    static func start(fd: Int32, size: Int) -> Int? {
        let windowSize = 1 << 16
        let offset = max(0, size / 2 - windowSize / 2)
        var window = [UInt8](repeating: 0, count: windowSize)
        let count = window.withUnsafeMutableBytes { pread(fd, $0.baseAddress, windowSize, off_t(offset)) }
        guard count > 0 else { return nil }
        let pattern = Array("},\n        {\n          \"id\":".utf8)
        let braceAt = pattern.firstIndex(of: UInt8(ascii: "{"))!
        var i = 0
        while i + pattern.count <= count {
            if window[i] == pattern[0], window[i..<i + pattern.count].elementsEqual(pattern) { return offset + i + braceAt }
            i += 1
        }
        return nil
    }
}
