import Foundation
import RoadmapCore
import Testing

/// What the store refuses rather than guess, each with its exit code and the
/// file left exactly as it was.
@Suite("store refusals")
struct StoreRefusalTests {
    let sandbox: RoadmapSandbox
    init() throws { sandbox = try RoadmapSandbox() }

    private func lstatMode(_ url: URL) -> mode_t? {
        var info = stat()
        return lstat(url.path, &info) == 0 ? info.st_mode : nil
    }

    @Test("a read-only file (0444) is refused with 73, also for root, and left as it was")
    func readOnlyFile() async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        #expect(chmod(file.path, 0o444) == 0)
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap("set", "SC1", "--notes", "changed", "--file", file.path)
        #expect(result.exitCode == 73, "\(result)")
        #expect(result.stderr.contains("read-only"), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
        #expect(try Fixtures.mode(file) == 0o444)
        #expect(Fixtures.temporaries(besides: file).isEmpty)
    }

    @Test("a refused read-only file gets no lock file either")
    func readOnlyFileGetsNoLock() async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("ro.json"))
        #expect(chmod(file.path, 0o444) == 0)
        #expect(try await sandbox.roadmap("set", "SC1", "--notes", "changed", "--file", file.path).exitCode == 73)
        #expect(!FileManager.default.fileExists(atPath: file.path + ".lock"))
    }

    @Test("a roadmap may not be made or kept under the name of another one's lock, journal or temporary file",
          arguments: ["roadmap.json.lock", ".roadmap.json.journal", ".roadmap.json.tmp-1-2"])
    func sidecarNamesAreNotRoadmaps(name: String) async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        #expect(try await sandbox.roadmap("set", "SC1", "--notes", "x", "--file", file.path).exitCode == 0)
        let before = try Fixtures.bytes(file)
        for arguments in [["init", sandbox.file(name).path], ["init", "--force", sandbox.file(name).path],
                          ["list", "--file", sandbox.file(name).path]] {
            let result = try await sandbox.roadmap(arguments)
            #expect(result.exitCode == 73 || result.exitCode == 66, "\(result)")
        }
        let set = try await sandbox.roadmap("set", "SC2", "--notes", "after", "--file", file.path)
        #expect(set.exitCode == 0, "\(set)")
        let roadmap = try Fixtures.load(file)
        #expect(roadmap[try #require(roadmap.locate("SC1"))].notes == "x", "the roadmap was not replaced")
        #expect(try Fixtures.bytes(file) != before)
    }

    @Test("--output naming the roadmap's journal or lock is refused even before they exist",
          arguments: [".roadmap.json.journal", "roadmap.json.lock"])
    func outputOverSidecarsThatDoNotExistYet(name: String) async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        for command in [["export", "--format", "csv"], ["snapshot"]] {
            let result = try await sandbox.roadmap(command + ["--output", sandbox.file(name).path, "--file", file.path])
            #expect(result.exitCode == 73, "\(result)")
            #expect(!FileManager.default.fileExists(atPath: sandbox.file(name).path))
        }
    }

    @Test("output that cannot be written (a full disk) is 74 with a message, never a silent 0",
          arguments: [["export", "--format", "csv"], ["list"], ["snapshot"], ["show", "SC1"], ["timeline"], ["validate"], ["--help"]])
    func fullStandardOutput(command: [String]) async throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else {
            Issue.record("no /dev/full on this machine")
            return
        }
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let quoted = command.map { "'\($0)'" }.joined(separator: " ")
        let result = try await sandbox.bash(#""$ROADMAP" \#(quoted) --file "$F" > /dev/full"#, environment: ["F": file.path])
        #expect(result.exitCode == 74, "\(result)")
        // validate warns of the built-in's off-track links first; the last line is the failed write.
        var lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.popLast() == "", "\(result)")
        #expect(lines.popLast() == "roadmap: could not write to standard output: No space left on device.", "\(result)")
        #expect(lines.allSatisfy { $0.hasPrefix("roadmap: warning: ") }, "\(result)")
    }

    @Test("a hard-linked file is refused with 73 rather than split from its other name")
    func hardLink() async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        #expect(link(file.path, sandbox.file("other-name.json").path) == 0)
        let result = try await sandbox.roadmap("set", "SC1", "--notes", "changed", "--file", file.path)
        #expect(result.exitCode == 73, "\(result)")
        #expect(result.stderr.contains("hard links"), "\(result)")
        #expect(try Fixtures.bytes(sandbox.file("other-name.json")) == Fixtures.builtInBytes)
        #expect(try Fixtures.bytes(file) == Fixtures.builtInBytes)
    }

    @Test("init through a dangling symlink creates the link's target and keeps the link")
    func initThroughDanglingSymlink() async throws {
        try sandbox.directory.makeDirectory("dotfiles")
        let link = sandbox.file("roadmap.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "dotfiles/roadmap.json")
        let result = try await sandbox.roadmap("init", link.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(lstatMode(link).map { $0 & S_IFMT } == S_IFLNK, "still a link")
        #expect(try Fixtures.bytes(sandbox.file("dotfiles/roadmap.json")) == Fixtures.builtInBytes)
        let set = try await sandbox.roadmap("set", "SC1", "--notes", "changed", "--file", link.path)
        #expect(set.exitCode == 0, "\(set)")
        #expect(lstatMode(link).map { $0 & S_IFMT } == S_IFLNK, "still a link after a save")
    }

    @Test("init into a missing folder names the folder (73), not the lock file")
    func initIntoMissingFolder() async throws {
        let result = try await sandbox.roadmap("init", sandbox.file("nodir/x.json").path)
        #expect(result.exitCode == 73, "\(result)")
        #expect(result.stderr.contains("the folder \(sandbox.file("nodir").path) does not exist"), "\(result)")
        #expect(!result.stderr.contains(".lock"), "\(result)")
    }

    @Test("a symlink planted as the lock file is refused and nothing is created at its target")
    func lockFileSymlink() async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let elsewhere = sandbox.file("planted-target")
        try FileManager.default.createSymbolicLink(atPath: file.path + ".lock", withDestinationPath: elsewhere.path)
        let result = try await sandbox.roadmap("set", "SC1", "--notes", "changed", "--file", file.path)
        #expect(result.exitCode == 73, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: elsewhere.path), "nothing created through the link")
        #expect(try Fixtures.bytes(file) == Fixtures.builtInBytes)
    }

    @Test("a folder or a device as the roadmap leaves no stray .lock next to it", arguments: ["folder", "/dev/null"])
    func notARegularFile(kind: String) async throws {
        let path = kind == "folder" ? try sandbox.directory.makeDirectory("a-folder").path : kind
        let result = try await sandbox.roadmap("set", "SC1", "--notes", "changed", "--file", path)
        #expect(result.exitCode != 0, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
        if kind == "/dev/null" { #expect(lstatMode(URL(fileURLWithPath: "/dev/null")).map { $0 & S_IFMT } == S_IFCHR) }
    }

    @Test("a file name of 250 bytes can be created, changed and saved (the sidecars get short names)")
    func longName() async throws {
        let name = String(repeating: "ร", count: 80) + "-roadmap.json"  // 3 bytes each
        #expect(name.utf8.count > 240 && name.utf8.count < 256)
        let path = sandbox.file(name).path
        #expect(try await sandbox.roadmap("init", path).exitCode == 0)
        let result = try await sandbox.roadmap("set", "SC1", "--notes", "changed", "--file", path)
        #expect(result.exitCode == 0, "\(result)")
        let saved = try Fixtures.load(URL(fileURLWithPath: path))
        #expect(saved[try #require(saved.locate("SC1"))].status == .done)
    }

    @Test("--output naming the roadmap file or its lock is refused with 73 and both are left alone",
          arguments: ["roadmap.json", "roadmap.json.lock", "link-to-roadmap.json"])
    func outputOverTheRoadmap(output: String) async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        #expect(try await sandbox.roadmap("set", "SC1", "--notes", "x", "--file", file.path).exitCode == 0)
        try FileManager.default.createSymbolicLink(atPath: sandbox.file("link-to-roadmap.json").path, withDestinationPath: "roadmap.json")
        let before = try Fixtures.bytes(file)
        for command in [["export", "--format", "csv"], ["snapshot"]] {
            let result = try await sandbox.roadmap(command + ["--output", sandbox.file(output).path, "--file", file.path])
            #expect(result.exitCode == 73, "\(result)")
            #expect(try Fixtures.bytes(file) == before)
        }
        #expect(try Fixtures.load(file).workstreams.count == 3)
    }

    @Test("--output /dev/null is written to and stays a device")
    func outputToDevice() async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        for command in [["export", "--format", "json"], ["snapshot"]] {
            let result = try await sandbox.roadmap(command + ["--output", "/dev/null", "--file", file.path])
            #expect(result.exitCode == 0, "\(result)")
        }
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR && info.st_mode & 0o777 == 0o666)
    }

    @Test("--output /dev/stdout writes to standard output, even when that is a file")
    func outputToStandardOutput() async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let result = try await sandbox.bash(#""$ROADMAP" export --format csv --output /dev/stdout --file "$F" > out.csv"#, environment: ["F": file.path])
        #expect(result.exitCode == 0, "\(result)")
        let written = try String(decoding: Fixtures.bytes(sandbox.file("out.csv")), as: UTF8.self)
        #expect(written.hasPrefix("id,"), "\(written.prefix(80))")
    }

    @Test("the temporary file of a save is created 0600 and given its final mode only after it is written (strace)",
          .enabled(if: CrashPointTests.straceWorks, "needs a working strace"))
    func temporaryFileIsPrivate() async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        #expect(chmod(file.path, 0o644) == 0)
        let trace = sandbox.file("trace").path
        let result = try await sandbox.bash(
            #"strace -f -qq -e trace=openat,fchmod,write,renameat,rename -o "$T" "$ROADMAP" set SC1 --notes secret --file "$F""#,
            environment: ["F": file.path, "T": trace])
        #expect(result.exitCode == 0, "\(result)")
        let lines = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n").map(String.init)
        let creation = try #require(lines.firstIndex { $0.contains(".roadmap.json.tmp-") && $0.contains("O_CREAT") }, "\(lines)")
        #expect(lines[creation].contains("0600"), "\(lines[creation])")
        let fd = try #require(lines[creation].split(separator: "=").last?.trimmingCharacters(in: .whitespaces))
        let chmodLine = try #require(lines.firstIndex { $0.contains("fchmod(\(fd),") }, "no fchmod of the temporary file")
        let lastWrite = try #require(lines.lastIndex { $0.contains("write(\(fd),") })
        #expect(lastWrite < chmodLine, "the mode is widened only after the content is written")
        #expect(try Fixtures.mode(file) == 0o644)
    }

    @Test("a user extended attribute survives a save")
    func attributesSurvive() async throws {
        let file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
        let python = #"import os,sys; os.setxattr(sys.argv[1], "user.roadmap-test", b"keep me")"#
        let set = try await sandbox.bash(#"python3 -c "$P" "$F""#, environment: ["F": file.path, "P": python])
        guard set.exitCode == 0 else {
            Issue.record("this file system takes no user attributes: \(set)")
            return
        }
        let result = try await sandbox.roadmap("set", "SC1", "--notes", "changed", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        let read = try await sandbox.bash(#"python3 -c 'import os,sys; print(os.getxattr(sys.argv[1], "user.roadmap-test").decode())' "$F""#,
                                          environment: ["F": file.path])
        #expect(read.stdout == "keep me\n", "\(read)")
    }
}
