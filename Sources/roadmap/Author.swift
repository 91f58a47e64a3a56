import Foundation
import RoadmapCore

/// Who is making a change, recorded in its history entry: `--author`, else
/// `$ROADMAP_AUTHOR`, else git's `user.name` when the roadmap file is in a
/// git work tree, else the login name. Nil only when none of them is known.
enum Author {
    /// The author for a change to the roadmap at `roadmapPath`.
    static func resolve(option: String?, roadmapPath: String, environment: some EnvironmentVariables = ProcessEnvironment.variables) -> String? {
        for candidate in [option, environment["ROADMAP_AUTHOR"]] {
            if let name = cleaned(candidate) { return name }
        }
        if let name = cleaned(gitUserName(near: roadmapPath, environment: environment)) { return name }
        return cleaned(environment["LOGNAME"]) ?? cleaned(environment["USER"]) ?? getpwuid(geteuid()).flatMap { cleaned(String(cString: $0.pointee.pw_name)) }
    }

    /// A name on one line without surrounding spaces; nil when empty.
    static func cleaned(_ name: String?) -> String? {
        guard let name else { return nil }
        let line = name.split(whereSeparator: \.isNewline).first.map { $0.trimmingSpaces() } ?? ""
        return line.isEmpty ? nil : line
    }

    /// `git config user.name` run in the roadmap file's folder, when that folder
    /// is in a git work tree and git is installed; nil otherwise.
    private static func gitUserName(near roadmapPath: String, environment: some EnvironmentVariables) -> String? {
        let folder = (roadmapPath as NSString).deletingLastPathComponent
        guard mayBeInGitWorkTree(folder.isEmpty ? "." : folder, environment: environment) else { return nil }
        guard let executable = Git.find(environment: environment) else { return nil }
        let git = Git(executable: executable, folder: folder.isEmpty ? "." : folder)
        // Outside a work tree git still answers from the global config: only a work tree counts.
        guard git.succeeds(["rev-parse", "--is-inside-work-tree"]) else { return nil }
        let name = git.run(["config", "user.name"])
        return name.succeeded ? name.stdout : nil
    }

    /// False when git would certainly say `folder` is not in a work tree:
    /// neither it nor a folder above it (symlinks resolved, as git does)
    /// holds a `.git` (the folder, or the file of a linked work tree or a
    /// submodule), and neither `$GIT_DIR` nor `$GIT_WORK_TREE` points git
    /// elsewhere. Asking git takes two processes, 10 ms or more each, on
    /// every change, most of `roadmap set`'s time outside a repository.
    static func mayBeInGitWorkTree(_ folder: String, environment: some EnvironmentVariables) -> Bool {
        if environment["GIT_DIR"] != nil || environment["GIT_WORK_TREE"] != nil { return true }
        guard let resolved = realpath(folder, nil) else { return true }  // git will say what is wrong
        defer { free(resolved) }
        var path = String(cString: resolved)
        while true {
            var info = stat()
            if lstat(path == "/" ? "/.git" : path + "/.git", &info) == 0 { return true }
            guard path != "/", !path.isEmpty else { return false }
            path = (path as NSString).deletingLastPathComponent
        }
    }
}
