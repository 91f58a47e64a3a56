extension Substring {
    /// The text without the spaces and tabs at either end: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives (general category Zs,
    /// U+0009 and, as Foundation has it, U+200B zero width space; scalar by
    /// scalar), without bridging to `NSString`, whose first use cost a tenth
    /// of `roadmap set` on the built-in roadmap.
    public func trimmingSpaces() -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == " "
                || (scalar.value > 0x7F && (scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator))
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[first...last])
    }
}

extension String {
    /// The text without the spaces and tabs at either end, as ``Substring/trimmingSpaces()``.
    public func trimmingSpaces() -> String { self[...].trimmingSpaces() }
}
