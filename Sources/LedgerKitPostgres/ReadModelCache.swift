import Foundation
import GRDB
import LedgerCore
import LedgerKit
import LedgerPostgres
import LedgerProjections
import LedgerStore

/// The read models of a PostgreSQL ledger: a local SQLite ledger file holding a copy of the server's
/// event log, byte for byte, and the read models folded from it.
///
/// The server holds the evidence (the hash-chained log); this file holds nothing that cannot be made
/// again from it. Before each query it is caught up: the events after its head are read from the
/// server in order, each checked against the chain (sequence, previous hash, recomputed hash) before
/// it is stored, and folded into the read models in the same SQLite transaction. A cache whose last
/// event is not the server's event at that number (another ledger at the same URL, say) is thrown
/// away and made again. Every query command then runs on it unchanged.
public struct ReadModelCache: Sendable {
    /// The server's URL, without its password.
    public var url: PostgresURL
    /// The cache file.
    public var path: String

    /// The cache of the ledger at `url`, in `directory` (default: ``defaultDirectory``).
    public init(url: PostgresURL, directory: String? = nil) {
        self.url = url
        let dir = directory ?? Self.defaultDirectory
        let key = EventHash.sha256Hex(Array(url.description.utf8)).prefix(16)
        path = (dir as NSString).appendingPathComponent("\(url.database)-\(key).sqlite")
    }

    /// `LEDGER_CACHE_DIR`, else `$XDG_CACHE_HOME/casualty-ledger`, else `~/.cache/casualty-ledger`.
    public static var defaultDirectory: String {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["LEDGER_CACHE_DIR"], !dir.isEmpty { return dir }
        let base = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".cache")
        return (base as NSString).appendingPathComponent("casualty-ledger")
    }

    /// Brings the cache up to date with `server`'s log and returns it, opened for writing.
    /// - Returns: the cache and the number of events it copied.
    @discardableResult
    public func catchUp(from server: PostgresLedger, notice: (String) -> Void = { _ in }) throws -> (ledger: Ledger, copied: Int64) {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var ledger = try Ledger(path: path, mode: .create)
        if try !isPrefix(ledger, of: server) {
            notice("the local read-model cache \(path) does not match \(url); making it again")
            try LedgerFile.remove(path)
            ledger = try Ledger(path: path, mode: .create)
        }
        var copied: Int64 = 0
        var head = try ledger.head()
        try server.forEachPage(from: head.seq + 1, pageSize: 5_000) { page in
            do {
                try ledger.appendCopies(page, expecting: head, hook: Projector.hook)
            } catch is ChainConflict {
                // Another process caught the cache up meanwhile: go on from where it is.
                head = try ledger.head()
                let rest = page.filter { $0.seq > head.seq }
                if !rest.isEmpty { try ledger.appendCopies(rest, expecting: head, hook: Projector.hook) }
            }
            copied += Int64(page.count)
            head = try ledger.head()
            return true
        }
        if try ledger.writer.read(Projector.hasPendingChecks) {
            try ledger.writer.write { db in _ = try Projector.settle(db) }
        }
        if copied > 0 {
            _ = try Replayer.checkpoint(ledger, every: Ingestor.automaticCheckpoints.every, upTo: Ingestor.automaticCheckpoints.upTo)
        }
        return (ledger, copied)
    }

    /// Whether the cache's events are the first events of the server's log (its last one is the
    /// server's event at that number: the chain makes that enough).
    private func isPrefix(_ cache: Ledger, of server: PostgresLedger) throws -> Bool {
        let head = try cache.head()
        if head.seq == 0 { return true }
        guard let theirs = try server.events(from: head.seq, limit: 1).first else { return false }
        return theirs.seq == head.seq && theirs.hash == head.hash
    }
}
