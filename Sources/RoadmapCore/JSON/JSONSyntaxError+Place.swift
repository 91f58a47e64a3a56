extension JSONSyntaxError {
    /// The milestone (or workstream) of a roadmap file that a syntax error at
    /// `offset` is inside, as a problem's place is written (`milestone
    /// CE3000`, or `workstreams[2].milestones[2999]` before its id): nil
    /// when the error is outside both. Runs only on a refused file: one pass
    /// over the bytes before the error, which are valid JSON as far as they go.
    public static func enclosingPlace(before offset: Int, in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { text in
            var open = OpenContainers(text: text)
            let end = min(offset, text.count)
            var i = 0
            while i < end {
                if text[i] == UInt8(ascii: "\"") {
                    // A string is skipped whole; only its bounds are kept.
                    var j = i + 1
                    while j < end && text[j] != UInt8(ascii: "\"") { j += text[j] == UInt8(ascii: "\\") ? 2 : 1 }
                    open.string(i + 1..<min(j, end))
                    i = j + 1
                } else {
                    open.read(text[i])
                    i += 1
                }
            }
            return open.place
        }
    }
}

/// The objects and arrays open at a point of a JSON text, with what
/// ``JSONSyntaxError/enclosingPlace(before:in:)`` needs of each.
private struct OpenContainers {
    struct Container {
        var isObject: Bool
        /// The key whose value is being read (objects), as where its text is.
        var key: Range<Int> = 0..<0
        var expectingKey = true
        /// The element being read (arrays).
        var index = 0
        /// Where the `"id"` string read is (objects).
        var id: Range<Int>?
    }

    let text: UnsafeBufferPointer<UInt8>
    private var stack: [Container] = []

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    mutating func read(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "{"): stack.append(Container(isObject: true))
        case UInt8(ascii: "["): stack.append(Container(isObject: false))
        case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = stack.popLast()
        case UInt8(ascii: ":"): if !stack.isEmpty { stack[stack.count - 1].expectingKey = false }
        case UInt8(ascii: ","):
            guard !stack.isEmpty else { return }
            if stack[stack.count - 1].isObject { stack[stack.count - 1].expectingKey = true } else { stack[stack.count - 1].index += 1 }
        default: break
        }
    }

    /// A string whose text is at `range`: a key, or a value of the open object.
    mutating func string(_ range: Range<Int>) {
        guard !stack.isEmpty, stack[stack.count - 1].isObject else { return }
        if stack[stack.count - 1].expectingKey {
            stack[stack.count - 1].key = range
        } else if stack[stack.count - 1].id == nil && spells(stack[stack.count - 1].key, "id") {
            stack[stack.count - 1].id = range
        }
    }

    private func spells(_ range: Range<Int>, _ word: StaticString) -> Bool {
        UnsafeBufferPointer(rebasing: text[range]).elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// `milestone ID` / `workstream ID` (or the path) of the innermost of the two the point is in.
    var place: String? {
        func at(_ level: Int, key: StaticString) -> Bool {
            stack.count > level + 2 && stack[level].isObject && spells(stack[level].key, key) && !stack[level + 1].isObject && stack[level + 2].isObject
        }
        guard at(0, key: "workstreams") else { return nil }
        let w = stack[1].index
        if at(2, key: "milestones") {
            return named("milestone", stack[4].id) ?? "workstreams[\(w)].milestones[\(stack[3].index)]"
        }
        return named("workstream", stack[2].id) ?? "workstreams[\(w)]"
    }

    private func named(_ kind: String, _ id: Range<Int>?) -> String? {
        guard let id, RoadmapDecoder.isValidID(utf8: UnsafeBufferPointer(rebasing: text[id])) else { return nil }
        return "\(kind) \(String(decoding: UnsafeBufferPointer(rebasing: text[id]), as: UTF8.self))"
    }
}
