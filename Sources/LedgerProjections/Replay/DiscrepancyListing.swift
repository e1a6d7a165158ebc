import GRDB
import LedgerCore

/// The discrepancies that held after a projection, as `ledger discrepancies` lists them (worst first,
/// then by kind and id), handed over one at a time.
///
/// The stored ones are sorted by their keys (severity, kind, id: columns of their rows) and each is
/// decoded when its turn comes; the `tally_vs_incidents` checks, derived from the series and the
/// incidents of then, are derived only when the listing reaches their place (none of them is worse
/// than ``TallyVsIncidentsCheck/worstSeverity``), and not at all when the filter leaves them out. So
/// the first lines come after an index walk and a sort of small keys, and memory holds the keys and
/// the derived checks, not every discrepancy decoded.
public enum DiscrepancyListing {
    /// Where a discrepancy comes in the listing; a closed version's key holds it whole.
    public struct Key: Sendable {
        public var severity: Severity
        public var kind: DiscrepancyKind
        public var id: String
        var whole: Discrepancy?

        init(severity: Severity, kind: DiscrepancyKind, id: String) {
            (self.severity, self.kind, self.id) = (severity, kind, id)
        }

        init(_ d: Discrepancy) {
            self.init(severity: d.severity, kind: d.kind, id: d.id)
            whole = d
        }

        /// The key of `d`, which is read whole elsewhere.
        init(unlisted d: Discrepancy) {
            self.init(severity: d.severity, kind: d.kind, id: d.id)
        }

        /// Worst first, then by kind and id.
        static func precedes(_ a: Key, _ b: Key) -> Bool {
            a.severity != b.severity ? a.severity > b.severity : (a.kind, a.id) < (b.kind, b.id)
        }
    }

    /// The listing's order on whole discrepancies (a list built in memory sorts by it): worst first,
    /// then by kind and id.
    public static func precedes(_ a: Discrepancy, _ b: Discrepancy) -> Bool {
        Key.precedes(Key(severity: a.severity, kind: a.kind, id: a.id), Key(severity: b.severity, kind: b.kind, id: b.id))
    }

    /// Which discrepancies to list: of the `kinds` given (every kind when empty), of `minSeverity` or
    /// worse; with the incidents each tally check lists, or (`incidentLists` false, for a listing that
    /// does not show them) without.
    public struct Filter: Sendable, Equatable {
        public var kinds: [DiscrepancyKind]
        public var minSeverity: Severity
        public var incidentLists: Bool

        public init(kinds: [DiscrepancyKind] = [], minSeverity: Severity = .info, incidentLists: Bool = true) {
            (self.kinds, self.minSeverity, self.incidentLists) = (kinds, minSeverity, incidentLists)
        }

        public func admits(kind: DiscrepancyKind, severity: Severity) -> Bool {
            (kinds.isEmpty || kinds.contains(kind)) && severity >= minSeverity
        }
    }

    /// Each discrepancy that held after event `seq` (a mark) and `filter` admits, worst first, then
    /// by kind and id: what ``ReadModelHistory/reconciliation(_:at:through:parts:)`` holds, filtered
    /// and sorted.
    public static func forEach(_ db: Database, at seq: Int64, filter: Filter = Filter(), _ body: (Discrepancy) throws -> Void) throws {
        let store = ReadModelStore(db)
        let keys = try store.discrepancyKeys(at: seq).filter { filter.admits(kind: $0.kind, severity: $0.severity) }
            .sorted(by: Key.precedes)
        // No derived check comes before this key: they are of their kind and no worse than this.
        let firstDerived = Key(severity: TallyVsIncidentsCheck.worstSeverity, kind: .tallyVsIncidents, id: "")
        // The derived checks, and their positions in listing order (each read whole in its turn).
        var derived: (checks: DerivedChecks, order: [(key: Key, at: Int)])?
        var next = 0
        func emitDerived(before key: Key?) throws {
            if derived == nil {
                let checks = filter.admits(kind: .tallyVsIncidents, severity: TallyVsIncidentsCheck.worstSeverity)
                    ? try ReadModelHistory.derivedChecks(db, at: seq, listing: filter.incidentLists) : DerivedChecks([])
                let order = checks.indices.lazy.map { (key: Key(unlisted: checks.unlisted(at: $0)), at: $0) }
                    .filter { filter.admits(kind: $0.key.kind, severity: $0.key.severity) }.sorted { Key.precedes($0.key, $1.key) }
                derived = (checks, order)
            }
            guard let (checks, order) = derived else { return }
            while next < order.count, key.map({ Key.precedes(order[next].key, $0) }) ?? true {
                try body(checks[order[next].at])
                next += 1
            }
        }
        for key in keys {
            if !Key.precedes(key, firstDerived) { try emitDerived(before: key) }
            try body(try store.discrepancy(key))
        }
        try emitDerived(before: nil)
    }
}
