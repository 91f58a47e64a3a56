import Foundation
import RoadmapCore
import RoadmapTestSupport
import Testing

/// The property behind "nothing the program writes may fail to load": random
/// edits through every command that writes (add, set, remove, import from CSV
/// and from Taskwarrior, init, time-zone), with hostile values, each followed by a load.
/// A command that succeeds leaves a file that loads; one that fails leaves
/// the file byte for byte as it was.
@Suite("every file the program writes loads")
struct WrittenFilesLoadTests {
    let sandbox: RoadmapSandbox
    init() throws { sandbox = try RoadmapSandbox() }

    /// Steps per run (`$ROADMAP_PROPERTY_STEPS` for longer runs; `$ROADMAP_PROPERTY_SEED` for another seed).
    static let steps = ProcessInfo.processInfo.environment["ROADMAP_PROPERTY_STEPS"].flatMap(Int.init) ?? 120
    static let seed = ProcessInfo.processInfo.environment["ROADMAP_PROPERTY_SEED"].flatMap(UInt64.init) ?? 11

    /// Values that should be taken, then values at or past the rules' edges
    /// (``pick(_:_:)`` takes the first kind two times in three).
    static let texts = (["Plain title", "-dash title", "--owner", "ผู้ประกอบการ", "半導体サプライチェーン", "\"quoted\", with comma"],
                        ["", " ", "a\u{1B}[2Jb", "tab\there", "line\nbreak", "\u{202E}reversed", "zero\u{200B}width", String(repeating: "ก", count: 300)])
    static let ids = (["SC1", "sc2", "SME1", "CE3", "SC9223372036854775807", "CE" + String(repeating: "9", count: 30), String(repeating: "S", count: 32)],
                      ["SME99999999999999999999", "-x", "", "bad id", "é1", String(repeating: "A", count: 33)])
    static let languages = (["en", "th", "ja"], ["abcdefghijklmnopq", "title_1", "x-y", "", "1"])
    static let dates = (["2026-12-01", "+2w", "-3d", "none", "2027-06-30"], ["0001-01-01", "9999-12-31", "2026-02-30", "2570-06-30", "garbage"])
    static let statuses = (["planned", "in-progress", "at-risk", "blocked", "done", "dropped"], ["bogus", ""])
    static let workstreams = (["supply-chain", "smes-startups", "circular-economy"], ["nope"])
    static let zones = (["Asia/Tokyo", "Asia/Bangkok", "none", "UTC"], ["Asia/Tokio", "", "Mars/Base", "../../etc/passwd"])

    @Test("random add/set/remove/import/init/time-zone: each success loads, each failure changes nothing")
    func randomEditsThroughEveryCommand() async throws {
        var random = SplitMix64(seed: Self.seed)
        let file = sandbox.file("roadmap.json")
        #expect(try await sandbox.roadmap("init", file.path).exitCode == 0)
        var tally: [String: [Int32: Int]] = [:]
        for step in 0..<Self.steps {
            let (name, arguments, stdin) = Self.command(&random, step: step)
            let before = try Fixtures.bytes(file)
            let result = try await sandbox.roadmap(arguments + ["--file", file.path], stdin: stdin)
            let code = result.exitCode ?? -1
            tally[name, default: [:]][code, default: 0] += 1
            #expect(!result.signalled, "step \(step) crashed: \(result)")
            #expect([0, 64, 65, 73].contains(code), "step \(step): \(result)")
            if code == 0 {
                do {
                    _ = try Fixtures.load(file)
                } catch {
                    Issue.record("step \(step) (\(arguments)) wrote a file that does not load: \(error)")
                    return
                }
            } else {
                #expect(try Fixtures.bytes(file) == before, "step \(step) failed with \(code) and changed the file: \(result)")
            }
        }
        let validate = try await sandbox.roadmap("validate", "--file", file.path)
        #expect(validate.exitCode == 0, "\(validate)")
        // Each command path ran and succeeded at least once, so the property was not met vacuously.
        for name in ["add", "set", "remove", "import-csv", "import-taskwarrior", "time-zone"] {
            #expect(tally[name]?[0, default: 0] ?? 0 > 0, "\(name) never succeeded: \(tally)")
        }
    }

    private static func pick(_ values: ([String], [String]), _ random: inout SplitMix64) -> String {
        let pool = random.next() % 3 == 0 ? values.1 : values.0
        return pool[Int(random.next() % UInt64(pool.count))]
    }

    /// One random command: its kind, its arguments and its standard input.
    private static func command(_ random: inout SplitMix64, step: Int) -> (String, [String], [UInt8]?) {
        switch random.next() % 10 {
        case 0...2:
            var arguments = ["add", pick(workstreams, &random), pick(texts, &random)]
            if random.next() % 2 == 0 { arguments += ["--lang", pick(languages, &random)] }
            if random.next() % 2 == 0 { arguments += ["--due", pick(dates, &random)] }
            if random.next() % 3 == 0 { arguments += ["--owner", pick(texts, &random)] }
            return ("add", arguments, nil)
        case 3...5:
            var arguments = ["set", pick(ids, &random)]
            switch random.next() % 6 {
            case 0: arguments += ["--status", pick(statuses, &random)]
            case 1: arguments += ["--due", pick(dates, &random)]
            case 2: arguments += ["--start", pick(dates, &random)]
            case 3: arguments += ["--title", pick(texts, &random), "--lang", pick(languages, &random)]
            case 4: arguments += ["--owner", pick(texts, &random)]
            default: arguments += ["--notes", pick(texts, &random)]
            }
            return ("set", arguments, nil)
        case 6:
            // One step in three changes the zone instead: its history must load too.
            guard random.next() % 3 == 0 else { return ("remove", ["remove", pick(ids, &random)], nil) }
            return ("time-zone", ["time-zone", pick(zones, &random), "--reason", pick(texts, &random), "--author", pick(texts, &random)], nil)
        case 7, 8:
            let language = pick(languages, &random)
            let header = "id,workstream,status,due,title_\(language),owner"
            let row = [pick(ids, &random), pick(workstreams, &random), pick(statuses, &random), pick(dates, &random),
                       csvCell(pick(texts, &random)), csvCell(pick(texts, &random))].joined(separator: ",")
            return ("import-csv", ["import", "--from", "csv", "-"], Array("\(header)\n\(row)\n".utf8))
        default:
            let due = pick((["20261201T000000Z", "20270331T170000Z"], ["99991231T235959Z", "00010101T000000Z", "garbage"]), &random)
            let task = #"[{"uuid":"00000000-0000-4000-8000-\#(String(format: "%012d", step))","status":"pending","#
                + #""project":"\#(pick(workstreams, &random))","description":\#(jsonString(pick(texts, &random))),"due":"\#(due)"}]"#
            return ("import-taskwarrior", ["import", "--from", "taskwarrior", "-"], Array(task.utf8))
        }
    }

    private static func csvCell(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    private static func jsonString(_ text: String) -> String {
        String(decoding: JSONValue.string(text).serialized().utf8, as: UTF8.self)
    }
}
