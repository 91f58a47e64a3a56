import Foundation
import RoadmapCore
import Testing

/// A roadmap in a setgid group folder written by two people, as the README
/// sets one up. The real binary runs as two real users (made when the tests
/// run as root; skipped, saying so, otherwise).
@Suite("a shared group folder", .serialized, .enabled(if: SharedFolder.usersCanBeMade, "needs root to create the test users"))
struct SharedFolderTests {
    let shared: SharedFolder
    init() throws { shared = try SharedFolder() }

    @Test("a member's save keeps the owner, group, mode and ACL; the owner can still write; the lock works for both")
    func memberSaveKeepsProtection() async throws {
        try await shared.asOwner("umask 022; roadmap init && chmod 664 roadmap.json && roadmap set SC1 --notes owner")
        try await shared.run("setfacl -m u:\(SharedFolder.reader):r roadmap.json")
        let before = try shared.protection()

        // The lock the owner made (umask 022, so not group-writable) is taken read-only by the member.
        try await shared.asMember("umask 022; roadmap set SC2 --status done --notes member")
        #expect(try shared.protection() == before, "owner, group, mode and ACL kept after the member's save")
        try await shared.asOwner("roadmap set SC3 --status at-risk")
        #expect(try shared.protection() == before)

        let roadmap = try Fixtures.load(shared.file)
        #expect(roadmap[try #require(roadmap.locate("SC1"))].notes == "owner")
        #expect(roadmap[try #require(roadmap.locate("SC2"))].status == .done)
        #expect(roadmap[try #require(roadmap.locate("SC3"))].status == .atRisk)

        // The ACL still makes the reader read-only: their save is refused, and they can read.
        let refused = try await shared.run(as: SharedFolder.reader, "roadmap set SC4 --status done", expecting: 73)
        #expect(refused.stderr.contains("read-only"), "\(refused)")
        try await shared.run(as: SharedFolder.reader, "roadmap show SC4 >/dev/null")
        #expect(try shared.protection() == before)
        #expect(try shared.folderEntries().filter { $0.contains(".tmp-") || $0.contains(".journal") }.isEmpty)
    }

    @Test("the owner's save (a rename) and root's keep the group, mode and ACL too")
    func ownerAndRootSavesKeepProtection() async throws {
        try await shared.asOwner("roadmap init && chmod 660 roadmap.json")
        try await shared.run("setfacl -m u:\(SharedFolder.reader):r roadmap.json")
        let before = try shared.protection()
        try await shared.asOwner("roadmap set SC1 --notes done")
        #expect(try shared.protection() == before)
        try await shared.run("roadmap set SC2 --status done")
        #expect(try shared.protection() == before)
    }

    @Test("a journal planted by a reader whom an ACL keeps read-only is never taken, even beside a torn file")
    func plantedJournal() async throws {
        try await shared.asOwner("roadmap init && chmod 664 roadmap.json")
        try await shared.run("setfacl -m u:\(SharedFolder.reader):r roadmap.json")
        // The reader makes a roadmap of their own and plants it as the journal.
        try await shared.run(as: SharedFolder.reader, """
            cp roadmap.json /tmp/rmtest-reader-$$.json && ROADMAP_FILE=/tmp/rmtest-reader-$$.json roadmap set SC1 --notes 'READER WROTE THIS' \
              && cp /tmp/rmtest-reader-$$.json .roadmap.json.journal; rm -f /tmp/rmtest-reader-$$.json
            """)
        try await shared.asMember("roadmap set SC2 --notes member")
        var roadmap = try Fixtures.load(shared.file)
        #expect(roadmap[try #require(roadmap.locate("SC1"))].notes != "READER WROTE THIS")
        #expect(!(try shared.folderEntries()).contains(".roadmap.json.journal"), "the member's save removed it")

        // Planted again, and the file torn (as by a crash): still not taken.
        try await shared.run(as: SharedFolder.reader, """
            cp roadmap.json /tmp/rmtest-reader-$$.json && ROADMAP_FILE=/tmp/rmtest-reader-$$.json roadmap set SC1 --notes 'READER WROTE THIS' \
              && cp /tmp/rmtest-reader-$$.json .roadmap.json.journal; rm -f /tmp/rmtest-reader-$$.json
            """)
        try await shared.run("truncate -s 100 roadmap.json")
        let torn = try await shared.asMember("roadmap list", expecting: 65)
        #expect(torn.stderr.contains("not valid JSON"), "\(torn)")
        try await shared.asOwner("roadmap set SC2 --notes owner", expecting: 65)
        #expect(try Fixtures.bytes(shared.file).count == 100, "left as it was")
        roadmap = try RoadmapStore.decode(Fixtures.bytes(shared.folder.appendingPathComponent(".roadmap.json.journal")), path: "journal")
        #expect(roadmap[try #require(roadmap.locate("SC1"))].notes == "READER WROTE THIS", "the planted journal is still only a file beside it")
    }

