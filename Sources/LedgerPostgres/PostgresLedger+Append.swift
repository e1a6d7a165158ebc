import LedgerCore
import LedgerStore
import PostgresNIO

extension PostgresLedger {
    @discardableResult
    public func append(_ events: [PendingEvent], recordedAt: String, expecting: ChainHead?) throws -> [StoredEvent] {
        try append(events, recordedAt: recordedAt, expecting: expecting, after: nil)
    }

    /// ``append(_:recordedAt:expecting:)`` running `hook` in the transaction after the insert.
    @discardableResult
    public func append(_ events: [PendingEvent], recordedAt: String, expecting: ChainHead?, after hook: ServerAppendHook?) throws -> [StoredEvent] {
        guard !events.isEmpty else { return [] }
        return try transaction {
            let head = try lockedHead(expecting: expecting)
            let stored = Self.chain(events, after: head, recordedAt: recordedAt)
            try insert(stored, reports: 0)
            try hook?(ServerTransaction(ledger: self, head: head), stored)
            return stored
        }
    }

    @discardableResult
    public func ingest(_ reports: [EncodedReport], recordedAt: String) throws -> [IngestOutcome] {
        try ingest(reports, recordedAt: recordedAt, after: nil)
    }

    /// ``ingest(_:recordedAt:)`` running `hook` in the transaction after the insert.
    @discardableResult
    public func ingest(_ reports: [EncodedReport], recordedAt: String, after hook: ServerAppendHook?) throws -> [IngestOutcome] {
        guard !reports.isEmpty else { return [] }
        return try transaction {
            let head = try lockedHead(expecting: nil)
            let hashes = reports.map(\.contentHash)
            let present = Set(try run("SELECT report_hash FROM events WHERE report_hash = ANY(\(hashes))").map { try $0.decode(String.self) })
            var seen = Set<String>()
            var outcomes: [IngestOutcome] = []
            var pending: [PendingEvent] = []
            for report in reports {
                if present.contains(report.contentHash) || !seen.insert(report.contentHash).inserted {
                    outcomes.append(.alreadyPresent)
                    continue
                }
                pending.append(contentsOf: report.events)
                outcomes.append(.added(claims: max(0, report.events.count - 1)))
            }
            let stored = Self.chain(pending, after: head, recordedAt: recordedAt)
            try insert(stored, reports: seen.count)
            try hook?(ServerTransaction(ledger: self, head: head), stored)
            return outcomes
        }
    }

    public func appendCopies(_ events: [StoredEvent], expecting: ChainHead) throws {
        guard !events.isEmpty else { return }
        var walk = ChainWalk(from: expecting)
        for event in events {
            if let problem = walk.accept(event) { throw problem }
        }
        try transaction {
            _ = try lockedHead(expecting: expecting)
            try insert(events, reports: nil)
        }
    }

    /// Takes the append lock (held until the transaction ends) and reads the head under it.
    private func lockedHead(expecting: ChainHead?) throws -> ChainHead {
        try run("SELECT pg_advisory_xact_lock(\(Self.appendLock))")
        let head = try headNow()
        if let expecting, expecting != head { throw ChainConflict(expected: expecting, found: head) }
        return head
    }

    /// The rows of `events` chained to `head`, all recorded at `recordedAt`.
    static func chain(_ events: [PendingEvent], after head: ChainHead, recordedAt: String) -> [StoredEvent] {
        var previous = head.hash
        return events.enumerated().map { index, event in
            let hash = EventHash.compute(previous: previous, type: event.type.rawValue, payload: event.payload, recordedAt: recordedAt)
            defer { previous = hash }
            return StoredEvent(
                seq: head.seq + 1 + Int64(index), type: event.type, payload: String(decoding: event.payload, as: UTF8.self),
                recordedAt: recordedAt, prevHash: previous, hash: hash)
        }
    }

    /// Inserts rows in one statement (arrays unnested on the server). A report already present is
    /// skipped by the unique index (`ON CONFLICT DO NOTHING`); since the rows after it were chained
    /// to it, a skipped row fails the batch, which is rolled back whole.
    /// - Parameter reports: the number of `report_ingested` rows (nil: not counted).
    private func insert(_ events: [StoredEvent], reports: Int?) throws {
        guard !events.isEmpty else { return }
        let seqs = events.map(\.seq), types = events.map(\.type.rawValue), payloads = events.map(\.payload)
        let times = events.map(\.recordedAt), previous = events.map(\.prevHash), hashes = events.map(\.hash)
        let rows = try run("""
            INSERT INTO events (seq, type, payload, recorded_at, prev_hash, hash)
            SELECT * FROM unnest(\(seqs)::bigint[], \(types)::text[], \(payloads)::text[], \(times)::text[], \(previous)::text[], \(hashes)::text[])
            ON CONFLICT (report_hash) WHERE report_hash IS NOT NULL DO NOTHING
            RETURNING seq
            """)
        if rows.count != events.count {
            throw LedgerError.database(
                path: location, detail: "\(events.count - rows.count) report(s) of the batch were appended by another writer meanwhile; nothing of the batch was appended")
        }
    }
}
