import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The result of running the `ledger` binary with its resource use measured.
public struct MeasuredResult: Sendable {
    public var status: Int32
    /// The signal that ended the process, or 0.
    public var signal: Int32
    public var stdout: String
    public var stderr: String
    /// The child's own peak resident memory (wait4's ru_maxrss), in bytes.
    public var maxRSS: Int
    public var seconds: Double
}

/// Runs the built `ledger` binary like ``runLedger(_:stdin:cwd:)``, but with standard input read from
/// a file (or /dev/null), output collected through files (so a large output cannot block on a
/// full pipe) and the child's own peak memory and wall time measured with `wait4`.
public func runLedgerMeasured(_ arguments: [String], stdinFile: String? = nil) throws -> MeasuredResult {
    guard let binary = PackagePaths.ledgerBinary?.path else {
        throw NSError(domain: "LedgerTestSupport", code: 1, userInfo: [NSLocalizedDescriptionKey: "ledger binary not built"])
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let outPath = dir.appendingPathComponent("stdout").path
    let errPath = dir.appendingPathComponent("stderr").path

#if canImport(Glibc)
    var actions = posix_spawn_file_actions_t()
#else
    var actions: posix_spawn_file_actions_t?
#endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdinFile ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    let started = Date()
    var pid: pid_t = 0
    let rc = argv.withUnsafeBufferPointer { buffer in
        posix_spawn(&pid, binary, &actions, nil, UnsafeMutablePointer(mutating: buffer.baseAddress!), environ)
    }
    guard rc == 0 else {
        throw NSError(domain: "LedgerTestSupport", code: Int(rc), userInfo: [NSLocalizedDescriptionKey: "posix_spawn failed: \(rc)"])
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    let seconds = Date().timeIntervalSince(started)
    let signal = status & 0x7F
    let exit = signal == 0 ? (status >> 8) & 0xFF : 0
#if canImport(Glibc)
    let maxRSS = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
#else
    let maxRSS = Int(usage.ru_maxrss)  // bytes on macOS
#endif
    let out = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
    let err = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
    return MeasuredResult(
        status: exit, signal: signal, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
        maxRSS: maxRSS, seconds: seconds)
}
