import Foundation
import Testing
import RoadmapCore

/// A seeded mutation fuzzer of valid roadmap files: byte flips, insertions,
/// deletions, truncations and splices of JSON tokens. Every mutant either
/// loads (and then re-encodes and reloads to the same roadmap) or is refused
/// with a clear error; a share goes through real files, which must never change.
///
/// `swift test` runs a quick version; for a long run set the number of cases
/// (and, to explore elsewhere, the seed):
/// `ROADMAP_FUZZ_CASES=1000000 ROADMAP_FUZZ_SEED=7 swift test --filter HostileInputFuzzTests`
@Suite("Hostile input: mutation fuzzer")
struct HostileInputFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["ROADMAP_FUZZ_CASES"].flatMap(Int.init) ?? 24_000
    static let seed = environment["ROADMAP_FUZZ_SEED"].flatMap(UInt64.init) ?? 2025_12_10
    static let shards = 4

    /// The files mutated: the built-in roadmap and generated ones with every
    /// kind of text, spelled with escapes, odd whitespace and a BOM here and there.
    static let mutators: [JSONMutator] = {
        var generator = RoadmapGenerator(seed: seed)
        let generated = (0..<3).map { _ in generator.spell(try! JSONParser.parse(RoadmapEncoder.encode(generator.roadmap()))) }
        return ([Array(BuiltInRoadmap.json.utf8)] + generated).map(JSONMutator.init)
    }()

    struct Tally {
        var loaded = 0, refused = 0, throughFiles = 0
    }

    @Test(arguments: 0..<shards)
    func mutantsLoadOrAreRefusedClearlyAndFilesStayUntouched(shard: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var rng = SplitMix64(seed: Self.seed &+ UInt64(shard))
        var tally = Tally()
        let count = Self.cases / Self.shards + (shard < Self.cases % Self.shards ? 1 : 0)
        for i in 0..<count {
            let bytes = Self.mutators[i % Self.mutators.count].mutate(using: &rng)
            let outcome = Self.checkInMemory(bytes, tally: &tally)
            if i % 12 == 0 { try Self.checkThroughAFile(bytes, expecting: outcome, in: folder, tally: &tally) }
        }
        print("fuzz shard \(shard): \(count) cases (seed \(Self.seed &+ UInt64(shard))): \(tally.loaded) loaded, "
            + "\(tally.refused) refused, \(tally.throughFiles) through files")
    }

    /// Decodes a mutant in memory; a roadmap must survive a round trip, an error must be clear.
    static func checkInMemory(_ bytes: [UInt8], tally: inout Tally) -> Result<Roadmap, RoadmapError> {
        let outcome = Result { () throws(RoadmapError) in try RoadmapStore.decode(bytes, path: "fuzz.json") }
        switch outcome {
        case .success(let roadmap):
            tally.loaded += 1
            let encoded = RoadmapEncoder.encode(roadmap)
            let again = Result { () throws(RoadmapError) in try RoadmapStore.decode(encoded, path: "again.json") }
            if (try? again.get()) != roadmap { Issue.record("a loaded mutant does not survive saving: \(bytes.utf8String)") }
        case .failure(let error):
            tally.refused += 1
            expectClear(error, bytes: bytes)
        }
        return outcome
    }

    static func expectClear(_ error: RoadmapError, bytes: [UInt8]) {
        let text = error.description
        switch error {
        case .syntax, .invalidRoadmap: break
        default: Issue.record("unexpected kind of error \(error) for \(bytes.utf8String)")
        }
        if text.isEmpty || text.count > 20_000 || text.unicodeScalars.contains(where: { TerminalSafe.isUnsafe($0) && $0 != "\n" }) {
            Issue.record("unclear error \(text.debugDescription) for \(bytes.utf8String.debugDescription)")
        }
    }

    /// Loads the mutant from a file (same outcome as in memory) and, when it
    /// is refused, tries to change it too; the file must keep its bytes.
    static func checkThroughAFile(
        _ bytes: [UInt8], expecting outcome: Result<Roadmap, RoadmapError>, in folder: TemporaryFolder, tally: inout Tally
    ) throws {
        try folder.write(bytes, to: "fuzz.json")
        let store = RoadmapStore(path: folder.file("fuzz.json"), lockTimeout: 1)
        let loaded = Result { () throws(RoadmapError) in try store.load() }
        switch (outcome, loaded) {
        case (.success(let expected), .success(let roadmap)):
            if roadmap != expected { Issue.record("loading from a file gave another roadmap: \(bytes.utf8String)") }
        case (.failure, .failure(let error)):
            let expected = Result { () throws(RoadmapError) in try RoadmapStore.decode(bytes, path: store.path) }
            if expected.failure != error { Issue.record("loading from a file gave another error: \(error)") }
            do {
                try store.modify { $0.notes = "changed" }
                Issue.record("a refused file was changed: \(bytes.utf8String)")
            } catch {}
        default:
            Issue.record("memory and file disagree: \(outcome) vs \(loaded)")
        }
        if try folder.read("fuzz.json") != bytes { Issue.record("the file was modified: \(bytes.utf8String)") }
        tally.throughFiles += 1
        unlink(folder.file("fuzz.json"))
        unlink(folder.file("fuzz.json.lock"))
    }
}
