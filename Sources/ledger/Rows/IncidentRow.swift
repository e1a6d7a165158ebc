import LedgerCore
import LedgerExport
import LedgerProjections

/// One reconciled incident.
struct IncidentRow: Tabular {
    var incident: Incident

    static let columns = ["id", "day", "place", "admin1", "measure", "category", "low", "high", "best", "sources", "claims", "rule"]

    var cells: [String] {
        let i = incident
        return [i.id, i.day?.description ?? "", i.place, i.admin1 ?? "", i.measure.rawValue, i.category.rawValue, "\(i.low)",
                "\(i.high)", "\(i.best)", i.sources.map { "\($0.source)=\($0.value)" }.joined(separator: "; "),
                "\(i.members.count)", i.rule]
    }

    func encode(to encoder: any Encoder) throws { try incident.encode(to: encoder) }
}

/// One point of a running series.
struct SeriesRow: Tabular {
    var point: SeriesPoint

    static let columns = ["publisher", "scope", "since", "measure", "category", "#", "report_day", "value", "delta", "claim"]

    var cells: [String] {
        let p = point
        return [p.publisher, p.scope, p.periodStart?.description ?? "open", p.measure.rawValue, p.category.rawValue, "\(p.position)",
                p.reportDay?.description ?? "", qualified(p.value, p.qualifier), p.delta.map { $0 >= 0 ? "+\($0)" : "\($0)" } ?? "",
                p.claimID]
    }

    func encode(to encoder: any Encoder) throws { try point.encode(to: encoder) }
}

/// One reconciled total, in the conservative or the range view.
struct TotalRow: Tabular {
    var total: ReconciledTotal
    var range: Bool

    static let columns = ["period", "area", "measure", "category", "incidents", "figure", "low", "high", "best", "claims"]

    var cells: [String] {
        let t = total
        let sign = TotalQualifier.sign(t.qualifier)
        return [t.period, t.area, t.measure.rawValue, t.category.rawValue, "\(t.incidents)",
                range ? "\(t.low)–\(t.high)" : "\(t.low)", "\(t.low)", "\(t.high)", sign + "\(t.best)", t.claimIDs.joined(separator: " ")]
    }

    func encode(to encoder: any Encoder) throws { try total.encode(to: encoder) }
}

/// One discrepancy.
struct DiscrepancyRow: Tabular {
    var discrepancy: Discrepancy

    static let columns = ["id", "kind", "severity", "stated", "other", "gap", "summary", "side_a", "side_b"]

    var cells: [String] {
        let d = discrepancy
        return [d.id, d.kind.rawValue, d.severity.rawValue, d.stated.map(String.init) ?? "", d.other.map(String.init) ?? "",
                d.gap.map(String.init) ?? "", d.summary, d.sideA.map(\.claimID).joined(separator: " "),
                d.sideB.map(\.claimID).joined(separator: " ")]
    }

    func encode(to encoder: any Encoder) throws { try discrepancy.encode(to: encoder) }
}
