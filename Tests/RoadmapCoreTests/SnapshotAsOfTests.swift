import Foundation
import RoadmapCore
import Testing

/// A past week prints the report it printed then: the roadmap is rebuilt
/// from its history at the end of the report's day.
@Suite("Snapshot: any week, as it was")
struct SnapshotAsOfTests {
    /// Four weeks of changes (2026-W45 to W48), each applied at its time
    /// (Bangkok is UTC+7): statuses out and back, due moves, a title and an
    /// owner changed, milestones added, a comment with a reason.
    static let edits: [(time: String, edit: @Sendable (inout Roadmap, Timestamp) throws -> Void)] = [
        ("2026-11-03T02:00:00Z", { r, t in try r.set("SC1", .status, "in-progress", t) }),
        ("2026-11-05T09:00:00Z", { r, t in try r.set("SC2", .due, "2027-01-15", t) }),
        ("2026-11-06T03:00:00Z", { r, t in r.addMilestone(to: 0, title: Fixture.trilingual("Pilot line", "สายการผลิตนำร่อง", "試験ライン"), due: CalendarDay(iso: "2026-12-04"), owner: "OIE", at: t) }),
        ("2026-11-10T02:00:00Z", { r, t in try r.set("SC1", .status, "at-risk", t, reason: "supplier late") }),
        ("2026-11-12T02:00:00Z", { r, t in try r.set("SC1", .status, "in-progress", t) }),
        ("2026-11-13T05:00:00Z", { r, t in try r.set("SC2", .title(language: "th"), "ห่วงโซ่อุปทานยานยนต์ไฟฟ้า", t) }),
        ("2026-11-17T01:00:00Z", { r, t in try r.set("SC2", .owner, "BOI", t) }),
        ("2026-11-18T04:00:00Z", { r, t in try r.set("SC2", .due, "2027-02-26", t, reason: "waiting for the incentive package") }),
        ("2026-11-19T04:00:00Z", { r, t in try r.set("SC3", .status, "blocked", t) }),
        ("2026-11-20T04:00:00Z", { r, t in r.addMilestone(to: 0, title: LocalizedText("Battery recycling study"), status: .inProgress, at: t) }),
        ("2026-11-22T16:30:00Z", { r, t in try r.set("SC1", .status, "done", t) }),  // Sunday 23:30 in Bangkok
        ("2026-11-24T02:00:00Z", { r, t in try r.set("SC3", .status, "in-progress", t) }),
        ("2026-11-25T02:00:00Z", { r, t in
            let at = r.locate("SC3")!
            try r[at].comment("customs cleared; back on plan", at: t, by: "somchai")
        }),
        ("2026-11-26T02:00:00Z", { r, t in try r.set("SC2", .due, "2027-01-29", t) }),
    ]

    static let zone = TimeZone(identifier: "Asia/Bangkok")!

    /// The roadmap the programme office held at `cutoff`: every edit made up to then, and no other.
    static func roadmap(upTo cutoff: Timestamp) throws -> Roadmap {
        var roadmap = SnapshotFixture.roadmap([
            SnapshotFixture.milestone("SC1", Fixture.trilingual("EV parts matching", "จับคู่ผู้ประกอบการชิ้นส่วนยานยนต์", "EV部品マッチング"), due: "2026-11-30"),
            SnapshotFixture.milestone("SC2", Fixture.trilingual("EV supply chain", "ห่วงโซ่อุปทาน EV", "EVサプライチェーン"), due: "2026-12-18"),
            SnapshotFixture.milestone("SC3", LocalizedText("Carbon accounting"), status: .inProgress, due: "2026-11-27"),
        ])
        for (time, edit) in edits {
            let at = Fixture.time(time)
            if at <= cutoff { try edit(&roadmap, at) }
        }
        return roadmap
    }

    static let weeks = (45...48).map { IsoWeek(year: 2026, week: $0)! }
    static let styles = [SnapshotStyle(), SnapshotStyle(language: .th, calendar: .buddhist), SnapshotStyle(language: .ja)]

