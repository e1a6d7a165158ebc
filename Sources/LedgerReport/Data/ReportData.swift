import LedgerCore
import LedgerProjections

/// Everything the report pages are built from: the reconciliation a query answers, the reports' texts
/// and the state of the ledger it reflects.
public struct ReportData: Sendable {
    public var reconciliation: Reconciliation
    /// The ingested reports by content hash (those recorded by `as_of`).
    public var reports: [String: StoredReport]
    public var query: ReportQuery
    /// The last event the answer reflects, and its hash (the head the pages name).
    public var lastSeq: Int64
    public var head: String
    /// What re-walking the chain up to `lastSeq` found (nil when it was not walked).
    public var chain: ChainCheck?
    /// When the pages were made (canonical timestamp).
    public var generatedAt: String

    /// The verdict of walking the chain.
    public struct ChainCheck: Hashable, Sendable {
        public var intact: Bool
        public var detail: String

        public init(intact: Bool, detail: String) {
            self.intact = intact
            self.detail = detail
        }
    }

    public init(
        reconciliation: Reconciliation, reports: [String: StoredReport], query: ReportQuery, lastSeq: Int64, head: String,
        chain: ChainCheck?, generatedAt: String
    ) {
        self.reconciliation = reconciliation
        self.reports = reports
        self.query = query
        self.lastSeq = lastSeq
        self.head = head
        self.chain = chain
        self.generatedAt = generatedAt
    }

    /// The extractor versions behind the claims, sorted.
    public var extractorVersions: [String] {
        Array(Set(reconciliation.claims.map(\.state.extractorVersion))).sorted()
    }
}
