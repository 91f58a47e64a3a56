extension Sequence {
    /// The elements in order, each once: of those with the same `key`, the first.
    public func uniqued<Key: Hashable>(by key: (Element) -> Key) -> [Element] {
        var seen = Set<Key>()
        return filter { seen.insert(key($0)).inserted }
    }
}

extension Sequence where Element: Hashable {
    /// The elements in order, each once.
    public func uniqued() -> [Element] { uniqued { $0 } }
}
