import Foundation
import GRDB
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

/// Tampering "by other means": drop the triggers, change rows, and check that verify names the event.
@Suite("Verify and tamper evidence")
struct VerifyTests {
    func tampered(_ sql: String, events: Int = 12) throws -> (Ledger, TemporaryDirectory) {
        let dir = TemporaryDirectory()
        let path = dir.path("l.sqlite")
        let ledger = try Ledger(path: path)
        try ledger.ingest(Fixture.generatedReports(events / 3))
        try ledger.writer.write { db in
            try db.execute(sql: "DROP TRIGGER events_refuse_update; DROP TRIGGER events_refuse_delete")
            try db.execute(sql: sql)
        }
        return (ledger, dir)
    }

    @Test("an intact chain verifies, with its event count and head hash")
    func intact() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        try ledger.ingest(Fixture.generatedReports(10))
        let head = try ledger.head()
        #expect(try ledger.verify() == .intact(events: 30, head: head.hash))
        #expect(try ledger.verify(anchor: head.hash).isIntact)
    }

    @Test("an empty ledger verifies")
    func empty() throws {
        let dir = TemporaryDirectory()
        #expect(try Ledger(path: dir.path("l.sqlite")).verify() == .intact(events: 0, head: EventHash.genesis))
    }

    @Test("editing one byte of a payload is found at that event")
    func editedPayloadByte() throws {
        // Change one digit inside event 5's payload (a claim: "value":N -> "value":N+1 style edit).
        let (ledger, _) = try tampered("UPDATE events SET payload = replace(payload, '\"value\":', '\"value\":9') WHERE seq = 5")
        guard case .broken(let seq, let reason, _) = try ledger.verify() else { Issue.record("not detected"); return }
        #expect(seq == 5)
        #expect(reason.contains("hash mismatch"))
    }

    @Test("editing the recorded time is found")
    func editedTime() throws {
        let (ledger, _) = try tampered("UPDATE events SET recorded_at = '2000-01-01T00:00:00.000Z' WHERE seq = 7")
        guard case .broken(let seq, _, _) = try ledger.verify() else { Issue.record("not detected"); return }
        #expect(seq == 7)
    }

    @Test("deleting an event is found at the gap")
    func deleted() throws {
        let (ledger, _) = try tampered("DELETE FROM events WHERE seq = 4")
        guard case .broken(let seq, let reason, _) = try ledger.verify() else { Issue.record("not detected"); return }
        #expect(seq == 5)
        #expect(reason.contains("deleted"))
    }

    @Test("deleting the last events is found against an anchor written down earlier")
    func truncatedTail() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        try ledger.ingest(Fixture.generatedReports(4))
        let anchor = try ledger.head().hash
        try ledger.writer.write { db in
            try db.execute(sql: "DROP TRIGGER events_refuse_delete; DELETE FROM events WHERE seq > 10")
        }
        #expect(try !ledger.verify(anchor: anchor).isIntact)
    }

    @Test("an inserted event with a forged hash is found")
    func inserted() throws {
        let (ledger, _) = try tampered("""
            UPDATE events SET seq = seq + 1000 WHERE seq > 6;
            UPDATE events SET seq = seq - 999 WHERE seq > 1000;
            INSERT INTO events (seq, type, payload, recorded_at, prev_hash, hash)
              SELECT 7, 'claim_retracted', '{"claim_id":"x","reason":"forged"}', recorded_at, hash, printf('%064d', 7) FROM events WHERE seq = 6;
            """)
        guard case .broken(let seq, _, _) = try ledger.verify() else { Issue.record("not detected"); return }
        #expect(seq == 7)
    }

    @Test("reordering two events is found")
    func reordered() throws {
        let (ledger, _) = try tampered("""
            UPDATE events SET seq = -1 WHERE seq = 3;
            UPDATE events SET seq = 3 WHERE seq = 4;
            UPDATE events SET seq = 4 WHERE seq = -1;
            """)
        guard case .broken(let seq, _, _) = try ledger.verify() else { Issue.record("not detected"); return }
        #expect(seq == 3)
    }

    /// A ledger of 40 events of about 100 KB (4 MB: several blocks of the hashing pipeline), with
    /// the triggers dropped and `sql` run.
    func tamperedLarge(_ sql: String) throws -> (Ledger, TemporaryDirectory) {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        for batch in 0..<4 {
            try ledger.append((0..<10).map { i in
                let reason = String(repeating: "r\(batch)-\(i) ", count: 100_000 / 6)
                return PendingEvent(type: .claimRetracted, payload: Array("{\"claim_id\":\"c\(batch)-\(i)\",\"reason\":\"\(reason)\"}".utf8))
            })
        }
        #expect(try ledger.verify().isIntact)
        try ledger.writer.write { db in
            try db.execute(sql: "DROP TRIGGER events_refuse_update; DROP TRIGGER events_refuse_delete")
            try db.execute(sql: sql)
        }
        return (ledger, dir)
    }

    @Test("in a large ledger, the first failure in append order is reported, whichever check finds it", arguments: [
        ("UPDATE events SET payload = replace(payload, 'r2-7', 'r2-8') WHERE seq = 28", Int64(28), "hash mismatch"),
        ("UPDATE events SET payload = replace(payload, 'r3-9', 'r3-1') WHERE seq = 40", Int64(40), "hash mismatch"),
        ("UPDATE events SET recorded_at = '2000-01-01T00:00:00.000Z' WHERE seq = 31; DELETE FROM events WHERE seq = 36", Int64(31), "hash mismatch"),
        ("DELETE FROM events WHERE seq = 12; UPDATE events SET recorded_at = '2000-01-01T00:00:00.000Z' WHERE seq = 31", Int64(13), "deleted"),
        ("UPDATE events SET prev_hash = hash WHERE seq = 22; UPDATE events SET payload = '{}' WHERE seq = 35", Int64(22), "previous hash"),
        ("UPDATE events SET payload = '{}' WHERE seq = 22; UPDATE events SET prev_hash = hash WHERE seq = 22", Int64(22), "previous hash"),
    ])
    func firstFailureInOrder(_ test: (sql: String, seq: Int64, reason: String)) throws {
        let (ledger, _) = try tamperedLarge(test.sql)
        guard case .broken(let seq, let reason, let checked) = try ledger.verify() else { Issue.record("not detected"); return }
        #expect(seq == test.seq)
        #expect(reason.contains(test.reason))
        // Events checked before it: for a gap, those before the missing one.
        #expect(checked == (test.reason == "deleted" ? test.seq - 2 : test.seq - 1))
    }
}
