import Foundation
import Testing
import RoadmapCore

/// Runs every file of Nicolas Seriot's JSONTestSuite (`test_parsing`) through
/// the store, on a copy in a temporary folder. The corpus lives outside the
/// repository (`<repo>/../shared/corpora/JSONTestSuite/test_parsing`); when it
/// is absent these tests are skipped (Swift Testing reports them as skipped),
/// never failed. Corpus files are never copied into the project.
@Suite("JSONTestSuite")
struct JSONTestSuiteTests {
    static let corpus = RepoPaths.jsonTestSuite
    static let corpusPresent = FileManager.default.fileExists(atPath: corpus.path)

    static func files(prefix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
    }

    enum Outcome {
        case loaded
        case syntax(JSONSyntaxError, description: String)
        case invalidRoadmap
        case other(RoadmapError)
    }

    /// Copies `name` into `folder`, loads the copy with RoadmapStore, checks it is
    /// unchanged afterwards, and removes it.
    static func load(_ name: String, in folder: TemporaryFolder, sourceLocation: SourceLocation = #_sourceLocation) throws -> Outcome {
        let original = Array(try Data(contentsOf: corpus.appendingPathComponent(name)))
        try folder.write(original, to: name)
        defer { unlink(folder.file(name)) }
        let store = RoadmapStore(path: folder.file(name), lockTimeout: 1)
        let outcome: Outcome
        do {
            _ = try store.load()
            outcome = .loaded
        } catch {
            switch error {
            case .syntax(_, let syntax): outcome = .syntax(syntax, description: error.description)
            case .invalidRoadmap: outcome = .invalidRoadmap
            default: outcome = .other(error)
            }
        }
        let after = try folder.read(name)
        if after != original { Issue.record("\(name) was changed by loading it", sourceLocation: sourceLocation) }
        return outcome
    }

    @Test(.enabled(if: corpusPresent, "JSONTestSuite corpus not found at ../shared/corpora/JSONTestSuite/test_parsing"))
    func corpusHasFiles() {
        #expect(Self.files(prefix: "n_").count > 100)
        #expect(Self.files(prefix: "y_").count > 50)
    }

    @Test(.enabled(if: corpusPresent, "JSONTestSuite corpus not found"))
    func invalidDocumentsAreRefusedAsSyntaxErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in Self.files(prefix: "n_") {
            switch try Self.load(name, in: folder) {
            case .syntax(let syntax, let description):
                #expect(!syntax.message.isEmpty, "\(name)")
                #expect(syntax.line >= 1 && syntax.column >= 1, "\(name)")
                #expect(description.contains(":\(syntax.line):\(syntax.column): not valid JSON: \(syntax.message)"), "\(name)")
                #expect(!description.unicodeScalars.contains { TerminalSafe.isUnsafe($0) && $0 != "\n" }, "\(name)")
            case .loaded: Issue.record("\(name) loaded as a roadmap")
            case .invalidRoadmap: Issue.record("\(name) parsed as JSON but must be refused")
            case .other(let error): Issue.record("\(name): unexpected \(error)")
            }
        }
    }

    @Test(.enabled(if: corpusPresent, "JSONTestSuite corpus not found"))
    func validDocumentsParseButAreNotRoadmaps() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in Self.files(prefix: "y_") {
            switch try Self.load(name, in: folder) {
            case .loaded, .invalidRoadmap: break
            case .syntax(let syntax, _): Issue.record("\(name) is valid JSON but was refused: \(syntax.message)")
            case .other(let error): Issue.record("\(name): unexpected \(error)")
            }
        }
    }

    @Test(.enabled(if: corpusPresent, "JSONTestSuite corpus not found"))
    func implementationDefinedDocumentsNeverCrash() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in Self.files(prefix: "i_") {
            switch try Self.load(name, in: folder) {
            case .loaded, .invalidRoadmap, .syntax: break
            case .other(let error): Issue.record("\(name): unexpected \(error)")
            }
        }
    }
}
