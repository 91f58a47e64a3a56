import Foundation
import RoadmapCore
import RoadmapTestSupport
@testable import RoadmapUI
import Testing

/// The UI wraps and cuts text with the core's line breaker (the one the
/// printed snapshot uses): Thai between words, as an independent ICU
/// (PyICU) finds them, Japanese by kinsoku, never a lone leading vowel.
@Suite("UI: line breaks on screen")
struct LineBreakFrameTests {
    static let leadingVowels: Set<Character> = ["เ", "แ", "โ", "ใ", "ไ"]
    static let noStart: Set<Character> = ["ะ", "ๆ", "ー", "ッ", "ャ", "ュ", "ョ", "、", "。", "）", "」", "』"]

    /// Every body row (between the tabs and the status line) of every
    /// milestone's detail, in `language`, at `width` columns.
    static func detailRows(language: InterfaceLanguage, width: Int) -> [String] {
        var state = Fixture.state(width: width, height: 60, language: language)
        var rows: [String] = []
        for _ in 0..<state.roadmap.workstreams.count {
            for _ in 0..<state.rowCount {
                state.press(.enter)
                rows += state.render().lines.dropFirst(2).dropLast(2)
                state.press(.escape, .down)
            }
            state.press(.tab)
        }
        return rows
    }

    @Test("no detail row ends with a leading vowel or starts with ะ, ๆ, ー or closing punctuation", arguments: [
        (InterfaceLanguage.th, 60), (.th, 80), (.ja, 60), (.ja, 80), (.en, 60),
    ])
    func detailRowsBreakWell(language: InterfaceLanguage, width: Int) {
        let rows = Self.detailRows(language: language, width: width)
        #expect(rows.count > 100)
        for row in rows {
            let text = row.trimmingCharacters(in: .whitespaces)
            guard let first = text.first, let last = text.last else { continue }
            #expect(!Self.leadingVowels.contains(last), "ends with a leading vowel: \(row)")
            #expect(!Self.noStart.contains(first), "starts with \(first): \(row)")
            #expect(!zip(text, text.dropFirst()).contains { Self.leadingVowels.contains($0) && $1 == "…" }, "a leading vowel before …: \(row)")
        }
    }

    @Test("a Thai title cut with … on the list and the timeline ends where the word breaker allows")
    func thaiTitlesCutAtWords() throws {
        let roadmap = BuiltInRoadmap.load()
        let titles = roadmap.workstreams.flatMap { $0.milestones.map { $0.title.text(in: "th") } }
        guard let answers = try LineBreakOracle.offsets(titles, locale: LineBreaks.locale) else {
            if !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty { Issue.record("/usr/bin/python3 cannot import icu") }
            return
        }
        let allowed = Dictionary(zip(titles, answers), uniquingKeysWith: { a, _ in a })
        var cuts = 0
        for width in [60, 80, 100] {
            var state = Fixture.state(width: width, height: 40, language: .th)
            var frames: [[String]] = []
            for _ in 0..<roadmap.workstreams.count {
                frames.append(state.render().lines)
                state.press(.tab)
            }
            state.press(.character("t"))
            frames.append(state.render().lines)
            for line in frames.joined() {
                for title in titles {
                    // The part of the title shown before "…" on this row.
                    guard let end = line.firstIndex(of: "…") else { continue }
                    let shown = line[..<end]
                    guard let start = shown.range(of: String(title.prefix(4)))?.lowerBound else { continue }
                    let kept = String(shown[start...])
                    guard title.hasPrefix(kept), kept.count < title.count else { continue }
                    cuts += 1
                    #expect(!Self.leadingVowels.contains(kept.last!), "\(line)")
                    #expect(allowed[title]!.contains(kept.utf16.count) || allowed[title]!.contains(kept.utf16.count + 1),
                            "cut inside a word: \(kept)… of \(title) (breaks \(allowed[title]!))")
                }
            }
        }
        #expect(cuts > 20, "titles cut on screen: \(cuts)")
    }

    @Test("the detail's notes wrap as the core wraps them")
    func notesUseTheCoreWrap() throws {
        var state = Fixture.state(width: 60, height: 40, language: .th)
        state.press(.character("e"), .character("n"), .control("u"))
        let notes = "ศึกษาประสบการณ์ด้านกฎหมายและระบบรีไซเคิลของญี่ปุ่นเพื่อวางระบบจัดการซากรถยนต์และแบตเตอรี่"
        state.type(notes)
        state.press(.enter, .enter)
        let text = state.screenText
        let label = FieldWord.notes.label(in: .th)
        let labelWidth = ["สถานะ", "กำหนด", "เริ่ม", "ผู้รับผิดชอบ", "ฝ่ายนำ", "ล่าช้า", label].map(DisplayWidth.of).max()! + 2
        for line in DisplayWidth.wrap(notes, to: 58 - labelWidth) { #expect(text.contains(line), "\(line) in \(text)") }
        #expect(DisplayWidth.wrap(notes, to: 58 - labelWidth).count > 1)
    }
}
