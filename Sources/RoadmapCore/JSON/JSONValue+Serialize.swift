extension JSONValue {
    /// The value as pretty-printed JSON text (two-space indent, members in
    /// order, trailing newline), for command output that scripts read.
    public func serialized() -> String {
        var out = JSONOutput()
        write(into: &out, indent: 0)
        out.raw("\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    private func write(into out: inout JSONOutput, indent: Int) {
        switch self {
        case .null: out.raw("null")
        case .bool(let value): out.raw(value ? "true" : "false")
        case .number(let text): out.raw(text)
        case .string(let text): out.string(text)
        case .array(let items):
            guard !items.isEmpty else { return out.raw("[]") }
            out.raw("[")
            for (i, item) in items.enumerated() {
                out.newline(indent: indent + 1)
                item.write(into: &out, indent: indent + 1)
                if i < items.count - 1 { out.raw(",") }
            }
            out.newline(indent: indent)
            out.raw("]")
        case .object(let members):
            guard !members.isEmpty else { return out.raw("{}") }
            out.raw("{")
            for (i, member) in members.enumerated() {
                out.newline(indent: indent + 1)
                out.string(member.key)
                out.raw(": ")
                member.value.write(into: &out, indent: indent + 1)
                if i < members.count - 1 { out.raw(",") }
            }
            out.newline(indent: indent)
            out.raw("}")
        }
    }
}
