import GRDB
import LedgerCore

/// The incidents that held after a projection, as `ledger incidents` lists them (by day then id,
/// each with the back-references that recall it), handed over one at a time.
///
/// Only the incidents' summary columns (``ReadModelStore/incidentSummaries(at:)``) are held, to
/// filter and sort them; each incident is decoded when its turn comes. So the first incident comes
/// after an index walk and a sort of small rows, not after decoding every incident, and memory holds
/// the summaries, not the incidents (at a million events: 195,000 incidents, 400 MB decoded whole).
public enum IncidentListing {
    /// Which incidents to list: those of `measure`, at the place key or in the province `place` (nil: any).
    public struct Filter: Sendable, Equatable {
        public var measure: String?
        public var place: String?

        public init(measure: String? = nil, place: String? = nil) {
            self.measure = measure
            self.place = place
        }

        /// Whether an incident of `measure` at `place` in `admin1` is listed.
        public func admits(measure: Measure, place: String, admin1: String?) -> Bool {
            (self.measure == nil || measure.rawValue == self.measure) && (self.place == nil || place == self.place || admin1 == self.place)
        }

        /// ``admits(measure:place:admin1:)`` of an incident.
        public func admits(_ inc: Incident) -> Bool { admits(measure: inc.measure, place: inc.place, admin1: inc.admin1) }
    }

    /// Each incident that held after event `seq` (a mark) and `filter` admits, by day (undated
    /// first) then id, with `recalledBy` filled in: what ``BackReferences/attach(claims:to:)`` gives
    /// over the whole reconciliation, filtered and sorted.
    public static func forEach(_ db: Database, at seq: Int64, filter: Filter = Filter(), _ body: (Incident) throws -> Void) throws {
        let store = ReadModelStore(db)
        let summaries = try store.incidentSummaries(at: seq)
        var recalls: [ClaimRecord] = []
        try store.forEachRecallCandidate(at: seq) { recalls.append($0) }
        let recalledBy = try BackReferences.recalledBy(claims: recalls, incidents: summaries) { try store.incident(of: $0) }
        let listed = summaries.indices
            .filter { filter.admits(measure: summaries[$0].measure, place: summaries[$0].row.place, admin1: summaries[$0].row.admin1) }
            .sorted { a, b in order(summaries[a].row) < order(summaries[b].row) }
        for i in listed {
            var inc = try store.incident(of: summaries[i])
            inc.recalledBy = recalledBy[inc.id]
            try body(inc)
        }
    }

    /// The listing's order of incidents, whole or summarised: by day (undated first), then id.
    public static func order(_ inc: Incident) -> (Int, String) { (inc.day?.ordinal ?? 0, inc.id) }

    static func order(_ row: TallyVsIncidentsCheck.Row) -> (Int, String) { (row.day?.ordinal ?? 0, row.id) }
}
