import LedgerCore

/// `series_decreases`: a later report of a running series states a lower figure than the one before.
///
/// Two points published the same day (say the Arabic and English editions) are not compared: they may
/// be updated at different times without either being wrong.
public enum SeriesChecks {
    public static func check(_ points: [SeriesPoint]) -> [Discrepancy] {
        var out: [Discrepancy] = []
        for (prev, next) in zip(points, points.dropFirst()) where next.value < prev.value {
            if let a = prev.reportDay, let b = next.reportDay, a == b { continue }
            out.append(Discrepancy(
                kind: .seriesDecreases, severity: .warning, group: next.series,
                summary: "\(next.publisher) \(next.scope) \(next.measure.rawValue) (\(next.category.rawValue)) since "
                    + "\(next.periodStart?.description ?? "?"): \(prev.value) on \(prev.reportDay?.description ?? "?") "
                    + "then \(next.value) on \(next.reportDay?.description ?? "?")",
                stated: next.value, other: prev.value, sideA: [next.evidence], sideB: [prev.evidence]))
        }
        return out
    }
}
