import Foundation
import LedgerCore

/// A run of events copied out of SQLite in append order, whose hashes are recomputed on another
/// thread while the next rows are read (``Ledger/verify(anchor:progress:)``).
///
/// Each event's hash depends only on its own stored columns (its stored previous hash included), so
/// the recomputation needs nothing from the rows around it; the links between rows are checked by
/// the reader. Reading (SQLite and the kernel's copies) and SHA-256 each took about half of a
/// verify: on two cores they overlap.
final class VerifyBlock: @unchecked Sendable {
    /// One event: its sequence number and where its columns are in `bytes`.
    private struct Entry {
        var seq: Int64
        var start: Int
        var previous: Int
        var type: Int
        var payload: Int
        var recordedAt: Int
        var hash: Int
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []

    /// A block is handed over once it holds about this many bytes.
    static let capacity = 1 << 20

    init() {
        bytes.reserveCapacity(Self.capacity + 64 * 1024)
        entries.reserveCapacity(4096)
    }

    var isEmpty: Bool { entries.isEmpty }
    var isFull: Bool { bytes.count >= Self.capacity }

    func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
    }

    /// Copies one event's stored columns (the buffers are SQLite's, valid only until the next step).
    func append(
        seq: Int64, previous: UnsafeRawBufferPointer, type: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer,
        recordedAt: UnsafeRawBufferPointer, hash: UnsafeRawBufferPointer
    ) {
        entries.append(Entry(
            seq: seq, start: bytes.count, previous: previous.count, type: type.count, payload: payload.count,
            recordedAt: recordedAt.count, hash: hash.count))
        bytes.append(contentsOf: previous)
        bytes.append(contentsOf: type)
        bytes.append(contentsOf: payload)
        bytes.append(contentsOf: recordedAt)
        bytes.append(contentsOf: hash)
    }

    /// The first event of the block whose stored hash is not the hash of its stored columns.
    func firstMismatch() -> Int64? {
        var computed = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        return bytes.withUnsafeBytes { all in
            withUnsafeMutableBytes(of: &computed) { computed in
                for e in entries {
                    var at = e.start
                    func next(_ count: Int) -> UnsafeRawBufferPointer {
                        defer { at += count }
                        return UnsafeRawBufferPointer(rebasing: all[at..<at + count])
                    }
                    let previous = next(e.previous), type = next(e.type), payload = next(e.payload)
                    let recordedAt = next(e.recordedAt), stored = next(e.hash)
                    EventHash.compute(previous: previous, type: type, payload: payload, recordedAt: recordedAt, hexOut: computed.baseAddress!)
                    if !Ledger.same(stored, UnsafeRawBufferPointer(computed)) { return e.seq }
                }
                return nil
            }
        }
    }
}
