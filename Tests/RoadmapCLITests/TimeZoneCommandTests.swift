import Foundation
import RoadmapCore
import Testing

/// `roadmap time-zone` and the programme's clock in `roadmap snapshot`: the
/// zone the file names counts the days and weeks wherever the report is made.
@Suite("roadmap time-zone")
struct TimeZoneCommandTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = sandbox.file("roadmap.json")
        try Fixtures.write(Fixtures.bytes(SnapshotCommandTests.coreTests.appendingPathComponent("Fixtures/snapshot-roadmap.json")), to: file)
    }

    private func golden(_ name: String) throws -> String {
        String(decoding: try Fixtures.bytes(SnapshotCommandTests.coreTests.appendingPathComponent("Snapshots/\(name)")), as: UTF8.self)
    }

    /// try-24 finding 9: with no zone in the file, a machine in UTC was named GMT (Foundation's name on Linux).
    @Test("a file naming no zone, a machine in UTC: time-zone, the report and the log name the zone as $TZ spells it")
    func machineZoneAsTZSpellsIt() async throws {
        for tz in ["UTC", ":Etc/UTC"] {
            let name = tz.hasPrefix(":") ? String(tz.dropFirst()) : tz
            let environment = ["TZ": tz, "ROADMAP_NOW": "2026-11-26T03:00:00Z"]
            let shown = try await sandbox.roadmap("time-zone", "--file", file.path, environment: environment)
            #expect(shown.stdout == "none named (days are counted in the machine's zone, \(name))\n", "\(shown)")
            let report = try await sandbox.roadmap("snapshot", "--summary", "--file", file.path, environment: environment)
            #expect(report.exitCode == 0 && report.stdout.contains("(\(name))") && !report.stdout.contains("GMT"), "\(report.stdout)")
            let log = try await sandbox.roadmap("log", "--file", file.path, environment: environment)
            #expect(log.stdout.hasSuffix("times: \(name) (this machine's zone)\n") && !log.stdout.contains("GMT"), "\(log.stdout)")
        }
    }

    @Test("shows, sets and removes the zone; the file holds it")
    func setAndShow() async throws {
        let none = try await sandbox.roadmap("time-zone", "--file", file.path, environment: ["TZ": "Asia/Tokyo"])
        #expect(none.exitCode == 0 && none.stdout == "none named (days are counted in the machine's zone, Asia/Tokyo)\n", "\(none)")
        let set = try await sandbox.roadmap("time-zone", "Asia/Bangkok", "--file", file.path)
        #expect(set.exitCode == 0 && set.stdout == "time zone: none → Asia/Bangkok\n", "\(set)")
        let text = String(decoding: try Fixtures.bytes(file), as: UTF8.self)
        #expect(text.contains("\n  \"timeZone\": \"Asia/Bangkok\",\n"))
        let shown = try await sandbox.roadmap("time-zone", "--file", file.path)
        #expect(shown.stdout == "Asia/Bangkok\n")
        let removed = try await sandbox.roadmap("time-zone", "none", "--file", file.path)
        #expect(removed.stdout == "time zone: Asia/Bangkok → none\n", "\(removed)")
        let after = String(decoding: try Fixtures.bytes(file), as: UTF8.self)
        #expect(!after.contains("\"timeZone\":"), "no zone named")
        #expect(try Fixtures.load(file).zoneChanges.map(\.to) == ["Asia/Bangkok", nil], "both changes recorded")
    }

    @Test("setting the zone it already is: says so, exit 0, not a byte changed and nothing recorded (try-22b finding 9)")
    func alreadyThatZone() async throws {
        #expect(try await sandbox.roadmap("time-zone", "Asia/Tokyo", "--file", file.path).exitCode == 0)
        let before = try Fixtures.bytes(file)
        let again = try await sandbox.roadmap("time-zone", "Asia/Tokyo", "--reason", "again", "--file", file.path)
        #expect(again.exitCode == 0 && again.stdout == "time zone: already Asia/Tokyo\n" && again.stderr.isEmpty, "\(again)")
        #expect(try Fixtures.bytes(file) == before)
        #expect(try await sandbox.roadmap("time-zone", "none", "--file", file.path).exitCode == 0)
        let none = try await sandbox.roadmap("time-zone", "none", "--file", file.path)
        #expect(none.exitCode == 0 && none.stdout == "time zone: already none\n", "\(none)")
    }

    @Test("an unknown zone is refused (64) and the file is left as it was", arguments: ["Asia/Tokio", "", "../../etc/passwd"])
    func unknown(_ zone: String) async throws {
        let before = try Fixtures.bytes(file)
        let result = try await sandbox.roadmap("time-zone", zone, "--file", file.path)
        #expect(result.exitCode == 64 && result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains("is not a time zone; use an IANA name such as Asia/Bangkok or Asia/Tokyo, or none."), "\(result)")
        #expect(try Fixtures.bytes(file) == before)
    }

    @Test("a file naming an unknown zone does not load (65), the path and the zone named")
    func unknownInFile() async throws {
        var text = String(decoding: try Fixtures.bytes(file), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"schema\": 1,", with: "\"schema\": 2,\n  \"timeZone\": \"Asia/Tokio\",")
        try Fixtures.write(Array(text.utf8), to: file)
        for command in [["snapshot"], ["list"], ["validate"]] {
            let result = try await sandbox.roadmap(command + ["--file", file.path])
            #expect(result.exitCode == 65, "\(result)")
            #expect(result.stderr.contains("timeZone: \"Asia/Tokio\" is not a time zone"), "\(result)")
        }
    }

    @Test("with the file's zone, TZ=Asia/Tokyo and TZ=America/New_York print the same bytes, the golden file made in Bangkok; --tz overrides it")
    func snapshotUsesTheFilesZone() async throws {
        _ = try await sandbox.roadmap("time-zone", "Asia/Bangkok", "--file", file.path)
        var outputs: [ProcessOutput] = []
        for zone in ["Asia/Tokyo", "America/New_York"] {
            outputs.append(try await sandbox.roadmap(["snapshot", "--file", file.path, "--today", "2026-11-27"], environment: ["TZ": zone]))
        }
        #expect(outputs[0].exitCode == 0, "\(outputs[0])")
        #expect(outputs[0].stdoutBytes == outputs[1].stdoutBytes)
        #expect(outputs[0].stdout == (try golden("fixture-2026-W48-en.txt")), "\(outputs[0])")
        for format in ["json", "html", "markdown"] {
            let tokyo = try await sandbox.roadmap(["snapshot", "--file", file.path, "--today", "2026-11-27", "--format", format], environment: ["TZ": "Asia/Tokyo"])
            let newYork = try await sandbox.roadmap(["snapshot", "--file", file.path, "--today", "2026-11-27", "--format", format], environment: ["TZ": "America/New_York"])
            #expect(tokyo.exitCode == 0 && tokyo.stdoutBytes == newYork.stdoutBytes, "\(format)")
        }
        let tokyo = try await sandbox.roadmap(["snapshot", "--file", file.path, "--today", "2026-11-27", "--tz", "Asia/Tokyo"], environment: ["TZ": "Asia/Bangkok"])
        #expect(tokyo.stdout.contains("as of 2026-11-27 (Asia/Tokyo)") && tokyo.stdout != outputs[0].stdout, "\(tokyo)")
    }

    @Test("today is counted in the file's zone: machines 25 hours apart print the same report")
    func todayInTheFilesZone() async throws {
        _ = try await sandbox.roadmap("time-zone", "Asia/Bangkok", "--file", file.path)
        // Kiritimati is UTC+14 and Pago Pago UTC−11: their calendars never show the same day.
        let east = try await sandbox.roadmap(["snapshot", "--file", file.path, "--format", "json"], environment: ["TZ": "Pacific/Kiritimati"])
        let west = try await sandbox.roadmap(["snapshot", "--file", file.path, "--format", "json"], environment: ["TZ": "Pacific/Pago_Pago"])
        let bangkokToday = Timestamp.now().day(in: TimeZone(identifier: "Asia/Bangkok")!)
        #expect(east.exitCode == 0, "\(east)")
        // Both runs fall on one Bangkok day unless midnight in Bangkok came between them.
        guard Timestamp.now().day(in: TimeZone(identifier: "Asia/Bangkok")!) == bangkokToday else { return }
        #expect(east.stdout.contains("\"asOf\": \"\(bangkokToday)\""), "\(east.stdout.prefix(400))")
        #expect(east.stdoutBytes == west.stdoutBytes)
    }
}

