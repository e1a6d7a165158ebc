// The modules whose values LedgerKit's API hands out (claims, incidents, totals, discrepancies, events),
// re-exported so that a program needs only `import LedgerKit`.
@_exported import LedgerCore
@_exported import LedgerExport
@_exported import LedgerProjections
@_exported import LedgerStore
