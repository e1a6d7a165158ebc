import LedgerCore

/// What one incremental projection has read or written of the rows it keeps asking for: report
/// facts, republication marks and claim records, by key (issue 20).
///
/// A batch of 256 reports reads the same few rows again and again: every claim it assembles looks up
/// its report and the report's republication mark, every record it reads back (a changed claim's old
/// version, a part's parent, a series point's claim) is a `SELECT`, a decode and the report's facts
/// again. Within one projection the store is the only writer, so the memo is kept current by the
/// store's own `save`s and is exact; it lives for one ``Projector/apply(_:_:)`` and is dropped with it
/// (a rebuild reads each row once and keeps none, so it has none).
final class ProjectionMemo {
    var reports: [String: ReportInfo?] = [:]
    var republications: [String: Republication?] = [:]
    var records: [String: ClaimRecord] = [:]
}
