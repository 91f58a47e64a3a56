import Testing
import RoadmapCore

/// JSON that commands print holds no scalar that could drive or hide in a
/// terminal: those are written as `\u` escapes, and the text reads back the same.
@Suite("JSON output")
struct JSONOutputTests {
    @Test("unsafe scalars are written as \\u escapes", arguments: [
        ("csi\u{9B}2J nel\u{85}", #""csi\u009b2J nel\u0085""#),
        ("esc\u{1B}[2J del\u{7F}", #""esc\u001b[2J del\u007f""#),
        ("rlo\u{202E}txt lri\u{2066}pdi\u{2069} lrm\u{200E}rlm\u{200F} alm\u{061C}", #""rlo\u202etxt lri\u2066pdi\u2069 lrm\u200erlm\u200f alm\u061c""#),
        ("zw\u{200B}wj\u{2060}bom\u{FEFF}", #""zw\u200bwj\u2060bom\ufeff""#),
        ("tag\u{E0041}", #""tag\udb40\udc41""#),
        ("ไทย 日本語 ① – → 😀 👨\u{200D}👩 ❤\u{FE0F} 葛\u{E0100}", "\"ไทย 日本語 ① – → 😀 👨\u{200D}👩 ❤\u{FE0F} 葛\u{E0100}\""),
    ])
    func escapesUnsafeScalars(_ text: String, _ json: String) throws {
        let serialized = JSONValue.string(text).serialized()
        #expect(serialized == json + "\n")
        #expect(try JSONParser.parse(Array(serialized.utf8)) == .string(text))
    }

    @Test func everyUnsafeScalarIsEscapedAndReadsBack() throws {
        var scalars: [Unicode.Scalar] = []
        for value in UInt32(0)...0xE0FFF {
            guard let scalar = Unicode.Scalar(value), TerminalSafe.isUnsafe(scalar) else { continue }
            scalars += [scalar, "a", "ก"]
        }
        let text = String(String.UnicodeScalarView(scalars))
        let serialized = JSONValue.array([.string(text)]).serialized()
        #expect(!serialized.unicodeScalars.contains { $0 != "\n" && TerminalSafe.isUnsafe($0) })
        #expect(try JSONParser.parse(Array(serialized.utf8)) == .array([.string(text)]))
    }

    @Test func aRoadmapFileWithUnsafeTextLoadsTheSame() throws {
        var roadmap = BuiltInRoadmap.load()
        let first = try #require(roadmap.locate("SC1"))
        roadmap[first].title = LocalizedText("bidi\u{202E}gpj.exe zw\u{200B} csi\u{9B}2J tag\u{E0041} 👨\u{200D}👩")
        roadmap[first].notes = "bom\u{FEFF}\nlri\u{2066}x\u{2069}"
        let bytes = RoadmapEncoder.encode(roadmap)
        #expect(!String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { $0 != "\n" && TerminalSafe.isUnsafe($0) })
        #expect(try RoadmapStore.decode(bytes, path: "test") == roadmap)
        #expect(RoadmapEncoder.encode(try RoadmapStore.decode(bytes, path: "test")) == bytes)
    }
}
