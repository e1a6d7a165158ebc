import Foundation
import GRDB

/// Where a ledger file's bytes are, by table (its indexes included), from SQLite's `dbstat`
/// virtual table: the pages each b-tree holds.
struct FileBytes {
    /// Bytes by table, largest first; the event log's table is `events`, its indexes `events (indexes)`.
    var tables: [(name: String, bytes: Int)]
    /// The database file's bytes (pages in use and free).
    var file: Int

    /// The event rows' own b-tree: the baseline a file is compared with.
    var eventRows: Int { tables.first { $0.name == "events" }?.bytes ?? 0 }

    /// The file over its event rows.
    var ratio: Double { eventRows > 0 ? Double(file) / Double(eventRows) : 0 }

    /// Measures `db` (nil where this SQLite lacks `dbstat`).
    static func measure(_ db: Database) throws -> FileBytes? {
        let owner = Dictionary(
            try Row.fetchAll(db, sql: "SELECT name, tbl_name, type FROM sqlite_schema").map { row -> (String, String) in
                let (name, table, type): (String, String, String) = (row[0], row[1], row[2])
                return (name, type == "index" && table == "events" ? "events (indexes)" : table)
            },
            uniquingKeysWith: { a, _ in a })
        let rows: [Row]
        do {
            rows = try Row.fetchAll(db, sql: "SELECT name, sum(pgsize) FROM dbstat GROUP BY name")
        } catch {
            return nil
        }
        var bytes: [String: Int] = [:]
        for row in rows {
            let name: String = row[0]
            bytes[owner[name] ?? name, default: 0] += row[1] as Int
        }
        let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
        let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
        return FileBytes(tables: bytes.sorted { $0.value > $1.value }.map { ($0.key, $0.value) }, file: pages * pageSize)
    }

    /// `table bytes/event` for the largest tables, the rest summed.
    func perEvent(_ events: Int, top: Int = 8) -> String {
        let n = Double(max(1, events))
        var parts = tables.prefix(top).map { String(format: "%@ %.0f", $0.name, Double($0.bytes) / n) }
        let rest = tables.dropFirst(top).reduce(0) { $0 + $1.bytes }
        if rest > 0 { parts.append(String(format: "others %.0f", Double(rest) / n)) }
        return parts.joined(separator: ", ")
    }
}
