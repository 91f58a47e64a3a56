import RoadmapCore

/// The dependency links with why each is off track, and the open milestones
/// needing attention per lead side: worked out in full when milestones are
/// added, removed, moved or their dependencies change, and updated in place
/// for the milestones an edit touched otherwise, so neither a frame nor a
/// status key costs more than the rows and links involved.
struct Attention: Sendable {
    /// One link and why it is off track (nil: on track).
    struct Link: Sendable {
        var link: Roadmap.Link
        var offTrack: Roadmap.OffTrack?
    }

    /// Every link, in file order of the successors.
    private(set) var links: [Link]
    /// Slip against the current baseline, in constant time per milestone.
    private(set) var slipMeter: SlipMeter?
    /// Open milestones the review would visit, per lead (nil: lead not set).
    private(set) var byLead: [Lead?: Int]
    /// Whether any milestone names a lead: the list shows a lead column then.
    var anyLead: Bool { leadCount > 0 }

    /// The day the off-track and review rules were applied for.
    private var today: CalendarDay
    /// Kept from change to change: see ``IDIndex``.
    private var index: IDIndex
    /// The milestones' numbers, which index the arrays below.
    private var numbering: MilestoneNumbering
    /// The links into milestone `o` (it waits on them) are
    /// `links[incomingStart[o]..<incomingStart[o + 1]]`.
    private var incomingStart: [Int32]
    /// The links out of milestone `o` (they wait on it) are
    /// `outgoing[outgoingStart[o]..<outgoingStart[o + 1]]`, as indices into `links`.
    private var outgoingStart: [Int32]
    private var outgoing: [Int32]
    /// How many links into each milestone are off track.
    private var offTrackIncoming: [Int32]
    private var leadCount: Int

    /// Works it out for `roadmap`, reusing what `previous` (of an earlier
    /// version) found where it still holds: the id index, and the slip meter
    /// while the baselines are the same (saved baselines never change).
    init(_ roadmap: Roadmap, today: CalendarDay, previous: Attention? = nil) {
        self.today = today
        index = previous?.index ?? IDIndex()
        let baseline = roadmap.currentBaseline
        if let meter = previous?.slipMeter, let baseline, meter.baseline == baseline {
            slipMeter = meter
        } else {
            slipMeter = baseline.map(SlipMeter.init)
        }
        let numbering = MilestoneNumbering(roadmap), total = numbering.count
        self.numbering = numbering
        links = roadmap.links(index: &index).map { Link(link: $0, offTrack: roadmap.offTrack($0, today: today)) }

        // Links come in file order of their successors: count them per successor, then per predecessor.
        var incoming = [Int32](repeating: 0, count: total + 1), outgoingCount = [Int32](repeating: 0, count: total + 1)
        var offTrack = [Int32](repeating: 0, count: total)
        for link in links {
            let to = numbering.number(of: link.link.successor)!
            incoming[to + 1] += 1
            outgoingCount[numbering.number(of: link.link.predecessor)! + 1] += 1
            if link.offTrack != nil { offTrack[to] += 1 }
        }
        for o in 0..<total {
            incoming[o + 1] += incoming[o]
            outgoingCount[o + 1] += outgoingCount[o]
        }
        var next = outgoingCount, out = [Int32](repeating: 0, count: links.count)
        for (i, link) in links.enumerated() {
            let from = numbering.number(of: link.link.predecessor)!
            out[Int(next[from])] = Int32(i)
            next[from] += 1
        }
        incomingStart = incoming
        outgoingStart = outgoingCount
        outgoing = out
        offTrackIncoming = offTrack

        byLead = [:]
        leadCount = 0
        for (w, workstream) in roadmap.workstreams.enumerated() {
            // Read in place, not copied: this runs over every milestone.
            workstream.milestones.withUnsafeBufferPointer { milestones in
                for m in milestones.indices {
                    let lead = milestones[m].lead
                    if lead != nil { leadCount += 1 }
                    if Review.needsReview(status: milestones[m].status, due: milestones[m].due, waitsOnOffTrack: offTrack[numbering.number(of: Roadmap.Location(workstream: w, milestone: m))!] > 0, today: today) {
                        byLead[lead, default: 0] += 1
                    }
                }
            }
        }
    }

