import Dispatch
import Foundation

/// A value made on a thread of its own while the caller goes on with other
/// work; ``value`` waits for it. Made on the caller's thread at once when
/// the work is too small to be worth a thread.
final class Concurrently<Value>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written by the other thread before it signals `finished`; read only after.
    private var result: Value?
    private var waited = false

    /// Starts making `make()`; on a thread of its own when `parallel`.
    init(parallel: Bool = true, _ make: @escaping @Sendable () -> Value) {
        guard parallel else {
            result = make()
            waited = true
            return
        }
        Thread.detachNewThread { [self] in
            result = make()
            finished.signal()
        }
    }

    /// Starts making `make()`, which is not checked to be `Sendable`: as
    /// with ``ParallelWork``, it must only read what it shares with the caller.
    convenience init(parallel: Bool = true, readingOnly make: @escaping () -> Value) {
        let unchecked = UncheckedWork(make: make)
        self.init(parallel: parallel) { unchecked.make() }
    }

    private struct UncheckedWork: @unchecked Sendable {
        let make: () -> Value
    }

    /// The value, once it is made. Call it from the thread that made this.
    var value: Value {
        if !waited {
            finished.wait()
            waited = true
        }
        return result!
    }
}
