import Foundation
import LedgerCore
import LedgerPostgres
import LedgerSamples
import LedgerStore
import LedgerTestSupport
import Testing

/// The `ledger` commands on a PostgreSQL ledger give what they give on a SQLite file, byte for byte.
@Suite("PostgreSQL: the CLI on both engines", .enabled(if: PostgresTestDatabase.available, Comment(rawValue: PostgresTestDatabase.skipMessage)))
struct CLIEngineTests {
    /// The sample corpus ingested in two batches (March, June) into a SQLite file and a PostgreSQL ledger.
    struct Pair {
        let dir = TemporaryDirectory("pg-cli")
        let database: PostgresTestDatabase
        let sqlite: String
        var postgres: String { database.text }
        var env: [String: String] { ["LEDGER_CACHE_DIR": dir.path("cache")] }

        init() throws {
            database = try PostgresTestDatabase("cli")
            sqlite = dir.path("l.sqlite")
            let files = try SampleCorpus.reportFiles().map(\.path).sorted()
            for db in [sqlite, database.text] {
                let march = try runLedger(["ingest", "--db", db, "-q", "--recorded-at", "2023-03-01T00:00:00Z"] + files.prefix(8), environment: env)
                #expect(march.status == 0, "\(march.stderr)")
                let june = try runLedger(["ingest", "--db", db, "-q", "--recorded-at", "2023-06-01T00:00:00Z"] + files.dropFirst(8), environment: env)
                #expect(june.status == 0, "\(june.stderr)")
            }
        }

        /// Runs `arguments` on both ledgers; returns both results.
        func both(_ arguments: [String]) throws -> (sqlite: CommandResult, postgres: CommandResult) {
            (try runLedger(arguments + ["--db", sqlite], environment: env), try runLedger(arguments + ["--db", postgres], environment: env))
        }
    }

