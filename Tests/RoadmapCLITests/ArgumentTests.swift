import Foundation
import RoadmapCore
import Testing

/// What the command line itself may hold: UTF-8 text, values beginning with `-`.
@Suite("command-line arguments")
struct ArgumentTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    @Test("an argument that is not UTF-8 (a TIS-620 terminal) is refused with 65, the file untouched")
    func nonUTF8ArgumentsAreRefused() async throws {
        let before = try Fixtures.bytes(file)
        for arguments in [#"add supply-chain $'\xb9'"#, #"add supply-chain T --owner $'a\xb9'"#, #"set SC1 --notes $'\xb9'"#, #"list --owner $'\xb9'"#] {
            let run = try await sandbox.bash(#""$ROADMAP" "# + arguments + #" --file roadmap.json"#)
            #expect(run.exitCode == 65, "\(arguments): \(run)")
            #expect(run.stderr.hasPrefix("roadmap: argument ") && run.stderr.contains("is not UTF-8 text; set your terminal to UTF-8"), "\(run.stderr)")
        }
        let run = try await sandbox.bash(#""$ROADMAP" add supply-chain $'\xb9' --file roadmap.json"#)
        #expect(run.stderr == "roadmap: argument 3 is not UTF-8 text; set your terminal to UTF-8.\n")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("a file name that is not UTF-8 is refused (65) rather than another name opened or created",
          arguments: [#"init $'x\xb9.json'"#, #"validate $'x\xb9.json'"#, #"list --file $'x\xb9.json'"#,
                      #"export --format csv --output=$'out\xb9.csv' --file roadmap.json"#])
    func nonUTF8PathsAreRefused(arguments: String) async throws {
        let before = sandbox.directory.contents()
        let run = try await sandbox.bash(#""$ROADMAP" "# + arguments)
        #expect(run.exitCode == 65, "\(run)")
        #expect(run.stderr.contains("is a file name that is not UTF-8"), "\(run)")
        #expect(sandbox.directory.contents() == before, "nothing created under a replacement name")
    }

    @Test("a title beginning with - after --, and free-text options beginning with -, are stored")
    func dashValuesAreAccepted() async throws {
        let add = try await sandbox.roadmap("add", "supply-chain", "--owner", "-x", "--notes", "-heh", "--file", file.path, "--", "-dash title")
        #expect(add.exitCode == 0, "\(add)")
        let id = add.stdout.trimmingCharacters(in: .newlines)
        let set = try await sandbox.roadmap("set", id, "--title", "-help me", "--owner", "-h", "--file", file.path)
        #expect(set.exitCode == 0, "\(set)")
        let roadmap = try Fixtures.load(file)
        let added = roadmap[try #require(roadmap.locate(id))]
        #expect(added.title.text(in: "en") == "-help me" && added.owner == "-h" && added.notes == "-heh")
        #expect(added.history.map(\.field) == ["created", "title", "owner"], "\(added.history)")
    }

    @Test("a title beginning with - that cannot be an option (a space, Thai) is taken as the title without --",
          arguments: ["-dash title", "-ทดสอบ", "-テスト"])
    func dashTitleThatCannotBeAnOption(title: String) async throws {
        let add = try await sandbox.roadmap("add", "supply-chain", title, "--due", "2027-01-01", "--file", file.path)
        #expect(add.exitCode == 0, "\(add)")
        let roadmap = try Fixtures.load(file)
        let added = roadmap[try #require(roadmap.locate(add.stdout.trimmingCharacters(in: .newlines)))]
        #expect(added.title.allTexts == [title] && added.due?.description == "2027-01-01", "\(added)")
    }

    @Test("a title such as -dash, which could be options, is a usage error (64) naming --, never help with exit 0")
    func strayDashTitleIsAUsageError() async throws {
        let before = try Fixtures.bytes(file)
        let run = try await sandbox.roadmap("add", "supply-chain", "-dash", "--file", file.path)
        #expect(run.exitCode == 64, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\"-dash\" is not an option") && run.stderr.contains(" -- "), "\(run.stderr)")
        #expect(try Fixtures.bytes(file) == before)
        // Asking for help still works.
        for help in ["-h", "--help", "-help"] {
            let asked = try await sandbox.roadmap("add", help)
            #expect(asked.exitCode == 0 && asked.stdout.contains("USAGE: roadmap add"), "\(help): \(asked)")
        }
    }

    @Test("--width of timeline and snapshot is bounded: a usage error (64) beyond 40...1000, never a trap or gigabytes",
          arguments: ["timeline", "snapshot"])
    func widthIsBounded(command: String) async throws {
        for width in ["39", "1001", "2147483648", "\(Int.max)", "-1"] {
            let run = try await sandbox.roadmap(command, "--width=\(width)", "--file", file.path)
            #expect(run.exitCode == 64, "\(command) --width \(width): \(run.exitCode) \(run.stderr)")
            #expect(run.stderr.contains("--width must be from 40 to 1000"), "\(run.stderr)")
        }
        let widest = try await sandbox.roadmap(command, "--width", "1000", "--file", file.path)
        #expect(widest.exitCode == 0, "\(widest)")
    }

    @Test("$ROADMAP_LOCK_TIMEOUT that is not seconds from 0 to 3600 is ignored with a warning: the default 5 s wait",
          arguments: ["nan", "-1", "inf", "3601", "soon"])
    func badLockTimeoutIsIgnored(value: String) async throws {
        let result: ProcessOutput
        do {
            let lock = try FileLock.acquire(for: RoadmapStore(path: file.path).resolvedPath, timeout: 5)
            defer { withExtendedLifetime(lock) {} }
            result = try await sandbox.roadmap("set", "SC3", "--status", "done", "--file", file.path, environment: ["ROADMAP_LOCK_TIMEOUT": value], timeout: 20)
        }
        #expect(result.exitCode == 75, "\(result)")
        #expect(result.seconds >= 4.5 && result.seconds < 15, "the default wait: \(result.seconds) s")
        #expect(result.stderr.hasPrefix("roadmap: ignoring $ROADMAP_LOCK_TIMEOUT \"\(value)\": it must be seconds from 0 to 3600"), "\(result.stderr)")
    }

    @Test("$ROADMAP_TODAY that is not a date is named as such, not as --today")
    func badTodayFromEnvironment() async throws {
        let run = try await sandbox.roadmap("list", "--file", file.path, environment: ["ROADMAP_TODAY": "garbage"])
        #expect(run.exitCode == 64, "\(run)")
        #expect(run.stderr.contains("$ROADMAP_TODAY \"garbage\" is not a date"), "\(run.stderr)")
        let option = try await sandbox.roadmap("list", "--today", "garbage", "--file", file.path, environment: ["ROADMAP_TODAY": "2026-01-01"])
        #expect(option.stderr.contains("--today \"garbage\" is not a date"), "\(option.stderr)")
    }
}
