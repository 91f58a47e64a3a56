import Foundation
import RoadmapCore
import Testing

/// `roadmap list --lang`: headers in the language asked for (values: ``LocalizedCommandTests``).
@Suite("roadmap list --lang headers")
struct ListHeaderLanguageTests {
    let sandbox: RoadmapSandbox
    let file: URL

    init() throws {
        sandbox = try RoadmapSandbox()
        file = try Fixtures.builtInFile(at: sandbox.file("roadmap.json"))
    }

    @Test("th and ja headers come from the field names' table; English stays as scripts know it",
          arguments: [InterfaceLanguage.th, .ja, .en])
    func headers(language: InterfaceLanguage) async throws {
        let result = try await sandbox.roadmap("list", "--lang", language.rawValue, "--today", "2026-11-26", "--file", file.path)
        #expect(result.exitCode == 0, "\(result)")
        let header = try #require(result.stdout.split(separator: "\n").first.map(String.init))
        let words: [FieldWord] = [.id, .workstream, .status, .due, .slip, .lead, .owner, .title]
        let expected = words.map { $0.column(in: language) }
        // Each header in order, separated by spaces only.
        var rest = Substring(header)
        for word in expected {
            let range = try #require(rest.range(of: word), "\(word) in \(header)")
            #expect(rest[..<range.lowerBound].allSatisfy { $0 == " " }, "\(header)")
            rest = rest[range.upperBound...]
        }
        // English cells are the file's words and ISO dates, for scripts; Thai and Japanese ones are not.
        let fileWords = result.stdout.contains("in-progress") && result.stdout.contains("2027-06-30")
        #expect(fileWords == (language == .en), "\(result)")
    }
}
