import Foundation
import GRDB
import LedgerStore
import LedgerTestSupport
import Testing

/// A reader opened beside writers waits for the file like a writer does. A writer process that
/// exits holds the database file exclusively for a moment (SQLite folds the WAL back on close);
/// `ledger verify` opened then used to fail at once with "locked" (the concurrent smoke check caught
/// it in one of 18 reader passes).
@Suite("Readers beside writers")
struct ReaderWaitTests {
    /// Holds `path` exclusively, as a closing writer does, until `release` is called.
    final class ExclusiveHolder: Sendable {
        let queue: DatabaseQueue
        init(path: String) throws {
            queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
                try db.execute(sql: "BEGIN IMMEDIATE; UPDATE ledger_info SET value = value WHERE key = 'format'; COMMIT")
            }
        }
        func release() throws {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA locking_mode = NORMAL")
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger_info")
            }
            try queue.close()
        }
    }

    @Test("a read-only open waits for a file held exclusively, up to its busy timeout")
    func readOnlyOpenWaits() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("l.sqlite")
        _ = try Ledger(path: path)
        let holder = try ExclusiveHolder(path: path)
        // Held: a reader that will not wait says so, naming the file.
        #expect(throws: LedgerError.locked(path: path)) {
            _ = try Ledger(path: path, mode: .readOnly, busyTimeout: 0.05)
        }
        // Released a moment later: a reader that waits gets in.
        let released = DispatchSemaphore(value: 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            try? holder.release()
            released.signal()
        }
        let ledger = try Ledger(path: path, mode: .readOnly, busyTimeout: 10)
        #expect(try ledger.verify().isIntact)
        #expect(try ledger.eventCount() == 0)
        released.wait()
    }
}
