import LedgerStore

/// Commands that vouch for a ledger state (an export names its head hash; a rebuild derives the read
/// models from the log) first verify the hash chain up to that state, and refuse a broken one.
///
/// The whole chain up to the head is re-walked each time (about 1.3 million events a second): a
/// check that started from the last verified point would not see an event edited before it.
enum ChainGuard {
    /// Verifies the events up to `seq` and that event `seq` still has the hash `head`; on a broken
    /// chain prints the first bad event and exits with code 1, having written nothing.
    static func requireIntact(_ ledger: Ledger, through seq: Int64, head: String, doing what: String) throws {
        let result = try withLedgerErrors { try ledger.verify(through: seq) }
        switch result {
        case .intact(let events, let verifiedHead) where events == seq && verifiedHead == head:
            return
        case .intact(let events, let verifiedHead):
            printError("\(ledger.path): the chain changed while it was read (event \(events) has hash \(verifiedHead), expected \(head)); \(what) refused, run it again")
        case .broken(let bad, let reason, _):
            printError("\(ledger.path): BROKEN at event \(bad): \(reason); \(what) refused (run `ledger verify`)")
        }
        throw LedgerExit.checkFailed
    }

    /// Verifies the whole chain as it stands.
    static func requireIntact(_ ledger: Ledger, doing what: String) throws {
        let head = try withLedgerErrors { try ledger.head() }
        try requireIntact(ledger, through: head.seq, head: head.hash, doing: what)
    }
}
