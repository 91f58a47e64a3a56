import Foundation
import Testing
import RoadmapCore

/// The roadmap compiled into the binary must be the one in `seeds/`.
///
/// `ROADMAP_UPDATE_BUILTIN=1 swift test --filter BuiltInRoadmapTests` rewrites
/// `Sources/RoadmapCore/Model/BuiltInRoadmap.swift` from `seeds/eid-roadmap.json`
/// instead of comparing them.
@Suite("BuiltInRoadmap")
struct BuiltInRoadmapTests {
    static let updating = ProcessInfo.processInfo.environment["ROADMAP_UPDATE_BUILTIN"] == "1"

    static let literalOpening = "    public static let json: String = #\"\"\"\n"
    static let literalClosing = "\n\"\"\"#\n"

    /// The source file with its string literal's content replaced by `seed`.
    static func regeneratedSource(current: String, seed: String) throws -> String {
        let open = try #require(current.range(of: literalOpening), "the literal's opening line is missing")
        let close = try #require(
            current.range(of: literalClosing, range: open.upperBound..<current.endIndex),
            "the literal's closing line is missing"
        )
        // Between the quotes: the content, then an empty line (so the text ends with one newline).
        return String(current[..<open.upperBound]) + seed + String(current[close.lowerBound...])
    }

    @Test func embeddedCopyEqualsTheSeedFile() throws {
        let seedBytes = Array(try Data(contentsOf: RepoPaths.seedRoadmap))
        let seed = try #require(String(validating: seedBytes, as: UTF8.self))
        // What the raw multi-line literal can hold unchanged.
        try #require(seed.hasSuffix("}\n") && !seed.hasSuffix("\n\n"), "the seed must end with exactly one newline")
        try #require(!seed.contains("\r") && !seed.contains("\"\"\"#") && !seed.contains("\\#"))

        if Self.updating {
            let current = try String(contentsOf: RepoPaths.builtInSource, encoding: .utf8)
            let updated = try Self.regeneratedSource(current: current, seed: seed)
            if updated != current {
                try updated.write(to: RepoPaths.builtInSource, atomically: true, encoding: .utf8)
                print("BuiltInRoadmapTests: rewrote \(RepoPaths.builtInSource.path) from \(RepoPaths.seedRoadmap.path); rebuild to embed it.")
            } else {
                print("BuiltInRoadmapTests: \(RepoPaths.builtInSource.path) already matches the seed.")
            }
            #expect(try Self.regeneratedSource(current: updated, seed: seed) == updated)
            return
        }
        #expect(Array(BuiltInRoadmap.json.utf8) == seedBytes,
                "BuiltInRoadmap.json differs from seeds/eid-roadmap.json; run ROADMAP_UPDATE_BUILTIN=1 swift test --filter BuiltInRoadmapTests")
    }

    @Test func sourceFileMatchesTheGeneratedLayout() throws {
        // The source file, regenerated from the embedded text, is unchanged: so the
        // update command above reproduces the file's layout exactly.
        let current = try String(contentsOf: RepoPaths.builtInSource, encoding: .utf8)
        #expect(try Self.regeneratedSource(current: current, seed: BuiltInRoadmap.json) == current)
        #expect(current.hasPrefix("// Generated from seeds/eid-roadmap.json"))
        #expect(current.contains("ROADMAP_UPDATE_BUILTIN=1 swift test --filter BuiltInRoadmapTests"))
    }

    @Test func regenerationReplacesOnlyTheLiteral() throws {
        let source = "// header\npublic enum B {\n" + Self.literalOpening + "{\n  \"old\": 1\n}\n" + Self.literalClosing
            + "\n    public static func load() {}\n}\n"
        let updated = try Self.regeneratedSource(current: source, seed: "{\n  \"new\": 2\n}\n")
        #expect(updated == "// header\npublic enum B {\n" + Self.literalOpening + "{\n  \"new\": 2\n}\n" + Self.literalClosing
            + "\n    public static func load() {}\n}\n")
    }

    // MARK: Content

    static let roadmap = BuiltInRoadmap.load()

    @Test func hasTheThreeWorkstreams() {
        #expect(Self.roadmap.workstreams.map(\.id) == ["supply-chain", "smes-startups", "circular-economy"])
        #expect(Self.roadmap.milestoneCount >= 18)
        for workstream in Self.roadmap.workstreams {
            #expect(workstream.milestones.count >= 6, "\(workstream.id)")
        }
    }

    @Test func everyTitleHasEnglishThaiAndJapanese() {
        var titles: [(String, LocalizedText)] = [("roadmap", Self.roadmap.title)]
        for workstream in Self.roadmap.workstreams {
            titles.append((workstream.id, workstream.title))
            titles += workstream.milestones.map { ($0.id, $0.title) }
        }
        #expect(titles.count == 1 + 3 + Self.roadmap.milestoneCount)
        for (owner, title) in titles {
            let languages = Set(title.translations?.map(\.language) ?? [])
            #expect(languages.isSuperset(of: ["en", "th", "ja"]), "\(owner)")
            for translation in title.translations ?? [] {
                #expect(!translation.text.trimmingCharacters(in: .whitespaces).isEmpty, "\(owner) \(translation.language)")
            }
            // The Thai title is in Thai script, the Japanese one in Japanese script.
            #expect(title.text(in: "th").unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }, "\(owner)")
            #expect(title.text(in: "ja").unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }, "\(owner)")
        }
    }

    @Test func everyMilestoneNoteNamesItsPlaceInTheSeed() {
        for (_, milestone) in Self.roadmap.allMilestones {
            let notes = milestone.notes ?? ""
            #expect(notes.lowercased().contains("seed"), "\(milestone.id)")
        }
    }

    @Test func dueDatesAreSpreadOver2026To2028() {
        var years = Set<Int>()
        for (_, milestone) in Self.roadmap.allMilestones {
            guard let due = milestone.due else {
                Issue.record("\(milestone.id) has no due date")
                continue
            }
            #expect((2026...2028).contains(due.year), "\(milestone.id): \(due)")
            years.insert(due.year)
        }
        #expect(years == [2026, 2027, 2028])
    }

    @Test func roadmapNotesSayTheDatesAreIllustrative() throws {
        let notes = try #require(Self.roadmap.notes)
        #expect(notes.contains("illustrative"))
        #expect(notes.contains("seeds/000_3e544fa88a2ec39b.txt"))
    }

    @Test func idsAreUniqueAndValid() {
        let ids = Self.roadmap.allMilestones.map(\.milestone.id)
        #expect(Set(ids.map { $0.lowercased() }).count == ids.count)
        #expect(ids.allSatisfy(RoadmapDecoder.isValidID))
    }

    /// History only for the slips against the baseline, each with who and why.
    @Test func historyHoldsTheSlipsWithWhoAndWhy() {
        let withHistory = Self.roadmap.allMilestones.map(\.milestone).filter { !$0.history.isEmpty }
        #expect(withHistory.map(\.id) == ["SC7", "CE2", "CE3"])
        #expect(withHistory.allSatisfy { $0.history.allSatisfy { $0.by != nil && $0.reason != nil } })
        #expect(Self.roadmap.baselines.map(\.name) == ["Agreed at EID meeting 2025-12-09"])
    }
}
