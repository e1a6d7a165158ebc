import GRDB
import LedgerCore
import LedgerProjections
import LedgerStore

/// Which claims ``LedgerSession/claims(_:filter:)`` lists; a nil field lets every claim through.
public struct ClaimFilter: Sendable, Equatable {
    /// Only claims of this kind (incident or tally).
    public var kind: ClaimKind?
    /// Only this measure.
    public var measure: Measure?
    /// Only this status.
    public var status: ClaimStatus?
    /// Only claims of reports whose content hash starts with this.
    public var report: String?

    /// A filter; with no arguments, every claim.
    public init(kind: ClaimKind? = nil, measure: Measure? = nil, status: ClaimStatus? = nil, report: String? = nil) {
        self.kind = kind
        self.measure = measure
        self.status = status
        self.report = report
    }

    func admits(_ r: ClaimRecord) -> Bool {
        (kind == nil || r.claim.kind == kind) && (measure == nil || r.claim.measure == measure)
            && (status == nil || r.status == status) && (report.map { r.claim.report.hasPrefix($0) } ?? true)
    }
}

extension LedgerSession {
    /// Everything the reconciliation holds (claims, incidents, series, discrepancies) for `query`;
    /// read from the read models, only `parts` of it (the others empty).
    public func reconciliation(_ query: LedgerQuery = LedgerQuery(), parts: ReconciliationParts = .all) throws -> Reconciliation {
        try query.reconciliationWithState(try current(), parts: parts).reconciliation
    }

    /// The reconciliation for `query` and the ledger state (last event, head hash) it reflects.
    public func reconciliationWithState(_ query: LedgerQuery = LedgerQuery()) throws -> (reconciliation: Reconciliation, state: QueriedState) {
        try query.reconciliationWithState(try current())
    }

    /// The claims as they stand after every correction, with their status, by report and number
    /// (`ClaimIDOrder`: `…-2` before `…-10`).
    public func claims(_ query: LedgerQuery = LedgerQuery(), filter: ClaimFilter = ClaimFilter()) throws -> [ClaimRecord] {
        var out: [ClaimRecord] = []
        try forEachClaim(query, filter: filter) { out.append($0) }
        return out
    }

    /// ``claims(_:filter:)`` one at a time, in the same order. From the read models (or their history)
    /// the claims are read in id text order, where one report's claims are together, and each report's
    /// are listed by number: memory holds one report's claims, whatever the ledger's size. Where the
    /// history cannot tell, from the replayed reconciliation.
    public func forEachClaim(
        _ query: LedgerQuery = LedgerQuery(), filter: ClaimFilter = ClaimFilter(), _ body: (ClaimRecord) throws -> Void
    ) throws {
        let ledger = try current()
        guard let (seq, _) = try query.readModelsAnswer(ledger) else {
            for record in ClaimIDOrder.sorted(try reconciliation(query).claims.filter(filter.admits), by: \.id) {
                try body(record)
            }
            return
        }
        try ledger.writer.read { db in
            var report: [ClaimRecord] = []
            func flush() throws {
                for record in ClaimIDOrder.sorted(report, by: \.id) { try body(record) }
                report.removeAll(keepingCapacity: true)
            }
            try ReadModelStore(db).forEachClaim(at: seq) { record in
                guard filter.admits(record) else { return }
                if let last = report.last, last.claim.report != record.claim.report { try flush() }
                report.append(record)
            }
            try flush()
        }
    }

    /// The incidents (claims linked across reports), by day then id; only those of `measure` and at
    /// the place key or in the province `place`, when given.
    /// Each incident lists the back-references that recall it (`recalledBy`), which are never counted in it.
    public func incidents(_ query: LedgerQuery = LedgerQuery(), measure: String? = nil, place: String? = nil) throws -> [Incident] {
        var out: [Incident] = []
        try forEachIncident(query, measure: measure, place: place) { out.append($0) }
        return out
    }

    /// ``incidents(_:measure:place:)`` one at a time, in the same order: from the read models (or
    /// their history) through ``IncidentListing``, only the incidents' summaries held and each
    /// incident decoded in its turn; where the history cannot tell, from the replayed reconciliation.
    public func forEachIncident(
        _ query: LedgerQuery = LedgerQuery(), measure: String? = nil, place: String? = nil, _ body: (Incident) throws -> Void
    ) throws {
        let ledger = try current()
        let filter = IncidentListing.Filter(measure: measure, place: place)
        guard let (seq, _) = try query.readModelsAnswer(ledger) else {
            let rec = try reconciliation(query, parts: [.incidents, .backReferences])
            let listed = BackReferences.attach(claims: rec.claims, to: rec.incidents).filter(filter.admits)
            for inc in listed.sorted(by: { IncidentListing.order($0) < IncidentListing.order($1) }) { try body(inc) }
            return
        }
        try ledger.writer.read { db in try IncidentListing.forEach(db, at: seq, filter: filter, body) }
    }

