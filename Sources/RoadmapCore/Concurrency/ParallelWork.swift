import Dispatch

/// Independent pieces of one computation, made on all the machine's cores
/// at once and returned in order: how a large file is decoded and a large
/// report is written (Benchmarks/NOTES.md).
///
/// The pieces must only read what they share (the compiler cannot check
/// that here: they are values of types that are not `Sendable`). Small
/// inputs are not worth the threads: callers pass `parallel: false` for
/// them, and the pieces are then made one after the other on this thread.
enum ParallelWork {
    /// From how many milestones a report is worth making on more than one thread.
    static let milestonesWorthIt = 2000

    /// `make(i)` for every `i` in `0..<count`, in order.
    static func map<T>(_ count: Int, parallel: Bool = true, _ make: (Int) -> T) -> [T] {
        guard parallel && count > 1 else { return (0..<count).map(make) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        withoutActuallyEscaping(make) { make in
            let shared = Unchecked(make: make, results: results)
            // Each iteration writes only its own slot; concurrentPerform returns when all are done.
            DispatchQueue.concurrentPerform(iterations: count) { i in shared.results[i] = shared.make(i) }
        }
        return results.map { $0! }
    }

    /// What the iterations share, handed to Dispatch's `@Sendable` closure on
    /// the terms above: each iteration calls `make` and writes one slot.
    private struct Unchecked<T>: @unchecked Sendable {
        let make: (Int) -> T
        let results: UnsafeMutableBufferPointer<T?>
    }
}
