import Foundation

/// An independent oracle for line breaks: Python's PyICU (Debian
/// python3-icu), run as a separate program. Core and UI tests check the
/// project's breaks against it.
public enum LineBreakOracle {
    /// The oracle's line-break offsets (UTF-16) for each text, or nil when
    /// /usr/bin/python3 cannot import icu.
    public static func offsets(_ texts: [String], locale: String) throws -> [[Int]]? {
        let script = """
            import icu, json, sys
            iterator = icu.BreakIterator.createLineInstance(icu.Locale("\(locale)"))
            result = []
            for text in json.load(sys.stdin):
                iterator.setText(icu.UnicodeString(text))
                result.append(list(iterator))
            json.dump(result, sys.stdout)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return nil }
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: JSONSerialization.data(withJSONObject: texts))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return try JSONSerialization.jsonObject(with: data) as? [[Int]]
    }

}
