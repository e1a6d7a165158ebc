import Foundation
import GRDB
import LedgerCore
import LedgerPostgres
import LedgerStore
import LedgerTestSupport
import Testing

/// The engines a contract test runs on: SQLite always, PostgreSQL when `LEDGER_TEST_PG` is set.
enum Engine: String, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var available: [Engine] { PostgresTestDatabase.available ? [.sqlite, .postgres] : [.sqlite] }

    var testDescription: String { rawValue }

    /// A fresh, empty log on this engine.
    func makeLog() throws -> FreshLog { try FreshLog(self) }
}

/// An empty event log and what it lives in (a temporary folder or a scratch database), removed when
/// the value is released.
final class FreshLog: @unchecked Sendable {
    let log: any EventLog
    let engine: Engine
    private let dir: TemporaryDirectory?
    let database: PostgresTestDatabase?

    init(_ engine: Engine) throws {
        self.engine = engine
        switch engine {
        case .sqlite:
            let dir = TemporaryDirectory()
            self.dir = dir
            database = nil
            log = try Ledger(path: dir.path("l.sqlite"))
        case .postgres:
            dir = nil
            let database = try PostgresTestDatabase()
            self.database = database
            log = try PostgresLedger(url: database.url)
        }
    }

    /// Runs one SQL statement on the engine, as its owner (for tampering and refusals).
    func execute(_ sql: String) throws {
        if let ledger = log as? Ledger {
            try ledger.writer.writeWithoutTransaction { try $0.execute(sql: sql) }
        } else if let ledger = log as? PostgresLedger {
            try ledger.execute(sql)
        }
    }
}

@Suite("PostgreSQL tests")
struct PostgresAvailability {
    @Test("without LEDGER_TEST_PG the PostgreSQL tests skip, saying so", .enabled(if: !PostgresTestDatabase.available, "LEDGER_TEST_PG is set: the PostgreSQL tests run against that server"))
    func skipped() {
        // Runs only when LEDGER_TEST_PG is unset, to say so in the output.
        print("note: \(PostgresTestDatabase.skipMessage)")
    }
}
