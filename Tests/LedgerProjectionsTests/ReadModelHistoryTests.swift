import GRDB
import LedgerCore
@testable import LedgerProjections
import LedgerStore
import PropertyBased
import Testing

/// The whole reconciliation as of a past time, read from the read models' history (schema/009), must
/// be the reconciliation a replay of the log to that time gives: claims, incidents, series and
/// discrepancies alike.
@Suite(.shrinkingOutsideCI) struct ReadModelHistoryTests {
    typealias F = Fixture

    static func history(_ f: Fixture, asOf: String?) throws -> (Reconciliation, ReadModelHistory.Counts)? {
        let found = try f.ledger.writer.read { db -> (Reconciliation, ReadModelHistory.Counts, Int64)? in
            guard let seq = try ReadModelHistory.seq(db, asOf: asOf) else { return nil }
            return (try ReadModelHistory.reconciliation(db, at: seq), try ReadModelHistory.counts(db, at: seq), seq)
        }
        guard let (rec, counts, seq) = found else { return nil }
        // The counts read on two connections at once are those read in one transaction.
        #expect(try ReadModelHistory.counts(f.ledger.writer, at: seq) == counts, "counts read concurrently as of \(asOf ?? "now")")
        return (rec, counts)
    }

    static func expectHistoryMatchesReplay(_ f: Fixture, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for t in try TotalsHistoryTests.times(f) {
            let (replayed, _) = try Replayer.reconcile(f.ledger, asOf: t, through: nil)
            guard let (rec, counts) = try history(f, asOf: t) else {
                Issue.record("the history could not answer as of \(t)", sourceLocation: sourceLocation)
                continue
            }
            #expect(rec.claims == replayed.claims, "claims as of \(t)", sourceLocation: sourceLocation)
            #expect(rec.incidents == replayed.incidents, "incidents as of \(t)", sourceLocation: sourceLocation)
            #expect(rec.series == replayed.series, "series as of \(t)", sourceLocation: sourceLocation)
            #expect(rec.discrepancies == replayed.discrepancies, "discrepancies as of \(t)", sourceLocation: sourceLocation)
            #expect(counts.claims == rec.claims.count && counts.reports == Set(rec.claims.map(\.claim.report)).count,
                    sourceLocation: sourceLocation)
            #expect(counts.incidents == rec.incidents.count && counts.seriesPoints == rec.series.count, sourceLocation: sourceLocation)
            // The totals by measure and category, added up from the summary columns, are the whole incidents'.
            #expect(counts.incidentTotals == ReadModelHistory.Counts(rec).incidentTotals, "totals as of \(t)", sourceLocation: sourceLocation)
            #expect(counts == ReadModelHistory.Counts(replayed), "counts as of \(t)", sourceLocation: sourceLocation)
            #expect(counts.discrepancies == Dictionary(grouping: rec.discrepancies, by: \.kind).mapValues(\.count),
                    sourceLocation: sourceLocation)
            try expectPartsMatch(f, asOf: t, whole: replayed, sourceLocation: sourceLocation)
        }
    }

    /// A reconciliation read in parts (``ReconciliationParts``) holds what the whole one does in those
    /// parts: the discrepancies without a claim read, the series alone, the incidents with at least
    /// every back-reference (so that `recalledBy` comes out the same).
    static func expectPartsMatch(_ f: Fixture, asOf: String, whole: Reconciliation, sourceLocation: SourceLocation) throws {
        let parts = try f.ledger.writer.read { db -> [ReconciliationParts: Reconciliation]? in
            guard let seq = try ReadModelHistory.seq(db, asOf: asOf) else { return nil }
            var out: [ReconciliationParts: Reconciliation] = [:]
            for p: ReconciliationParts in [.discrepancies, .series, [.incidents, .backReferences], [.series, .incidents]] {
                out[p] = try ReadModelHistory.reconciliation(db, at: seq, parts: p)
            }
            return out
        }
        guard let parts else { return }
        let checks = try #require(parts[.discrepancies])
        #expect(checks.discrepancies == whole.discrepancies && checks.claims.isEmpty, "discrepancies as of \(asOf)", sourceLocation: sourceLocation)
        #expect(parts[.series]?.series == whole.series, "series as of \(asOf)", sourceLocation: sourceLocation)
        #expect(parts[[.series, .incidents]]?.incidents == whole.incidents, sourceLocation: sourceLocation)
        let recalls = try #require(parts[[.incidents, .backReferences]])
        #expect(recalls.claims.filter(BackReferences.isBackReference) == whole.claims.filter(BackReferences.isBackReference),
                "back-references as of \(asOf)", sourceLocation: sourceLocation)
        #expect(BackReferences.attach(claims: recalls.claims, to: recalls.incidents)
                == BackReferences.attach(claims: whole.claims, to: whole.incidents), sourceLocation: sourceLocation)
        try expectListingMatches(f, asOf: asOf, whole: whole, sourceLocation: sourceLocation)
        try expectDiscrepancyListingMatches(f, asOf: asOf, whole: whole, sourceLocation: sourceLocation)
        let tallies = try f.ledger.writer.read { db -> [TallyReconciliationRow]? in
            guard let seq = try ReadModelHistory.seq(db, asOf: asOf) else { return nil }
            var out: [TallyReconciliationRow] = []
            try ReadModelHistory.forEachTallyRow(db, at: seq) { out.append($0) }
            return out
        }
        let reference = TallyReconciliationReference.rows(series: whole.series, incidents: whole.incidents)
        #expect(TallyReconciliation.rows(series: whole.series, incidents: whole.incidents) == reference,
                "tallies against whole incidents as of \(asOf)", sourceLocation: sourceLocation)
        if let tallies {
            #expect(tallies == reference, "tallies against incidents' summaries as of \(asOf)", sourceLocation: sourceLocation)
        }
    }

    /// The discrepancies listed one at a time (``DiscrepancyListing``: stored ones by their keys, tally
    /// checks derived in their place) are the whole reconciliation's, filtered and sorted worst first.
    static func expectDiscrepancyListingMatches(_ f: Fixture, asOf: String, whole: Reconciliation, sourceLocation: SourceLocation) throws {
        let filters = [
            DiscrepancyListing.Filter(), DiscrepancyListing.Filter(minSeverity: .warning),
            DiscrepancyListing.Filter(kinds: [.tallyVsIncidents]), DiscrepancyListing.Filter(kinds: [.seriesDecreases, .sourcesDisagree]),
            DiscrepancyListing.Filter(incidentLists: false), DiscrepancyListing.Filter(kinds: [.tallyVsIncidents], incidentLists: false),
        ]
        for filter in filters {
            let listed = try f.ledger.writer.read { db -> [Discrepancy]? in
                guard let seq = try ReadModelHistory.seq(db, asOf: asOf) else { return nil }
                var out: [Discrepancy] = []
                try DiscrepancyListing.forEach(db, at: seq, filter: filter) { out.append($0) }
                return out
            }
            guard let listed else { continue }
            // Without incident lists, the tally checks are the same but list no incidents.
            let expected = whole.discrepancies.filter { filter.admits(kind: $0.kind, severity: $0.severity) }.sorted { a, b in
                a.severity != b.severity ? a.severity > b.severity : (a.kind, a.id) < (b.kind, b.id)
            }.map { d in
                var d = d
                if !filter.incidentLists && d.kind == .tallyVsIncidents { d.incidents = [] }
                return d
            }
            #expect(listed == expected, "discrepancies listed as of \(asOf), \(filter)", sourceLocation: sourceLocation)
        }
    }

    /// The incidents listed one at a time from their summaries (``IncidentListing``) are the whole
    /// reconciliation's, back-references attached, filtered and sorted: every one, those of one
    /// measure, and those of one place or province.
    static func expectListingMatches(_ f: Fixture, asOf: String, whole: Reconciliation, sourceLocation: SourceLocation) throws {
        let attached = BackReferences.attach(claims: whole.claims, to: whole.incidents)
        var filters = [IncidentListing.Filter(), IncidentListing.Filter(measure: "killed")]
        filters += Set(whole.incidents.flatMap { [$0.place, $0.admin1].compactMap { $0 } }).sorted().prefix(3)
            .map { IncidentListing.Filter(place: $0) }
        for filter in filters {
            let listed = try f.ledger.writer.read { db -> [Incident]? in
                guard let seq = try ReadModelHistory.seq(db, asOf: asOf) else { return nil }
                var out: [Incident] = []
                try IncidentListing.forEach(db, at: seq, filter: filter) { out.append($0) }
                return out
            }
            guard let listed else { continue }
            let expected = attached.filter(filter.admits).sorted { IncidentListing.order($0) < IncidentListing.order($1) }
            #expect(listed == expected, "incidents listed as of \(asOf), \(filter)", sourceLocation: sourceLocation)
        }
    }

    static func historyRows(_ f: Fixture) throws -> [Int] {
        try f.ledger.writer.read { db in
            try ["rm_claims_history", "rm_series_points_history", "rm_discrepancies_history", "rm_incident_history"].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0
            }
        }
    }

    static func expectRebuildKeepsHistory(_ f: Fixture) throws {
        let rows = try historyRows(f)
        // A rebuild closes every row at the head and writes it back unchanged: the versions stay.
        try f.rebuild()
        #expect(try historyRows(f) == rows)
        try expectHistoryMatchesReplay(f)
    }

    @Test("as of every recorded time: tallies, links, corrections, retractions and copies, before and after a rebuild")
    func everyKindOfEvent() async {
        await propertyCheck(count: 40, input: Gen.int(in: 0...100_000).array(of: 1...30), Gen.uint64()) { ops, salt in recordingErrors("ops \(ops), salt \(salt)") {
            let f = try IncrementalPropertyTests.build(ops, salt: salt, clock: TotalsHistoryTests.minute)
            try Self.expectHistoryMatchesReplay(f)
            try Self.expectRebuildKeepsHistory(f)
        } }
    }

    /// Found by the property above: an unlink naming claims of two places joined their groups, and the
    /// automatic rule then linked claims across them; the retraction that split the groups again was
    /// not re-linked the same way incrementally.
    @Test("as of every recorded time: an unlink across places, then a retraction of one of its claims")
    func unlinkAcrossPlacesThenRetraction() throws {
        let f = try IncrementalPropertyTests.build([2780, 10700, 26180, 76328, 93846], clock: TotalsHistoryTests.minute)
        try Self.expectHistoryMatchesReplay(f)
        try Self.expectRebuildKeepsHistory(f)
    }

    @Test("as of every recorded time: large linking groups re-linked in windows, in batches")
    func windowedRelinks() async {
        await propertyCheck(count: 15, input: Gen.int(in: 0...1_000_000).array(of: 30...120), Gen.uint64()) { ops, salt in recordingErrors("ops \(ops), salt \(salt)") {
            let f = try WindowedRelinkTests.run(ops, clock: TotalsHistoryTests.minute, salt: salt)
            try Self.expectHistoryMatchesReplay(f)
            try Self.expectRebuildKeepsHistory(f)
        } }
    }

    /// Every version of every row, with the projection that opened it (and closed it), and the marks.
    static func versions(_ f: Fixture) throws -> [String] {
        try f.ledger.writer.read { db in
            try [
                "SELECT 'claim', id, valid_from, NULL, record FROM rm_claims",
                "SELECT 'claim', id, valid_from, valid_to, record FROM rm_claims_history",
                "SELECT 'point', claim_id, valid_from, NULL, point FROM rm_series_points",
                "SELECT 'point', claim_id, valid_from, valid_to, point FROM rm_series_points_history",
                "SELECT 'discrepancy', id, valid_from, NULL, record FROM rm_discrepancies WHERE kind <> 'tally_vs_incidents'",
                "SELECT 'discrepancy', id, valid_from, valid_to, record FROM rm_discrepancies_history",
                "SELECT 'incident', id, valid_from, valid_to, record FROM rm_incident_history",
                "SELECT 'mark', seq, max_recorded_at, min_recorded_at, NULL FROM rm_history_marks",
            ].flatMap { sql in try Row.fetchAll(db, sql: sql).map(\.description) }.sorted()
        }
    }

    @Test("rebuild --history derives again the history the appends wrote, one projection per recorded time")
    func rebuildHistory() async {
        await propertyCheck(count: 25, input: Gen.int(in: 0...100_000).array(of: 1...30), Gen.uint64()) { ops, salt in recordingErrors("ops \(ops), salt \(salt)") {
            let f = try IncrementalPropertyTests.build(ops, salt: salt, clock: TotalsHistoryTests.minute)
            let written = try Self.versions(f)
            try f.ledger.writer.write { db in _ = try Projector.rebuildHistory(db) }
            #expect(try Self.versions(f) == written)
            try f.expectConsistent()
        } }
    }

    @Test("after an upgrade's rebuild, times before it replay; rebuild --history makes them readable again")
    func historyAfterUpgrade() throws {
        let f = try IncrementalPropertyTests.build([12530, 45871, 3332, 77015, 21004, 5009, 90013], clock: TotalsHistoryTests.minute)
        let times = try TotalsHistoryTests.times(f)
        try f.ledger.writer.write { db in
            try db.execute(sql: """
                DELETE FROM rm_claims_history; DELETE FROM rm_series_points_history; DELETE FROM rm_discrepancies_history;
                DELETE FROM rm_incident_history; DELETE FROM rm_history_marks; UPDATE rm_history_clock SET history_from = NULL
                """)
        }
        try f.rebuild()
        #expect(try Self.history(f, asOf: times[0]) == nil)
        var progress: [Int64] = []
        try f.ledger.writer.write { db in _ = try Projector.rebuildHistory(db) { progress.append($0) } }
        #expect(progress.count == times.count)
        try Self.expectHistoryMatchesReplay(f)
    }

    @Test("a corrected claim and its tally check read as they stood before the correction")
    func correction() throws {
        let f = try Fixture()
        let r1 = f.report(publisher: "monitor", published: "2023-06-10")
        let claims = try f.ingest(r1, [
            F.tally(r1, 0, 12, category: .all, scope: "deir ez-zor", start: "2023-06-01"),
            F.incident(r1, 1, 3, place: "al-shuhayl", admin1: "deir ez-zor", date: "2023-06-08"),
        ], recordedAt: "2023-06-10T09:00:00.000Z")
        try f.append(.claimCorrected(ClaimCorrected(claimID: claims[1].id, patch: ClaimPatch(value: 15), reason: "misread")),
                     recordedAt: "2023-06-11T09:00:00.000Z")

        let before = try #require(try Self.history(f, asOf: "2023-06-10T23:59:59.999Z"))
        #expect(before.0.claims.first { $0.id == claims[1].id }?.claim.value == 3)
        #expect(before.0.incidents.map(\.best) == [3])
        #expect(!before.0.discrepancies.contains { $0.kind == .tallyVsIncidents && $0.severity == .warning })
        let after = try #require(try Self.history(f, asOf: nil))
        #expect(after.0.claims.first { $0.id == claims[1].id }?.claim.value == 15)
        // 15 killed in the incident, 12 in the tally of its area and period: the incidents add up to more.
        #expect(after.0.discrepancies.contains { $0.kind == .tallyVsIncidents && $0.severity == .warning })
        #expect(try f.ledger.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM rm_claims_history") } == 1)
    }
}
