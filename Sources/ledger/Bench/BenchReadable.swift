import Foundation
import GRDB
import LedgerProjections
import LedgerStore

extension BenchRun {
    /// What the read models' readable columns (schema/012) cost: the same log folded again in the
    /// same run without them (`ReadableColumnWrites`), against the rebuild just measured and one more
    /// with them after it.
    func readableColumnsStage(_ ledger: Ledger, size: Int, total: Int64, withSeconds: Double, report: (BenchResult) -> Void) throws {
        let (_, withoutSeconds) = try ResourceUsage.time {
            try ReadableColumnWrites.$enabled.withValue(false) {
                try withLedgerErrors { try ledger.writer.write { db in _ = try Projector.rebuild(db) } }
            }
            try withLedgerErrors { try ledger.checkpoint() }
        }
        // With them again (the ledger left behind is complete); the faster of the two runs with them
        // is compared, so that neither side pays for a cold cache alone.
        let (_, againSeconds) = try ResourceUsage.time {
            try withLedgerErrors { try ledger.writer.write { db in _ = try Projector.rebuild(db) } }
            try withLedgerErrors { try ledger.checkpoint() }
        }
        let with = min(withSeconds, againSeconds)
        report(BenchResult(size: size, stage: "projection rebuild, without readable columns", value: Double(total) / withoutSeconds,
            unit: "events/s",
            detail: String(format: "%.2f s; with them %.2f s (the faster of %.2f and %.2f s, before and after): the readable columns cost ×%.2f (%+.0f %%)",
                           withoutSeconds, with, withSeconds, againSeconds, with / withoutSeconds, (with / withoutSeconds - 1) * 100)))
    }
}
