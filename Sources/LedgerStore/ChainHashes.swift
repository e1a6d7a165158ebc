import Foundation
import LedgerCore

/// The hashes of a batch of events about to be appended, computed ahead of the inserts.
///
/// An event's hash depends only on the hash before it and its own bytes, so the whole chain of a
/// batch is known before the first insert. For a large batch it is computed on a second thread, in
/// chunks, while the appending thread inserts the chunks already hashed: SHA-256 (about a seventh
/// of an append) then overlaps SQLite's work on two cores. Small batches are hashed in line.
final class ChainHashes: @unchecked Sendable {
    /// Batches smaller than this are hashed in line (a thread hop costs more than it saves).
    static let parallelFrom = 256
    private static let chunk = 128

    /// `count + 1` slots of 64 hex bytes: the head's hash, then each event's.
    private let storage: UnsafeMutableRawPointer
    private let count: Int
    /// One signal per chunk hashed, in order.
    private let ready = DispatchSemaphore(value: 0)
    private let done = DispatchGroup()
    /// Events whose hash the appending thread knows to be ready (that thread only).
    private var known = 0

    /// Starts hashing `events`, chained to `head` (64 hex bytes), all recorded at `recordedAt`.
    init(head: String, events: [PendingEvent], recordedAt: String) {
        count = events.count
        let storage = UnsafeMutableRawPointer.allocate(byteCount: (events.count + 1) * 64, alignment: 8)
        var head = head
        head.withUTF8 { storage.copyMemory(from: $0.baseAddress!, byteCount: 64) }
        self.storage = storage
        if events.count >= Self.parallelFrom && ProcessInfo.processInfo.activeProcessorCount > 1 {
            done.enter()
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                defer { done.leave() }
                var start = 0
                while start < count {
                    let end = min(start + Self.chunk, count)
                    compute(events, start..<end, recordedAt)
                    ready.signal()
                    start = end
                }
            }
        } else {
            compute(events, 0..<count, recordedAt)
            known = count
        }
    }

    deinit {
        // The hashing thread writes into `storage` until it is done (also when an insert failed).
        done.wait()
        storage.deallocate()
    }

    /// The previous hash and the hash of event `index`, 64 hex bytes each, once computed.
    func hashes(of index: Int) -> (previous: UnsafeRawBufferPointer, hash: UnsafeRawBufferPointer) {
        while index >= known {
            ready.wait()
            known = min(known + Self.chunk, count)
        }
        return (UnsafeRawBufferPointer(start: storage + index * 64, count: 64),
                UnsafeRawBufferPointer(start: storage + (index + 1) * 64, count: 64))
    }

    private func compute(_ events: [PendingEvent], _ range: Range<Int>, _ recordedAt: String) {
        var time = recordedAt
        time.withUTF8 { time in
            for index in range {
                var type = events[index].type.rawValue
                type.withUTF8 { type in
                    events[index].payload.withUnsafeBytes { payload in
                        EventHash.compute(
                            previous: UnsafeRawBufferPointer(start: storage + index * 64, count: 64), type: UnsafeRawBufferPointer(type),
                            payload: payload, recordedAt: UnsafeRawBufferPointer(time), hexOut: storage + (index + 1) * 64)
                    }
                }
            }
        }
    }
}
