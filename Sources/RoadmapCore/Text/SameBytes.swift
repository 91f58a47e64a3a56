/// Whether two byte buffers hold the same bytes: a plain loop, as the
/// generic `elementsEqual` costs several times more for the short keys,
/// words and language codes the decoders and ``LocalizedText`` compare.
@inline(__always)
func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}
