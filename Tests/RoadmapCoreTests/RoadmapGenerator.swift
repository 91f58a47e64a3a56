import RoadmapCore

/// Seeded random roadmaps and random (but valid) spellings of JSON, for the
/// fast-decoder and hostile-input tests.
struct RoadmapGenerator {
    var rng: SplitMix64

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
    }

    private static let words = [
        "Supplier", "audit", "EV", "battery", "ยานยนต์ไฟฟ้า", "ห่วงโซ่อุปทาน", "มาตรฐาน", "พ.ศ. ๒๕๖๘",
        "サプライチェーン", "日タイ", "リサイクル", "実証", "a\"quote\"", "back\\slash", "tab\there",
        "line\nbreak", "crlf\r\n", "nul\u{0}byte", "bell\u{7}", "del\u{7F}", "c1\u{85}\u{9B}", "emoji🚗🔋",
        "bidi\u{202E}x", "slash/", "ZWJ👩‍🔧", "e\u{301}", "",
    ]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

    mutating func text() -> String {
        (0..<int(1...4)).map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " ")
    }

    mutating func optionalText() -> String? { chance(30) ? nil : text() }

    mutating func localized() -> LocalizedText {
        if chance(40) { return LocalizedText(text()) }
        let languages = ["en", "th", "ja", "zh-Hant", "en-GB"].shuffled(using: &rng)
        return LocalizedText(translations: languages.prefix(int(1...4)).map { .init(language: $0, text: text()) })
    }

    mutating func day() -> CalendarDay {
        CalendarDay(year: int(1...9999), month: int(1...12), day: int(1...28))!
    }

    mutating func time() -> Timestamp { Timestamp(secondsSinceEpoch: Int64(int(0...4_000_000_000))) }

    /// A milestone; `earlier` are the ids it may depend on (so that no cycle is made).
    mutating func milestone(id: String, earlier: [String] = []) -> Milestone {
        let history = (0..<int(0...4)).map { _ in
            HistoryEntry(
                at: time(),
                field: ["status", "start", "due", "title", "owner", "notes", "title.th", "lead", "depends", "comment"].randomElement(using: &rng)!,
                from: optionalText(), to: optionalText(), by: chance(50) ? nil : text(), reason: chance(70) ? nil : text())
        }
        let depends = chance(60) || earlier.isEmpty ? [] : Array(earlier.shuffled(using: &rng).prefix(int(1...3)))
        return Milestone(
            id: id, title: localized(), status: Status.allCases.randomElement(using: &rng)!,
            start: chance(60) ? nil : day(), due: chance(30) ? nil : day(), owner: optionalText(),
            lead: chance(50) ? nil : Lead.allCases.randomElement(using: &rng)!, notes: optionalText(), depends: depends, history: history)
    }

    /// A valid roadmap: ids are unique, dependencies point back (no cycles),
    /// some workstreams are empty, and some baselines are saved.
    mutating func roadmap() -> Roadmap {
        var next = 0
        var ids: [String] = []
        let workstreams = (0..<int(0...4)).map { w in
            Workstream(id: "ws-\(w)", title: localized(), milestones: (0..<int(0...6)).map { _ in
                next += 1
                let made = milestone(id: chance(50) ? "M\(next)" : "m_\(next).x-\(next)", earlier: ids)
                ids.append(made.id)
                return made
            })
        }
        let baselines = (0..<int(0...2)).map { b in
            Baseline(name: "baseline \(b) " + text(), at: time(), by: chance(50) ? nil : text(), notes: optionalText(),
                     milestones: ids.filter { _ in chance(80) }.map { Baseline.Entry(id: $0, start: chance(50) ? nil : day(), due: chance(20) ? nil : day()) })
        }
        let zones = ["Asia/Bangkok", "Asia/Tokyo", "UTC", "America/New_York"]
        var roadmap = Roadmap(title: localized(), notes: optionalText(), timeZone: chance(50) ? nil : zones[int(0...3)],
                              baselines: baselines, workstreams: workstreams)
        // A recorded history of the zone (schema 4) now and then, ending at the zone named.
        if chance(30) {
            let named = roadmap.timeZone
            roadmap.timeZone = nil
            for t in (0..<int(1...3)).map({ _ in time() }).sorted() {
                let zone: String? = chance(20) ? nil : zones[int(0...3)]
                roadmap.setTimeZone(zone, at: t, by: chance(50) ? nil : text(), reason: chance(50) ? nil : text())
            }
            roadmap.setTimeZone(named, at: time(), by: text())
        }
        return roadmap
    }

    // MARK: Spelling JSON

    /// `value` written as valid JSON in a random way: members in any order,
    /// whitespace of every kind anywhere, characters escaped at random, and
    /// sometimes a byte order mark.
    mutating func spell(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = chance(10) ? [0xEF, 0xBB, 0xBF] : []
        whitespace(into: &out)
        spell(value, into: &out)
        whitespace(into: &out)
        return out
    }

    private mutating func whitespace(into out: inout [UInt8]) {
        guard chance(50) else { return }
        for _ in 0..<int(1...3) { out.append([0x20, 0x09, 0x0A, 0x0D].randomElement(using: &rng)!) }
    }

    private mutating func spell(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .number(let text): out += Array(text.utf8)
        case .string(let text): spell(string: text, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            whitespace(into: &out)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")); whitespace(into: &out) }
                spell(item, into: &out)
                whitespace(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            whitespace(into: &out)
            for (i, member) in members.shuffled(using: &rng).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")); whitespace(into: &out) }
                spell(string: member.key, into: &out)
                whitespace(into: &out)
                out.append(UInt8(ascii: ":"))
                whitespace(into: &out)
                spell(member.value, into: &out)
                whitespace(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let shortEscapes: [UInt32: Character] = [
        0x22: "\"", 0x5C: "\\", 0x2F: "/", 0x08: "b", 0x0C: "f", 0x0A: "n", 0x0D: "r", 0x09: "t",
    ]

    private mutating func spell(string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in string.unicodeScalars {
            let v = scalar.value
            let mustEscape = v < 0x20 || v == 0x22 || v == 0x5C
            if let letter = Self.shortEscapes[v], mustEscape || chance(30) {
                out += Array("\\\(letter)".utf8)
            } else if mustEscape || chance(15) {
                let units = v > 0xFFFF ? [0xD800 + ((v - 0x10000) >> 10), 0xDC00 + ((v - 0x10000) & 0x3FF)] : [v]
                for unit in units {
                    let hex = String(unit, radix: 16, uppercase: chance(50))
                    out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                }
            } else {
                out += Array(String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// What the parser and decoder alone make of some bytes (problems located
/// in the bytes), as the store reported it before the fast path existed:
/// the reference for every error.
func referenceDecode(_ bytes: [UInt8], path: String = "test.json") -> Result<Roadmap, RoadmapError> {
    let json: JSONValue
    do {
        json = try JSONParser.parse(bytes)
    } catch {
        // As the store words it: with the milestone or workstream it is in.
        var error = error
        error.place = JSONSyntaxError.enclosingPlace(before: error.offset, in: bytes)
        return .failure(.syntax(path: path, error))
    }
    do {
        return .success(try RoadmapDecoder.decode(json))
    } catch {
        return .failure(.invalidRoadmap(path: path, error.located(in: bytes)))
    }
}
