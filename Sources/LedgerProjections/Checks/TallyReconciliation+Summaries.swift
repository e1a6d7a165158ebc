import LedgerCore

extension TallyReconciliation {
    /// One tally's row over the incidents' summaries: the index visits only the incidents its area
    /// and period can cover (``TallyCheckIndex``), and the rule that counts an incident is the check's
    /// (``TallyVsIncidentsCheck/value(of:for:start:end:record:)``); `record` loads a whole incident
    /// where the tally's category or exclusions need it.
    static func row(
        _ t: SeriesPoint, index: TallyCheckIndex, incidents: [IncidentSummary], record: (TallyVsIncidentsCheck.Row) throws -> Incident
    ) rethrows -> TallyReconciliationRow {
        let start = t.periodStart!, end = t.effectiveEnd ?? start
        var out = TallyReconciliationRow(
            series: t.series, publisher: t.publisher, scope: t.scope, measure: t.measure, category: t.category,
            periodStart: t.periodStart, periodEnd: t.effectiveEnd, stated: t.value, qualifier: t.qualifier, claimID: t.claimID,
            incidents: 0, low: 0, high: 0, best: 0, gap: 0, incidentIDs: [])
        for (row, best) in try index.counted(t, start: start, end: end, record: record) {
            let summary = incidents[row.slot]
            var (low, high) = (summary.low, summary.high)
            if TallyVsIncidentsCheck.needsRecord(row, for: t) {
                let inc = try record(row)
                (low, high) = (inc.figure(for: t.category, using: inc.low) ?? 0, inc.figure(for: t.category, using: inc.high) ?? 0)
            }
            out.incidents += 1
            (out.low, out.high, out.best) = (out.low + low, out.high + high, out.best + best)
            out.incidentIDs.append(row.id)
        }
        out.incidentIDs.sort()
        out.gap = out.stated - out.best
        return out
    }
}
