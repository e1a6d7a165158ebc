import LedgerCore
import LedgerExport
import LedgerProjections

/// One reconciled incident.
public struct IncidentRow: Tabular {
    /// The incident.
    public var incident: Incident

    /// A row for `incident`.
    public init(incident: Incident) { self.incident = incident }

    /// The table's column names.
    public static let columns = ["id", "day", "place", "admin1", "measure", "category", "low", "high", "best", "sources", "claims", "rule"]

    /// Never cut: wrapped to the terminal's width.
    public static let wrappedColumns = ["sources", "rule"]
    /// Cut shorter when the table is still too wide.
    public static let truncatableColumns = ["place", "admin1"]

    /// The row's cells, one per column.
    public var cells: [String] {
        let i = incident
        return [i.id, i.day?.description ?? "", i.place, i.admin1 ?? "", i.measure.rawValue, i.category.rawValue, "\(i.low)",
                "\(i.high)", "\(i.best)", i.sources.map { "\($0.source)=\($0.value)" }.joined(separator: "; "),
                "\(i.members.count)", i.rule]
    }

    /// JSON: the underlying value's fields, its members in `ClaimIDOrder`.
    public func encode(to encoder: any Encoder) throws {
        var incident = incident
        incident.members.sort { ClaimIDOrder.precedes($0.claimID, $1.claimID) }
        try incident.encode(to: encoder)
    }
}

/// One point of a running series.
public struct SeriesRow: Tabular {
    /// The series point.
    public var point: SeriesPoint

    /// A row for `point`.
    public init(point: SeriesPoint) { self.point = point }

    /// The table's column names.
    public static let columns = ["publisher", "scope", "since", "measure", "category", "#", "report_day", "value", "delta", "claim"]
    /// Cut shorter when the table is too wide.
    public static let truncatableColumns = ["publisher", "scope"]

    /// The row's cells, one per column.
    public var cells: [String] {
        let p = point
        return [p.publisher, p.scope, p.periodStart?.description ?? "open", p.measure.rawValue, p.category.rawValue, "\(p.position)",
                p.reportDay?.description ?? "", qualified(p.value, p.qualifier), p.delta.map { $0 >= 0 ? "+\($0)" : "\($0)" } ?? "",
                p.claimID]
    }

    /// JSON: the underlying value's fields.
    public func encode(to encoder: any Encoder) throws { try point.encode(to: encoder) }
}

/// One reconciled total, in the conservative or the range view.
public struct TotalRow: Tabular {
    /// The total.
    public var total: ReconciledTotal
    /// Show the figure as low–high (the range view) instead of the low alone.
    public var range: Bool

    /// A row for `total`, in the range view when `range`.
    public init(total: ReconciledTotal, range: Bool) {
        self.total = total
        self.range = range
    }

    /// The table's column names.
    public static let columns = ["period", "area", "measure", "category", "incidents", "figure", "low", "high", "best", "claims"]

    /// Never cut: wrapped to the terminal's width.
    public static let wrappedColumns = ["claims"]
    /// Cut shorter when the table is still too wide.
    public static let truncatableColumns = ["area"]

    /// The row's cells, one per column.
    public var cells: [String] {
        let t = total
        let sign = TotalQualifier.sign(t.qualifier)
        return [t.period, t.area, t.measure.rawValue, t.category.rawValue, "\(t.incidents)",
                range ? "\(t.low)–\(t.high)" : "\(t.low)", "\(t.low)", "\(t.high)", sign + "\(t.best)", ClaimIDOrder.sorted(t.claimIDs).joined(separator: " ")]
    }

    /// JSON: the underlying value's fields, its claim ids in `ClaimIDOrder`.
    public func encode(to encoder: any Encoder) throws {
        var total = total
        total.claimIDs = ClaimIDOrder.sorted(total.claimIDs)
        try total.encode(to: encoder)
    }
}

/// One discrepancy.
public struct DiscrepancyRow: Tabular {
    /// The discrepancy.
    public var discrepancy: Discrepancy

    /// A row for `discrepancy`.
    public init(discrepancy: Discrepancy) { self.discrepancy = discrepancy }

    /// The table's column names.
    public static let columns = ["id", "kind", "severity", "stated", "other", "gap", "summary", "side_a", "side_b"]

    /// Never cut: wrapped to the terminal's width.
    public static let wrappedColumns = ["summary", "side_a", "side_b"]

    /// The row's cells, one per column.
    public var cells: [String] {
        let d = discrepancy
        return [d.id, d.kind.rawValue, d.severity.rawValue, d.stated.map(String.init) ?? "", d.other.map(String.init) ?? "",
                d.gap.map(String.init) ?? "", d.summary, ClaimIDOrder.sorted(d.sideA.map(\.claimID)).joined(separator: " "),
                ClaimIDOrder.sorted(d.sideB.map(\.claimID)).joined(separator: " ")]
    }

    /// JSON: the underlying value's fields, its claim ids in `ClaimIDOrder`.
    public func encode(to encoder: any Encoder) throws {
        var d = discrepancy
        d.sideA.sort { ClaimIDOrder.precedes($0.claimID, $1.claimID) }
        d.sideB.sort { ClaimIDOrder.precedes($0.claimID, $1.claimID) }
        try d.encode(to: encoder)
    }
}
