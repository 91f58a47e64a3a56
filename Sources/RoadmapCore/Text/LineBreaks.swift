import CTextBreak

/// Where a line of text may break, from ICU's line break iterator: between
/// Thai words (found with ICU's Thai dictionary, as Thai is written without
/// spaces), never before Japanese small kana, closing brackets, `ー` or `。`
/// nor after opening brackets (strict kinsoku), never inside a Latin word or
/// a number. The one text-breaking facility of the project: the snapshot's
/// wrapping uses it, and so can any other view that wraps text.
///
/// Foundation on Linux has no word enumeration for Thai; ICU is reached
/// through the `CICU` system library (`libicu-dev`), called from C (`CTextBreak`).
public enum LineBreaks {
    /// The locale given to ICU: strict line breaking (kinsoku) for Japanese;
    /// the Thai dictionary is used for Thai script in any locale.
    public static let locale = "ja@lb=strict"

    /// The places in `text` where a line may break, each as a number of
    /// grapheme clusters from its start, ascending, greater than 0 and
    /// less than the text's cluster count: the line may end after that
    /// many clusters. A break after a space counts (the space ends the line).
    public static func opportunities(in text: some StringProtocol) -> [Int] {
        let offsets = utf16Opportunities(in: text)
        guard !offsets.isEmpty else { return [] }
        // UTF-16 offsets to cluster counts; an offset inside a cluster is no place to break.
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        var next = offsets.startIndex, utf16 = 0, clusters = 0
        for character in text {
            utf16 += character.utf16.count
            clusters += 1
            while next < offsets.endIndex, offsets[next] < utf16 { next += 1 }
            if next < offsets.endIndex, offsets[next] == utf16 { result.append(clusters) }
        }
        if result.last == clusters { result.removeLast() }
        return result
    }

    /// ICU's line-break offsets in `text`, in UTF-16 units, ending with its
    /// length; empty for an empty text or when ICU refuses it.
    public static func utf16Opportunities(in text: some StringProtocol) -> [Int] {
        let units = Array(text.utf16)
        guard !units.isEmpty, units.count < Int(Int32.max) else { return [] }
        var out = [Int32](repeating: 0, count: units.count)
        let count = units.withUnsafeBufferPointer { text in
            out.withUnsafeMutableBufferPointer { out in
                text_break_lines(text.baseAddress, Int32(text.count), locale, out.baseAddress, Int32(out.count))
            }
        }
        guard count > 0 else { return [] }
        return out[..<min(Int(count), out.count)].map(Int.init)
    }
}
