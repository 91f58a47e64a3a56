import ArgumentParser
import RoadmapCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a roadmap file and report every problem in it (exit 65 when there is any).",
        discussion: "Dependencies that are off track are warnings on stderr (exit still 0), cross-workstream ones labelled."
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The file to check (default: the roadmap file).")
    var path: String?

    func run() throws {
        try reportingErrors {
            let store = try path.map { RoadmapStore(path: $0) } ?? global.context().store
            let roadmap = try store.load()
            let problems = roadmap.dateProblems
            guard problems.isEmpty else {
                // Read again only to name each problem's line and column.
                let found = SchemaProblems(problems: problems)
                throw RoadmapError.invalidRoadmap(path: store.path, (try? store.readBytes()).map(found.located(in:)) ?? found)
            }
            let today = CommandContext(store: store, today: try global.resolveToday(), todayPinned: global.todayPinned()).today(for: roadmap)
            for state in roadmap.offTrackLinks(today: today) {
                let (before, after) = (roadmap[state.link.predecessor].id, roadmap[state.link.successor].id)
                printError("warning: \(after) waits for \(before), which is \(state.offTrack!.explanation)"
                    + (state.link.crossesWorkstreams ? " (other workstream)" : "") + ".")
            }
            print("\(TerminalSafe.escape(store.path)): valid roadmap, schema \(roadmap.schema), \(roadmap.workstreams.count) workstreams, \(roadmap.milestoneCount) milestones")
        }
    }
}
