import GRDB
import LedgerCore
import LedgerProjections
import LedgerStore

/// What ``LedgerSession/copy(from:to:notice:)`` did.
public struct CopySummary: Sendable, Equatable {
    /// Events the destination held already (a prefix of the source).
    public var alreadyPresent: Int64
    /// Events appended to the destination.
    public var copied: Int64
    /// The head both ledgers verify to.
    public var head: ChainHead
}

/// Why a copy was refused before anything was written.
public enum CopyRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// The source's chain is broken: copying it would carry the damage.
    case sourceBroken(VerifyResult)
    /// The destination holds events that are not the first events of the source.
    case notAPrefix(destination: String, head: ChainHead)
    /// The two are the same ledger.
    case sameLedger

    public var description: String {
        switch self {
        case .sourceBroken(let result): "the source's chain is not intact (\(result)); nothing copied"
        case .notAPrefix(let destination, let head):
            "\(destination) already holds \(head.seq) event(s) that are not the first events of the source (head \(head.hash.prefix(16))…); copy into an empty ledger"
        case .sameLedger: "the source and the destination are the same ledger"
        }
    }
}

extension LedgerSession {
    /// Copies every event of the ledger at `source` to the ledger at `destination`, byte for byte
    /// (either may be a SQLite file or a server URL whose engine is registered, `postgres://`), one
    /// transaction per page of events. The source is verified first; a destination that is not empty
    /// must hold the source's first events (then only the rest is appended). A SQLite destination
    /// folds its read models as the events arrive; a server's are folded in its local cache after
    /// the copy and written to the server in one transaction. Both then verify to the same head hash.
    public static func copy(from source: String, to destination: String, notice: @escaping @Sendable (String) -> Void = { _ in }) throws -> CopySummary {
        if source == destination { throw CopyRefusal.sameLedger }
        let from = try LedgerSession(path: source, notice: notice).eventLog(create: false)
        let verified = try from.verify(anchor: nil)
        guard case .intact(_, let sourceHash) = verified else { throw CopyRefusal.sourceBroken(verified) }
        let target = LedgerSession(path: destination, notice: notice)
        let to = try target.eventLog(create: true)
        let start = try to.head()
        if start.seq > 0 {
            let theirs = try from.events(from: start.seq, limit: 1).first
            if theirs?.hash != start.hash { throw CopyRefusal.notAPrefix(destination: to.location, head: start) }
        }
        var head = start
        try from.forEachPage(from: start.seq + 1, pageSize: 5_000) { page in
            if let ledger = to as? Ledger {
                try ledger.appendCopies(page, expecting: head, hook: Projector.hook)
            } else {
                try to.appendCopies(page, expecting: head)
            }
            head = ChainHead(seq: page[page.count - 1].seq, hash: page[page.count - 1].hash)
            return true
        }
        if let ledger = to as? Ledger, try ledger.writer.read(Projector.hasPendingChecks) {
            try ledger.writer.write { db in _ = try Projector.settle(db) }
        }
        if target.isRemote {
            // The server's read models, in one pass from the destination's local cache.
            try target.writeServerReadModels()
        }
        let result = try to.verify(anchor: nil)
        guard case .intact(_, let hash) = result, hash == sourceHash else {
            throw LedgerError.database(path: to.location, detail: "the copy does not verify to the source's head: \(result)")
        }
        return CopySummary(alreadyPresent: start.seq, copied: head.seq - start.seq, head: head)
    }
}
