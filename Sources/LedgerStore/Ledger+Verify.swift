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
    /// - Parameter anchor: a head hash written down earlier, whole or as a prefix of at least eight
    ///   hex digits in either case (``ChainAnchor``); the chain must still contain it.
    /// - Throws: ``ChainAnchor/Problem`` when the anchor is malformed or matches more than one event:
    ///   a usage error, never a verdict on the chain.
    ///
    /// This thread reads the rows straight from SQLite's column memory (``RawStatement``) and checks
    /// the sequence and the links between rows; the hashes are recomputed on a second thread, a
    /// block of rows behind (``VerifyBlock``). The first failure in append order is reported, as a
    /// walk one row at a time would: for one row, a sequence or link failure before a hash mismatch.
    /// - Parameter through: verify only the events up to this sequence number (the head an export or
    ///   a query names), not those appended since.
    public func verify(anchor: String? = nil, through: Int64? = nil, progress: ((Int64, Int64) -> Void)? = nil) throws -> VerifyResult {
        try guarded {
            try writer.read { db in
                let last = through ?? Int64.max
                let total = progress == nil ? 0 : try Int64.fetchOne(db, sql: "SELECT count(*) FROM events WHERE seq <= ?", arguments: [last]) ?? 0
                let anchor = try anchor.map { try ChainAnchor(parsing: $0) }
                var anchorMatches: [Int64] = []
                var expectedSeq: Int64 = 1
                var broken: (seq: Int64, result: VerifyResult)?
                // The previous event's stored hash (the genesis hash first).
                var previous = Array(EventHash.genesis.utf8)

                let hashing = HashingPipeline()
                defer { hashing.finish() }
                let rows = try RawStatement(db, sql: "SELECT seq, type, payload, recorded_at, prev_hash, hash FROM events WHERE seq <= \(last) ORDER BY seq")
                defer { rows.finish() }
                while try rows.step() {
                    let seq = rows.int64(at: 0)
                    if seq != expectedSeq {
                        broken = (seq, .broken(seq: seq, reason: seq > expectedSeq
                            ? "sequence jumps from \(expectedSeq - 1) to \(seq): event(s) deleted"
                            : "sequence number \(seq) out of order", checked: expectedSeq - 1))
                        break
                    }
                    let prevHash = rows.bytes(at: 4)
                    if !previous.withUnsafeBytes({ Ledger.same(prevHash, $0) }) {
                        broken = (seq, .broken(seq: seq, reason: "previous hash does not match event \(seq - 1): event(s) deleted, inserted or reordered", checked: seq - 1))
                        break
                    }
                    let hash = rows.bytes(at: 5)
                    if let anchor, anchorMatches.count < 2, anchor.matches(hash) { anchorMatches.append(seq) }
                    hashing.add(seq: seq, previous: prevHash, type: rows.bytes(at: 1), payload: rows.bytes(at: 2), recordedAt: rows.bytes(at: 3), hash: hash)
                    previous.removeAll(keepingCapacity: true)
                    previous.append(contentsOf: hash)
                    expectedSeq += 1
                    if seq % 50_000 == 0 { progress?(seq, total) }
                    // A mismatch already found ends the walk: every row before it has been read and linked.
                    if hashing.mismatchFound { break }
                }
                let mismatch = hashing.finish()
                if let mismatch, broken.map({ mismatch < $0.seq }) ?? true {
                    return .broken(seq: mismatch, reason: "hash mismatch: its type, payload or recorded time was altered", checked: mismatch - 1)
                }
                if let broken { return broken.result }
                if let anchor {
                    if anchorMatches.count > 1 { throw ChainAnchor.Problem.ambiguous(anchor.prefix, events: anchorMatches) }
                    if anchorMatches.isEmpty {
                        return .broken(seq: expectedSeq - 1, reason: "the anchor \(anchor.prefix) is not in the chain: the log was rewritten", checked: expectedSeq - 1)
                    }
                }
                return .intact(events: expectedSeq - 1, head: String(decoding: previous, as: UTF8.self))
            }
        }
    }

    /// Byte equality of two buffers (memcmp: the generic `elementsEqual` iterated byte by byte).
    @inline(__always)
    static func same(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress else { return true }
        return memcmp(x, y, a.count) == 0
    }
}
