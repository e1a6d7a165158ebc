import GRDB
import LedgerCore
import LedgerStore

/// How a replay was done.
public struct ReplayStats: Hashable, Sendable, Codable {
    /// The checkpoint it started from (nil: from the first event).
    public var checkpointSeq: Int64?
    /// Events read after the checkpoint.
    public var eventsRead: Int
    /// Events folded (recorded by the as-of time).
    public var eventsFolded: Int
    /// The last event folded.
    public var lastSeq: Int64

    enum CodingKeys: String, CodingKey {
        case checkpointSeq = "checkpoint_seq"
        case eventsRead = "events_read"
        case eventsFolded = "events_folded"
        case lastSeq = "last_seq"
    }
}

/// Replays the log to a point in recorded time: what the ledger knew then.
///
/// The fold starts from the newest checkpoint whose events were all recorded by the as-of time and
/// folds the later events in append order, skipping those recorded after it. Without checkpoints
/// (or with `useCheckpoints: false`) it folds from the first event; both give the same state.
public enum Replayer {
    /// The fold of every event recorded by `asOf` (all events when nil).
    public static func state(_ ledger: Ledger, asOf: String?, useCheckpoints: Bool = true) throws -> (LedgerState, ReplayStats) {
        try ledger.writer.read { db in try state(db, asOf: asOf, useCheckpoints: useCheckpoints) }
    }

    public static func state(_ db: Database, asOf: String?, useCheckpoints: Bool = true) throws -> (LedgerState, ReplayStats) {
        var state = LedgerState()
        var stats = ReplayStats(checkpointSeq: nil, eventsRead: 0, eventsFolded: 0, lastSeq: 0)
        if useCheckpoints, let (checkpoint, saved) = try Checkpoints.nearest(db, asOf: asOf) {
            state = saved
            stats.checkpointSeq = checkpoint.seq
            stats.lastSeq = checkpoint.seq
        }
        let filter = EventFilter(fromSeq: (stats.checkpointSeq ?? 0) + 1)
        try Ledger.forEachEvent(db, filter) { event in
            stats.eventsRead += 1
            if let asOf, event.recordedAt > asOf { return true }
            try state.apply(event)
            stats.eventsFolded += 1
            stats.lastSeq = event.seq
            return true
        }
        return (state, stats)
    }

    /// Reconciles the ledger as it stood at `asOf`, counting deaths through `through`.
    public static func reconcile(_ ledger: Ledger, asOf: String?, through: Day?) throws -> (Reconciliation, ReplayStats) {
        let (state, stats) = try state(ledger, asOf: asOf)
        return (Reconciler.reconcile(state.records(), links: state.links, through: through), stats)
    }

    /// Writes a checkpoint every `every` events (up to event `upTo`, when given) that no checkpoint
    /// covers yet, folding from the newest one. Returns the sequence numbers checkpointed.
    ///
    /// A checkpoint is a snapshot of the whole fold: writing one holds the fold of every event before
    /// it in memory (about 2 KB a claim).
    @discardableResult
    public static func checkpoint(_ ledger: Ledger, every: Int64, upTo: Int64? = nil) throws -> [Int64] {
        precondition(every > 0)
        return try ledger.writer.writeWithoutTransaction { db in
            var made: [Int64] = []
            try db.inTransaction(.immediate) {
                let last = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM events") ?? 0
                let head = upTo.map { min($0, last) } ?? last
                // Decide from the sequence numbers alone, before decoding any state: most calls (one
                // per ingest) have nothing to write.
                let latest = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM rm_checkpoints") ?? 0
                guard latest + every <= head else { return .commit }
                var (state, start) = (LedgerState(), Int64(0))
                var maxRecorded = ""
                if let (cp, saved) = try Checkpoints.nearest(db, asOf: nil) {
                    (state, start, maxRecorded) = (saved, cp.seq, cp.maxRecordedAt)
                }
                var next = start + every
                guard next <= head else { return .commit }
                try Ledger.forEachEvent(db, EventFilter(fromSeq: start + 1, toSeq: (head / every) * every)) { event in
                    try state.apply(event)
                    if event.recordedAt > maxRecorded { maxRecorded = event.recordedAt }
                    if event.seq == next {
                        try Checkpoints.save(db, state: state, maxRecordedAt: maxRecorded)
                        made.append(event.seq)
                        next += every
                    }
                    return true
                }
                return .commit
            }
            return made
        }
    }
}
