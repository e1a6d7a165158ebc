import Foundation
import GRDB
import LedgerCore

extension ReadModelStore {
    /// The stored discrepancies (all but the derived `tally_vs_incidents`) that held after event `seq`
    /// (a mark), as keys to sort them by: a current row's severity, kind and id are its columns (its
    /// record is read when its turn comes, ``discrepancy(_:)``); a closed version that held then
    /// (what changed since: few) is decoded whole, its severity being in its record alone.
    public func discrepancyKeys(at seq: Int64) throws -> [DiscrepancyListing.Key] {
        var out: [DiscrepancyListing.Key] = []
        let rows = try Row.fetchCursor(
            db, sql: "SELECT severity, kind, id FROM rm_discrepancies WHERE valid_from <= ? AND kind <> 'tally_vs_incidents'",
            arguments: [seq])
        while let row = try rows.next() {
            guard let severity = Severity(rawValue: row[0]), let kind = DiscrepancyKind(rawValue: row[1]) else {
                throw DatabaseError(message: "rm_discrepancies: unknown severity \(row[0] as String) or kind \(row[1] as String)")
            }
            out.append(DiscrepancyListing.Key(severity: severity, kind: kind, id: row[2]))
        }
        let closed = try Data.fetchCursor(
            db, sql: "SELECT record FROM rm_discrepancies_history WHERE valid_to > ?1 AND valid_from <= ?1", arguments: [seq])
        while let record = try closed.next() {
            out.append(DiscrepancyListing.Key(try ReadModelStore.decode(Discrepancy.self, record)))
        }
        return out
    }

    /// The discrepancy a key of ``discrepancyKeys(at:)`` stands for.
    public func discrepancy(_ key: DiscrepancyListing.Key) throws -> Discrepancy {
        if let whole = key.whole { return whole }
        guard let record = try Data.fetchOne(statement("SELECT record FROM rm_discrepancies WHERE id = ?"), arguments: [key.id]) else {
            throw DatabaseError(message: "rm_discrepancies: no discrepancy \(key.id)")
        }
        return try ReadModelStore.decode(Discrepancy.self, record)
    }
}