    @Test("a member's own journal beside a torn file is finished by the owner's next save")
    func membersJournalIsFinished() async throws {
        try await shared.asOwner("roadmap init && chmod 664 roadmap.json")
        // The member's save, killed after the journal was made and the file cut: made by hand here.
        try await shared.asMember("""
            cp roadmap.json /tmp/rmtest-member-$$.json && ROADMAP_FILE=/tmp/rmtest-member-$$.json roadmap set SC1 --notes 'member saved this' \
              && cp /tmp/rmtest-member-$$.json .roadmap.json.journal; rm -f /tmp/rmtest-member-$$.json; : > roadmap.json
            """)
        let read = try await shared.asOwner("roadmap show SC1")
        #expect(read.stdout.contains("member saved this"), "readers take the journal: \(read)")
        try await shared.asOwner("roadmap set SC2 --notes owner")
        let roadmap = try Fixtures.load(shared.file)
        #expect(roadmap[try #require(roadmap.locate("SC1"))].notes == "member saved this")
        #expect(roadmap[try #require(roadmap.locate("SC2"))].notes == "owner")
        #expect(!(try shared.folderEntries()).contains(".roadmap.json.journal"))
    }

    @Test("a read-only file (0444) is refused for the owner and the member alike")
    func readOnly() async throws {
        try await shared.asOwner("roadmap init && chmod 444 roadmap.json")
        let before = try Fixtures.bytes(shared.file)
        try await shared.asOwner("roadmap set SC1 --notes done", expecting: 73)
        try await shared.asMember("roadmap set SC1 --notes done", expecting: 73)
        #expect(try Fixtures.bytes(shared.file) == before)
    }

    @Test("no temporary file of a member's save is ever readable by someone who cannot read the roadmap")
    func temporariesArePrivate() async throws {
        try await shared.asOwner("roadmap init && chmod 660 roadmap.json && roadmap set SC1 --notes 'secret plan'")
        // An outsider (not in the group) tries to read every temporary file while 40 saves run.
        let watcher = try await shared.start(as: SharedFolder.outsider, """
            end=$((SECONDS + 60)); while [ $SECONDS -lt $end ] && [ ! -e stop ]; do
              for f in .roadmap.json.tmp-* .roadmap.json.journal; do
                [ -e "$f" ] && echo SEEN
                cat "$f" 2>/dev/null | grep -q secret && echo LEAK "$f"
              done
            done
            """)
        try await shared.asMember("for i in $(seq 40); do roadmap set SC2 --notes \"member $i\" || exit 1; done")
        try await shared.asOwner("for i in $(seq 40); do roadmap set SC3 --notes \"owner $i\" || exit 1; done")
        try await shared.run("touch stop && chmod 644 stop")
        let output = try await watcher.value
        #expect(!output.stdout.contains("LEAK"), "\(output)")
        #expect(output.stdout.contains("SEEN"), "the watcher saw temporary files while the saves ran")
    }

    @Test("a member swapping the path between symlinks while root runs `roadmap set` 200 times never gets another file written")
    func symlinkSwapRace() async throws {
        try await shared.asOwner("roadmap init && chmod 664 roadmap.json && cp roadmap.json real.json")
        // A root-only roadmap outside the folder, which the member points the path at.
        let secret = shared.sandbox.file("root-only/secret.json")
        try Fixtures.write(Fixtures.builtInBytes, to: secret)
        #expect(chmod(secret.path, 0o600) == 0)
        let secretBefore = try Fixtures.bytes(secret)
        let swapper = try await shared.start(as: SharedFolder.member, """
            end=$((SECONDS + 120)); while [ $SECONDS -lt $end ] && [ ! -e stop ]; do
              ln -sfn '\(secret.path)' link.tmp && mv -T link.tmp roadmap.json
              ln -sfn real.json link.tmp && mv -T link.tmp roadmap.json
              cp real.json copy.tmp 2>/dev/null && mv -T copy.tmp roadmap.json
            done
            """)
        var outcomes: [Int32: Int] = [:]
        for i in 0..<200 {
            let result = try await shared.run("roadmap set SC1 --notes 'root \(i)'", expecting: nil)
            outcomes[result.exitCode ?? -1, default: 0] += 1
        }
        try await shared.run("touch stop")
        _ = try await swapper.value
        #expect(try Fixtures.bytes(secret) == secretBefore, "the root-only file was never written")
        var info = stat()
        #expect(stat(secret.path, &info) == 0 && info.st_uid == 0 && info.st_mode & 0o777 == 0o600)
        #expect(Set(outcomes.keys).isSubset(of: [0, 66, 73]), "\(outcomes)")
        #expect(outcomes[73, default: 0] > 0, "some runs met the member's symlink and refused it: \(outcomes)")
    }

