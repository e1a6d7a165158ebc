import LedgerKit

/// ``ChainGuard`` for commands: a broken chain is one line on standard error and exit code 1.
enum ChainCheck {
    /// Verifies the whole chain of `ledger` as it stands before `what` writes anything.
    static func requireIntact(_ ledger: Ledger, doing what: String) throws {
        try withLedgerErrors { try ChainGuard.requireIntact(ledger, doing: what) }
    }
}
