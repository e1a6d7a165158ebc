import Foundation
import GRDB
import LedgerCore

/// Writes again, in the compact form of ``BinaryCodec`` (issue 20), every stored read-model value
/// an older version wrote in the original form: the same values, fewer bytes (a claim record about
/// half its size). `ledger compact` runs it; new values are written compact anyway.
///
/// A value in the original form starts with a tag `7` container (every stored type is a struct, so
/// its compact form starts with tag `9`). The rows are changed with `UPDATE`, which fires none of the
/// history triggers (schema/009 watches inserts and deletes), so no version opens or closes: the
/// current rows and their history keep comparing equal where their values are equal.
public enum StoredFormatUpgrade {
    /// The type of a stored column's values.
    enum Kind: Sendable {
        case claim, incident, discrepancy, seriesPoint, report, republication, link, checkpoint
    }

    /// Decodes a value of `kind` and encodes it again, in the compact form or the original one. A
    /// claim record loses its report's facts in the compact form (``ReportFacts``) and gets them back
    /// from `db` in the original one, as an older version stored it.
    static func recode(_ data: Data, as kind: Kind, compact: Bool, _ db: Database) throws -> Data {
        func again<T: Codable>(_ type: T.Type) throws -> Data {
            Data(try BinaryCodec.encode(try BinaryCodec.decode(T.self, from: data), compact: compact))
        }
        switch kind {
        case .claim:
            var facts = ReportFacts()
            let record = try BinaryCodec.decode(ClaimRecord.self, from: data)
            let recoded = compact ? ReportFacts.stored(record) : try facts.fill(record, from: ReadModelStore(db))
            return Data(try BinaryCodec.encode(recoded, compact: compact))
        case .incident: return try again(Incident.self)
        case .discrepancy: return try again(Discrepancy.self)
        case .seriesPoint: return try again(SeriesPoint.self)
        case .report: return try again(ReportInfo.self)
        case .republication: return try again(Republication.self)
        case .link: return try again(LinkFact.self)
        case .checkpoint: return try again(Checkpoints.Body.self)
        }
    }

    /// Every column of a stored value: table, column, kind (names are fixed here, never from input).
    static let columns: [(table: String, column: String, kind: Kind)] = [
        ("rm_claims", "record", .claim), ("rm_claims_history", "record", .claim),
        ("rm_incidents", "record", .incident), ("rm_incident_history", "record", .incident),
        ("rm_discrepancies", "record", .discrepancy), ("rm_discrepancies_history", "record", .discrepancy),
        ("rm_series_points", "point", .seriesPoint), ("rm_series_points_history", "point", .seriesPoint),
        ("rm_reports", "info", .report), ("rm_republications", "info", .republication),
        ("rm_links", "fact", .link), ("rm_checkpoints", "state", .checkpoint),
    ]

    /// Rewrites every value still in the original form, a page of rows at a time (inside the caller's
    /// transaction); returns how many were rewritten.
    public static func upgrade(_ db: Database) throws -> Int {
        try rewrite(db, compact: true) + dropTallyLists(db) + dropReportFacts(db)
    }

    /// Drops the copy of its report's facts a claim record in the compact form stored before they were
    /// read from `rm_reports` (``ReportFacts``), in the claims and their history; returns how many
    /// records were rewritten.
    static func dropReportFacts(_ db: Database) throws -> Int {
        var rewritten = 0
        for table in ["rm_claims", "rm_claims_history"] {
            var after: Int64 = .min
            while true {
                // Table names come from the fixed list above, never from input.
                let rows = try Row.fetchAll(db, sql: """
                    SELECT rowid, record FROM \(table) WHERE rowid > ? ORDER BY rowid LIMIT 2000
                    """, arguments: [after])
                guard let last = rows.last else { break }
                for row in rows {
                    let record = try BinaryCodec.decode(ClaimRecord.self, from: row[1] as Data)
                    guard record.report != nil else { continue }
                    try db.execute(sql: "UPDATE \(table) SET record = ? WHERE rowid = ?",
                                   arguments: [Data(try BinaryCodec.encode(ReportFacts.stored(record), compact: true)), row[0] as Int64])
                    rewritten += 1
                }
                after = last[0]
            }
        }
        return rewritten
    }

    /// Puts a copy of its report's facts back into every claim record in the compact form, as the
    /// version before ``ReportFacts`` stored them: how a test makes a ledger of before that change.
    public static func embedReportFacts(_ db: Database) throws -> Int {
        let rows = try Row.fetchAll(db, sql: "SELECT rowid, record FROM rm_claims")
        var facts = ReportFacts()
        for row in rows {
            let record = try facts.fill(try BinaryCodec.decode(ClaimRecord.self, from: row[1] as Data), from: ReadModelStore(db))
            try db.execute(sql: "UPDATE rm_claims SET record = ? WHERE rowid = ?",
                           arguments: [Data(try BinaryCodec.encode(record, compact: true)), row[0] as Int64])
        }
        return rows.count
    }

    /// Drops the incident list a `tally_vs_incidents` check stored before reads derived it
    /// (``TallyCheckLists``): the record without it and the readable `incident_ids` NULL. Returns how
    /// many checks were rewritten.
    static func dropTallyLists(_ db: Database) throws -> Int {
        let rows = try Row.fetchAll(db, sql: """
            SELECT rowid, record FROM rm_discrepancies WHERE kind = 'tally_vs_incidents' AND incident_ids IS NOT NULL
            """)
        for row in rows {
            let d = TallyCheckLists.stored(try BinaryCodec.decode(Discrepancy.self, from: row[1] as Data))
            try db.execute(sql: "UPDATE rm_discrepancies SET record = ?, incident_ids = NULL WHERE rowid = ?",
                           arguments: [Data(try BinaryCodec.encode(d, compact: true)), row[0] as Int64])
        }
        return rows.count
    }

    /// Rewrites every stored value into the compact form, or (`compact: false`) back into the original
    /// form an older version wrote: how a test makes a ledger of before issue 20.
    public static func rewrite(_ db: Database, compact: Bool) throws -> Int {
        var rewritten = 0
        let from: UInt8 = compact ? Tag.keyed : Tag.compactKeyed
        for c in columns {
            var after: Int64 = .min
            while true {
                // Table and column names come from the fixed list above, never from input.
                let rows = try Row.fetchAll(db, sql: """
                    SELECT rowid, \(c.column) FROM \(c.table)
                    WHERE rowid > ? AND substr(\(c.column), 1, 1) = ? ORDER BY rowid LIMIT 2000
                    """, arguments: [after, Data([from])])
                guard let last = rows.last else { break }
                for row in rows {
                    try db.execute(sql: "UPDATE \(c.table) SET \(c.column) = ? WHERE rowid = ?",
                                   arguments: [try recode(row[1], as: c.kind, compact: compact, db), row[0] as Int64])
                }
                rewritten += rows.count
                after = last[0]
            }
        }
        return rewritten
    }
}
