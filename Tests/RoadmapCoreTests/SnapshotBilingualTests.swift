import Foundation
import Testing
@testable import RoadmapCore

/// `--lang th,en`, `ja,en`, `th,ja`: titles in both languages, the
/// interface in the first, in every format.
@Suite("Snapshot: two languages")
struct SnapshotBilingualTests {
    let builtIn = WeeklySnapshot(roadmap: BuiltInRoadmap.load(), week: IsoWeek(year: 2026, week: 48)!,
                                 today: CalendarDay(iso: "2026-11-26")!, timeZone: SnapshotFixture.bangkok)
    let sc2 = LocalizedText(translations: [
        .init(language: "en", text: "Next-generation automotive and EV parts cooperation"),
        .init(language: "th", text: "ความร่วมมือยานยนต์สมัยใหม่และชิ้นส่วน EV"),
        .init(language: "ja", text: "次世代自動車・EV部品協力"),
    ])

    private func style(_ first: InterfaceLanguage, _ second: InterfaceLanguage?) -> SnapshotStyle {
        var style = SnapshotStyle(language: first, calendar: first == .th ? .buddhist : .gregorian, width: 200)
        style.secondLanguage = second
        return style
    }

    @Test("a title is the first language's, then the second's after a slash; one language alone when they are the same", arguments: [
        (InterfaceLanguage.th, InterfaceLanguage.en), (.ja, .en), (.th, .ja), (.en, .th),
    ])
    func titles(_ first: InterfaceLanguage, _ second: InterfaceLanguage) throws {
        let words = SnapshotWording(style: style(first, second))
        #expect(words.title(sc2) == sc2.text(in: first.rawValue) + " / " + sc2.text(in: second.rawValue))
        #expect(words.title(LocalizedText("Plain")) == "Plain")
        #expect(SnapshotWording(language: first, calendar: .gregorian, second: first).second == nil)
        let interface = SnapshotWording(language: first, calendar: .gregorian)
        for format in SnapshotFormat.allCases {
            let text = builtIn.render(format, style: style(first, second))
            let title = BuiltInRoadmap.load().title
            #expect(text.contains(String(title.text(in: first.rawValue).prefix(8))) && text.contains(String(title.text(in: second.rawValue).prefix(8))),
                    "\(format): the roadmap's title in both")
            if format != .json {
                #expect(text.contains(interface.say(.moved)), "\(format): the interface in \(first)")
                #expect(!text.contains(SnapshotWording(language: second, calendar: .gregorian).say(.moved)), "\(format): not in \(second)")
            }
            // Every workstream's title in both languages (Markdown escapes punctuation, so compare a word).
            for workstream in BuiltInRoadmap.load().workstreams {
                let other = workstream.title.text(in: second.rawValue)
                #expect(text.contains(String(other.prefix(6))), "\(format): \(other)")
            }
        }
    }

    @Test("the text form stays within its width in two languages, and JSON names both")
    func textAndJSON() {
        for (first, second) in [(InterfaceLanguage.th, InterfaceLanguage.en), (.ja, .en), (.th, .ja)] {
            var style = self.style(first, second)
            style.width = 80
            let text = builtIn.render(.text, style: style)
            #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
            #expect(text.contains("SC2"))
            let json = builtIn.render(.json, style: style)
            #expect(json.contains("\"language\": \"\(first.rawValue)\"") && json.contains("\"secondLanguage\": \"\(second.rawValue)\""))
        }
        #expect(builtIn.render(.json).contains("\"secondLanguage\": null"))
    }
}
