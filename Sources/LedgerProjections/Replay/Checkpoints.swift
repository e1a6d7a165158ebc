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

/// Reads and writes the `rm_checkpoints` table (derived data; see schema/003_checkpoints.sql).
public enum Checkpoints {
    static func encode(_ state: LedgerState) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(state)
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
        let state = try JSONDecoder().decode(LedgerState.self, from: data)
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
