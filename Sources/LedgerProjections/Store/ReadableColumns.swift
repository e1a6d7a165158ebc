import Foundation
import GRDB
import LedgerCore

/// The plain columns written beside each read model's binary record (schema/012), so that the
/// ledger file reads in the sqlite3 shell and Datasette: every figure `ledger claims`, `incidents`,
/// `series` and `discrepancies` show, under the views `claims`, `incidents`, `series_points`,
/// `discrepancies` and `totals`.
enum ReadableColumns {
    static let claimNames = [
        "value", "qualifier", "role", "context", "victims", "victims_text", "place", "place_text", "admin1", "period_start",
        "period_end", "event_day", "publisher", "report_day", "attributed_to", "exclusions", "evidence", "span_start", "span_end",
    ]
    static let incidentNames = ["place_text", "last_day", "rule", "sources", "claim_ids"]
    static let pointNames = ["publisher", "measure", "category", "period_start", "period_end", "value", "qualifier", "report_day", "evidence"]
    static let discrepancyNames = [
        "summary", "stated", "other", "gap", "side_a", "side_b", "side_a_evidence", "side_b_evidence", "incident_ids",
    ]

    static let claimColumns = claimNames.joined(separator: ", ")
    static let claimPlaceholders = placeholders(claimNames)
    static let incidentColumns = incidentNames.joined(separator: ", ")
    static let incidentPlaceholders = placeholders(incidentNames)
    static let pointColumns = pointNames.joined(separator: ", ")
    static let pointPlaceholders = placeholders(pointNames)
    static let discrepancyColumns = discrepancyNames.joined(separator: ", ")
    static let discrepancyPlaceholders = placeholders(discrepancyNames)

    static func placeholders(_ names: [String]) -> String { names.map { _ in "?" }.joined(separator: ", ") }

    /// `count` NULLs: the columns left empty (``ReadableColumnWrites``).
    static func nulls(_ count: Int) -> StatementArguments {
        StatementArguments([(any DatabaseValueConvertible)?](repeating: nil, count: count))
    }

    static func claim(_ r: ClaimRecord) -> StatementArguments {
        guard ReadableColumnWrites.enabled else { return nulls(claimNames.count) }
        let c = r.claim
        let values: [(any DatabaseValueConvertible)?] = [
            c.value, c.qualifier.rawValue, c.role.rawValue, c.context.rawValue, c.category.rawValue, c.categoryText,
            c.place?.name, c.place?.text, c.place?.admin1, c.period?.start?.description, c.period?.end?.description,
            c.eventDate?.day?.description, r.publisher, r.publishedDay?.description, c.attributedTo,
            c.exclusions.isEmpty ? nil : c.exclusions.joined(separator: "; "), c.span.text, c.span.start, c.span.end,
        ]
        return StatementArguments(values)
    }

    static func incident(_ inc: Incident) -> StatementArguments {
        guard ReadableColumnWrites.enabled else { return nulls(incidentNames.count) }
        let values: [(any DatabaseValueConvertible)?] = [
            inc.placeText, inc.lastDay?.description, inc.rule, sourcesJSON(inc.sources),
            inc.claimIDs.joined(separator: ", "),
        ]
        return StatementArguments(values)
    }

    static func point(_ p: SeriesPoint) -> StatementArguments {
        guard ReadableColumnWrites.enabled else { return nulls(pointNames.count) }
        let values: [(any DatabaseValueConvertible)?] = [
            p.publisher, p.measure.rawValue, p.category.rawValue, p.periodStart?.description, p.periodEnd?.description, p.value,
            p.qualifier.rawValue, p.reportDay?.description, p.evidence.span.text,
        ]
        return StatementArguments(values)
    }

    static func discrepancy(_ d: Discrepancy) -> StatementArguments {
        guard ReadableColumnWrites.enabled else { return nulls(discrepancyNames.count) }
        let sideB = sideB(d)
        let values: [(any DatabaseValueConvertible)?] = [
            d.summary, d.stated, d.other, d.gap, d.sideA.map(\.claimID).joined(separator: ", "),
            sideB.ids, d.sideA.map(\.span.text).joined(separator: " | "),
            sideB.evidence, d.incidents.isEmpty || d.kind == .tallyVsIncidents ? nil : d.incidents.joined(separator: ", "),
        ]
        return StatementArguments(values)
    }

    /// The `side_b` and `side_b_evidence` columns of a discrepancy.
    static func sideB(_ d: Discrepancy) -> (ids: String, evidence: String) {
        (d.sideB.map(\.claimID).joined(separator: ", "), d.sideB.map(\.span.text).joined(separator: " | "))
    }

    /// The `sources` column: each source's figure of an incident as a JSON array of objects
    /// (`source`, `value`, `qualifier`, `claim`), written without an encoder on the append path.
    static func sourcesJSON(_ sources: [SourceFigure]) -> String {
        JSONValue.array(sources.map { s in
            .object([
                "source": .string(s.source), "value": .integer(Int64(s.value)),
                "qualifier": .string(s.qualifier.rawValue), "claim": .string(s.claimID),
            ])
        }).canonicalJSONString()
    }
}