    /// Whether this milestone waits for one whose link to it is off track.
    func waitsOnOffTrack(_ location: Roadmap.Location) -> Bool {
        guard let o = numbering.number(of: location) else { return false }
        return offTrackIncoming[o] > 0
    }

    /// The links `location` waits on (it is their successor).
    func predecessors(of location: Roadmap.Location) -> [Link] {
        guard let o = numbering.number(of: location) else { return [] }
        return Array(links[Int(incomingStart[o])..<Int(incomingStart[o + 1])])
    }

    /// The links that wait on `location` (it is their predecessor).
    func successors(of location: Roadmap.Location) -> [Link] {
        guard let o = numbering.number(of: location) else { return [] }
        return outgoing[Int(outgoingStart[o])..<Int(outgoingStart[o + 1])].map { links[Int($0)] }
    }

    /// Brings this up to date after `changes` (each milestone's location and
    /// how it was before) made `roadmap` out of the version this was worked
    /// out for, in time proportional to the milestones and links touched.
    /// Returns false, changing nothing, when only a full ``init(_:today:previous:)``
    /// will do: a milestone was added, removed or moved, its id or
    /// dependencies changed, a milestone is named twice, the baselines or
    /// the day changed.
    mutating func update(after changes: [(location: Roadmap.Location, before: Milestone)], in roadmap: Roadmap, today: CalendarDay) -> Bool {
        guard today == self.today, numbering.fits(roadmap), slipMeter?.baseline == roadmap.currentBaseline else { return false }
        var before: [Int: Milestone] = [:]
        for change in changes {
            guard let o = numbering.number(of: change.location) else { return false }
            let now = roadmap[change.location]
            guard now.id == change.before.id, now.depends == change.before.depends, before[o] == nil else { return false }
            before[o] = change.before
        }

        // The milestones whose review standing may change: those changed, and those waiting on them.
        var touched = Set(before.keys)
        for o in before.keys {
            for i in outgoing[Int(outgoingStart[o])..<Int(outgoingStart[o + 1])] { touched.insert(successorOrdinal(Int(i))) }
        }
        func standing(_ o: Int, _ milestone: Milestone) -> (lead: Lead?, counts: Bool) {
            (milestone.lead, Review.needsReview(status: milestone.status, due: milestone.due, waitsOnOffTrack: offTrackIncoming[o] > 0, today: today))
        }
        for o in touched {
            let old = standing(o, before[o] ?? roadmap[numbering.location(of: o)])
            if old.counts { byLead[old.lead, default: 0] -= 1 }
        }
        // The links whose either end changed.
        var relinked = Set<Int>()
        for o in before.keys {
            relinked.formUnion(Int(incomingStart[o])..<Int(incomingStart[o + 1]))
            relinked.formUnion(outgoing[Int(outgoingStart[o])..<Int(outgoingStart[o + 1])].map { Int($0) })
        }
        for i in relinked {
            let was = links[i].offTrack != nil
            links[i].offTrack = roadmap.offTrack(links[i].link, today: today)
            let isNow = links[i].offTrack != nil
            if was != isNow { offTrackIncoming[successorOrdinal(i)] += isNow ? 1 : -1 }
        }
        for o in touched {
            let new = standing(o, roadmap[numbering.location(of: o)])
            if new.counts { byLead[new.lead, default: 0] += 1 }
        }
        byLead = byLead.filter { $0.value != 0 }
        for (o, old) in before {
            leadCount += (roadmap[numbering.location(of: o)].lead != nil ? 1 : 0) - (old.lead != nil ? 1 : 0)
        }
        return true
    }

    private func successorOrdinal(_ link: Int) -> Int { numbering.number(of: links[link].link.successor)! }
}
