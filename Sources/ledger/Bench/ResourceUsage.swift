import Foundation

/// Wall-clock timing and the process's peak memory.
enum ResourceUsage {
    /// Peak resident set size of the process so far, in bytes (`getrusage`; on Linux ``resetPeak()``
    /// lowers it too, so a whole run's peak is the largest of its stages' peaks).
    static func peakRSS() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024  // Linux reports kilobytes
    }

    /// Peak resident set size since the last ``resetPeak()``, in bytes: `VmHWM` in `/proc/self/status`
    /// (which `resetPeak()` lowers); where that is missing, the whole process's peak.
    static func stagePeakRSS() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
            return kb * 1024
        }
        return peakRSS()
    }

    /// Resets the peak to the current resident size (Linux: `5` into `/proc/self/clear_refs`), so
    /// that the next ``stagePeakRSS()`` is the peak of one stage. Returns false where that is not possible.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    /// Seconds taken by `body`, on a monotonic clock.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        let end = DispatchTime.now().uptimeNanoseconds
        return (value, Double(end - start) / 1e9)
    }
}