    /// The running tallies' points, one series per publisher, scope, period start, measure and category.
    public func series(_ query: LedgerQuery = LedgerQuery(), scope: String? = nil, publisher: String? = nil) throws -> [SeriesPoint] {
        try reconciliation(query, parts: .series).series.filter { (scope == nil || $0.scope == scope) && (publisher == nil || $0.publisher == publisher) }
    }

    /// ``series(_:scope:publisher:)`` one point at a time, in the same order, numbered the same: from
    /// the read models (or their history) decoded one at a time, so memory holds one point whatever
    /// the ledger's size; where the history cannot tell, from the replayed reconciliation.
    public func forEachSeriesPoint(
        _ query: LedgerQuery = LedgerQuery(), scope: String? = nil, publisher: String? = nil, _ body: (SeriesPoint) throws -> Void
    ) throws {
        let ledger = try current()
        guard let (seq, _) = try query.readModelsAnswer(ledger) else {
            for point in try series(query, scope: scope, publisher: publisher) { try body(point) }
            return
        }
        try ledger.writer.read { db in
            try ReadModelStore(db).forEachSeriesPoint(at: seq) { point in
                if (scope == nil || point.scope == scope) && (publisher == nil || point.publisher == publisher) { try body(point) }
            }
        }
    }

    /// The reconciled totals by month, area, measure and category (each incident once), with the
    /// qualifier of the claims behind them (a sum with a lower bound in it is one too).
    public func totals(_ query: LedgerQuery = LedgerQuery()) throws -> [ReconciledTotal] {
        let ledger = try current()
        let totals = try query.totals(ledger).totals
        let inexact = try ledger.writer.read { db in try ReadModelStore(db).inexactQualifiers() }
        return TotalQualifier.fill(totals) { inexact[$0] }
    }

    /// ``totals(_:)`` grouped by governorate, with its P-code.
    public func governorateTotals(_ query: LedgerQuery = LedgerQuery()) throws -> [GovernorateTotal] {
        GovernorateTotals.group(try totals(query))
    }

    /// Every running tally's latest figure beside the incidents held for its scope and period, and the gap.
    /// Read from each series' last point and the incidents' summaries where the read models (or
    /// their history) answer; else from the reconciliation.
    public func tallies(_ query: LedgerQuery = LedgerQuery()) throws -> [TallyReconciliationRow] {
        let ledger = try current()
        if let (seq, _) = try query.readModelsAnswer(ledger) {
            var out: [TallyReconciliationRow] = []
            try ledger.writer.read { db in try ReadModelHistory.forEachTallyRow(db, at: seq) { out.append($0) } }
            return out
        }
        let rec = try reconciliation(query, parts: [.series, .incidents])
        return TallyReconciliation.rows(series: rec.series, incidents: rec.incidents)
    }

    /// The discrepancies the checks found, worst first (then by kind and id); only the `kinds` given
    /// (all when empty) and those of `minSeverity` or worse.
    public func discrepancies(
        _ query: LedgerQuery = LedgerQuery(), kinds: [DiscrepancyKind] = [], minSeverity: Severity = .info
    ) throws -> [Discrepancy] {
        var out: [Discrepancy] = []
        try forEachDiscrepancy(query, kinds: kinds, minSeverity: minSeverity) { out.append($0) }
        return out
    }

    /// ``discrepancies(_:kinds:minSeverity:)`` one at a time, in the same order: from the read models
    /// or their history through ``DiscrepancyListing`` (the stored ones sorted by their keys and
    /// decoded in their turn, the tally checks derived when the listing reaches them); `through` a
    /// day, or as of a time the history cannot tell, from the reconciliation. Without `incidentLists`
    /// (a listing that does not show them), the tally checks derived as of a past time list no incidents.
    public func forEachDiscrepancy(
        _ query: LedgerQuery = LedgerQuery(), kinds: [DiscrepancyKind] = [], minSeverity: Severity = .info,
        incidentLists: Bool = true, _ body: (Discrepancy) throws -> Void
    ) throws {
        let ledger = try current()
        let filter = DiscrepancyListing.Filter(kinds: kinds, minSeverity: minSeverity, incidentLists: incidentLists)
        if let (seq, _) = try query.readModelsAnswer(ledger) {
            return try ledger.writer.read { db in try DiscrepancyListing.forEach(db, at: seq, filter: filter, body) }
        }
        let found = try reconciliation(query, parts: .discrepancies).discrepancies
        for d in Self.worstFirst(found.filter { filter.admits(kind: $0.kind, severity: $0.severity) }) { try body(d) }
    }

    /// Discrepancies worst first, then by kind and id: the order of ``DiscrepancyListing``.
    public static func worstFirst(_ found: [Discrepancy]) -> [Discrepancy] {
        found.sorted(by: DiscrepancyListing.precedes)
    }

    /// What the ledger knew at `query` (counts, totals by measure and category, discrepancies by
    /// kind), read from the read models' history where it can tell, else replayed.
    public func replay(_ query: LedgerQuery) throws -> ReplaySummary {
        let (counts, state) = try query.counts(try current())
        return ReplaySummary(counts, state: state)
    }
}
