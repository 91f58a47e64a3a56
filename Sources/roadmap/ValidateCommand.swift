import ArgumentParser
import RoadmapCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a roadmap file and report every problem in it (exit 65 when there is any)."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The file to check (default: the roadmap file).")
    var path: String?

    func run() throws {
        try reportingErrors {
            let store = try path.map { RoadmapStore(path: $0) } ?? global.context().store
            let roadmap = try store.load()
            let problems = roadmap.dateProblems
            guard problems.isEmpty else { throw RoadmapError.invalidRoadmap(path: store.path, SchemaProblems(problems: problems)) }
            print("\(TerminalSafe.escape(store.path)): valid roadmap, schema \(roadmap.schema), \(roadmap.workstreams.count) workstreams, \(roadmap.milestoneCount) milestones")
        }
    }
}
