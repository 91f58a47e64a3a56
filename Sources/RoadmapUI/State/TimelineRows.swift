import RoadmapCore

/// The rows of the timeline screen: each workstream's heading, then those of
/// its milestones that pass the filter. Without a filter it is built from
/// the workstreams' sizes alone, so it costs nothing per milestone.
struct TimelineRows {
    enum Row: Equatable {
        case workstream(Int)
        case milestone(Roadmap.Location)
    }

    /// One workstream: its first row (the heading) and its milestones (indices; nil = all).
    private struct Section {
        var first: Int
        var milestones: [Int]?
        var count: Int
    }

    private var sections: [Section] = []
    /// All rows, headings included.
    private(set) var count = 0

    init(roadmap: Roadmap, filter: String, today: CalendarDay) {
        let query = filter.isEmpty ? nil : MilestoneQuery(text: filter)
        for workstream in roadmap.workstreams {
            let matching = query.map { query in workstream.milestones.indices.filter { query.matches(workstream.milestones[$0], today: today) } }
            let section = Section(first: count, milestones: matching, count: matching?.count ?? workstream.milestones.count)
            sections.append(section)
            count += 1 + section.count
        }
    }

    /// The row at an index in `0..<count`.
    func row(_ index: Int) -> Row {
        // The last section starting at or before the index.
        var low = 0, high = sections.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if sections[middle].first <= index { low = middle } else { high = middle - 1 }
        }
        let section = sections[low]
        let offset = index - section.first - 1
        guard offset >= 0 else { return .workstream(low) }
        return .milestone(Roadmap.Location(workstream: low, milestone: section.milestones?[offset] ?? offset))
    }

    /// The row of a milestone, nil when the filter hides it.
    func index(of location: Roadmap.Location) -> Int? {
        guard sections.indices.contains(location.workstream) else { return nil }
        let section = sections[location.workstream]
        if let milestones = section.milestones {
            return milestones.firstIndex(of: location.milestone).map { section.first + 1 + $0 }
        }
        return location.milestone < section.count ? section.first + 1 + location.milestone : nil
    }

    /// The heading row of a workstream.
    func heading(of workstream: Int) -> Int? {
        sections.indices.contains(workstream) ? sections[workstream].first : nil
    }

    /// The nearest milestone row after (`step` 1) or before (`step` -1) `index`.
    func milestone(from index: Int, step: Int) -> Roadmap.Location? {
        var i = index + step
        while i >= 0 && i < count {
            if case .milestone(let location) = row(i) { return location }
            i += step
        }
        return nil
    }
}
