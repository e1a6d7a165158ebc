import Foundation
import LedgerCore

/// An incident as it held at a mark, from the summary columns of its version and of its current row
/// (``ReadModelStore/incidentSummaries(at:)``): what a summary adds up and what the
/// `tally_vs_incidents` checks weigh, with its record left undecoded unless a check needs it.
public struct IncidentSummary: Sendable {
    /// Its id, category, place, province, day and best figure; `slot` is its position in the list read.
    public var row: TallyVsIncidentsCheck.Row
    public var measure: Measure
    public var low: Int
    public var high: Int
    /// The version's own copy of the record (a closed version keeps one, schema/014); nil: the
    /// incident's current row holds it.
    var record: Data?
}

extension IncidentSummary {
    /// The summary of a whole incident held in memory at `slot`.
    init(_ inc: Incident, slot: Int) {
        self.init(row: TallyVsIncidentsCheck.Row(inc, slot: slot), measure: inc.measure, low: inc.low, high: inc.high, record: nil)
    }
}