extension TimeZoneCommandTests {
    @Test("another name of the zone it is (Etc/UTC for UTC): already that zone, said so, nothing recorded (try-23 7)")
    func alias() async throws {
        let set = try await sandbox.roadmap("time-zone", "UTC", "--file", file.path, environment: ["ROADMAP_NOW": "2026-12-08T01:30:00Z"])
        #expect(set.stdout == "time zone: none → UTC\n", "\(set)")
        let before = try Fixtures.bytes(file)
        for name in ["Etc/UTC", "Universal"] {
            let again = try await sandbox.roadmap("time-zone", name, "--file", file.path)
            #expect(again.exitCode == 0 && again.stdout == "time zone: already UTC (\(name) is the same zone)\n", "\(again)")
            #expect(try Fixtures.bytes(file) == before)
        }
        let other = try await sandbox.roadmap("time-zone", "GMT", "--file", file.path, environment: ["ROADMAP_NOW": "2026-12-09T01:30:00Z"])
        #expect(other.stdout == "time zone: UTC → GMT\n", "GMT is another zone of the database: \(other)")
        let shown = try await sandbox.roadmap("log", "--file", file.path, "--lang", "en")
        #expect(shown.stdout.contains("2026-12-08 01:30 UTC") && shown.stdout.hasSuffix("· times: GMT; UTC where labelled; rows newest first\n"), "\(shown)")
    }

    @Test("a file in UTC: log's times and the snapshot's header say UTC as typed, not GMT (try-23 6)")
    func utcAsTyped() async throws {
        _ = try await sandbox.roadmap("time-zone", "UTC", "--file", file.path, environment: ["ROADMAP_NOW": "2026-12-08T01:30:00Z"])
        let log = try await sandbox.roadmap("log", "--file", file.path, "--lang", "en")
        #expect(log.stdout.hasSuffix("· times: UTC\n") && !log.stdout.contains("GMT"), "\(log)")
        let snapshot = try await sandbox.roadmap("snapshot", "--file", file.path, "--lang", "en", "--summary", "--date", "2026-12-09",
                                                 environment: ["ROADMAP_NOW": "2026-12-11T01:30:00Z"])
        #expect(snapshot.stdout.contains("(UTC)") && !snapshot.stdout.contains("GMT"), "\(snapshot)")
        let tz = try await sandbox.roadmap("snapshot", "--file", file.path, "--lang", "en", "--summary", "--tz", "UTC",
                                           environment: ["ROADMAP_NOW": "2026-12-11T01:30:00Z"])
        #expect(tz.stdout.contains("(UTC)") && !tz.stdout.contains("GMT"), "\(tz)")
    }
}
