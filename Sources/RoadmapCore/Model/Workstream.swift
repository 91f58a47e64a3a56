/// One of the roadmap's lines of work, holding its milestones in order.
public struct Workstream: Equatable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var milestones: [Milestone]

    public init(id: String, title: LocalizedText, milestones: [Milestone] = []) {
        self.id = id
        self.title = title
        self.milestones = milestones
    }

    /// Milestones whose status is done.
    public var doneCount: Int { milestones.lazy.filter { $0.status == .done }.count }
}

extension Workstream {
    /// Equal ids, titles and milestones. The milestones are compared in
    /// place, without copying any: comparing two versions of a workstream of
    /// 30,000 milestones that share most of their storage is what the UI
    /// does each time a save comes back.
    public static func == (lhs: Workstream, rhs: Workstream) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && Milestone.firstDifference(lhs.milestones, rhs.milestones) == nil
    }
}

extension Milestone {
    /// The first index from `start` on where two lists of milestones differ
    /// (or where the shorter one ends); nil when they are equal from there.
    /// Elements are compared in place, not copied.
    public static func firstDifference(_ lhs: [Milestone], _ rhs: [Milestone], from start: Int = 0) -> Int? {
        lhs.withUnsafeBufferPointer { a in
            rhs.withUnsafeBufferPointer { b in
                let common = min(a.count, b.count)
                if a.baseAddress == b.baseAddress && a.count == b.count || start > common { return nil }
                if start < common, let x = a.baseAddress, let y = b.baseAddress {
                    for i in start..<common where !same(x + i, y + i) { return i }
                }
                return a.count == b.count ? nil : common
            }
        }
    }

    /// Compares two milestones where they are kept, every stored property
    /// as `==` does (a test counts them, so that a new one is not missed).
    @inline(__always)
    private static func same(_ a: UnsafePointer<Milestone>, _ b: UnsafePointer<Milestone>) -> Bool {
        a.pointee.id == b.pointee.id && a.pointee.status == b.pointee.status && a.pointee.start == b.pointee.start
            && a.pointee.due == b.pointee.due && a.pointee.owner == b.pointee.owner && a.pointee.notes == b.pointee.notes
            && a.pointee.title == b.pointee.title && a.pointee.history == b.pointee.history
            && a.pointee.lead == b.pointee.lead && a.pointee.depends == b.pointee.depends
    }
}
