import LedgerStore

/// Operations that vouch for a ledger state (an export names its head hash; a rebuild derives the read
/// models from the log) first verify the hash chain up to that state, and refuse a broken one.
///
/// The whole chain up to the head is re-walked each time (about 1.3 million events a second): a
/// check that started from the last verified point would not see an event edited before it.
public enum ChainGuard {
    /// Verifies the events up to `seq` and that event `seq` still has the hash `head`.
    /// - Throws: ``LedgerKitError/chainBroken(_:)`` naming the first bad event (nothing was written),
    ///   or the `LedgerError` of a ledger that cannot be read.
    public static func requireIntact(_ ledger: Ledger, through seq: Int64, head: String, doing what: String) throws {
        let result = try ledger.verify(through: seq)
        switch result {
        case .intact(let events, let verifiedHead) where events == seq && verifiedHead == head:
            return
        case .intact(let events, let verifiedHead):
            throw LedgerKitError.chainBroken(
                "\(ledger.path): the chain changed while it was read (event \(events) has hash \(verifiedHead), expected \(head)); \(what) refused, run it again")
        case .broken(let bad, let reason, _):
            throw LedgerKitError.chainBroken("\(ledger.path): BROKEN at event \(bad): \(reason); \(what) refused (run `ledger verify`)")
        }
    }

    /// Verifies the whole chain as it stands.
    public static func requireIntact(_ ledger: Ledger, doing what: String) throws {
        let head = try ledger.head()
        try requireIntact(ledger, through: head.seq, head: head.hash, doing: what)
    }
}
