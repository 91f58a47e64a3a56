import Foundation
import RoadmapCore
import Testing

/// The start and due dates that can be entered (``DateInput/supported``), and
/// what is derived from dates at the ends of years 1…9999.
@Suite struct DateRangeTests {
    let today = CalendarDay(iso: "9998-12-30")!
    let now = Timestamp(rfc3339: "2026-11-26T09:00:00Z")!

    @Test func typedDatesStayInTheSupportedRange() {
        #expect(DateInput.parse("1000-01-01", today: today)?.description == "1000-01-01")
        #expect(DateInput.parse("9998-12-31", today: today)?.description == "9998-12-31")
        #expect(DateInput.parse("tomorrow", today: today)?.description == "9998-12-31")
        for text in ["9999-12-31", "9999-01-01", "0999-12-31", "0001-01-01", "+2d", "+1w", "+1m"] {
            #expect(DateInput.parse(text, today: today) == nil, "\(text)")
        }
    }

    @Test func importedDatesOutsideTheRangeAreRefused() throws {
        let kiritimati = TimeZone(identifier: "Pacific/Kiritimati")!, bakerIsland = TimeZone(secondsFromGMT: -12 * 3600)!
        for (due, zone, shown) in [("99991231T235959Z", kiritimati, "10000-01-01"), ("00010101T000000Z", bakerIsland, "0000-12-31")] {
            let json = #"[{"uuid": "a", "description": "edge", "status": "pending", "project": "supply-chain", "due": "\#(due)"}]"#
            let source = try TaskwarriorImport.records(from: Array(json.utf8), path: "tw.json", now: now, day: { $0.day(in: zone) })
            #expect(source.records.first?.due?.description == shown)
            let error = #expect(throws: RoadmapError.self) {
                try ImportPlanner.plan(source, into: BuiltInRoadmap.load(), fallbackWorkstream: nil, at: now)
            }
            #expect(error?.description.contains("task \"edge\": due \(shown) outside the dates 1000-01-01 to 9998-12-31.") == true, "\(String(describing: error))")
            #expect(error?.exitCode == 65)
        }
    }

    @Test func theLastDayOfYear9999ExportsAValidCalendarEvent() throws {
        var roadmap = BuiltInRoadmap.load()
        let location = roadmap.locate("SC1")!
        roadmap[location].start = CalendarDay(iso: "9999-12-30")
        roadmap[location].due = CalendarDay(iso: "9999-12-31")
        let ics = ICalendarExport(roadmap: roadmap, language: "en", stamp: now).render()
        #expect(ics.contains("DTSTART;VALUE=DATE:99991230\r\nDURATION:P2D\r\n"))
        #expect(!ics.contains("10000"))
        #expect(ics.contains("DTEND;VALUE=DATE:"), "other events keep DTEND")
    }
}
