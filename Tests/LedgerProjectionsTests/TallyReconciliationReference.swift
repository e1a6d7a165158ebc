import LedgerCore
@testable import LedgerProjections

/// The reference the property tests hold ``TallyReconciliation`` to: each tally's row by walking every
/// incident in id order and counting the ones ``TallyVsIncidentsCheck``'s rule covers, written out
/// plainly (no index, no summaries).
enum TallyReconciliationReference {
    static func rows(series: [SeriesPoint], incidents: [Incident]) -> [TallyReconciliationRow] {
        let latest = Dictionary(grouping: series, by: \.series).compactMap { $0.value.max { $0.position < $1.position } }
        let byID = incidents.sorted { $0.id < $1.id }
        return TallyReconciliation.tallies(latest).map { row($0, incidents: byID) }
    }

    private static func row(_ t: SeriesPoint, incidents: [Incident]) -> TallyReconciliationRow {
        let start = t.periodStart!, end = t.effectiveEnd ?? start
        var out = TallyReconciliationRow(
            series: t.series, publisher: t.publisher, scope: t.scope, measure: t.measure, category: t.category,
            periodStart: t.periodStart, periodEnd: t.effectiveEnd, stated: t.value, qualifier: t.qualifier, claimID: t.claimID,
            incidents: 0, low: 0, high: 0, best: 0, gap: 0, incidentIDs: [])
        for inc in incidents where inc.measure == t.measure {
            guard let day = inc.day, day >= start, day <= end,
                  Area.covers(scope: t.scope, place: inc.place, admin1: inc.admin1),
                  !TallyVsIncidentsCheck.excluded(inc, by: t.exclusions),
                  let best = inc.figure(for: t.category, using: inc.best), best > 0
            else { continue }
            out.incidents += 1
            out.low += inc.figure(for: t.category, using: inc.low) ?? 0
            out.high += inc.figure(for: t.category, using: inc.high) ?? 0
            out.best += best
            out.incidentIDs.append(inc.id)
        }
        out.gap = out.stated - out.best
        return out
    }
}
