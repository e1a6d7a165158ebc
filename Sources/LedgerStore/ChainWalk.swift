import LedgerCore

/// Checks a stream of stored events, in append order, against the chain: sequence numbers without a
/// gap, each previous hash the hash before it, each hash recomputed from its columns.
///
/// What a log that is read over a network uses to verify (``EventLog/verify(anchor:)`` of an engine
/// without SQLite's column memory) and to check events copied from another log before they are stored.
public struct ChainWalk: Sendable {
    /// The last event accepted (the head the walk started from, before any).
    public private(set) var head: ChainHead

    /// A walk continuing the chain at `head` (``ChainHead/empty`` for a whole log).
    public init(from head: ChainHead = .empty) {
        self.head = head
    }

    /// Accepts the next event, or says why it does not continue the chain.
    public mutating func accept(_ event: StoredEvent) -> CopyProblem? {
        if event.seq != head.seq + 1 {
            return CopyProblem(seq: event.seq, reason: event.seq > head.seq + 1
                ? "sequence jumps from \(head.seq) to \(event.seq): event(s) deleted"
                : "sequence number \(event.seq) out of order")
        }
        if event.prevHash != head.hash {
            return CopyProblem(seq: event.seq, reason: "previous hash does not match event \(head.seq): event(s) deleted, inserted or reordered")
        }
        let computed = EventHash.compute(
            previous: event.prevHash, type: event.type.rawValue, payload: event.payload.utf8, recordedAt: event.recordedAt)
        if computed != event.hash {
            return CopyProblem(seq: event.seq, reason: "hash mismatch: its type, payload or recorded time was altered")
        }
        head = ChainHead(seq: event.seq, hash: event.hash)
        return nil
    }

    /// Walks a whole log read page by page, as ``Ledger/verify(anchor:through:progress:)`` does.
    public static func verify(_ log: some EventLog, anchor: String?) throws -> VerifyResult {
        let anchor = try anchor.map { try ChainAnchor(parsing: $0) }
        var walk = ChainWalk()
        var matches: [Int64] = []
        var broken: VerifyResult?
        try log.forEachPage { page in
            for event in page {
                if let problem = walk.accept(event) {
                    broken = .broken(seq: problem.seq, reason: problem.reason, checked: walk.head.seq)
                    return false
                }
                if let anchor, matches.count < 2, anchor.matches(hex: event.hash) { matches.append(event.seq) }
            }
            return true
        }
        if let broken { return broken }
        if let anchor {
            if matches.count > 1 { throw ChainAnchor.Problem.ambiguous(anchor.prefix, events: matches) }
            if matches.isEmpty {
                return .broken(seq: walk.head.seq, reason: "the anchor \(anchor.prefix) is not in the chain: the log was rewritten", checked: walk.head.seq)
            }
        }
        return .intact(events: walk.head.seq, head: walk.head.hash)
    }
}

extension ChainAnchor {
    /// Whether a stored hash (lower-case hex) begins with this anchor.
    func matches(hex: String) -> Bool {
        var hex = hex
        return hex.withUTF8 { matches(UnsafeRawBufferPointer($0)) }
    }
}
