import Foundation

/// Recomputes the hashes of a stream of events on a second thread, a block behind the thread that
/// reads them (``Ledger/verify(anchor:progress:)``).
///
/// Three ``VerifyBlock``s rotate: the reader fills one while the hashing queue works through the
/// others in order; a semaphore hands a block back once hashed. On a single core the blocks are
/// hashed in line. Used from one thread; ``finish()`` waits for every block.
final class HashingPipeline {
    private let queue = DispatchQueue(label: "casualty-ledger.verify")
    private let blocks = [VerifyBlock(), VerifyBlock(), VerifyBlock()]
    private let free: DispatchSemaphore
    private let first = FirstMismatch()
    private let parallel = ProcessInfo.processInfo.activeProcessorCount > 1
    private var handedOver = 0
    private var current: VerifyBlock
    private var finished = false

    init() {
        free = DispatchSemaphore(value: blocks.count)
        free.wait()
        current = blocks[0]
    }

    /// True once some block has been found with a mismatch (the reader may stop).
    var mismatchFound: Bool { first.value != nil }

    /// Adds one event's stored columns (copied: the buffers are SQLite's).
    func add(
        seq: Int64, previous: UnsafeRawBufferPointer, type: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer,
        recordedAt: UnsafeRawBufferPointer, hash: UnsafeRawBufferPointer
    ) {
        current.append(seq: seq, previous: previous, type: type, payload: payload, recordedAt: recordedAt, hash: hash)
        if current.isFull {
            handOver(current)
            // The block three back has been hashed once a permit is free (the queue is in order).
            free.wait()
            current = blocks[handedOver % blocks.count]
            current.removeAll()
        }
    }

    /// Hashes what is left, waits for every block, and returns the first mismatch in append order.
    @discardableResult
    func finish() -> Int64? {
        if !finished {
            finished = true
            // The block being filled holds a permit: hashing it gives it back, or it is given back
            // here (libdispatch refuses to free a semaphore below its initial value).
            if current.isEmpty { free.signal() } else { handOver(current) }
            if parallel { queue.sync {} }
        }
        return first.value
    }

    private func handOver(_ block: VerifyBlock) {
        handedOver += 1
        let first = self.first, free = self.free
        let work: @Sendable () -> Void = {
            if let seq = block.firstMismatch() { first.record(seq) }
            free.signal()
        }
        if parallel { queue.async(execute: work) } else { work() }
    }
}

/// The earliest hash mismatch any block has found, shared between the reader and the hashing thread.
private final class FirstMismatch: @unchecked Sendable {
    private let lock = NSLock()
    private var seq: Int64?

    var value: Int64? { lock.withLock { seq } }

    func record(_ found: Int64) {
        lock.withLock { seq = min(seq ?? found, found) }
    }
}