    @Test("totals, claims, incidents, series, discrepancies, explain, export, replay, diff and log print the same on both, now and --as-of/--through")
    func sameOutput() throws {
        let pair = try Pair()
        let claims = try runLedger(["claims", "--db", pair.sqlite, "--format", "json"], environment: pair.env)
        let firstID = try #require((try JSONSerialization.jsonObject(with: Data(claims.stdout.utf8)) as? [[String: Any]])?
            .compactMap { ($0["claim"] as? [String: Any])?["id"] as? String }.first)
        let commands: [[String]] = [
            ["totals"], ["totals", "--format", "json"], ["totals", "--view", "range", "--through", "2023-04-30"],
            ["totals", "--as-of", "2023-03-15", "--format", "csv"], ["totals", "--tallies"], ["totals", "--by", "governorate"],
            ["claims", "--format", "jsonl"], ["incidents", "--format", "json"], ["series"],
            ["discrepancies", "--format", "json"], ["discrepancies", "--as-of", "2023-03-15"],
            ["explain", firstID], ["export", "--what", "claims", "--format", "csv"], ["export", "--what", "totals", "--format", "json"],
            ["replay", "--as-of", "2023-03-15", "--format", "json"], ["diff", "--as-of", "2023-03-15", "--as-of", "2023-06-15"],
            ["log", "--format", "jsonl"], ["verify"], ["verify", "--format", "json"],
        ]
        for command in commands {
            let (sqlite, postgres) = try pair.both(command)
            #expect(sqlite.status == 0, "\(command): \(sqlite.stderr)")
            #expect(postgres.status == sqlite.status, "\(command): \(postgres.stderr)")
            #expect(postgres.stdout == sqlite.stdout, "\(command) differs")
            #expect(!sqlite.stdout.isEmpty, "\(command) printed nothing")
        }
    }

    @Test("correct, retract, link and withdraw append to the server and give the same totals and claims as on SQLite")
    func amendments() throws {
        let pair = try Pair()
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(try runLedger(["claims", "--db", pair.sqlite, "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        let ids = rows.compactMap { ($0["claim"] as? [String: Any])?["id"] as? String }
        try #require(ids.count >= 3)
        for command in [["correct", ids[0], "--value", "41", "--reason", "the text says 41"], ["retract", ids[1], "--reason", "a duplicate"]] {
            let (sqlite, postgres) = try pair.both(command)
            #expect(sqlite.status == 0, "\(command): \(sqlite.stderr)")
            #expect(postgres.stdout == sqlite.stdout, "\(command): \(postgres.stderr)")
        }
        // The amendments were recorded now, a moment apart on the two: their recorded times differ.
        func timeless(_ text: String) -> [Substring] { text.split(separator: "\n").filter { !$0.contains("recorded_at") } }
        for command in [["totals"], ["claims", "--format", "json"], ["discrepancies"]] {
            let (sqlite, postgres) = try pair.both(command)
            #expect(timeless(postgres.stdout) == timeless(sqlite.stdout), "\(command) differs after the amendments")
        }
        let server = try PostgresLedger(url: pair.database.url, migrate: false)
        #expect(try server.events(from: server.count() - 1, limit: 2).map(\.type) == [.claimCorrected, .claimRetracted])
        #expect(try server.verify(anchor: nil).isIntact)
    }

    @Test("ingesting the same reports again is a no-op on the server too; LEDGER_DB selects the server")
    func idempotentAndEnvironment() throws {
        let pair = try Pair()
        let files = try SampleCorpus.reportFiles().map(\.path).sorted()
        let again = try runLedger(["ingest", "--db", pair.postgres, "-q"] + files, environment: pair.env)
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 report(s) added"))
        var env = pair.env
        env["LEDGER_DB"] = pair.postgres
        let viaEnv = try runLedger(["verify"], environment: env)
        let viaFlag = try runLedger(["verify", "--db", pair.sqlite], environment: pair.env)
        #expect(viaEnv.status == 0)
        #expect(viaEnv.stdout == viaFlag.stdout)
    }

    @Test("copy SQLite → PostgreSQL → SQLite round-trips every event, with the same head hash and totals")
    func copyRoundTrip() throws {
        let pair = try Pair()
        let target = try PostgresTestDatabase("copy")
        let back = pair.dir.path("back.sqlite")
        let there = try runLedger(["copy", "--from", pair.sqlite, "--to", target.text], environment: pair.env)
        #expect(there.status == 0, "\(there.stderr)")
        let home = try runLedger(["copy", "--from", target.text, "--to", back], environment: pair.env)
        #expect(home.status == 0, "\(home.stderr)")
        let head = try runLedger(["verify", "--db", pair.sqlite]).stdout
        #expect(head.hasPrefix("intact: "))
        #expect(try runLedger(["verify", "--db", target.text], environment: pair.env).stdout == head)
        #expect(try runLedger(["verify", "--db", back]).stdout == head)
        let a = try Ledger(path: pair.sqlite, mode: .readOnly).events(from: 1, limit: 100_000)
        #expect(try Ledger(path: back, mode: .readOnly).events(from: 1, limit: 100_000) == a)
        #expect(try PostgresLedger(url: target.url, migrate: false).events(from: 1, limit: 100_000) == a)
        let totals = try runLedger(["totals", "--db", pair.sqlite]).stdout
        #expect(try runLedger(["totals", "--db", back]).stdout == totals)
        #expect(try runLedger(["totals", "--db", target.text], environment: pair.env).stdout == totals)
        // Copying again appends nothing; into a ledger that is not a prefix, nothing at all.
        let again = try runLedger(["copy", "--from", pair.sqlite, "--to", target.text], environment: pair.env)
        #expect(again.stdout.hasPrefix("copied 0 event(s) (\(a.count) already there)"))
        let other = pair.dir.path("other.sqlite")
        #expect(try runLedger(["ingest", "--db", other, "-q", try SampleCorpus.reportFiles().map(\.path).sorted().last!]).status == 0)
        let refused = try runLedger(["copy", "--from", other, "--to", target.text], environment: pair.env)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("not the first events of the source"))
    }

    @Test("copy resumes into a destination that holds the source's first events")
    func copyResumes() throws {
        let pair = try Pair()
        let partial = pair.dir.path("partial.sqlite")
        let files = try SampleCorpus.reportFiles().map(\.path).sorted()
        #expect(try runLedger(["ingest", "--db", partial, "-q", "--recorded-at", "2023-03-01T00:00:00Z"] + files.prefix(8)).status == 0)
        let before = try Ledger(path: partial, mode: .readOnly).count()
        let result = try runLedger(["copy", "--from", pair.postgres, "--to", partial], environment: pair.env)
        #expect(result.status == 0, "\(result.stderr)")
        let total = try Ledger(path: pair.sqlite, mode: .readOnly).count()
        #expect(result.stdout.hasPrefix("copied \(total - before) event(s) (\(before) already there)"))
        #expect(try runLedger(["totals", "--db", partial]).stdout == (try runLedger(["totals", "--db", pair.sqlite]).stdout))
    }
}
