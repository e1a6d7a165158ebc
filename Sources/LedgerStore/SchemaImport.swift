// The one list of migrations (LedgerSchema, `schema/`) is part of the store's API: `Ledger` applies
// it, and a program that imports LedgerStore reads it as `Schema`.
@_exported import LedgerSchema
