import Foundation

/// A ledger built once per test run, for the tests of a suite that each need the same starting
/// ledger: ``copy(into:)`` gives a test its own copy (it may write to it), so the ledger is built
/// once instead of once per test.
public final class FixtureLedger: @unchecked Sendable {
    // @unchecked: every property is immutable after init.
    private let folder: TemporaryDirectory
    /// The built ledger: read it, never write to it (copy it first).
    public let path: String

    /// Builds the ledger at a fresh path with `build` (it gets the path to create).
    public init(_ label: String, build: (String) throws -> Void) rethrows {
        folder = TemporaryDirectory("fixture-\(label)")
        path = folder.path("fixture.sqlite")
        try build(path)
    }

    /// Copies the ledger (and its write-ahead log, when one is left) to `name` in `dir`.
    /// - Returns: the copy's path.
    @discardableResult
    public func copy(into dir: TemporaryDirectory, as name: String = "l.sqlite") throws -> String {
        let target = dir.path(name)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.copyItem(atPath: path + suffix, toPath: target + suffix)
        }
        return target
    }
}

/// The demo ledger (`ledger demo`: the whole sample corpus), built once per test run for the suites
/// that only read it.
public enum DemoLedger {
    /// Its path: read it, never write to it.
    public static var path: String { shared.path }

    private static let shared = FixtureLedger("demo") { db in _ = try? runLedger(["demo", "--db", db]) }
}
