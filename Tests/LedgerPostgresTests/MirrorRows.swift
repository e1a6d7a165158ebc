import Foundation
import GRDB
import LedgerKit
import LedgerKitPostgres
import LedgerPostgres
import LedgerStore
import LedgerTestSupport
import Testing

/// The rows of the mirrored read-model tables, as text a row each (columns joined by U+001F, NULL as
/// `∅`, blobs as `\x` + lowercase hex on both engines), sorted: what two ledgers are compared by.
enum MirrorRows {
    typealias Tables = [String: [String]]

    /// `valid_from`: the projection (batch) that wrote a row, which depends on how a ledger was folded.
    static let foldDependent: Set<String> = ["valid_from"]

    /// Each mirrored table's columns in a SQLite ledger (name, is a blob).
    static func shape(_ path: String) throws -> [String: [(name: String, blob: Bool)]] {
        let ledger = try Ledger(path: path, mode: .readOnly)
        return try ledger.writer.read { db in
            try Dictionary(uniqueKeysWithValues: ServerMirror.tableNames.map { table in
                (table, try Row.fetchAll(db, sql: "SELECT name, upper(type) FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
                    .map { (name: $0[0] as String, blob: ($0[1] as String) == "BLOB") })
            })
        }
    }

    /// The rows of a SQLite ledger (a file or a PostgreSQL ledger's cache).
    static func sqlite(_ path: String, skip: Set<String> = []) throws -> Tables {
        let shape = try shape(path)
        let ledger = try Ledger(path: path, mode: .readOnly)
        return try ledger.writer.read { db in
            var out = Tables()
            for (table, columns) in shape {
                let texts = columns.filter { !skip.contains($0.name) }.map { c in
                    c.blob ? "CASE WHEN \(c.name) IS NULL THEN '∅' ELSE '\\x' || lower(hex(\(c.name))) END"
                        : "coalesce(CAST(\(c.name) AS TEXT), '∅')"
                }
                out[table] = try String.fetchAll(db, sql: "SELECT \(texts.joined(separator: " || char(31) || ")) FROM \(table)").sorted()
            }
            return out
        }
    }

    /// The rows of the server's mirror, in the columns `shape` (a SQLite ledger) has.
    static func server(_ url: PostgresURL, shape path: String, skip: Set<String> = []) throws -> Tables {
        let shape = try shape(path)
        let server = try PostgresLedger(url: url, migrate: false)
        return try shape.keys.reduce(into: Tables()) { out, table in
            let columns = shape[table]!.filter { !skip.contains($0.name) }.map { "coalesce(\($0.name)::text, '∅')" }
            out[table] = try server.texts("SELECT concat_ws(chr(31), \(columns.joined(separator: ", "))) FROM \(table)")
                .map { $0 ?? "" }.sorted()
        }
    }

    /// Expects the two to hold the same rows, table by table (saying which differ and by how much).
    static func expectEqual(_ mirror: Tables, _ reference: Tables, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(mirror.keys.sorted() == reference.keys.sorted(), sourceLocation: sourceLocation)
        for table in reference.keys.sorted() {
            let (a, b) = (mirror[table] ?? [], reference[table] ?? [])
            #expect(a == b, "\(what): \(table) has \(a.count) row(s) on the server, \(b.count) in the reference; \(Set(a).symmetricDifference(b).count) differ",
                    sourceLocation: sourceLocation)
        }
    }

    /// Expects the server's mirror to equal the read models folded afresh from the server's log
    /// (`ledger copy` into a new SQLite file), but for ``foldDependent`` columns.
    static func expectMatchesFold(_ database: PostgresTestDatabase, in dir: TemporaryDirectory, _ what: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fold = dir.path("fold-\(UUID().uuidString.prefix(8)).sqlite")
        let copy = try runLedger(["copy", "--from", database.text, "--to", fold], environment: ["LEDGER_CACHE_DIR": dir.path("fold-cache")])
        #expect(copy.status == 0, "\(copy.stderr)", sourceLocation: sourceLocation)
        let reference = try sqlite(fold, skip: foldDependent)
        #expect(reference["rm_claims"]?.isEmpty == false, "\(what): the fold holds no claims", sourceLocation: sourceLocation)
        expectEqual(try server(database.url, shape: fold, skip: foldDependent), reference, what, sourceLocation: sourceLocation)
        let server = try PostgresLedger(url: database.url, migrate: false)
        #expect(try server.texts("SELECT value FROM rm_state WHERE key = 'last_seq'") == ["\(try server.count())"],
                "\(what): the mirror holds the log's last event", sourceLocation: sourceLocation)
    }
}
