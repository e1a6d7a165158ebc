import Foundation
import LedgerCore
import LedgerProjections

/// Builds the export tables from a reconciliation. Rows are sorted, so output is deterministic.
public enum ExportTables {
    // MARK: claims

    public static let claimColumns: [ExportColumn] = [
        .init("claim_id", "#meta+id", .string, "Claim id: the report's short hash and the claim's index in it."),
        .init("event_seq", "#meta+event", .integer, "Sequence number of the `claim_extracted` event in the log."),
        .init(
            "status", "#status", .string,
            "`active` (current: a corrected claim too, with its corrected fields), `retracted`, `copy` (in a republished copy: "
                + "counted once, with its original) or `superseded` (the same report gives a later figure)."),
        .init("measure", "#indicator+measure", .string, ExportColumn.vocabulary(Measure.self) + "."),
        .init("value", "#affected+num", .integer, "The figure as stated (after any correction event)."),
        .init("qualifier", "#indicator+qualifier", .string, ExportColumn.vocabulary(Qualifier.self) + "."),
        .init("kind", "#indicator+kind", .string, "`incident` (one event's toll) or `tally` (a total over a period or area)."),
        .init("role", "#indicator+role", .string, "`total`, `part` (cell of an exhaustive breakdown) or `subset` (an \"including\" figure)."),
        .init("parent", "#meta+parent", .string, "For a part or subset: the claim it breaks down."),
        .init("category", "#affected+type", .string, "Victim category: " + ExportColumn.vocabulary(VictimCategory.self) + "."),
        .init("category_text", "#affected+type+text", .string, "The category's words as written in the report."),
        .init("place", "#loc+name", .string, "Normalised place (transliteration variants folded) or area scope (aanes, badia)."),
        .init("place_text", "#loc+name+text", .string, "The place's words as written."),
        .init("admin1", "#adm1+name", .string, "Province of the place, when known."),
        .init("event_date", "#date+occurred", .date, "For an incident: the day it happened (resolved against the publication date)."),
        .init("date_candidates", "#date+candidates", .list, "Every day the text supports; more than one is a date conflict."),
        .init("period_start", "#date+start", .date, "For a tally: the first day of its period."),
        .init("period_end", "#date+end", .date, "For a tally: the last day of its period (often the publication date)."),
        .init("attributed_to", "#meta+source+stated", .string, "Who states the figure: the publisher or the party it quotes."),
        .init("publisher", "#meta+source", .string, "The report's publisher (a republished copy: the original's)."),
        .init("published", "#date+reported", .date, "The report's publication date."),
        .init("report_hash", "#meta+report", .string, "SHA-256 of the report's text: its identity in the ledger."),
        .init("context", "#meta+context", .string, "`main`, `back_reference` (an earlier event) or `background` (war-wide context)."),
        .init("exclusions", "#meta+exclusions", .list, "What the report says the figure leaves out."),
        .init("span_start", "#meta+span+start", .integer, "Evidence start offset in the report text (Unicode code points)."),
        .init("span_end", "#meta+span+end", .integer, "Evidence end offset (exclusive)."),
        .init("evidence", "#description", .string, "The words of the report the figure was read from."),
    ]

    public static func claims(_ r: Reconciliation) -> ExportTable {
        ExportTable(what: .claims, columns: claimColumns, rows: ClaimIDOrder.sorted(r.claims, by: \.id).map(claimRow))
    }

    /// One claim's row (a streaming export writes them one at a time).
    public static func claimRow(_ rec: ClaimRecord) -> [String] {
        let c = rec.claim
        return [
            c.id, String(rec.state.seq), rec.status.rawValue, c.measure.rawValue, String(c.value), c.qualifier.rawValue,
            c.kind.rawValue, c.role.rawValue, c.parent ?? "", c.category.rawValue, c.categoryText ?? "",
            c.place?.name ?? "", c.place?.text ?? "", c.place?.admin1 ?? "", c.eventDate?.day?.description ?? "",
            (c.eventDate?.candidates ?? []).map(\.description).joined(separator: "; "),
            c.period?.start?.description ?? "", c.period?.end?.description ?? "", c.attributedTo ?? "",
            rec.publisher, rec.report?.published?.description ?? "", c.report, c.context.rawValue,
            c.exclusions.joined(separator: "; "), String(c.span.start), String(c.span.end), c.span.text,
        ]
    }

    // MARK: incidents

