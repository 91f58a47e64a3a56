import Foundation
import RoadmapCore
import Testing

/// `roadmap export --format ics`, read back by an independent parser (Python's icalendar).
@Suite("roadmap export --format ics")
struct ExportCalendarTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        var roadmap = BuiltInRoadmap.load()
        // A milestone without a due date (not in the calendar) and one with every awkward character.
        roadmap.workstreams[0].milestones.append(Milestone(id: "SC8", title: LocalizedText("No date yet")))
        roadmap.workstreams[2].milestones.append(Milestone(
            id: "CE8",
            title: LocalizedText(translations: [
                .init(language: "en", text: "Semicolons; commas, and \\ backslashes"),
                .init(language: "th", text: "ทดสอบ; จุลภาค, และ\\ แบ็กสแลช พร้อมข้อความยาวมากเพื่อให้บรรทัดถูกพับหลายครั้งในไฟล์ปฏิทิน"),
            ]),
            status: .dropped, start: CalendarDay(iso: "2028-01-15"), due: CalendarDay(iso: "2028-02-29"), owner: "กรมโรงงาน, DIW", notes: "line one\nline two"))
        file = sandbox.file("roadmap.json")
        try Fixtures.write(roadmap, to: file)
    }

    /// What Python's icalendar makes of a calendar file.
    struct Parsed: Decodable {
        struct Event: Decodable {
            var uid, start, end, summary, description, status, stamp: String
            var categories: [String]
        }
        var calendar: [String: String]
        var events: [Event]
    }

    static let parser = """
        import json, sys
        from icalendar import Calendar
        cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
        out = {"calendar": {k: str(cal.get(k)) for k in ("VERSION", "PRODID", "CALSCALE")}, "events": []}
        for ev in cal.walk("VEVENT"):
            cats = ev.get("CATEGORIES")
            cats = cats if isinstance(cats, list) else [cats]
            out["events"].append({
                "uid": str(ev.get("UID")), "start": ev.decoded("DTSTART").isoformat(),
                "end": ev.decoded("DTEND").isoformat(), "summary": str(ev.get("SUMMARY")),
                "description": str(ev.get("DESCRIPTION")), "status": str(ev.get("STATUS")),
                "stamp": ev.decoded("DTSTAMP").isoformat(), "categories": [str(c) for cat in cats for c in cat.cats],
            })
        print(json.dumps(out))
        """

    func parse(_ ics: URL) async throws -> Parsed {
        let run = try await Subprocess.run(Command(
            executable: URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", "-c", Self.parser, ics.path],
            environment: sandbox.environment(), timeout: 60))
        try #require(run.exitCode == 0, "icalendar could not read the export: \(run)")
        return try JSONDecoder().decode(Parsed.self, from: Data(run.stdoutBytes))
    }

    @Test("every milestone with a due date is an event with a stable UID, its dates, category and Thai text intact",
          .enabled(if: ExternalTools.enabled(ExternalTools.icalendar), "python3 with icalendar is not installed (python3 -m pip install icalendar)"))
    func independentParserReadsEveryMilestone() async throws {
        let ics = sandbox.file("roadmap.ics")
        let run = try await sandbox.roadmap("export", "--format", "ics", "--lang", "th", "--output", ics.path, "--file", file.path,
                                            environment: ["ROADMAP_NOW": "2026-11-26T09:30:00Z"])
        #expect(run.exitCode == 0, "\(run)")
        let parsed = try await parse(ics)
        #expect(parsed.calendar == ["VERSION": "2.0", "PRODID": "-//roadmap//Thai-Japan EID roadmap tracker//EN", "CALSCALE": "GREGORIAN"])

        let roadmap = try Fixtures.load(file)
        let dated = roadmap.workstreams.flatMap { ws in ws.milestones.filter { $0.due != nil }.map { (ws, $0) } }
        #expect(parsed.events.count == dated.count)
        #expect(!parsed.events.contains { $0.uid.hasPrefix("sc8@") }, "a milestone without a due date has no event")
        let byUID = Dictionary(uniqueKeysWithValues: parsed.events.map { ($0.uid, $0) })
        for (workstream, milestone) in dated {
            let uid = "\(milestone.id.lowercased())@\(workstream.id).roadmap"
            let event = try #require(byUID[uid], "no event \(uid)")
            #expect(event.start == (milestone.start ?? milestone.due!).description, "a start date makes a bar from start to due")
            #expect(event.end == milestone.due!.adding(days: 1).description)
            #expect(event.categories == [workstream.id])
            #expect(event.summary == "\(milestone.id): \(milestone.title.text(in: "th"))", "Thai text intact after unfolding")
            #expect(event.description.contains("Status: \(milestone.status.rawValue)"))
            for translation in milestone.title.translations ?? [] {
                #expect(event.description.contains("\(translation.language): \(translation.text)"))
            }
            #expect(event.stamp == "2026-11-26T09:30:00+00:00")
        }
        let awkward = try #require(byUID["ce8@circular-economy.roadmap"])
        #expect(awkward.status == "CANCELLED")
        #expect(awkward.description.contains("Owner: กรมโรงงาน, DIW") && awkward.description.contains("Notes: line one\nline two"))
        #expect(byUID["sc1@supply-chain.roadmap"]?.status == "CONFIRMED")
        #expect(byUID["sc3@supply-chain.roadmap"]?.status == "TENTATIVE")
    }

    @Test("lines end in CRLF, fold at 75 octets without splitting UTF-8, and the same file gives the same bytes")
    func foldedAndReproducible() async throws {
        let first = try await sandbox.roadmap("export", "--format", "ics", "--file", file.path, "--today", "2026-11-26", "--lang", "th")
        let second = try await sandbox.roadmap("export", "--format", "ics", "--file", file.path, "--today", "2026-11-26", "--lang", "th")
        #expect(first.exitCode == 0, "\(first)")
        #expect(first.stdoutBytes == second.stdoutBytes)
        let text = first.stdoutBytes
        #expect(text.starts(with: Array("BEGIN:VCALENDAR\r\n".utf8)))
        #expect(text.suffix(15) == Array("END:VCALENDAR\r\n".utf8))
        var folded = 0
        for line in split(text) {
            #expect(line.count <= 75)
            #expect(String(validating: line, as: UTF8.self) != nil)
            #expect(!line.contains(0x0A) && !line.contains(0x0D))
            if line.first == 0x20 { folded += 1 }
        }
        #expect(folded > 10, "long Thai lines are folded")
        #expect(first.stdout.contains("DTSTAMP:20261126T000000Z"))
    }

    @Test("--workstream and --status pick the events; ids stay as they are across title changes")
    func filtersAndStableUIDs() async throws {
        let before = try await sandbox.roadmap("export", "--format", "ics", "--workstream", "circular-economy", "--status", "planned", "--file", file.path)
        #expect(before.exitCode == 0, "\(before)")
        let uids = before.stdout.split(separator: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(uids == ["UID:ce1@circular-economy.roadmap", "UID:ce4@circular-economy.roadmap", "UID:ce6@circular-economy.roadmap", "UID:ce7@circular-economy.roadmap"])
        _ = try await sandbox.roadmap("set", "CE1", "--title", "Renamed", "--file", file.path)
        let after = try await sandbox.roadmap("export", "--format", "ics", "--workstream", "circular-economy", "--status", "planned", "--file", file.path)
        #expect(after.stdout.split(separator: "\r\n").filter { $0.hasPrefix("UID:") } == uids)
        #expect(after.stdout.contains("SEQUENCE:1"), "a changed milestone's event is newer")
    }

    private func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = [], current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A {
                lines.append(current)
                current = []
                i += 2
            } else {
                current.append(bytes[i])
                i += 1
            }
        }
        return lines
    }
}