    /// The end of `day` in Bangkok.
    static func endOf(_ day: CalendarDay) -> Timestamp {
        Timestamp(secondsSinceEpoch: Fixture.time("\(day.adding(days: 1))T00:00:00Z").secondsSinceEpoch - 7 * 3600 - 1)
    }

    @Test("each of four weeks printed later is byte for byte the report made on its Sunday, in every format and language")
    func pastWeeksPrintAsTheyWere() throws {
        let now = try Self.roadmap(upTo: Fixture.time("2027-03-01T00:00:00Z"))
        for week in Self.weeks {
            let then = try Self.roadmap(upTo: Self.endOf(week.sunday))
            let original = WeeklySnapshot(roadmap: then, week: week, today: week.sunday, timeZone: Self.zone)
            let reprinted = WeeklySnapshot(roadmap: now, week: week, today: Fixture.day("2027-03-01"), timeZone: Self.zone)
            #expect(reprinted == original, "\(week)")
            for style in Self.styles {
                for format in SnapshotFormat.allCases {
                    #expect(reprinted.render(format, style: style) == original.render(format, style: style), "\(week) \(format) \(style.language)")
                }
            }
        }
    }

    @Test("a report made on a weekday of each week is what the file says of that day later")
    func weekdaysPrintAsTheyWere() throws {
        let now = try Self.roadmap(upTo: Fixture.time("2027-03-01T00:00:00Z"))
        for week in Self.weeks {
            for offset in 0..<7 {
                let day = week.monday.adding(days: offset)
                let then = try Self.roadmap(upTo: Self.endOf(day))
                let original = WeeklySnapshot(roadmap: then, week: week, today: day, timeZone: Self.zone)
                let reprinted = WeeklySnapshot(roadmap: now, week: week, today: day, timeZone: Self.zone)
                // Before the first recorded change (3 November) the file then knew nothing else; printed
                // later, the history says it starts after that day, and the page says so instead.
                if day < Fixture.day("2026-11-03") {
                    #expect(reprinted.render(.text).contains("Not a record of this week: the file's history starts on 2026-11-03"), "\(day)")
                    continue
                }
                #expect(reprinted.render(.text) == original.render(.text), "\(day)")
                #expect(reprinted.render(.json) == original.render(.json), "\(day)")
            }
        }
    }

