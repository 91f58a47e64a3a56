import ArgumentParser
import Foundation
import RoadmapCore

/// `roadmap time-zone [ZONE]`: shows or sets the programme's time zone, the
/// file's `timeZone`, in which days, weeks and today are counted.
struct TimeZoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time-zone",
        abstract: "Show or set the programme's time zone (the one days and weeks are counted in).",
        discussion: """
            The zone is stored in the file, so every office counts the weekly snapshot's days and weeks \
            (and today) the same way and prints the same report: the built-in roadmap names Asia/Bangkok. \
            Without ZONE, prints it. `none` removes it (the machine's zone is used then). \
            Another name of the same zone (Etc/UTC for UTC) changes nothing. `snapshot --tz` overrides it for one report. A change is recorded in the file with when, who \
            (--author) and why (--reason), and `roadmap log` lists it; a past week is counted in the zone \
            in force then.
            """
    ).leafOfRoadmap()

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("An IANA time zone name, such as Asia/Bangkok or Asia/Tokyo, or none.", valueName: "zone"))
    var zone: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Why, in one line; recorded with the change.", valueName: "text"))
    var reason: String?

    func validate() throws {
        if let zone, zone.lowercased() != "none", TimeZone(identifier: zone) == nil {
            throw ValidationError("\"\(TerminalSafe.escape(zone))\" is not a time zone; use an IANA name such as Asia/Bangkok or Asia/Tokyo, or none.")
        }
    }

    func run() throws {
        try reportingErrors {
            let context = try global.context()
            guard let zone else {
                let roadmap = try context.store.load()
                print(roadmap.timeZone.map(TerminalSafe.escape) ?? "none named (days are counted in the machine's zone, \(TimeZone.current.spelledAsTZ))")
                return
            }
            let wanted = zone.lowercased() == "none" ? nil : zone
            let why = try SetCommand.oneLine(reason, option: "--reason")
            let author = global.author(for: context.store), time = Timestamp.now()
            let before = try context.store.modify { roadmap -> String? in
                let before = roadmap.timeZone
                // Another name of the same zone (Etc/UTC for UTC) is no change: nothing is recorded, the name is kept.
                if !ZoneAlias.same(before, wanted) { roadmap.setTimeZone(wanted, at: time, by: author, reason: why) }
                return before
            }
            let said = switch (before == wanted, ZoneAlias.same(before, wanted)) {
            case (true, _): "time zone: already \(wanted ?? "none")"
            case (false, true): "time zone: already \(before ?? "none") (\(wanted ?? "none") is the same zone)"
            case (false, false): "time zone: \(before ?? "none") → \(wanted ?? "none")"
            }
            print(TerminalSafe.escape(said))
        }
    }
}
