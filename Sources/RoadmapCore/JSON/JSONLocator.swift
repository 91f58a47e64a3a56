/// Finds where JSON paths (`workstreams[1].milestones[2499].status`) are in
/// a document's bytes, for error messages that name a line and column.
///
/// It runs only when a file is refused, after the parser has accepted the
/// bytes: one pass over the document, stepping into just the objects and
/// arrays on a requested path and skipping the rest byte by byte. Where a
/// key is given more than once, a path goes on through the first, as the
/// decoder reads it; a request can also ask for a key's later occurrence.
/// Bytes that are not JSON after all end the walk with what was found.
struct JSONLocator {
    /// One step of a path: an object's key or an array's index.
    enum Component: Hashable {
        case key(String)
        case index(Int)
    }

    /// What was found for one requested path.
    struct Found {
        /// Where the path's value (or the requested key) starts; where its
        /// deepest existing ancestor starts when the path is not in the
        /// document (a missing key).
        var offset: Int
        /// The first `"id"` string of each object on the path, by the number
        /// of components leading to it (2 for `workstreams[1]`).
        var ids: [Int: String]
    }

    /// A path as ``FileProblem`` writes it, as components: keys joined by
    /// `.`, indexes in brackets; empty for the whole document.
    static func components(_ path: String) -> [Component] {
        var result: [Component] = []
        var key = ""
        var index: Int?
        for c in path {
            if let i = index {
                if c == "]" {
                    result.append(.index(i))
                    index = nil
                } else {
                    index = i * 10 + (c.wholeNumberValue ?? 0)
                }
            } else if c == "." || c == "[" {
                if !key.isEmpty { result.append(.key(key)) }
                key = ""
                if c == "[" { index = 0 }
            } else {
                key.append(c)
            }
        }
        if !key.isEmpty { result.append(.key(key)) }
        return result
    }

    /// What to find: the value at `path`, or with `key`, that occurrence
    /// (from 1) of a key in the object at `path` (a key given twice, or one
    /// the object may not have), found at its opening quote.
    struct Request {
        var path: [Component]
        var key: (name: String, occurrence: Int)?
    }

    /// Locates each request.
    static func locate(_ requests: [Request], in bytes: [UInt8]) -> [Found] {
        let root = Node()
        for request in requests {
            var node = root
            for component in request.path {
                node = node.child(component)
            }
            if let key = request.key { node.keysWanted.insert(key.name) }
        }
        var walker = Walker(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { walker.i = 3 }
        try? walker.value(root)
        return requests.map { request in
            var node = root, offset = root.offset ?? 0, ids: [Int: String] = [:]
            for (depth, component) in request.path.enumerated() {
                if let id = node.id { ids[depth] = id }
                // A missing key: the object it is missing from is the place.
                guard let next = node.children[component], let start = next.offset else { return Found(offset: offset, ids: ids) }
                node = next
                offset = start
            }
            if let id = node.id { ids[request.path.count] = id }
            if let key = request.key, let offsets = node.keyOffsets[key.name], offsets.count >= key.occurrence {
                offset = offsets[key.occurrence - 1]
            }
            return Found(offset: offset, ids: ids)
        }
    }

    /// A step of the requested paths, and what the walk saw there.
    private final class Node {
        var children: [Component: Node] = [:]
        /// Keys whose every occurrence is wanted (``Request/key``).
        var keysWanted: Set<String> = []
        var offset: Int?
        var id: String?
        var keyOffsets: [String: [Int]] = [:]

        func child(_ component: Component) -> Node {
            if let node = children[component] { return node }
            let node = Node()
            children[component] = node
            return node
        }
    }

    private struct NotJSON: Error {}

    /// The walk itself: `value(node)` reads the value at `i`, recording it
    /// when `node` is a requested step, and leaves `i` after it.
    private struct Walker {
        let bytes: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func value(_ node: Node?) throws(NotJSON) {
            skipSpace()
            guard i < bytes.count else { throw NotJSON() }
            guard let node else { return try skipValue() }
            node.offset = i
            switch bytes[i] {
            case UInt8(ascii: "{"): try object(node)
            case UInt8(ascii: "["): try array(node)
            default: try skipValue()
            }
        }

        private mutating func object(_ node: Node) throws(NotJSON) {
            i += 1
            var seen: [String: Int] = [:]
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return }
            while true {
                skipSpace()
                let keyStart = i
                let key = try string()
                let occurrence = (seen[key] ?? 0) + 1
                seen[key] = occurrence
                if node.keysWanted.contains(key) { node.keyOffsets[key, default: []].append(keyStart) }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw NotJSON() }
                i += 1
                skipSpace()
                let child = occurrence == 1 ? node.children[.key(key)] : nil
                if key == "id", occurrence == 1, i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
                    child?.offset = i
                    node.id = try string()
                } else {
                    try value(child)
                }
                skipSpace()
                guard i < bytes.count else { throw NotJSON() }
                i += 1
                if bytes[i - 1] == UInt8(ascii: "}") { return }
                guard bytes[i - 1] == UInt8(ascii: ",") else { throw NotJSON() }
            }
        }

        private mutating func array(_ node: Node) throws(NotJSON) {
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return }
            var n = 0
            while true {
                try value(node.children[.index(n)])
                n += 1
                skipSpace()
                guard i < bytes.count else { throw NotJSON() }
                i += 1
                if bytes[i - 1] == UInt8(ascii: "]") { return }
                guard bytes[i - 1] == UInt8(ascii: ",") else { throw NotJSON() }
            }
        }

        /// A string at `i`, decoded (through the parser when it has escapes).
        private mutating func string() throws(NotJSON) -> String {
            let open = i
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw NotJSON() }
            try skipString()
            let inner = bytes[(open + 1)..<(i - 1)]
            guard inner.contains(UInt8(ascii: "\\")) else { return String(decoding: inner, as: UTF8.self) }
            guard case .string(let text)? = try? JSONParser.parse(Array(bytes[open..<i])) else { throw NotJSON() }
            return text
        }

        private mutating func skipString() throws(NotJSON) {
            i += 1
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\""): i += 1; return
                case UInt8(ascii: "\\"): i += 2
                default: i += 1
                }
            }
            throw NotJSON()
        }

        /// Steps over one value, nested or not, without looking inside.
        private mutating func skipValue() throws(NotJSON) {
            var depth = 0
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\""):
                    try skipString()
                    if depth == 0 { return }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    // At depth 0 this closes the container around a number or literal.
                    if depth == 0 { return }
                    depth -= 1
                    if depth == 0 { i += 1; return }
                case UInt8(ascii: ","), UInt8(ascii: ":"), 0x20, 0x0A, 0x0D, 0x09:
                    if depth == 0 { return }
                default: break
                }
                i += 1
            }
            if depth > 0 { throw NotJSON() }
        }
    }
}
