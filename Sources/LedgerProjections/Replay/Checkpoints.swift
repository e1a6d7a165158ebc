import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// A stored fold of the log's first `seq` events.
public struct Checkpoint: Hashable, Sendable {
    public var seq: Int64
    /// The latest recorded time among events 1...seq: the checkpoint serves as-of times from here on.
    public var maxRecordedAt: String
    public var createdAt: String
    public var bytes: Int
}

/// Reads and writes the `rm_checkpoints` table (derived data; see schema/read-models/003_checkpoints.sql).
public enum Checkpoints {
    /// The stored form of a state: its maps as arrays sorted by key, in ``BinaryCodec``.
    struct Body: Codable {
        var reports: [ReportInfo]
        var claims: [ClaimState]
        var republications: [Republication]
        var links: [LinkFact]
        var lastSeq: Int64
    }

    static func encode(_ state: LedgerState) throws -> Data {
        let body = Body(
            reports: state.reports.values.sorted { $0.hash < $1.hash },
            claims: state.claims.sorted { $0.key < $1.key }.map(\.value),
            republications: state.republications.values.sorted { $0.report < $1.report },
            links: state.links, lastSeq: state.lastSeq)
        return Data(try BinaryCodec.encode(body))
    }

    static func decode(_ data: Data) throws -> LedgerState {
        let body = try BinaryCodec.decode(Body.self, from: data)
        var state = LedgerState()
        state.reports.reserveCapacity(body.reports.count)
        for r in body.reports { state.reports[r.hash] = r }
        state.claims.reserveCapacity(body.claims.count)
        for c in body.claims { state.claims[c.original.id] = c }
        for m in body.republications { state.republications[m.report] = m }
        state.links = body.links
        state.lastSeq = body.lastSeq
        return state
    }

    public static func save(_ db: Database, state: LedgerState, maxRecordedAt: String) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO rm_checkpoints (seq, max_recorded_at, created_at, state) VALUES (?, ?, ?, ?)",
            arguments: [state.lastSeq, maxRecordedAt, Timestamp.now(), try encode(state)])
    }

    /// The newest checkpoint usable for `asOf` (any, when nil), with its decoded state.
    public static func nearest(_ db: Database, asOf: String?) throws -> (Checkpoint, LedgerState)? {
        let row: Row?
        if let asOf {
            row = try Row.fetchOne(db, sql: """
                SELECT seq, max_recorded_at, created_at, state FROM rm_checkpoints
                WHERE max_recorded_at <= ? ORDER BY seq DESC LIMIT 1
                """, arguments: [asOf])
        } else {
            row = try Row.fetchOne(db, sql: "SELECT seq, max_recorded_at, created_at, state FROM rm_checkpoints ORDER BY seq DESC LIMIT 1")
        }
        guard let row else { return nil }
        let data: Data = row[3]
        let state = try decode(data)
        return (Checkpoint(seq: row[0], maxRecordedAt: row[1], createdAt: row[2], bytes: data.count), state)
    }

    public static func list(_ db: Database) throws -> [Checkpoint] {
        try Row.fetchAll(db, sql: "SELECT seq, max_recorded_at, created_at, length(state) FROM rm_checkpoints ORDER BY seq").map {
            Checkpoint(seq: $0[0], maxRecordedAt: $0[1], createdAt: $0[2], bytes: $0[3])
        }
    }

    public static func drop(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM rm_checkpoints")
    }
}
