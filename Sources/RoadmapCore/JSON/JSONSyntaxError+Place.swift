extension JSONSyntaxError {
    /// The milestone (or workstream) of a roadmap file that a syntax error at
    /// `offset` is inside, as a problem's place is written (`milestone
    /// CE3000`, or `workstreams[2].milestones[2999]` before its id): nil
    /// when the error is outside both. Runs only on a refused file: one pass
    /// over the bytes before the error, which are valid JSON as far as they go.
    public static func enclosingPlace(before offset: Int, in bytes: [UInt8]) -> String? {
        var walk = OpenContainers()
        for b in bytes[..<min(offset, bytes.count)] { walk.read(b) }
        return walk.place
    }
}

/// The objects and arrays open at a point of a JSON text, with what
/// ``JSONSyntaxError/enclosingPlace(before:in:)`` needs of each.
private struct OpenContainers {
    struct Container {
        var isObject: Bool
        /// The key whose value is being read (objects).
        var key: [UInt8] = []
        var expectingKey = true
        /// The element being read (arrays).
        var index = 0
        /// The `"id"` string read (objects).
        var id: [UInt8]?
    }

    private var stack: [Container] = []
    private var string: [UInt8]?
    private var escaped = false

    mutating func read(_ b: UInt8) {
        if string != nil {
            if escaped {
                escaped = false
                string!.append(b)
            } else if b == UInt8(ascii: "\\") {
                escaped = true
            } else if b == UInt8(ascii: "\"") {
                ended(string!)
                string = nil
            } else {
                string!.append(b)
            }
            return
        }
        switch b {
        case UInt8(ascii: "\""): string = []
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

    private mutating func ended(_ text: [UInt8]) {
        guard !stack.isEmpty, stack[stack.count - 1].isObject else { return }
        if stack[stack.count - 1].expectingKey {
            stack[stack.count - 1].key = text
        } else if stack[stack.count - 1].key == Array("id".utf8) && stack[stack.count - 1].id == nil {
            stack[stack.count - 1].id = text
        }
    }

    /// `milestone ID` / `workstream ID` (or the path) of the innermost of the two the point is in.
    var place: String? {
        func at(_ level: Int, key: String) -> Bool {
            stack.count > level + 1 && stack[level].isObject && stack[level].key == Array(key.utf8) && !stack[level + 1].isObject
                && stack.count > level + 2 && stack[level + 2].isObject
        }
        guard at(0, key: "workstreams") else { return nil }
        let w = stack[1].index
        if at(2, key: "milestones") {
            let path = "workstreams[\(w)].milestones[\(stack[3].index)]"
            return Self.named("milestone", stack[4].id) ?? path
        }
        return Self.named("workstream", stack[2].id) ?? "workstreams[\(w)]"
    }

    private static func named(_ kind: String, _ id: [UInt8]?) -> String? {
        guard let id, RoadmapDecoder.isValidID(utf8: id) else { return nil }
        return "\(kind) \(String(decoding: id, as: UTF8.self))"
    }
}
