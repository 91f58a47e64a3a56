extension String {
    /// `count` copies of one ASCII character (a space, a dash), made in one
    /// go: `String(repeating:count:)` of a string appends a copy at a time,
    /// and the report's footer alone spent 12,000 instructions a page so.
    init(repeatingASCII character: Unicode.Scalar, count: Int) {
        precondition(character.isASCII, "not ASCII: \(character)")
        guard count > 0 else {
            self = ""
            return
        }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            buffer.baseAddress!.initialize(repeating: UInt8(character.value), count: count)
            return count
        }
    }
}
