import Dispatch
import Foundation

/// A map over independent items on several threads, the results in the items' order.
public enum ParallelMap {
    /// The cores this process may use.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` of every item, computed on up to `workers` threads (1: on the caller's thread
    /// alone); the results are in the items' order, whatever order they were computed in.
    public static func map<T: Sendable, U: Sendable>(_ items: [T], workers: Int = cores, _ transform: @Sendable (T) -> U) -> [U] {
        guard workers > 1, items.count > 1 else { return items.map(transform) }
        let slots = Slots<U>(count: items.count)
        // Each thread takes the next item not yet taken, so long and short items even out.
        DispatchQueue.concurrentPerform(iterations: min(workers, items.count)) { _ in
            while let i = slots.take() { slots.set(i, transform(items[i])) }
        }
        return slots.values()
    }
}

/// The results of a ``ParallelMap``, one slot per item, and the next item a worker takes. Each
/// slot is written by one worker only, and read after every worker has ended.
private final class Slots<U>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<U?>
    private var next = 0
    private let lock = NSLock()

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }

    /// The next item not yet taken, or nil when none is left.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < buffer.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ i: Int, _ value: U) { buffer[i] = value }

    func values() -> [U] { buffer.map { $0! } }
}

/// Work started on a background thread now, its result taken later (``value()``): extraction of
/// the next batch while the current one is appended.
public final class Prefetch<T: Sendable>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchSemaphore(value: 0)
    /// Work left for ``value()`` to run on the caller's thread (no background thread).
    private let later: (@Sendable () -> T)?

    /// Starts `work` on a background thread, or (with `inBackground` false) leaves it for
    /// ``value()`` to run on the caller's thread: the same result, one thread.
    public init(inBackground: Bool = true, _ work: @escaping @Sendable () -> T) {
        guard inBackground else {
            later = work
            return
        }
        later = nil
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Waits for the work to end and returns its result (call once).
    public func value() -> T {
        if let later { return later() }
        done.wait()
        return result!
    }
}