    public static let incidentColumns: [ExportColumn] = [
        .init("incident_id", "#meta+id", .string, "Incident id: a hash of its member claim ids (stable across runs)."),
        .init("date", "#date+occurred", .date, "The incident's day (earliest resolved date of its claims)."),
        .init("last_date", "#date+occurred+last", .date, "The latest day any member claim gives (differs when sources disagree on the date)."),
        .init("admin1", "#adm1+name", .string, "Province."),
        .init("admin1_pcode", "#adm1+code", .string, "The province's OCHA P-code (`SY09`), when the gazetteer knows it."),
        .init("admin2_pcode", "#adm2+code", .string, "The OCHA P-code of the district the place lies in (`SY0903`), when the gazetteer places it in one."),
        .init("place", "#loc+name", .string, "Normalised place."),
        .init("place_text", "#loc+name+text", .string, "The place as one report wrote it."),
        .init("measure", "#indicator+measure", .string, "What the figures count (the values of `measure` under claims)."),
        .init("category", "#affected+type", .string, "Victim category (the values of `category` under claims)."),
        .init("low", "#affected+num+min", .integer, "Lowest current figure among the independent sources (the conservative view)."),
        .init("high", "#affected+num+max", .integer, "Highest current figure among the independent sources."),
        .init("best", "#affected+num+best", .integer, "Best figure, chosen by `rule`."),
        .init("rule", "#meta+rule", .string, "How the best figure was chosen."),
        .init("sources", "#meta+source", .list, "Each independent source's current figure, `source=value`."),
        .init("source_count", "#meta+source+num", .integer, "Number of independent sources (republished copies count once)."),
        .init("claim_ids", "#meta+claims", .list, "Every member claim (current, superseded and copies)."),
        .init("event_seqs", "#meta+event", .list, "The `claim_extracted` events of the member claims."),
    ]

    public static func incidents(_ r: Reconciliation) -> ExportTable {
        let seqOf = claimSeqs(r)
        return ExportTable(what: .incidents, columns: incidentColumns, rows: r.incidents.map { incidentRow($0) { seqOf[$0] } })
    }

    /// One incident's row, `seqOf` giving the `claim_extracted` event of a claim (a streaming export
    /// takes them from the incident's members' evidence).
    public static func incidentRow(_ i: Incident, seqOf: (String) -> Int64?) -> [String] {
        let claims = ClaimIDOrder.sorted(i.claimIDs)
        return [
            i.id, i.day?.description ?? "", i.lastDay?.description ?? "", i.admin1 ?? "",
            (SyriaGazetteer.governorate(of: i.place) ?? i.admin1.flatMap(SyriaGazetteer.place))?.pcode ?? "",
            SyriaGazetteer.district(of: i.place)?.pcode ?? "", i.place, i.placeText ?? "",
            i.measure.rawValue, i.category.rawValue, String(i.low), String(i.high), String(i.best), i.rule,
            i.sources.map { "\($0.source)=\($0.value)" }.joined(separator: "; "), String(i.sources.count),
            claims.joined(separator: "; "), claims.compactMap { seqOf($0).map(String.init) }.joined(separator: "; "),
        ]
    }

    // MARK: discrepancies

    public static let discrepancyColumns: [ExportColumn] = [
        .init("discrepancy_id", "#meta+id", .string, "Discrepancy id: a hash of its kind, group and claims (stable across runs)."),
        .init("kind", "#indicator+kind", .string, ExportColumn.vocabulary(DiscrepancyKind.self) + "."),
        .init("severity", "#severity", .string, ExportColumn.vocabulary(Severity.self) + "."),
        .init("summary", "#description", .string, "What does not hold together, in words."),
        .init("stated", "#value+stated", .integer, "The figure under test (a total, a later series figure, a tally, the lowest source)."),
        .init("other", "#value+other", .integer, "What it was checked against (sum of parts, earlier figure, sum of incidents, highest source)."),
        .init("gap", "#value+gap", .integer, "other - stated."),
        .init("claims_a", "#meta+claims+a", .list, "Claims on the first side (the stated figure)."),
        .init("claims_b", "#meta+claims+b", .list, "Claims on the other side."),
        .init("evidence_a", "#description+a", .list, "Evidence spans of side A, `claim: text`."),
        .init("evidence_b", "#description+b", .list, "Evidence spans of side B."),
        .init("publishers", "#meta+source", .list, "Publishers of the claims involved."),
        .init("incidents", "#meta+incidents", .list, "Incidents involved."),
        .init("event_seqs", "#meta+event", .list, "The `claim_extracted` events of every claim involved."),
    ]

    public static func discrepancies(_ r: Reconciliation) -> ExportTable {
        ExportTable(what: .discrepancies, columns: discrepancyColumns, rows: r.discrepancies.map(discrepancyRow))
    }

