import GRDB
import LedgerPostgres

/// The read models of a PostgreSQL ledger on the server (schema/postgres/002_pg_read_models): the
/// rows of a local SQLite cache's read-model tables, written in a server transaction.
///
/// Changes are captured on the cache's writer connection by TEMP triggers (after every INSERT,
/// UPDATE and DELETE of a mirrored table, the row's key goes into a TEMP key table; an INSERT OR
/// REPLACE fires the insert trigger), so the projector's statements need not know. After a fold, each
/// captured key is either still in the table (its row is upserted on the server) or gone (deleted
/// there). The rows travel as one JSON array per table and statement (`jsonb_populate_recordset`),
/// built by SQLite itself: blobs as `\x` hex, which bytea reads back byte for byte.
public enum ServerMirror {
    /// The mirrored tables, in the order of 002 (the other `rm_` tables are scratch or the local
    /// as-of history: see the file's header).
    public static let tableNames = [
        "rm_reports", "rm_republications", "rm_claims", "rm_links", "rm_link_members", "rm_incidents",
        "rm_incident_members", "rm_series", "rm_series_points", "rm_discrepancies", "rm_state",
    ]

    /// Rows per statement when a whole table is written (a batch's changes are far fewer).
    static let chunk = 2_000

    /// One mirrored table as the cache has it: its columns in order and its primary key.
    public struct Table: Sendable, Equatable {
        public var name: String
        public var columns: [String]
        var blobs: Set<String>
        public var key: [String]

        /// The cache's shape of `name` (`PRAGMA table_info`).
        static func read(_ db: Database, _ name: String) throws -> Table {
            let rows = try Row.fetchAll(db, sql: "SELECT name, upper(type), pk FROM pragma_table_info(?) ORDER BY cid", arguments: [name])
            let columns: [String] = rows.map { $0[0] }
            let blobs = Set(rows.filter { ($0[1] as String) == "BLOB" }.map { $0[0] as String })
            let key = rows.filter { ($0[2] as Int) > 0 }.sorted { ($0[2] as Int) < ($1[2] as Int) }.map { $0[0] as String }
            return Table(name: name, columns: columns, blobs: blobs, key: key)
        }

        /// `json_object(...)` of a row of alias `t`.
        var jsonRow: String {
            "json_object(" + columns.map { c in
                blobs.contains(c) ? "'\(c)', '\\x' || lower(hex(t.\(c)))" : "'\(c)', t.\(c)"
            }.joined(separator: ", ") + ")"
        }

        var keyTable: String { "mirror_keys_\(name)" }
        var keyMatch: String { key.map { "t.\($0) = k.\($0)" }.joined(separator: " AND ") }
    }

    /// The mirrored tables' shapes on this cache.
    public static func tables(_ db: Database) throws -> [Table] {
        try tableNames.map { try Table.read(db, $0) }
    }

    /// Installs the capture on the connection (once: TEMP objects last as long as it) and empties it.
    static func startCapture(_ db: Database) throws {
        for table in try tables(db) {
            let keys = table.key.joined(separator: ", ")
            let new = table.key.map { "new.\($0)" }.joined(separator: ", ")
            let old = table.key.map { "old.\($0)" }.joined(separator: ", ")
            let into = "INSERT OR IGNORE INTO \(table.keyTable) (\(keys))"
            try db.execute(sql: """
                CREATE TEMP TABLE IF NOT EXISTS \(table.keyTable) (\(keys), PRIMARY KEY (\(keys)));
                CREATE TEMP TRIGGER IF NOT EXISTS \(table.keyTable)_i AFTER INSERT ON main.\(table.name)
                BEGIN \(into) VALUES (\(new)); END;
                CREATE TEMP TRIGGER IF NOT EXISTS \(table.keyTable)_u AFTER UPDATE ON main.\(table.name)
                BEGIN \(into) VALUES (\(old)); \(into) VALUES (\(new)); END;
                CREATE TEMP TRIGGER IF NOT EXISTS \(table.keyTable)_d AFTER DELETE ON main.\(table.name)
                BEGIN \(into) VALUES (\(old)); END;
                DELETE FROM temp.\(table.keyTable);
                """)
        }
    }

