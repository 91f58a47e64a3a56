import RoadmapCore

/// The dependency links with why each is off track, and the open milestones
/// needing attention per lead side: worked out once per change, like
/// ``WorkstreamTally``, so a frame costs only the rows it shows.
struct Attention: Sendable {
    /// One link and why it is off track (nil: on track).
    struct Link: Sendable {
        var link: Roadmap.Link
        var offTrack: Roadmap.OffTrack?
    }

    var links: [Link]
    /// Slip against the current baseline, in constant time per milestone.
    var slipMeter: SlipMeter?
    /// Kept from change to change: see ``IDIndex``.
    private var index: IDIndex
    /// Milestones that wait for one whose link to them is off track.
    var waitingOnOffTrack: Set<Roadmap.Location>
    /// Open milestones the review would visit, per lead (nil: lead not set).
    var byLead: [Lead?: Int]
    /// Whether any milestone names a lead: the list shows a lead column then.
    var anyLead: Bool

    /// Works it out for `roadmap`, reusing what `previous` (of an earlier
    /// version) found where it still holds: the id index, and the slip meter
    /// while the baselines are the same (saved baselines never change).
    init(_ roadmap: Roadmap, today: CalendarDay, previous: Attention? = nil) {
        index = previous?.index ?? IDIndex()
        let baseline = roadmap.currentBaseline
        if let meter = previous?.slipMeter, let baseline, meter.baseline == baseline {
            slipMeter = meter
        } else {
            slipMeter = baseline.map(SlipMeter.init)
        }
        links = roadmap.links(index: &index).map { Link(link: $0, offTrack: roadmap.offTrack($0, today: today)) }
        waitingOnOffTrack = Set(links.filter { $0.offTrack != nil }.map(\.link.successor))
        byLead = [:]
        anyLead = false
        for (w, workstream) in roadmap.workstreams.enumerated() {
            // Read in place, not copied: this runs over every milestone at each change.
            workstream.milestones.withUnsafeBufferPointer { milestones in
                for m in milestones.indices {
                    let lead = milestones[m].lead
                    if lead != nil { anyLead = true }
                    let location = Roadmap.Location(workstream: w, milestone: m)
                    let waits = !waitingOnOffTrack.isEmpty && waitingOnOffTrack.contains(location)
                    if Review.needsReview(status: milestones[m].status, due: milestones[m].due, waitsOnOffTrack: waits, today: today) {
                        byLead[lead, default: 0] += 1
                    }
                }
            }
        }
    }

    /// The links `location` waits on (it is their successor).
    func predecessors(of location: Roadmap.Location) -> [Link] { links.filter { $0.link.successor == location } }

    /// The links that wait on `location` (it is their predecessor).
    func successors(of location: Roadmap.Location) -> [Link] { links.filter { $0.link.predecessor == location } }
}