    /// One discrepancy's row (a streaming export writes them one at a time).
    public static func discrepancyRow(_ d: Discrepancy) -> [String] {
        var d = d
        d.sideA.sort { ClaimIDOrder.precedes($0.claimID, $1.claimID) }
        d.sideB.sort { ClaimIDOrder.precedes($0.claimID, $1.claimID) }
        func evidence(_ refs: [EvidenceRef]) -> String {
            refs.map { "\($0.claimID): \($0.span.text.replacingOccurrences(of: "; ", with: ", "))" }.joined(separator: "; ")
        }
        let all = d.sideA + d.sideB
        return [
            d.id, d.kind.rawValue, d.severity.rawValue, d.summary, d.stated.map(String.init) ?? "",
            d.other.map(String.init) ?? "", d.gap.map(String.init) ?? "",
            d.sideA.map(\.claimID).joined(separator: "; "), d.sideB.map(\.claimID).joined(separator: "; "),
            evidence(d.sideA), evidence(d.sideB),
            Array(Set(all.map(\.publisher))).sorted().joined(separator: "; "),
            d.incidents.joined(separator: "; "),
            Array(Set(all.map(\.seq))).sorted().map(String.init).joined(separator: "; "),
        ]
    }
}

extension ExportTables {
    // MARK: totals

    public static let totalColumns: [ExportColumn] = [
        .init("period", "#date+month", .string, "`YYYY-MM` of the incidents' dates, or `undated`."),
        .init("admin1", "#adm1+name", .string, "Province of the incidents (their place key when the province is unknown)."),
        .init("measure", "#indicator+measure", .string, "What the figures count (the values of `measure` under claims)."),
        .init("category", "#affected+type", .string, "Victim category (the values of `category` under claims)."),
        .init("killed", "#affected+killed", .integer, "The best total when the measure is `killed`, else empty."),
        .init("injured", "#affected+injured", .integer, "The best total when the measure is `wounded`, else empty."),
        .init("low", "#affected+num+min", .integer, "Sum of each incident's lowest credible figure (the conservative view)."),
        .init("high", "#affected+num+max", .integer, "Sum of each incident's highest figure."),
        .init("best", "#affected+num+best", .integer, "Sum of each incident's best figure."),
        .init("incidents", "#event+num", .integer, "Number of incidents added up (each counts once, whatever the number of reports)."),
        .init("incident_ids", "#meta+incidents", .list, "The incidents behind the total."),
        .init("claim_ids", "#meta+claims", .list, "The claims behind the best figures."),
        .init("event_seqs", "#meta+event", .list, "The `claim_extracted` events of those claims."),
    ]

    public static func totals(_ r: Reconciliation) -> ExportTable {
        totals(TotalsBuilder.totals(r.incidents), seqOf: claimSeqs(r))
    }

    /// The `claim_extracted` event of each claim of a reconciliation.
    public static func claimSeqs(_ r: Reconciliation) -> [String: Int64] {
        Dictionary(r.claims.map { ($0.id, $0.state.seq) }, uniquingKeysWith: { a, _ in a })
    }

    /// The totals table from reconciled totals and the event sequence of each claim behind them.
    public static func totals(_ totals: [ReconciledTotal], seqOf: [String: Int64]) -> ExportTable {
        let rows = totals
            .sorted { ($0.period, $0.area, $0.measure.rawValue, $0.category.rawValue) < ($1.period, $1.area, $1.measure.rawValue, $1.category.rawValue) }
            .map { t -> [String] in
                let claims = ClaimIDOrder.sorted(t.claimIDs)
                return [
                    t.period, t.area, t.measure.rawValue, t.category.rawValue,
                    t.measure == .killed ? String(t.best) : "", t.measure == .wounded ? String(t.best) : "",
                    String(t.low), String(t.high), String(t.best), String(t.incidents),
                    t.incidentIDs.joined(separator: "; "), claims.joined(separator: "; "),
                    claims.compactMap { seqOf[$0].map(String.init) }.joined(separator: "; "),
                ]
            }
        return ExportTable(what: .totals, columns: totalColumns, rows: rows)
    }

    /// The table for `what`.
    public static func table(_ what: ExportWhat, _ r: Reconciliation) -> ExportTable {
        switch what {
        case .totals: totals(r)
        case .incidents: incidents(r)
        case .claims: claims(r)
        case .discrepancies: discrepancies(r)
        case .reconciliation: reconciliation(r)
        }
    }

    /// Every export's columns, for the codebook.
    public static var allColumns: [(ExportWhat, [ExportColumn])] {
        [(.totals, totalColumns), (.incidents, incidentColumns), (.claims, claimColumns), (.discrepancies, discrepancyColumns), (.reconciliation, reconciliationColumns)]
    }
}