    @Test("the output of export is not written through another user's symlink in a sticky world-writable folder")
    func protectedSymlinkOutput() async throws {
        try await shared.asOwner("roadmap init")
        let sticky = try shared.sandbox.directory.makeDirectory("sticky")
        #expect(chmod(sticky.path, 0o1777) == 0)
        let victim = shared.sandbox.file("root-only/victim.txt")
        try Fixtures.write(Array("untouched".utf8), to: victim)
        try await shared.run(as: SharedFolder.member, "ln -s '\(victim.path)' '\(sticky.path)/report.txt'")
        let result = try await shared.run("roadmap export --format csv --output '\(sticky.path)/report.txt'", expecting: 73)
        #expect(result.stderr.contains("symbolic link"), "\(result)")
        #expect(try Fixtures.bytes(victim) == Array("untouched".utf8))
    }
}

/// A setgid group folder owned by one test user, with a second member, a
/// reader (in the group, but read-only through an ACL) and an outsider.
final class SharedFolder: Sendable {
    static let owner = "rmtest-owner", member = "rmtest-member", reader = "rmtest-reader", outsider = "rmtest-outsider"
    static let group = "rmtest-group"

    /// Whether the tests can make users: they run as root with the tools at hand.
    static let usersCanBeMade: Bool = geteuid() == 0 && ["/usr/sbin/useradd", "/usr/sbin/runuser", "/usr/bin/setfacl"]
        .allSatisfy { FileManager.default.isExecutableFile(atPath: $0) } && makeUsers()

    private static func makeUsers() -> Bool {
        let script = """
            getent group \(group) >/dev/null || groupadd \(group) || exit 1
            for u in \(owner) \(member) \(reader); do id $u >/dev/null 2>&1 || useradd -M -N -g \(group) -s /bin/sh $u || exit 1; done
            id \(outsider) >/dev/null 2>&1 || useradd -M -U -s /bin/sh \(outsider) || exit 1
            """
        return (try? Subprocess.runBlocking(Command(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script], timeout: 30)))?.exitCode == 0
    }

    let sandbox: RoadmapSandbox
    /// The group folder; the binary is copied into its `bin` so that every user can run it.
    let folder: URL
    var file: URL { folder.appendingPathComponent("roadmap.json") }

    init() throws {
        sandbox = try RoadmapSandbox()
        #expect(chmod(sandbox.directory.path, 0o755) == 0)
        let bin = try sandbox.directory.makeDirectory("bin")
        try FileManager.default.copyItem(at: try BuildProducts.roadmap(), to: bin.appendingPathComponent("roadmap"))
        folder = try sandbox.directory.makeDirectory("shared")
        let setup = try Subprocess.runBlocking(Command(
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", "chown \(Self.owner):\(Self.group) '\(folder.path)' && chmod 2775 '\(folder.path)' && chmod 755 '\(bin.path)'"],
            timeout: 30))
        try #require(setup.exitCode == 0, "\(setup)")
    }

    private func command(as user: String?, _ script: String) throws -> Command {
        // runuser gives the user their own $HOME: name the file and the binary in the script itself.
        let variables = "export ROADMAP_FILE='\(file.path)' ROADMAP_LOCK_TIMEOUT=20 PATH='\(sandbox.file("bin").path)':/usr/sbin:/usr/bin:/bin; "
        let environment = sandbox.environment()
        let shell = ["/bin/bash", "-c", variables + script]
        let arguments = user.map { ["-u", $0, "--"] + shell } ?? shell
        return Command(executable: URL(fileURLWithPath: user == nil ? "/usr/bin/env" : "/usr/sbin/runuser"),
                       arguments: user == nil ? arguments : arguments, environment: environment,
                       currentDirectory: folder, timeout: 240)
    }

    /// Runs a shell script in the folder as `user` (root when nil) and checks its exit code (any when `expecting` is nil).
    @discardableResult
    func run(as user: String? = nil, _ script: String, expecting: Int32? = 0,
             sourceLocation: SourceLocation = #_sourceLocation) async throws -> ProcessOutput {
        let result = try await Subprocess.run(command(as: user, script))
        if let expecting { #expect(result.exitCode == expecting, "\(result)", sourceLocation: sourceLocation) }
        return result
    }

    @discardableResult
    func asOwner(_ script: String, expecting: Int32? = 0, sourceLocation: SourceLocation = #_sourceLocation) async throws -> ProcessOutput {
        try await run(as: Self.owner, script, expecting: expecting, sourceLocation: sourceLocation)
    }

    @discardableResult
    func asMember(_ script: String, expecting: Int32? = 0, sourceLocation: SourceLocation = #_sourceLocation) async throws -> ProcessOutput {
        try await run(as: Self.member, script, expecting: expecting, sourceLocation: sourceLocation)
    }

    /// Starts a script as `user` and returns a task that ends with it.
    func start(as user: String, _ script: String) async throws -> Task<ProcessOutput, any Error> {
        let command = try command(as: user, script)
        return Task { try await Subprocess.run(command) }
    }

    /// The data file's owner, group, mode and ACL, as `stat` and `getfacl` tell them.
    func protection() throws -> String {
        let result = try Subprocess.runBlocking(Command(
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", "stat -c '%U %G %a %h' roadmap.json && getfacl -cp roadmap.json"], currentDirectory: folder, timeout: 30))
        return result.stdout
    }

    func folderEntries() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path) }
}
