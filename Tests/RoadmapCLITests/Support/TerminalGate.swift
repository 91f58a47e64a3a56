import Synchronization

/// Keeps the interactive tests' terminals (``TmuxTerminal``) and the fault
/// tests' terminals (``FaultTerminal``) from running at the same time; any
/// number of one kind may run together. With both kinds at once, the fault
/// tests' panes were sometimes read back blank while their program was up
/// and had drawn (the cause is not found; see "Known issue" in the README).
final class TerminalGate: Sendable {
    enum Kind: Sendable { case interactive, fault }

    static let shared = TerminalGate()

    /// Held by a terminal while it runs; gives its place back when released.
    final class Pass: Sendable {
        private let gate: TerminalGate
        fileprivate init(gate: TerminalGate) { self.gate = gate }
        deinit { gate.leave() }
    }

    private struct State {
        var kind: Kind?
        var holders = 0
        var waiting: [(kind: Kind, continuation: CheckedContinuation<Void, Never>)] = []
    }

    private let state = Mutex(State())

    /// Waits until no terminal of the other kind runs.
    func enter(_ kind: Kind) async -> Pass {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let admitted = state.withLock { state -> Bool in
                guard state.kind == nil || state.kind == kind else {
                    state.waiting.append((kind, continuation))
                    return false
                }
                state.kind = kind
                state.holders += 1
                return true
            }
            if admitted { continuation.resume() }
        }
        return Pass(gate: self)
    }

    private func leave() {
        let admitted = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.holders -= 1
            guard state.holders == 0 else { return [] }
            state.kind = state.waiting.first?.kind
            let next = state.waiting.filter { $0.kind == state.kind }.map(\.continuation)
            state.waiting.removeAll { $0.kind == state.kind }
            state.holders = next.count
            return next
        }
        for continuation in admitted { continuation.resume() }
    }
}
