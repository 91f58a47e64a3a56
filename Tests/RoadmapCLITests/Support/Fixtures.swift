import Foundation
import RoadmapCore

/// Roadmap files for tests, and ways to look at them.
enum Fixtures {
    /// The built-in EID roadmap's exact text.
    static var builtInBytes: [UInt8] { Array(BuiltInRoadmap.json.utf8) }

    /// Writes bytes to a file (creating its folder), replacing what was there.
    static func write(_ bytes: [UInt8], to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Writes a roadmap in the store's stable form.
    static func write(_ roadmap: Roadmap, to url: URL) throws {
        try write(RoadmapEncoder.encode(roadmap), to: url)
    }

    /// Writes the built-in roadmap to `url` and returns `url`.
    @discardableResult
    static func builtInFile(at url: URL) throws -> URL {
        try write(builtInBytes, to: url)
        return url
    }

    /// The file's bytes.
    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// Loads a roadmap file with the core's store.
    static func load(_ url: URL) throws -> Roadmap { try RoadmapStore(path: url.path).load() }

    /// The built-in roadmap with `count` extra milestones in the last
    /// workstream, so that loading and saving take long enough to be hit.
    static func builtInWithFillers(_ count: Int) -> Roadmap {
        var roadmap = BuiltInRoadmap.load()
        let last = roadmap.workstreams.count - 1
        for i in 0..<count {
            roadmap.workstreams[last].milestones.append(Milestone(
                id: "FILL\(i)",
                title: LocalizedText(translations: [
                    .init(language: "en", text: "Filler milestone \(i)"),
                    .init(language: "th", text: "กำหนดการ \(i)"),
                    .init(language: "ja", text: "予定 \(i)"),
                ]),
                status: .planned, due: CalendarDay(year: 2027, month: 1, day: 1 + i % 28),
                owner: "DIW", notes: "filler \(i)"
            ))
        }
        return roadmap
    }

    /// Temporary files a writer leaves next to `file` (`.<name>.tmp-…`).
    static func temporaries(besides file: URL) -> [String] {
        let folder = file.deletingLastPathComponent().path
        let prefix = ".\(file.lastPathComponent).tmp-"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(prefix) }
    }

    /// The file's permission bits.
    static func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// Byte-level checks of what a process printed.
enum TerminalBytes {
    /// Offsets and values of bytes that could drive a terminal: C0 controls
    /// except newline, DEL, and the UTF-8 encodings of C1 controls
    /// (U+0080–U+009F, `C2 80`–`C2 9F`).
    static func rawControls(in bytes: [UInt8]) -> [(offset: Int, byte: UInt8)] {
        var found: [(offset: Int, byte: UInt8)] = []
        for (i, b) in bytes.enumerated() {
            if (b < 0x20 && b != 0x0A) || b == 0x7F {
                found.append((i, b))
            } else if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                found.append((i + 1, bytes[i + 1]))
            }
        }
        return found
    }
}

/// A line diff by longest common subsequence, enough for files of a few thousand lines.
enum LineDiff {
    /// One run of changed lines: `old[oldRange]` was replaced by `new[newRange]`.
    struct Hunk: Equatable {
        var oldRange: Range<Int>
        var newRange: Range<Int>
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
    }

    static func hunks(old: [String], new: [String]) -> [Hunk] {
        // Trim the common head and tail, then run LCS on the middle.
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let a = Array(old[head..<(old.count - tail)]), b = Array(new[head..<(new.count - tail)])
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var hunks: [Hunk] = []
        var i = 0, j = 0
        var open: (Int, Int)?
        func close() {
            if let (oi, nj) = open { hunks.append(Hunk(oldRange: (head + oi)..<(head + i), newRange: (head + nj)..<(head + j))) }
            open = nil
        }
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                close()
                i += 1
                j += 1
            } else {
                if open == nil { open = (i, j) }
                if j < b.count && (i == a.count || table[i][j + 1] >= table[i + 1][j]) { j += 1 } else { i += 1 }
            }
        }
        close()
        return hunks
    }
}

/// Parsing the table `roadmap list` prints.
enum ListOutput {
    /// The milestone rows: every line after the header up to the summary
    /// line, without the indented lines under a milestone that needs
    /// attention (`⚠ late dependency: …`, `why: …`).
    static func rows(_ stdout: String) -> [String] {
        let lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 2 else { return [] }
        return Array(lines.dropFirst().prefix { !$0.isEmpty && !isSummaryLine($0) }).filter { !isAttentionLine($0) }
    }

    /// The closing line, in any of the three languages (`21 milestones … as of`, `21 หมุดหมาย … ณ`, `21 件…現在）`).
    static func isSummaryLine(_ line: String) -> Bool {
        line.contains(" as of ") || line.hasSuffix(" 現在）") || (line.wholeMatch(of: /\d+ หมุดหมาย.* ณ .*/) != nil)
    }

    /// An indented line under a milestone, in any of the three languages: an
    /// off-track link it waits on (`⚠ late dependency: …`, `⚠ รอผลจากงานที่ล่าช้า: …`), or the latest reason (`why: …`).
    static func isAttentionLine(_ line: String) -> Bool {
        let text = line.drop { $0 == " " }
        guard line.hasPrefix(" ") else { return false }
        return text.hasPrefix("⚠ ") || InterfaceLanguage.allCases.contains { text.hasPrefix(FieldWord.why.name(in: $0) + ": ") }
    }

    /// A row's space-separated words after the marks (`!` overdue, `⚠` a
    /// late dependency): id, workstream, status, due, then the other columns.
    static func words(_ row: String) -> [String] {
        let words = row.split(separator: " ").map(String.init)
        guard let first = words.first, first.allSatisfy({ $0 == "!" || $0 == "⚠" }) else { return words }
        return Array(words.dropFirst())
    }

    /// Whether a row carries the overdue mark `!`.
    static func isMarkedOverdue(_ row: String) -> Bool { row.hasPrefix("!") }

    /// The milestone ids of the rows (second column).
    static func ids(_ stdout: String) -> [String] {
        rows(stdout).compactMap { words($0).first }
    }
}
