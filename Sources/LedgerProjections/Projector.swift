import GRDB
import LedgerCore
import LedgerStore

/// Folds appended events into the read-model tables, inside the append transaction.
public enum Projector {
    /// The hook ``Ledger/append(_:recordedAt:hook:)`` and ``Ledger/ingest(_:recordedAt:hook:)`` call.
    public static let hook: AppendHook = { db, events in
        try apply(db, events)
    }

    public static func apply(_ db: Database, _ events: [StoredEvent]) throws {}
}