    @Test("the rebuilt roadmap leaves out later milestones and puts statuses, dates, titles and owners back")
    func rebuiltState() throws {
        let now = try Self.roadmap(upTo: Fixture.time("2027-03-01T00:00:00Z"))
        let w46 = now.asOf(endOf: Fixture.day("2026-11-15"), in: Self.zone)
        #expect(w46 == (try Self.roadmap(upTo: Self.endOf(Fixture.day("2026-11-15")))))
        let ids = w46.workstreams[0].milestones.map(\.id)
        #expect(ids == ["SC1", "SC2", "SC3", "SC4"], "SC5 is added in W47")
        let sc2 = w46[w46.locate("SC2")!]
        #expect(sc2.owner == "OIE" && sc2.due == Fixture.day("2027-01-15") && sc2.title.text(in: "th") == "ห่วงโซ่อุปทานยานยนต์ไฟฟ้า")
        let before = now.asOf(endOf: Fixture.day("2026-11-01"), in: Self.zone)
        #expect(before == SnapshotFixture.roadmap([
            SnapshotFixture.milestone("SC1", Fixture.trilingual("EV parts matching", "จับคู่ผู้ประกอบการชิ้นส่วนยานยนต์", "EV部品マッチング"), due: "2026-11-30"),
            SnapshotFixture.milestone("SC2", Fixture.trilingual("EV supply chain", "ห่วงโซ่อุปทาน EV", "EVサプライチェーン"), due: "2026-12-18"),
            SnapshotFixture.milestone("SC3", LocalizedText("Carbon accounting"), status: .inProgress, due: "2026-11-27"),
        ]))
        // Nothing after the day: the same roadmap, not a rebuilt copy.
        #expect(now.asOf(endOf: Fixture.day("2027-03-01"), in: Self.zone).isIdentical(to: now))
    }

    @Test("a title translation added later is taken away, and a change whose value does not parse is passed over")
    func oddHistory() throws {
        var m = SnapshotFixture.milestone("X", Fixture.trilingual("A", "ก", "あ"), history: [
            ("2026-11-24T01:00:00Z", "title.ja", nil, "あ"), ("2026-11-24T02:00:00Z", "status", "no-such-status", "planned"),
            ("2026-11-24T03:00:00Z", "colour", "red", "blue"),
        ])
        m.status = .planned
        let past = SnapshotFixture.roadmap([m]).asOf(endOf: Fixture.day("2026-11-20"), in: Self.zone)
        let x = try #require(past.workstreams[0].milestones.first)
        #expect(x.title.translations?.map(\.language) == ["en", "th"])
        #expect(x.status == .planned && x.history.isEmpty)
    }

    @Test("the first moment of a day: Bangkok, New York across daylight saving, and a midnight that does not exist (São Paulo 2018-11-04)")
    func startOfDay() throws {
        #expect(Timestamp.start(of: Fixture.day("2026-11-23"), in: Self.zone) == Fixture.time("2026-11-22T17:00:00Z"))
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(Timestamp.start(of: Fixture.day("2026-11-02"), in: newYork) == Fixture.time("2026-11-02T05:00:00Z"))  // EST
        #expect(Timestamp.start(of: Fixture.day("2026-11-01"), in: newYork) == Fixture.time("2026-11-01T04:00:00Z"))  // EDT
        let saoPaulo = try #require(TimeZone(identifier: "America/Sao_Paulo"))
        // Clocks went from 00:00 to 01:00: the day began at 01:00 local, 03:00 UTC.
        #expect(Timestamp.start(of: Fixture.day("2018-11-04"), in: saoPaulo) == Fixture.time("2018-11-04T03:00:00Z"))
        for zone in [Self.zone, newYork, saoPaulo, TimeZone(identifier: "Pacific/Kiritimati")!, TimeZone(identifier: "Pacific/Pago_Pago")!] {
            for day in [Fixture.day("2018-11-04"), Fixture.day("2026-03-08"), Fixture.day("2026-11-01"), Fixture.day("1969-12-31")] {
                let start = Timestamp.start(of: day, in: zone)
                #expect(start.day(in: zone) == day && Timestamp(secondsSinceEpoch: start.secondsSinceEpoch - 1).day(in: zone) < day, "\(zone.identifier) \(day)")
            }
        }
    }

    @Test("the zone given decides the day and week of a change; the report names it")
    func zoneDecidesTheWeek() throws {
        let now = try Self.roadmap(upTo: Fixture.time("2027-03-01T00:00:00Z"))
        // SC1's completion is on Sunday 22 Nov 23:30 in Bangkok, but Monday 23 Nov in Tokyo.
        let bangkok = WeeklySnapshot(roadmap: now, week: Self.weeks[2], today: Fixture.day("2027-03-01"), timeZone: Self.zone)
        let tokyo = WeeklySnapshot(roadmap: now, week: Self.weeks[2], today: Fixture.day("2027-03-01"), timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        #expect(bangkok.moves.map(\.milestone.id) == ["SC1", "SC2", "SC3", "SC5"])
        #expect(tokyo.moves.map(\.milestone.id) == ["SC2", "SC3", "SC5"])
        #expect(bangkok.moves.first?.isCompletion == true)
        let tokyoW48 = WeeklySnapshot(roadmap: now, week: Self.weeks[3], today: Fixture.day("2027-03-01"), timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        #expect(tokyoW48.moves.first { $0.milestone.id == "SC1" }?.isCompletion == true)
        #expect(bangkok.render(.text).contains("as of 2026-11-22 (Asia/Bangkok)"))
        #expect(bangkok.render(.json).contains(#""timeZone": "Asia/Bangkok""#))
        #expect(bangkok.render(.text, style: SnapshotStyle(language: .th, calendar: .buddhist)).contains("(เวลา Asia/Bangkok)"))
    }
}

extension Roadmap {
    fileprivate mutating func set(_ id: String, _ field: MilestoneField, _ value: String, _ time: Timestamp, reason: String? = nil) throws {
        let at = try #require(locate(id))
        try self[at].set(field, to: value, at: time, by: "tester", reason: reason)
    }
}
