/// Why a ``LedgerSession`` operation stopped, other than the ledger file itself failing (that is a
/// `LedgerError` from LedgerStore, thrown as it is).
public enum LedgerKitError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The hash chain is broken, or changed while it was read: the operation that needed it intact
    /// wrote nothing. The message names the first bad event.
    case chainBroken(String)
    /// No claim, incident or discrepancy has this id.
    case notFound(String)
    /// Nothing to ingest: no paths were given.
    case noReports

    /// One line for people.
    public var description: String {
        switch self {
        case .chainBroken(let message): message
        case .notFound(let id):
            "no claim, incident or discrepancy '\(id)' (see `ledger claims`, `ledger incidents`, `ledger discrepancies`)"
        case .noReports: "no reports given"
        }
    }
}
