import Foundation
import GRDB
import LedgerKit
import LedgerKitPostgres
import LedgerPostgres
import LedgerSamples
import LedgerStore
import LedgerTestSupport
import Testing

/// The read models of a PostgreSQL ledger on the server (schema/postgres/002_pg_read_models),
/// written in each append's transaction: what a program reading the server sees.
@Suite("PostgreSQL: the read models on the server", .enabled(if: PostgresTestDatabase.available, Comment(rawValue: PostgresTestDatabase.skipMessage)))
struct ServerReadModelTests {
    /// The `rm_` tables of a SQLite ledger that are not on the server, and why (002's header).
    static let notMirrored: Set<String> = [
        "rm_pending_checks", "rm_checkpoints", // scratch and replay snapshots
        "rm_history_clock", "rm_history_marks", "rm_claims_history", "rm_series_points_history",
        "rm_discrepancies_history", "rm_incident_history", // the as-of history, numbered by the cache's folds
    ]

    @Test("every mirrored table has the SQLite table's columns in order, types mapped, the same primary key; every other rm_ table is named as left out")
    func sameColumns() throws {
        let database = try PostgresTestDatabase("cols")
        let server = try PostgresLedger(url: database.url)
        let dir = TemporaryDirectory("pg-cols")
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        let types = ["INTEGER": "bigint", "TEXT": "text", "BLOB": "bytea", "REAL": "double precision"]
        let (shapes, all) = try ledger.writer.read { db in
            (try ServerMirror.tables(db),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm\\_%' ESCAPE '\\'"))
        }
        #expect(Set(all) == Set(ServerMirror.tableNames).union(Self.notMirrored), "a new rm_ table: mirror it (002) or name it here")
        for shape in shapes {
            let sqlite = try ledger.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT name, upper(type) FROM pragma_table_info(?) ORDER BY cid", arguments: [shape.name])
                    .map { "\($0[0] as String) \(types[$0[1] as String] ?? "?")" }
            }
            let postgres = try server.texts("""
                SELECT column_name || ' ' || data_type FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = '\(shape.name)' ORDER BY ordinal_position
                """)
            #expect(postgres == sqlite.map { Optional($0) }, "\(shape.name)")
            let key = try server.texts("""
                SELECT string_agg(a.attname, ',' ORDER BY array_position(i.indkey::int2[], a.attnum))
                FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                WHERE i.indrelid = '\(shape.name)'::regclass AND i.indisprimary
                """)
            #expect(key == [shape.key.joined(separator: ",")], "\(shape.name)")
        }
    }

