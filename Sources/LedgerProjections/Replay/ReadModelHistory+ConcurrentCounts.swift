import Dispatch
import GRDB
import LedgerCore

extension ReadModelHistory {
    /// ``counts(_:at:)`` read on two connections at once (a pool's readers; a queue takes them in turn): the claims,
    /// reports, series and stored discrepancies on this thread, the incidents' summaries and the tally checks' index on
    /// another; then the checks. Each read answers as of event `seq`, which no later projection changes (a version
    /// closed since is still read as it held then), so the two reads need not share a transaction. At 1 M events the
    /// two halves took about as long each.
    public static func counts(_ reader: any DatabaseReader, at seq: Int64) throws -> Counts {
        let ((incidents, index), (counted, points, lastPoints, discrepancies)) = try both(
            { try reader.read { db in try indexedIncidents(ReadModelStore(db), at: seq) } },
            {
                try reader.read { db in
                    let store = ReadModelStore(db)
                    let (points, last) = try store.lastSeriesPoints(at: seq)
                    return (try store.claimCounts(at: seq), points, last, try store.discrepancyCounts(at: seq))
                }
            }
        )
        var kinds = discrepancies
        let checks = try reader.read { db in
            try withRecords(ReadModelStore(db), incidents) { record in try tallyCheckCount(lastPoints, index: index, record: record) }
        }
        if checks > 0 { kinds[.tallyVsIncidents, default: 0] += checks }
        return Counts(claims: counted.claims, reports: counted.reports, incidents: incidents, seriesPoints: points, discrepancies: kinds)
    }

    /// The incidents that held after event `seq` and the index the tally checks read them by.
    static func indexedIncidents(_ store: ReadModelStore, at seq: Int64) throws -> ([IncidentSummary], TallyCheckIndex) {
        let incidents = try store.incidentSummaries(at: seq)
        return (incidents, TallyCheckIndex(rows: incidents.map(\.row), measures: incidents.map(\.measure)))
    }

    /// `a` on another thread while `b` runs on this one; both results, or the first error.
    static func both<A: Sendable, B>(_ a: @escaping @Sendable () throws -> A, _ b: () throws -> B) throws -> (A, B) {
        let box = ResultBox<A>()
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { box.result = Result { try a() } }
        let other = Result { try b() }
        done.wait()
        return (try box.result!.get(), try other.get())
    }
}

/// The result of work on another thread, read after waiting for it (the wait orders the write before the read).
private final class ResultBox<A>: @unchecked Sendable {
    var result: Result<A, any Error>?
}
