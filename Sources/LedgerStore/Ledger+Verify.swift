import Foundation
import GRDB
import LedgerCore

/// The result of walking the chain.
public enum VerifyResult: Hashable, Sendable {
    /// Every event's hash matches and every link is in place.
    case intact(events: Int64, head: String)
    /// The first event that does not hold together, and why.
    case broken(seq: Int64, reason: String, checked: Int64)

    public var isIntact: Bool { if case .intact = self { true } else { false } }
}

extension Ledger {
    /// Re-walks the whole chain in append order, recomputing every hash.
    ///
    /// Finds an edited payload, type or time (hash mismatch), a deleted or inserted row (a gap in
    /// the sequence or a previous hash that does not match), and reordered rows.
    /// - Parameter anchor: a head hash written down earlier; the chain must still contain it.
    public func verify(anchor: String? = nil, progress: ((Int64, Int64) -> Void)? = nil) throws -> VerifyResult {
        try guarded {
            try writer.read { db in
                let total = try Int64.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
                var expectedSeq: Int64 = 1
                var previous = EventHash.genesis
                var anchorSeen = anchor == nil
                var result: VerifyResult?
                let rows = try Row.fetchCursor(db, sql: "SELECT seq, type, payload, recorded_at, prev_hash, hash FROM events ORDER BY seq")
                while let row = try rows.next() {
                    let seq: Int64 = row[0]
                    if seq != expectedSeq {
                        result = .broken(seq: seq, reason: seq > expectedSeq
                            ? "sequence jumps from \(expectedSeq - 1) to \(seq): event(s) deleted"
                            : "sequence number \(seq) out of order", checked: expectedSeq - 1)
                        break
                    }
                    let prevHash: String = row[4]
                    if prevHash != previous {
                        result = .broken(seq: seq, reason: "previous hash does not match event \(seq - 1): event(s) deleted, inserted or reordered", checked: seq - 1)
                        break
                    }
                    let type: String = row[1]
                    let recordedAt: String = row[3]
                    let hash: String = row[5]
                    let computed = try row.withUnsafeData(atIndex: 2) { payload in
                        EventHash.compute(previous: previous, type: type, payload: payload ?? Data(), recordedAt: recordedAt)
                    }
                    if computed != hash {
                        result = .broken(seq: seq, reason: "hash mismatch: its type, payload or recorded time was altered", checked: seq - 1)
                        break
                    }
                    if !anchorSeen && hash == anchor { anchorSeen = true }
                    previous = hash
                    expectedSeq += 1
                    if seq % 50_000 == 0 { progress?(seq, total) }
                }
                if let result { return result }
                if !anchorSeen {
                    return .broken(seq: expectedSeq - 1, reason: "the anchor \(anchor!) is not in the chain: the log was rewritten", checked: expectedSeq - 1)
                }
                return .intact(events: expectedSeq - 1, head: previous)
            }
        }
    }
}
