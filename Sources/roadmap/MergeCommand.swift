import ArgumentParser
import Foundation
import RoadmapCore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two versions of a roadmap file with their common base, as a git merge driver.",
        discussion: """
            Set it up once per clone, and in .gitattributes:
              git config merge.roadmap.name "roadmap per-milestone merge"
              git config merge.roadmap.driver "roadmap merge %O %A %B %P"
              echo 'roadmap.json merge=roadmap' >> .gitattributes
            Changes to different milestones or fields merge cleanly (exit 0). When both sides changed the \
            same field of the same milestone, OURS keeps our value, a history entry records theirs, the \
            conflicts are listed on stderr and the exit is 1, so git marks the file conflicted. A version \
            that does not load leaves OURS untouched (exit 65).
            """
    ).leafOfRoadmap()

    @Argument(help: "The common ancestor (git's %O; may be empty).")
    var base: String

    @Argument(help: "Our version, overwritten with the result (git's %A).")
    var ours: String

    @Argument(help: "Their version (git's %B).")
    var theirs: String

    @Argument(help: "The file's name in the repository, for messages (git's %P).")
    var name: String?

    func run() throws {
        try reportingErrors {
            let baseStore = RoadmapStore(path: base)
            let baseRoadmap = try baseStore.readBytes().isEmpty ? nil : baseStore.load()
            let outcome = GitMergeDriver.merge(
                base: baseRoadmap, ours: try RoadmapStore(path: ours).load(), theirs: try RoadmapStore(path: theirs).load(),
                at: Timestamp.now(), by: Author.resolve(option: nil, roadmapPath: name ?? ours))
            try RoadmapStore(path: ours).write(outcome.merged)
            if !outcome.conflicts.isEmpty {
                StandardError.write("roadmap merge: " + GitMergeDriver.report(outcome.conflicts, fileName: name ?? ours))
                throw ExitCode(1)
            }
        }
    }
}
