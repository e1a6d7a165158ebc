// LedgerKit and the PostgreSQL event log (`PostgresLedger`, `PostgresURL`), re-exported so that a
// program needs only `import LedgerKitPostgres` to open a ledger on a PostgreSQL server.
@_exported import LedgerKit
@_exported import LedgerPostgres