    @Test("the corpus in two ingests: the server's totals view is `ledger totals --format json` of SQLite, every mirrored row the same; after correct, retract and rebuild, the mirror is the log's fold")
    func corpus() throws {
        let pair = try CLIEngineTests.Pair()
        let server = try PostgresLedger(url: pair.database.url, migrate: false)
        let command = try runLedger(["totals", "--db", pair.sqlite, "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(command.stdout.utf8)) as? [[String: Any]] ?? []
        let keys = ["period", "area", "measure", "category", "incidents", "low", "best", "high", "qualifier"]
        let fromCommand = rows.map { row in keys.map { "\(row[$0] ?? "")" }.joined(separator: "|") }.sorted()
        let fromServer = try server.texts("SELECT concat_ws('|', \(keys.joined(separator: ", "))) FROM totals").compactMap { $0 }.sorted()
        #expect(fromCommand.count > 20)
        #expect(fromServer == fromCommand)
        // «في أحد الحقول» is no figure since stop 35; since stop 41 «لقي عنصران … مصرعهما» reads its whole clause, so the two
        // are dead once (they were also read as two wounded by the verb after them).
        #expect(try server.texts("SELECT count(*)::text FROM claims") == ["368"])
        // Both ingested the same batches at the same recorded times: the same rows, every column.
        MirrorRows.expectEqual(try MirrorRows.server(pair.database.url, shape: pair.sqlite), try MirrorRows.sqlite(pair.sqlite), "two ingests")

        let ids = try server.texts("SELECT id FROM claims ORDER BY id LIMIT 2").compactMap { $0 }
        let correct = try runLedger(["correct", ids[0], "--value", "41", "--reason", "the text says 41", "--db", pair.postgres], environment: pair.env)
        #expect(correct.status == 0, "\(correct.stderr)")
        #expect(try runLedger(["retract", ids[1], "--reason", "a duplicate", "--db", pair.postgres], environment: pair.env).status == 0)
        #expect(try server.texts("SELECT value::text || ' ' || status FROM claims WHERE id = '\(ids[0])'") == ["41 active"])
        #expect(try server.texts("SELECT status FROM claims WHERE id = '\(ids[1])'") == ["retracted"])
        try MirrorRows.expectMatchesFold(pair.database, in: pair.dir, "after correct and retract")

        let rebuild = try runLedger(["rebuild", "--db", pair.postgres], environment: pair.env)
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        try MirrorRows.expectMatchesFold(pair.database, in: pair.dir, "after rebuild")
    }

    @Test("`ledger copy` from SQLite to an empty server fills the server's read models: the source's rows")
    func copy() throws {
        let dir = TemporaryDirectory("pg-mirror-copy")
        let database = try PostgresTestDatabase("mcopy")
        let source = dir.path("s.sqlite")
        let files = try SampleCorpus.reportFiles().map(\.path).sorted()
        #expect(try runLedger(["ingest", "--db", source, "-q", "--recorded-at", "2023-03-01T00:00:00Z"] + files).status == 0)
        let copy = try runLedger(["copy", "--from", source, "--to", database.text], environment: ["LEDGER_CACHE_DIR": dir.path("cache")])
        #expect(copy.status == 0, "\(copy.stderr)")
        MirrorRows.expectEqual(
            try MirrorRows.server(database.url, shape: source, skip: MirrorRows.foldDependent),
            try MirrorRows.sqlite(source, skip: MirrorRows.foldDependent), "after copy")
    }

    @Test("a mirror behind the log (events appended by a program that does not write it) is written whole by the next append")
    func behind() throws {
        let dir = TemporaryDirectory("pg-mirror-behind")
        let database = try PostgresTestDatabase("behind")
        let raw = try PostgresLedger(url: database.url)
        try raw.ingest(try Fixture.generatedReports(3).map { try $0.encoded() }, recordedAt: "2024-01-01T00:00:00.000Z")
        #expect(try raw.texts("SELECT count(*)::text FROM rm_claims") == ["0"])
        let files = try ReportFiles.write(4, prefix: "b", in: dir)
        #expect(try runLedger(["ingest", "--db", database.text, "-q"] + files, environment: ["LEDGER_CACHE_DIR": dir.path("cache")]).status == 0)
        try MirrorRows.expectMatchesFold(database, in: dir, "after the catch-up")
    }

    @Test("two writers (two machines: two caches) ingesting at once leave the mirror equal to the fold of the log")
    func twoWriters() throws {
        let database = try PostgresTestDatabase("mtwo")
        let dir = TemporaryDirectory("pg-mirror-two")
        let shared = try ReportFiles.write(8, prefix: "shared", in: dir)
        let own = try (0..<2).map { try ReportFiles.write(24, prefix: "writer\($0)", in: dir) }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let result = try? runLedger(["ingest", "--db", database.text, "-q", "--batch-size", "3"] + own[i] + shared,
                                        environment: ["LEDGER_CACHE_DIR": dir.path("cache\(i)")])
            results.add(i, result)
        }
        for (i, result) in results.all { #expect(result?.status == 0, "writer \(i): \(result?.stderr ?? "did not run")") }
        let server = try PostgresLedger(url: database.url, migrate: false)
        #expect(try server.texts("SELECT count(*)::text FROM rm_reports") == ["56"])
        try MirrorRows.expectMatchesFold(database, in: dir, "two writers")
    }

    @Test("a COMMIT the server refuses leaves the local cache and the server's read models as they were")
    func failedCommit() throws {
        let database = try PostgresTestDatabase("mfail")
        let dir = TemporaryDirectory("pg-mirror-fail")
        let files = try ReportFiles.write(6, prefix: "f", in: dir)
        let env = ["LEDGER_CACHE_DIR": dir.path("cache")]
        #expect(try runLedger(["ingest", "--db", database.text, "-q"] + files.prefix(3), environment: env).status == 0)
        let cacheFile = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path("cache")).first { $0.hasSuffix(".sqlite") })
        let cache = dir.path("cache/\(cacheFile)")
        let (cacheBefore, cacheHead) = (try MirrorRows.sqlite(cache), try Ledger(path: cache, mode: .readOnly).head())
        let mirrorBefore = try MirrorRows.server(database.url, shape: cache)
        let owner = try PostgresLedger(url: database.url, migrate: false)
        // A deferred constraint trigger runs at COMMIT: the server refuses the commit itself.
        try owner.execute("CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$")
        try owner.execute("""
            CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON events DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION refuse_at_commit()
            """)
        let refused = try runLedger(["ingest", "--db", database.text, "-q"] + files.dropFirst(3), environment: env)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("refused at commit"), "\(refused.stderr)")
        #expect(try owner.count() == cacheHead.seq)
        #expect(try Ledger(path: cache, mode: .readOnly).head() == cacheHead)
        MirrorRows.expectEqual(try MirrorRows.sqlite(cache), cacheBefore, "the cache after the refused commit")
        MirrorRows.expectEqual(try MirrorRows.server(database.url, shape: cache), mirrorBefore, "the server after the refused commit")

        try owner.execute("DROP TRIGGER refuse_at_commit ON events")
        #expect(try runLedger(["ingest", "--db", database.text, "-q"] + files.dropFirst(3), environment: env).status == 0)
        try MirrorRows.expectMatchesFold(database, in: dir, "after the retry")
    }
}