    /// Writes the rows whose keys were captured since ``startCapture(_:)``: upserted when the cache
    /// holds them, deleted when it does not.
    /// - Returns: the number of rows written or deleted.
    @discardableResult
    static func writeChanges(_ db: Database, to tx: ServerTransaction) throws -> Int {
        var written = 0
        for table in try tables(db) {
            let present = try String.fetchAll(db, sql: """
                SELECT \(table.jsonRow) FROM temp.\(table.keyTable) AS k JOIN main.\(table.name) AS t ON \(table.keyMatch)
                """)
            for part in stride(from: 0, to: present.count, by: chunk) {
                try upsert(table, Array(present[part..<min(part + chunk, present.count)]), tx)
            }
            let gone = try String.fetchAll(db, sql: """
                SELECT json_object(\(table.key.map { "'\($0)', k.\($0)" }.joined(separator: ", ")))
                FROM temp.\(table.keyTable) AS k LEFT JOIN main.\(table.name) AS t ON \(table.keyMatch)
                WHERE t.\(table.key[0]) IS NULL
                """)
            for part in stride(from: 0, to: gone.count, by: chunk) {
                let rows = "[" + gone[part..<min(part + chunk, gone.count)].joined(separator: ",") + "]"
                try tx.execute(
                    "DELETE FROM \(table.name) AS t USING jsonb_populate_recordset(NULL::\(table.name), $1::jsonb) AS k WHERE \(table.keyMatch)",
                    texts: [rows])
            }
            written += present.count + gone.count
            try db.execute(sql: "DELETE FROM temp.\(table.keyTable)")
        }
        return written
    }

    /// Empties the server's mirror and writes every row of the cache's read models (a copy, a
    /// rebuild, a mirror found behind the log).
    /// - Returns: the number of rows written.
    @discardableResult
    static func writeAll(_ db: Database, to tx: ServerTransaction) throws -> Int {
        try tx.execute("TRUNCATE " + tableNames.joined(separator: ", "))
        var written = 0
        for table in try tables(db) {
            let cursor = try String.fetchCursor(db, sql: "SELECT \(table.jsonRow) FROM main.\(table.name) AS t")
            var rows: [String] = []
            while let row = try cursor.next() {
                rows.append(row)
                if rows.count == chunk { try insert(table, rows, tx); written += rows.count; rows.removeAll(keepingCapacity: true) }
            }
            if !rows.isEmpty { try insert(table, rows, tx); written += rows.count }
            try? db.execute(sql: "DELETE FROM temp.\(table.keyTable)")
        }
        return written
    }

    /// The last event the server's mirror holds (0 when it holds none).
    static func mirroredSeq(_ tx: ServerTransaction) throws -> Int64 {
        let value = try tx.execute("SELECT value FROM rm_state WHERE key = 'last_seq'").first ?? nil
        return value.flatMap { Int64($0) } ?? 0
    }

    private static func insert(_ table: Table, _ rows: [String], _ tx: ServerTransaction) throws {
        try tx.execute(
            "INSERT INTO \(table.name) SELECT * FROM jsonb_populate_recordset(NULL::\(table.name), $1::jsonb)",
            texts: ["[" + rows.joined(separator: ",") + "]"])
    }

    private static func upsert(_ table: Table, _ rows: [String], _ tx: ServerTransaction) throws {
        let others = table.columns.filter { !table.key.contains($0) }
        let action = others.isEmpty
            ? "DO NOTHING"
            : "DO UPDATE SET " + others.map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", ")
        try tx.execute(
            """
            INSERT INTO \(table.name) SELECT * FROM jsonb_populate_recordset(NULL::\(table.name), $1::jsonb)
            ON CONFLICT (\(table.key.joined(separator: ", "))) \(action)
            """,
            texts: ["[" + rows.joined(separator: ",") + "]"])
    }
}
