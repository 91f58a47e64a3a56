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

    @Test("a file path may be any bytes: --file, --output and the paths of validate and init are not refused")
    func pathsMayBeAnyBytes() async throws {
        let run = try await sandbox.bash(#"""
            "$ROADMAP" init $'x\xb9.json' && "$ROADMAP" validate $'x\xb9.json' && "$ROADMAP" list --file $'x\xb9.json' >/dev/null \
              && "$ROADMAP" export --format csv --output=$'out\xb9.csv' --file roadmap.json
            """#)
        #expect(run.exitCode == 0, "\(run)")
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

    @Test("a title beginning with - without -- is a usage error (64), never help with exit 0")
    func strayDashTitleIsAUsageError() async throws {
        let before = try Fixtures.bytes(file)
        let run = try await sandbox.roadmap("add", "supply-chain", "-dash title", "--file", file.path)
        #expect(run.exitCode == 64, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\"-dash title\" is not an option") && run.stderr.contains(" -- "), "\(run.stderr)")
        #expect(try Fixtures.bytes(file) == before)
        // Asking for help still works.
        for help in ["-h", "--help", "-help"] {
            let asked = try await sandbox.roadmap("add", help)
            #expect(asked.exitCode == 0 && asked.stdout.contains("USAGE: roadmap add"), "\(help): \(asked)")
        }
    }
}
