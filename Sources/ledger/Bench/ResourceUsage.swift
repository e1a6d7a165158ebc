import Foundation

/// Wall-clock timing and the process's peak memory.
enum ResourceUsage {
    /// Peak resident set size of this process so far, in bytes.
    static func peakRSS() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024  // Linux reports kilobytes
    }

    /// Seconds taken by `body`, on a monotonic clock.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        let end = DispatchTime.now().uptimeNanoseconds
        return (value, Double(end - start) / 1e9)
    }
}
