import LedgerCore
import LedgerProjections

extension ExportTables {
    // MARK: reconciliation (running tallies against incidents)

    public static let reconciliationColumns: [ExportColumn] = [
        .init("series", "#meta+series", .string, "The running series: publisher, scope, period start, measure, category."),
        .init("publisher", "#meta+source", .string, "Who keeps the tally (one organisation under any of its names)."),
        .init("scope", "#loc+name", .string, "The tally's area (a province, `aanes`, `badia`, `syria`)."),
        .init("measure", "#indicator+measure", .string, "What the figures count."),
        .init("category", "#affected+type", .string, "Victim category."),
        .init("period_start", "#date+start", .date, "First day of the tally's period."),
        .init("period_end", "#date+end", .date, "Last day of the tally's period (its report's day when open)."),
        .init("stated", "#affected+num+stated", .integer, "The tally's latest stated figure."),
        .init("qualifier", "#indicator+qualifier", .string, "exact, at_least, more_than, about, up_to: a lower bound stays one."),
        .init("claim_id", "#meta+claim", .string, "The claim of the latest figure."),
        .init("incidents", "#event+num", .integer, "Incidents the ledger holds for the same scope, period, measure and category."),
        .init("low", "#affected+num+min", .integer, "Sum of those incidents' lowest credible figures."),
        .init("high", "#affected+num+max", .integer, "Sum of their highest figures."),
        .init("best", "#affected+num+best", .integer, "Sum of their best figures."),
        .init("gap", "#value+gap", .integer, "stated - best: above 0 the tally runs ahead of the known incidents."),
        .init("incident_ids", "#meta+incidents", .list, "The incidents counted."),
    ]

    public static func reconciliation(_ r: Reconciliation) -> ExportTable {
        let rows = TallyReconciliation.rows(series: r.series, incidents: r.incidents).map(reconciliationRow)
        return ExportTable(what: .reconciliation, columns: reconciliationColumns, rows: rows)
    }

    /// One tally's row (a streaming export writes them one at a time).
    public static func reconciliationRow(_ t: TallyReconciliationRow) -> [String] {
        [
            t.series, t.publisher, t.scope, t.measure.rawValue, t.category.rawValue, t.periodStart?.description ?? "",
            t.periodEnd?.description ?? "", String(t.stated), t.qualifier.rawValue, t.claimID, String(t.incidents),
            String(t.low), String(t.high), String(t.best), String(t.gap), t.incidentIDs.joined(separator: "; "),
        ]
    }
}
